"""Timeline round 50 (the odd half of holdout82, the press of the Middle East, Turkey, Iran and Africa): how Arabic
words a signing (a verb with its shadda written, "وقّعت"; the pact named as signed on a day, "الاتفاقية الموقعة في"),
an initialling ("وقّعت ... بالأحرف الأولى", which is no signing), a failure to conclude the pact ("أخفق البلدان في
إبرام اتفاق"), and Korea's liberation told as the end of Japan's colonial rule ("انتهاء الحكم الاستعماري الياباني")
(corpus/happening_words_middle_east.py, corpus/events.json). Each positive case beside a plan, a denial or another
thing that must stay unlinked. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

# (the event, the page's date, a page that reports it, a page beside it that does not)
PAIRS = [
    # a signing, the verb with its shadda (not a signing to come, "سوف توقع")
    ("signing", "2016-11-23",
     "أعلنت وزارة الدفاع أنها وقّعت اليوم اتفاقية الأمن العام للمعلومات العسكرية مع اليابان.",
     "أعلنت وزارة الدفاع أنها سوف توقّع غدا اتفاقية الأمن العام للمعلومات العسكرية مع اليابان."),
    # ... the pact named as signed in a month (not as to be signed in it, "المقرر توقيعها")
    ("signing", None,
     "قررت سول إنهاء اتفاقية الأمن العام للمعلومات العسكرية الموقعة في تشرين الثاني 2016 مع اليابان.",
     "قررت سول إرسال وفد لبحث اتفاقية الأمن العام للمعلومات العسكرية المقرر توقيعها في تشرين الثاني 2016."),
    # an initialling is an agreement reached (the same sentence without it is no agreement)
    ("tentative-agreement", "2016-11-15",
     "وقّعت اليابان وكوريا الجنوبية أمس بالأحرف الأولى اتفاقية الأمن العام للمعلومات العسكرية.",
     "بحثت اليابان وكوريا الجنوبية أمس اتفاقية الأمن العام للمعلومات العسكرية."),
    # failing to conclude the pact in 2012 is its collapse (not having failed is none)
    ("collapse-2012", "2015-01-01",
     "بدأ العمل بالمذكرة بعدما أخفق البلدان في إبرام اتفاق ثنائي لتقاسم المعلومات الاستخباراتية عام 2012.",
     "بدأ العمل بالمذكرة بعدما نجح البلدان في إبرام اتفاق ثنائي لتقاسم المعلومات الاستخباراتية عام 2012."),
    # Japan's colonial rule of Korea, ended in 1945 (a rule of another year and land is no liberation)
    ("liberation-1945", None,
     "يذكر أن الحكم الاستعماري الياباني لشبه الجزيرة الكورية دام 35 عاما وانتهى في عام 1945.",
     "يذكر أن الحكم العسكري في البلاد دام 35 عاما وانتهى في عام 1945."),
]


@pytest.mark.parametrize(("event", "date", "told", "not_told"), PAIRS)
def test_a_happening_told_in_arabic(event: str, date: str | None, told: str, not_told: str):
    assert event in linked((told, date)), told
    assert event not in linked((not_told, date)), not_told


def test_an_initialling_is_no_signing():
    """Initialled, with the shadda: an agreement, never the signing (beside it, the signing told the same way)."""
    initialled = "وقّعت سول بالأحرف الأولى اتفاقية الأمن العام للمعلومات العسكرية مع اليابان."
    signed = "وقّعت سول اتفاقية الأمن العام للمعلومات العسكرية مع اليابان."
    assert ["signing" in linked((page, "2016-11-23")) for page in (initialled, signed)] == [False, True]

"""Timeline round 44 (the odd half of holdout75): how Thai, Arabic, Indonesian, Portuguese and Japanese news word
a happening as done (corpus/happening_words_thai_and_more.py; Thai found in a run of letters), the pact's names in
those languages and the three nations named with hyphens in Korean (corpus/events.json), and the Arabic comma ending
a clause. Each positive case beside a plan, a denial or another thing that must stay unlinked. Sentences written for
the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

_THAI_SIGNED = ("กระทรวงกลาโหมแถลงว่า รัฐมนตรีกลาโหมเกาหลีใต้และเอกอัครราชทูตญี่ปุ่นได้ลงนามในความตกลง"
                "แลกเปลี่ยนข่าวกรองทางทหารที่กรุงโซลในวันนี้ และความตกลงมีผลบังคับใช้ทันที")
_THAI_PLANNED = "รัฐมนตรีกลาโหมเกาหลีใต้จะลงนามในความตกลงแลกเปลี่ยนข่าวกรองทางทหาร และความตกลงจะมีผลบังคับใช้ทันที"

# (page, its date, the event, whether the page reports it)
CASES = [
    (_THAI_SIGNED, "2016-11-23", "signing", True),
    (_THAI_SIGNED, "2016-11-23", "takes-effect", True),
    (_THAI_PLANNED, "2016-11-23", "signing", False),
    (_THAI_PLANNED, "2016-11-23", "takes-effect", False),
    ("เกาหลีใต้ยังไม่ได้ลงนามในความตกลงแลกเปลี่ยนข่าวกรองทางทหารกับญี่ปุ่น", "2016-11-23", "signing", False),
    # Indonesian: an end announced, a signing in the passive; a threat and a plan are none
    ("SEOUL - Korea Selatan mengumumkan akan mengakhiri perjanjian berbagi intelijen dengan Jepang pada Kamis.",
     "2019-08-22", "termination-decision-2019", True),
    ("Perjanjian itu ditandatangani Korea Selatan dan Jepang pada 2016 untuk bertukar informasi militer.",
     "2019-08-24", "signing", True),
    ("SEOUL - Korea Selatan mengancam akan mengakhiri perjanjian berbagi intelijen dengan Jepang pada Kamis.",
     "2019-08-22", "termination-decision-2019", False),
    ("Perjanjian itu akan ditandatangani Korea Selatan dan Jepang pekan depan.", "2016-11-16", "signing", False),
    # Arabic: a signing, an agreement reached, a collapse, talks resumed; a plan and a denial are none
    ("وقعت كوريا الجنوبية واليابان اليوم الأربعاء اتفاقا لتبادل المعلومات العسكرية.", "2016-11-23", "signing", True),
    ("توصلت سيول وطوكيو اليوم إلى اتفاق على توقيع اتفاقية لتبادل المعلومات العسكرية.", "2016-11-14",
     "tentative-agreement", True),
    ("كان توقيع الاتفاقية مقررا في 2012، لكن سيول أرجأته تحت ضغط المعارضة.", "2016-11-14", "collapse-2012", True),
    ("وعاد الجانبان إلى طاولة المفاوضات اليوم بعد انقطاع دام أربع سنوات.", "2016-11-01", "talks-resumed", True),
    ("ستوقع كوريا الجنوبية واليابان اتفاقا لتبادل المعلومات العسكرية الأربعاء المقبل.", "2016-11-20", "signing", False),
    ("لم توقع كوريا الجنوبية اتفاقا لتبادل المعلومات العسكرية مع اليابان.", "2016-11-23", "signing", False),
    # ... a denial before an Arabic comma leaves the next clause told
    ("قالت الوزارة إن الموعد لم يعد ملزما، إذ إنها علقت قرار إنهاء الاتفاقية اليوم.", "2019-11-22",
     "termination-suspended-2019", True),
    ("قالت الوزارة إنها لم تعلق قرار إنهاء الاتفاقية اليوم.", "2019-11-22", "termination-suspended-2019", False),
    # ... the pact with Japan named tells of the signing on an undated page (not the three-way one of 2014)
    ("وقعت كوريا الجنوبية اتفاقا مع اليابان لتبادل المعلومات العسكرية رغم اعتراض المعارضة.", None, "signing", True),
    ("وقعت كوريا الجنوبية اتفاقا مع الولايات المتحدة واليابان لتبادل المعلومات العسكرية رغم اعتراض المعارضة.", None,
     "signing", False),
    # Portuguese: an end told in reported speech, an end given up; one not given up is none
    ("A Coreia do Sul comunicou ao Japão nesta quinta-feira que não pretendia renovar o acordo militar.",
     "2019-08-22", "termination-decision-2019", True),
    ("O governo japonês foi avisado nesta sexta-feira de que Seul desistiu do pedido de saída do GSOMIA.",
     "2019-11-22", "termination-suspended-2019", True),
    ("O governo japonês foi avisado nesta sexta-feira de que Seul não desistiu do pedido de saída do GSOMIA.",
     "2019-11-22", "termination-suspended-2019", False),
    # Japanese: a cabinet that dealt with the pact passed it (not one that is to)
    ("日本との協定をめぐり、政府は26日の閣議で案件を非公開のまま処理した。", "2012-06-28", "cabinet-approval-2012", True),
    ("日本との協定をめぐり、政府は来週の閣議で案件を処理する予定だ。", "2012-06-20", "cabinet-approval-2012", False),
    # Korean: the three nations hyphenated and their intelligence arrangement (not a meeting of theirs)
    ("미-한-일 세 나라는 29일 북한 핵과 미사일에 관한 정보공유 약정을 맺었다.", "2014-12-29", "trilateral-arrangement-2014", True),
    ("미-한-일 세 나라 외교장관은 29일 워싱턴에서 북한 문제를 논의했다.", "2014-12-29", "trilateral-arrangement-2014", False),
]


@pytest.mark.parametrize(("page", "date", "event", "reported"), CASES,
                         ids=[f"{number}-{event}-{reported}" for number, (_, _, event, reported) in enumerate(CASES)])
def test_a_page_reports_the_event_only_as_done(page, date, event, reported):
    assert (event in linked((page, date))) is reported

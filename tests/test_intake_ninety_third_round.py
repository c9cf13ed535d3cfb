"""Issue 13's ninety-third intake round, on texts of our own: three forms of pages in European languages whose
outlet or date the intake did not read.

* a wire's or a desk's initials and the day in dots closing the story in brackets, as Austrian and German papers
  print them ("… wappnen zu können. (APA, 22.11.2016)", "(red, 22.11.2016)"): the day (the day first) is the
  story's; the initials name an outlet only when listed ("APA" stays unread, as rounds 86 and 87 decided);
* a day in dots with the Russian or Ukrainian year's word after it ("08.04.2010 г.", "08.04.2010 року"), a clock
  glued before it as copied ("15:3208.04.2010г."): the word sets the day first;
* a byline's word of a language that writes the day first opening the date's line ("Por Lusa | 03.10.17",
  "Von dpa | 03.10.17"): the page's numeric order;
* the Maghreb's Arabic month names on a date line ("السبت 9 شتنبر 2023 - 8:39", "23 جوان 2016").

Each positive failed before the round; a negative beside it keeps what must not change: a picture's credit, a wire
named in the story's prose, a bracket that does not close the paragraph, a year without a day, a clock glued to a
day without the year's word, an English byline, a place opening with the byline's letters."""

from __future__ import annotations

import pytest

from corpus.intake.date_lines_within import date_line_within, year_word_day
from corpus.intake.dateline_orders import page_numeric_order
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from corpus.intake.stamped_credits import stamped_closing_credit, stamped_closing_day
from tests.test_intake_thirty_third_round import described
from tests.hostile_timing import assert_runs_quickly

DE_HEADLINE = "Hochwasserschutz am Fluss soll im nächsten Jahr fertig sein\n\n"
DE_STORY = ("Die Stadt hat am Dienstag mit dem Bau der Schutzmauer am Fluss begonnen. Die Arbeiten sollen bis zum "
            "kommenden März dauern, und die Anwohner der tiefen Gassen bekommen einen neuen Plan für den Notfall.\n\n"
            "Die Geschäfte am Ufer verlangen eine Entschädigung für die Monate, in denen die Wege gesperrt sind. "
            "Der Gemeinderat will im Frühjahr über den zweiten Abschnitt entscheiden.\n\n") * 2
RU_STORY = ("Город во вторник начал строительство защитной стены на реке. Работы продлятся до следующего марта, "
            "а жители низких улиц получат новый план эвакуации.\n\n"
            "Владельцы магазинов на берегу требуют компенсации за месяцы, когда дорожки будут закрыты.\n\n") * 2
PT_STORY = ("A câmara começou na terça-feira a construir o muro de proteção junto ao rio. As obras devem durar até "
            "março, e os moradores das ruas baixas vão receber um novo plano de evacuação.\n\n"
            "Os comerciantes da margem pedem uma compensação pelos meses em que os passeios estarão fechados.\n\n") * 2
CLOSING = "Der Gemeinderat will im Frühjahr über den zweiten Abschnitt entscheiden, hieß es am Abend."


# A wire's or a desk's initials and the day in dots closing the story

def test_an_agency_s_initials_and_its_day_closing_the_story_date_it_but_name_no_unlisted_outlet():
    page = described(f"{DE_HEADLINE}{DE_STORY}{CLOSING} (APA, 22.11.2016)\n")
    assert (page["outlet"], page["date"]) == (None, "2016-11-22")  # "APA": two agencies' initials (rounds 86, 87)
    assert stamped_closing_credit(f"{CLOSING} (APA, 22.11.2016)", outlets()) is None


def test_a_listed_wire_and_its_day_closing_the_story_are_its_outlet_and_date():
    page = described(f"{DE_HEADLINE}{DE_STORY}{CLOSING} (dpa, 22.11.2016)\n")
    assert (page["outlet"], page["date"]) == ("Deutsche Presse-Agentur", "2016-11-22")


def test_the_day_closing_the_story_is_read_day_first():
    assert described(f"{DE_HEADLINE}{DE_STORY}{CLOSING} (APA, 08.04.2016)\n")["date"] == "2016-04-08"
    assert stamped_closing_day(f"{CLOSING} (dpa, 08.04.2016)") == "2016-04-08"


def test_the_desk_s_initials_date_the_story_but_name_no_outlet():
    page = described(f"{DE_HEADLINE}{DE_STORY}{CLOSING} (red, 22.11.2016)\n")
    assert (page["outlet"], page["date"]) == (None, "2016-11-22")
    assert stamped_closing_credit(f"{CLOSING} (red, 22.11.2016)", outlets()) is None


@pytest.mark.parametrize("paragraph", [
    f"{CLOSING} (Foto: APA, 22.11.2016)",  # a picture's credit
    f"{CLOSING} (FOTO, 22.11.2016)",
    f"{CLOSING} (APA, 22.11.2016) Danach sprach der Bürgermeister.",  # the bracket does not close the paragraph
    f"{CLOSING} (APA, 2016)",  # no day
    f"{CLOSING} (APA, 22/11/2016)",  # not a day in dots
    f"{CLOSING} (Berlin, 22.11.2016)",  # a place, not initials
    "Der Vertrag wurde nach Angaben der APA am 22.11.2016 unterzeichnet.",  # the wire in the story's prose
    "El acuerdo se firmó el 22.11.2016, según EFE.",
    "Foto: EFE (EFE, 22.11.2016)",  # a picture's caption and credit
])
def test_what_is_no_wire_and_day_closing_a_story_is_not_read(paragraph):
    assert stamped_closing_day(paragraph) is None
    assert stamped_closing_credit(paragraph, outlets()) is None


def test_a_wire_named_in_a_paragraph_of_the_story_is_no_credit_and_no_date():
    page = described(f"{DE_HEADLINE}{DE_STORY}Das meldete die APA am 22.11.2016 aus Wien.\n\n{CLOSING}\n")
    assert page["outlet"] is None
    assert page["date"] != "2016-11-22"


# The Russian or Ukrainian year's word after a day in dots

@pytest.mark.parametrize("line", ["15:3208.04.2010г.", "08.04.2010 г. 15:32", "08.04.2010 року", "08.04.2010г."])
def test_a_day_in_dots_with_the_year_s_word_is_read_day_first(line):
    assert date_line_within(line).value == "2010-04-08"
    assert year_word_day(line) == "2010-04-08"


def test_a_russian_page_s_stamp_with_the_year_s_word_and_a_glued_clock_dates_it():
    page = described(f"Город начал строить стену на реке\n15:3208.04.2010г.\n{RU_STORY}")
    assert page["date"] == "2010-04-08"


@pytest.mark.parametrize("line", ["в 2010 г.", "15:3208.04.2010", "Счёт 12:3008.04.2010", "2010 г."])
def test_a_year_alone_or_a_glued_clock_without_the_year_s_word_is_not_read(line):
    assert year_word_day(line) is None
    assert date_line_within(line) is None


# A byline's word of a day-first language ordering the page's numeric dates

def test_a_portuguese_byline_with_a_wire_and_its_day_dates_the_page_day_first():
    page = described(f"Câmara começa muro junto ao rio\n\nPor Lusa | 03.10.17\n\n{PT_STORY}")
    assert page["date"] == "2017-10-03"
    assert page_numeric_order(["Von dpa | 03.10.17"]) == "dmy"


@pytest.mark.parametrize("line", ["By AP | 03.10.17", "Portland | 03.10.17", "Por | 03.10.17", "03.10.17"])
def test_no_byline_word_of_a_day_first_language_leaves_the_order_open(line):
    assert page_numeric_order([line]) == ""


# The Maghreb's Arabic month names (written on the even half)

AR_STORY = ("أعلنت وزارة الداخلية اليوم أن أشغال بناء السد على النهر ستنتهي في شهر مارس المقبل، "
            "وأن سكان الأحياء المنخفضة سيحصلون على خطة جديدة للإخلاء.\n\n"
            "وطالب التجار بتعويض عن الأشهر التي ستغلق فيها الممرات على ضفة النهر.\n\n") * 2


@pytest.mark.parametrize("line, day", [
    ("السبت 9 شتنبر 2023 - 8:39", "2023-09-09"), ("9 غشت 2023", "2023-08-09"), ("الأربعاء 23 نونبر 2016", "2016-11-23"),
    ("23 جوان 2016", "2016-06-23"), ("1 دجنبر 2019", "2019-12-01"), ("5 ماي 2021", "2021-05-05"),
])
def test_a_maghreb_month_name_on_a_date_line_is_read(line, day):
    assert find_date_line(line).value == day


def test_a_moroccan_page_s_date_line_dates_it():
    assert described(f"السد على النهر ينتهي في مارس\n\nالسبت 9 شتنبر 2023 - 8:39\n\n{AR_STORY}")["date"] == "2023-09-09"


@pytest.mark.parametrize("line", ["ماي 2016", "شتنبر 9", "في شتنبر الماضي"])
def test_a_maghreb_month_without_its_day_and_year_is_no_date(line):
    assert find_date_line(line) is None


def _readers(text: str) -> None:
    find_date_line(text)
    stamped_closing_day(text)
    stamped_closing_credit(text, outlets())
    date_line_within(text)
    year_word_day(text)
    page_numeric_order([text[:200], text])


HOSTILE = [
    " " * 100_000,
    "(" * 100_000,
    "(APA, " + "1." * 50_000 + ")",
    "Satz. " * 16_000 + "(APA, 22.11.2016)",
    "15:" * 33_000 + "08.04.2010г.",
    "08.04.2010" * 10_000 + " г.",
    "1." * 50_000 + "2010 года",
    "Por " * 25_000 + "| 03.10.17",
    "\x07\x1b" * 50_000 + "(red, 22.11.2016)",
    "9 شتنبر " * 12_000 + "2023",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_each_reader_of_the_round_takes_hostile_text_quickly(text):
    outlets()  # (the list of outlets read before the clock starts)
    assert_runs_quickly(lambda: _readers(text))

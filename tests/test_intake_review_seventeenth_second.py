"""The second review of session 17's intake rules: each wrong answer the reviewer measured is a negative here,
beside a positive that keeps its rule's purpose (Der Spiegel's "wbr/dpa", "GENEVA (Reuters) Higgs ...", "By: The
Associated Press June 24, 2022", "Added: 19.02.2021 16:45 | 5 views | 0 comments", "點此下載【三立新聞網APP】", a
gallery's caption); then the two losses and the slow paths."""

from __future__ import annotations

from corpus import cleaning
from corpus.cleaning import clean_page
from corpus.intake import closing_names, credits
from corpus.intake.credits import byline_credit
from corpus.intake.furniture import gallery_caption
from corpus.intake.outlets import outlets
from corpus.metadata import date_from_page, outlet_from_page
from tests.test_intake_thirty_fifth_round import EN_STORY
from tests.hostile_timing import assert_runs_quickly

E3 = EN_STORY * 3


def outlet_and_date(raw: str) -> tuple[str | None, str | None]:
    page = clean_page(raw)
    outlet, date = outlet_from_page(page), date_from_page(page)
    return (outlet.value if outlet else None, date.value if date else None)


def outlet_of(raw: str) -> str | None:
    return outlet_and_date(raw)[0]


def date_of(raw: str) -> str | None:
    return outlet_and_date(raw)[1]


def test_a_picture_credit_or_a_slash_in_prose_is_no_editors_sign_off():
    page = "Valley flood toll rises\n\n" + E3 + "{}\n"
    assert outlet_of(page.format("wbr/dpa")) == "Deutsche Presse-Agentur"  # Der Spiegel's sign-off
    assert outlet_of(page.format("Foto: Jane Roe/ AP\nwbr/dpa")) == "Deutsche Presse-Agentur"
    for line in ("Foto: ddp/AP", "Foto: epa/Reuters", "Foto: apa/Reuters", "Fotos: dapd/AP", "Quelle: ots/dpa",
                 "The vote was 3 to 1, or/AP", "Source: via/AFP", "Tags: nuclear, kim/afp", "imago/Reuters"):
        assert outlet_of(page.format(line)) is None, line


def test_a_photo_or_video_label_in_capitals_is_no_dateline():
    page = "Valley flood toll rises\n\n{}" + E3
    assert outlet_of(page.format("By Jane Roe\n\nGENEVA (Reuters) Higgs boson hunt nears its end - ")) == "Reuters"
    for head in ("FILE PHOTO (Reuters) A man watches a TV screen showing the launch ",
                 "VIDEO (AP) Rescuers carry a boat across the bridge ", "WATCH (CNN) Rescuers carry a boat "):
        assert outlet_of(page.format(head)) is None, head
    quoted = page.format("By Jane Roe, NK Pro\n\nPYONGYANG (KCNA) North Korea's state media said - ")
    assert outlet_of(quoted) == "NK Pro"  # the byline's outlet, not the agency it quotes


CAPTION = "Valley flood toll rises\nRescuers at the dam\nResidents wade through the flooded valley on Friday. " \
          "(AP photo: Jane Roe)\n{}\n" + E3


def test_a_pictures_day_in_a_byline_dates_no_page():
    assert date_of(CAPTION.format("By: The Associated Press June 24, 2022")) == "2022-06-24"
    assert date_of(CAPTION.format("By: AP Photo June 3, 2019")) is None
    assert outlet_and_date(CAPTION.format("By: Jane Roe, photo taken June 3, 2019 (AP)"))[1] is None


def test_a_video_cards_counters_date_no_page():
    assert date_of("Valley flood toll rises\n{}\n".format("Added: 19.02.2021 16:45 | 5 views | 0 comments")
                   + E3) == "2021-02-19"
    assert date_of("Valley flood toll rises\nWatch: rescuers at the dam\nOct 10, 2015 · 12,345 views\n" + E3) is None
    assert date_of("Valley flood toll rises\n" + EN_STORY + "\nRescuers at the dam (video)\n"
                   "10.10.2015 | 12,345 views\n" + EN_STORY * 2) is None


ZH = "河谷水災 死亡人數增加\n國際中心/綜合報導\n" + "河谷昨日發生水災,當局表示死亡人數再度增加。\n" * 3 + "{}\n"


def test_a_sentence_on_an_apps_downloads_is_no_promotion():
    assert outlet_of(ZH.format("➲ 即時新聞隨時掌握!點此下載【三立新聞網APP】")) == "SET News"
    assert outlet_of(ZH.format("去年已有百萬人下載中央社APP\n文章來源:三立新聞網")) != "Central News Agency"


def test_a_deadline_is_no_byline():
    directory = outlets()
    assert byline_credit("By: The Associated Press June 24, 2022", directory) == "The Associated Press"
    assert byline_credit("By deadline: June 30, 2022", directory) is None
    assert outlet_of("Valley flood toll rises\nBy deadline: June 30, 2022\n" + E3) is None


def test_one_picture_caption_makes_no_wires_closing_credit_a_gallerys():
    closing = "Officials said the talks would resume on April 13, 2012. (Yonhap)"
    gallery = ("A farmer watches the water rise, April 13, 2012. (AFP photo)", EN_STORY, closing)
    assert gallery_caption(closing, gallery)  # two dated captions: a gallery's credits
    # (the page's cleaning drops most captions before this is asked: the paragraphs are given here)
    assert not gallery_caption(closing, ("A farmer watches the water rise near his field. (AFP photo)", EN_STORY, closing))
    assert outlet_of("Valley flood talks\n\n" + E3 + "\n\n" + closing) == "Yonhap"


def test_a_label_line_is_no_caption_over_a_wire():
    for above, wire in (("Tags: north korea nuclear test", "Yonhap"), ("Source: compiled from reports by", "Reuters"),
                        ("Updated: an hour ago now", "AFP")):
        assert outlet_of(f"Valley flood toll rises\n{above}\n{wire}\n" + E3) is not None, above
    assert outlet_of("Valley flood toll rises\nCopyright 2022 The Associated Press. Credit: AP\n" + E3) is not None


def test_long_lines_are_read_quickly():
    def read() -> None:
        credits._TRAILING_DAY.sub("", "By" + " " * 5000 + "x")  # byline_credit's re-read of a line without its day
        cleaning.clean_page("Valley flood toll rises\nAdded: 19.02.2021 " + "| 5 views " * 300 + "\n" + E3)
        closing_names.signed_by_dw([], "Deutsche Welle " + "word " * 1600)
    assert_runs_quickly(read, limit=0.3)

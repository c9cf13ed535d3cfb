"""Issue 13's forty-seventh intake round, on texts of our own: the even halves of `holdout63` to `holdout65`, their wrong
answers first (a wire photographer's address in a picture's caption read as the story's outlet, a correspondent's posting
read as an outlet), then the unknowns by kind (a Korean paper's notice without the sign, a writer for an outlet in a
place, a Vietnamese paper's name in brackets and a dash opening the lead, facts of the world). A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.credits import byline_credit
from corpus.intake.lead_credits import lead_credit
from corpus.intake.outlets import outlets
from corpus.intake.reporter_addresses import email_credit
from tests.test_metadata_outlets import outlet_of

KO_STORY = ("군 당국은 21일 오후 서해 상에서 실시한 사격 훈련을 예정대로 마쳤다고 밝혔다. "
            "훈련에는 함정 10여 척과 항공기가 참가했다.\n")
EN_STORY = ("The county said on Thursday that rescue teams were still searching the flooded valley for the missing, "
            "as the toll rose again.\n")


def test_a_photographers_address_in_a_korean_pictures_caption_credits_the_picture():
    directory = outlets()
    marked = "▲ 서해 사격 훈련     (서울=연합뉴스) 박영수 기자 = 21일 오후 서해 상에서 함정이 기동하고 있다. psy@yna.co.kr"
    dated = "(서울=연합뉴스) 박영수 기자 = 21일 오후 서해 상에서 함정이 기동하고 있다. 2021.6.21     psy@yna.co.kr (끝)"
    for caption in (marked, dated):
        assert email_credit(caption, directory) is None, caption
    assert email_credit("박영수 기자 psy@yna.co.kr", directory) == "Yonhap"  # a reporter signing the story
    assert email_credit("훈련은 계속됐다. 2021.6.21 psy@yna.co.kr", directory) == "Yonhap"  # no caption's sentence
    page = "서해 사격 훈련 마쳐\n{}\n" + KO_STORY * 3 + "\n저작권자 © 강원도민일보 무단전재 및 재배포 금지\n"
    assert outlet_of(page.format("▲ 서해 사격 훈련     " + dated)) == "Kangwon Domin Ilbo"  # as papers copy it
    assert outlet_of(page.format("박영수 기자 psy@yna.co.kr")) == "Yonhap"


def test_a_correspondents_posting_is_a_place_not_an_outlet():
    directory = outlets()
    for byline in ("By Jane Roe, New York Correspondent", "By Jane Roe, Europe Correspondent", "By Jane Roe, Tokyo Bureau"):
        assert byline_credit(byline, directory) is None, byline
    assert byline_credit("By Jane Roe, Reuters Correspondent", directory) == "Reuters"  # a listed outlet's
    assert byline_credit("By Mark Roe, Harborview Staff", directory) == "Harborview"  # an outlet's staff
    page = "Floods close the valley road\n{}\n" + EN_STORY * 3
    assert outlet_of(page.format("By Jane Roe, New York Correspondent")) is None
    assert outlet_of(page.format("By Jane Roe, Sky News")) == "Sky News"


def test_a_korean_papers_notice_with_its_own_address_and_no_sign_names_it():
    directory = outlets()
    assert copyright_holder("중도일보(www.joongdo.co.kr), 무단전재 및 수집, 재배포 금지", directory) == "중도일보"
    assert copyright_holder("중도일보(www.kado.net), 무단전재 및 수집, 재배포 금지", directory) is None  # another's address
    assert copyright_holder("한빛상회(www.hanbit.co.kr), 무단전재 및 수집, 재배포 금지", directory) is None  # unlisted
    page = "서해 사격 훈련 마쳐\n" + KO_STORY * 3 + "박영수 기자\n{}\n"
    assert outlet_of(page.format("중도일보(www.joongdo.co.kr), 무단전재 및 수집, 재배포 금지")) == "Joongdo Ilbo"


def test_a_writer_for_a_listed_outlet_in_a_place():
    directory = outlets()
    assert byline_credit("By Jane Roe and John Doe for Khabar Southeast Asia in Jakarta", directory) \
        == "Khabar Southeast Asia"
    assert byline_credit("By Jane Roe for Harbor Relief in Jakarta", directory) is None  # unlisted, no word of news
    page = "Floods close the valley road\n{}\n" + EN_STORY * 3
    assert outlet_of(page.format("By Jane Roe for Khabar Southeast Asia in Jakarta")) == "Khabar Southeast Asia"


def test_a_vietnamese_papers_name_in_brackets_and_a_dash_opening_the_lead():
    directory = outlets()
    lead = ("(Tổ Quốc)-Đội tuyển đã thi đấu đến giây cuối cùng của trận chung kết và nhận huy chương bạc "
            "sau bàn thua ở phút chót của hiệp phụ.")
    assert lead_credit(lead, directory) == "Tổ Quốc"
    assert lead_credit(lead.replace("(Tổ Quốc)", "(Hà Nội)"), directory) is None  # a place, unlisted
    assert lead_credit(lead.replace("(Tổ Quốc)-", "(Tổ Quốc) - "), directory) == "Tổ Quốc"
    page = "Đội tuyển nhận huy chương bạc\n{}\n" + lead[len("(Tổ Quốc)-"):] + "\n"
    assert outlet_of(page.format(lead)) == "Báo Điện tử Tổ Quốc"


def test_names_of_the_world_added():
    directory = outlets()
    for name in ("JPNN", "jpnn.com", "Khabar Southeast Asia", "中国证券报", "China Securities Journal", "Tổ Quốc"):
        assert directory.named(name), name
    assert directory.at_host("jpnn.com") == "JPNN" and directory.at_host("toquoc.vn") == "Báo Điện tử Tổ Quốc"

"""Issue 13's forty-eighth intake round, on texts of our own: the odd halves of `holdout66` to `holdout68`, their wrong
answers first (a site's link under its notice of rights read as a signature, a picture's caption with its date and credit
read as a date line, an agency and its photographer read as a header's item, a Russian sentence quoting a source read as
a menu), then facts of the world. A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.intake.credit_lines import signed_credit
from corpus.intake.header_names import header_credit
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from corpus.metadata import date_from_page
from tests.test_metadata_outlets import outlet_of

EN_STORY = ("The county said on Thursday that rescue teams were still searching the flooded valley for the missing, "
            "as the toll rose again.\n")
RU_STORY = ("Власти области сообщили в четверг, что спасатели продолжают поиски пропавших в затопленной долине.\n")


def date_of(raw: str) -> str | None:
    found = date_from_page(clean_page(raw))
    return found.value if found else None


def test_a_name_under_the_sites_notice_of_its_rights_is_no_signature():
    directory = outlets()
    story = "當局週五表示,連接山谷的道路已在洪水退去後重新開放,救援隊仍在搜尋失蹤者。"
    assert signed_credit((story, "版權聲明:本網版權所有,未經授權不得轉載。", "HotNews"), directory) is None
    assert signed_credit((story, "© 2020 本網", "REUTERS"), directory) is None
    assert signed_credit((story, "HotNews"), directory) == "HotNews.ro"  # under the story's last sentence: it signs
    assert signed_credit((story, "REUTERS"), directory) == "Reuters"


def test_a_pictures_caption_with_its_date_and_credit_is_no_date_line():
    for caption in ("2023年3月16日、東京での首脳会談。写真:共同", "2021.6.21 서해 훈련 모습. 사진=연합뉴스"):
        assert find_date_line(caption) is None, caption
    assert find_date_line("2023年3月16日 10:05 配信") is not None  # a date line stays one
    page = "首脳会談で関係修復へ\n\n{}\n" + "両首脳は関係改善の大切さを訴え、定期的な往来の再開で合意したと明らかにした。\n" * 3
    assert date_of(page.format("2023年3月16日、東京での首脳会談。写真:共同")) is None
    assert date_of(page.format("2023年3月16日 10:05")) == "2023-03-16"


def test_an_agency_and_its_photographer_under_a_caption_credit_the_picture():
    directory = outlets()
    assert header_credit("REUTERS/Baz Ratner", directory) is None
    assert header_credit("AFP/Jane Roe Smith", directory) is None
    assert header_credit("Reuters/World", directory) == "Reuters"  # a section after the site's name
    assert header_credit("The Korea Herald/Asia News Network", directory) == "The Korea Herald"  # a partner outlet
    assert header_credit("VOA News/By Jane Roe", directory) == "VOA News"  # the site, then its writer's byline
    page = ("Court voids the vote\n\nJudges walk in for the hearing, Nairobi, August 28, 2017.\n{}\n\n"
            + EN_STORY * 3)
    assert outlet_of(page.format("REUTERS/Baz Ratner")) is None


def test_a_sentence_in_small_cyrillic_letters_quoting_a_source_is_no_menu():
    directory = outlets()
    assert header_credit("Об этом в четверг сообщает CNN", directory) is None
    assert header_credit("Главная Новости CNN Мир", directory) == "CNN"  # a menu's items run together
    page = "Долину закрыли\n{}\n" + RU_STORY * 3 + "Источник: Украинская правда\n"
    assert outlet_of(page.format("Об этом в четверг сообщает CNN")) == "Ukrainska Pravda"


def test_facts_of_the_world():
    assert outlet_of("Floods close the valley road\n\n(PowerKorea) " + EN_STORY * 3) == "PowerKorea"
    assert outlet_of("Долину закрыли\n\n" + RU_STORY * 3 + "Источник: Українська правда\n") == "Ukrainska Pravda"

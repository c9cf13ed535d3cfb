"""Issue 13's fifty-seventh intake round, on texts of our own: the odd half of `holdout75` (the GSOMIA story in
thirteen languages), its wrong answer first. A bare mark and a wire's name above the story's first paragraph
("ⓒYONHAP News", a photograph's mark on a Korean broadcaster's Indonesian page) was read as the page's copyright
line: it is the picture's. Then the unknowns: a site asking its readers to follow it on Google News by its name, an
Arabic writer's name glued to the day of the date line as copied, a lead opening on its place and its full date
before a slash (People's Daily's Arabic dateline), and outlets named as their pages print them. A positive failed
before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from tests.test_intake_fifty_second_round import date_of
from tests.test_metadata_outlets import outlet_of

ID_STORY = ("Pemerintah menyatakan tim penyelamat bekerja sepanjang malam dan penyebab kejadian belum diketahui, "
            "sementara rincian lebih lanjut akan diumumkan pekan depan.\n\n")
AR_STORY = ("قالت السلطات إن فرق الإنقاذ عملت طوال الليل وإن سبب الحادث لم يعرف بعد، مضيفة أن مزيدا من التفاصيل "
            "سيعلن في وقت لاحق من الأسبوع.\n\n")
TR_STORY = ("Yetkililer kurtarma ekiplerinin gece boyunca çalıştığını ve kazanın nedeninin henüz bilinmediğini "
            "açıkladı, ayrıntıların gelecek hafta duyurulacağını ekledi.\n\n")


def test_a_bare_mark_and_a_wires_name_above_the_story_is_a_pictures():
    header = "Menu Utama\n\nBanjir Melanda Kota\n\n2021-05-24\n\nBerita\n\n"
    assert outlet_of(f"{header}ⓒYONHAP News\n\n{ID_STORY * 3}") is None
    # the same mark closing the page is its notice; a paper's own mark above its story is its notice too
    assert outlet_of(f"Banjir Melanda Kota\n\n{ID_STORY * 3}ⓒYONHAP News\n") == "Yonhap"
    ja_story = "首相は8日、訪問を終えて帰国する直前、記者団に対し会談は有意義だったと語った。両国は協力を続ける方針だ。\n\n"
    assert outlet_of(f"首相が帰国\n\nⓒ 中央日報/中央日報日本語版\n\n{ja_story * 3}") == "Korea JoongAng Daily"


def test_a_site_asking_to_be_followed_on_google_news_names_itself():
    pitch = "Temukan berita-berita terbaru dari Tempo di Google News.\nUntuk mengikuti silakan klik tanda bintang.\n"
    assert outlet_of(f"Banjir Melanda Kota\n\n{ID_STORY * 3}{pitch}") == "Tempo"
    assert outlet_of(f"Sel felaketi\n\nGoogle News’te Samimi Haber sitemize\nabone olun.\n\n{TR_STORY * 3}") \
        == "Samimi Haber"
    # an unlisted name, or none, is read by no such form
    assert outlet_of(f"Banjir Melanda Kota\n\n{ID_STORY * 3}{pitch.replace('Tempo', 'Harian Kota')}") is None
    assert outlet_of(f"Banjir Melanda Kota\n\n{ID_STORY * 3}Temukan berita-berita terbaru di Google News.\n") is None


def test_an_arabic_writers_name_glued_to_the_day_is_read_apart():
    assert date_of(f"فيضانات في المدينة\n\nمحمد علي23 مايو 2021آخر تحديث :\n\n{AR_STORY * 2}") == "2021-05-23"
    # a number glued to "and" in a sentence is no date
    assert date_of(f"فيضانات في المدينة\n\nوصل 23 فريقا الى المدينة و3 فنادق فتحت ابوابها\n\n{AR_STORY * 2}") is None


def test_a_lead_opening_on_its_place_and_full_date_before_a_slash_is_dated():
    assert date_of(f"القاهرة 5 مارس 2019 /{AR_STORY * 2}") == "2019-03-05"
    # without its year the dateline gives no date: a year would be a guess
    assert date_of(f"القاهرة 5 مارس /{AR_STORY * 2}") is None


def test_outlets_named_as_their_pages_print_them():
    assert outlet_of(f"Banjir Melanda Kota\n\n{ID_STORY * 3}Copyright © 2024 SINDOnews.com\nAll Rights Reserved\n") \
        == "SINDOnews"
    dated = "ข่าวในประเทศ Wednesday November 23, 2016 15:02 —สำนักข่าวอินโฟเควสท์ (IQ)"
    assert outlet_of(f"ฝนตกหนักในกรุงเทพ\n\n{dated}\n\n{ID_STORY * 3}") == "InfoQuest"
    assert outlet_of(f"فيضانات في المدينة\n\n24-news : وكالات\n\n{AR_STORY * 3}") == "24-news"
    assert outlet_of(f"탄핵안 가결\n\n{ID_STORY * 3}저작권자 © 넥스트데일리 무단전재 및 재배포 금지\n") == "Next Daily"


def test_a_sites_request_to_be_followed_on_google_news_is_a_prompt_not_the_story():
    from corpus.intake.reader_prompts import is_reader_prompt

    assert is_reader_prompt("Temukan berita-berita terbaru dari Tempo di Google News.")
    assert is_reader_prompt("Untuk mengikuti silakan klik tanda bintang.")
    # a sentence of the story that names Google News is the story's
    assert not is_reader_prompt("Dia mengatakan bahwa ia membaca berita itu di Google News pada hari Kamis.")

"""East Asia's outlets by the names they print in their own scripts (Japanese, Korean, simplified
and traditional Chinese) and by their web domains: Japan's prefectural dailies, South Korea's
regional and online papers, the mainland's, Hong Kong's, Taiwan's and North Korea's media."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.outlets import outlets
from tests.test_metadata_outlets import outlet_of, private_config  # noqa: F401 (a fixture)

# (a name a page prints, the shown name, a host of the outlet's site)
SAMPLE = [
    # Japan
    ("東奥日報", "To-o Nippo", "www.toonippo.co.jp"),
    ("秋田魁新報社", "Akita Sakigake Shimpo", "www.sakigake.jp"),
    ("信濃毎日新聞", "Shinano Mainichi Shimbun", "www.shinmai.co.jp"),
    ("中日新聞", "Chunichi Shimbun", "www.chunichi.co.jp"),
    ("南日本新聞", "Minami-Nippon Shimbun", "373news.com"),
    ("北海道新聞", "Hokkaido Shimbun", "www.hokkaido-np.co.jp"),
    ("スポニチ", "Sports Nippon", "www.sponichi.co.jp"),
    ("デイリー新潮", "Daily Shincho", "www.dailyshincho.jp"),
    # South Korea
    ("국제신문", "Kookje Shinmun", "www.kookje.co.kr"),
    ("광주일보", "Kwangju Ilbo", "www.kwangju.co.kr"),
    ("미디어오늘", "Media Today", "www.mediatoday.co.kr"),
    ("시사IN", "SisaIN", "www.sisain.co.kr"),
    # mainland China
    ("新京报", "Beijing News", "www.bjnews.com.cn"),
    ("华西都市报", "West China Metropolis Daily", "www.wccdaily.com.cn"),
    ("参考消息", "Reference News", "www.cankaoxiaoxi.com"),
    # Hong Kong, Taiwan, Macau
    ("信報", "Hong Kong Economic Journal", "www.hkej.com"),
    ("風傳媒", "Storm Media", "www.storm.mg"),
    ("三立新聞網", "SET News", "www.setn.com"),
    ("澳門日報", "Macao Daily News", "www.macaodaily.com"),
    # North Korea
    ("조선신보", "Choson Sinbo", "www.chosonsinbo.com"),
]


@pytest.mark.parametrize("printed, shown, host", SAMPLE)
def test_a_native_name_and_a_domain_name_the_outlet(printed, shown, host):
    assert outlets().named(printed) == shown
    assert outlets().at_host(host) == shown


@pytest.mark.parametrize("printed, shown", [
    ("北國新聞", "Hokkoku Shimbun"), ("北国新聞", "Hokkoku Shimbun"),  # old and new forms
    ("大公報", "Ta Kung Pao"), ("大公报", "Ta Kung Pao"),  # traditional and simplified
    ("로동신문", "Rodong Sinmun"), ("노동신문", "Rodong Sinmun"),  # the North's and the South's spelling
    ("央视新闻", "CGTN"), ("澎湃新闻", "The Paper"), ("光明日报", "Guangming Daily"),
    ("TBS NEWS DIG", "Tokyo Broadcasting System"), ("テレ朝news", "TV Asahi"),
    ("文春オンライン", "Shukan Bunshun"), ("채널A", "Channel A"),
])
def test_the_names_listed_outlets_print_in_their_own_scripts(printed, shown):
    assert outlets().named(printed) == shown


def test_portals_stay_unlisted():
    """A portal reposts others' stories, which credit the original: neither its name nor its
    address is an outlet (a forum's link to news.yahoo.co.jp names no one)."""
    assert outlets().named("Yahoo!ニュース") is None
    assert outlets().at_host("news.yahoo.co.jp") is None
    assert outlets().named("네이버 뉴스") is None


JA = ("日韓両政府は23日、軍事情報包括保護協定に署名した。防衛省が発表した。\n"
      "協定は署名と同時に発効した。政府関係者が明らかにした。\n")
KO = ("한국과 일본 정부는 23일 군사정보보호협정에 서명했다고 국방부가 밝혔다.\n"
      "협정은 서명과 동시에 발효됐다고 정부 관계자가 전했다.\n")
ZH = ("韩日两国政府23日签署了军事情报保护协定，韩国国防部表示。\n"
      "协定自签署之日起生效，政府官员说。\n")
TW = ("韓日兩國政府23日簽署軍事情報保護協定，韓國國防部表示。\n"
      "協定自簽署之日起生效，政府官員說。\n")


@pytest.mark.parametrize("raw, outlet", [
    # a copyright line
    ("日韓が協定に署名\n" + JA + "Copyright © 株式会社岩手日報社 All rights reserved.\n", "Iwate Nippo"),
    ("한일 정보협정 서명\n" + KO + "Copyright ⓒ 미디어오늘. All rights reserved.\n", "Media Today"),
    ("韩日签署军事情报协定\n" + ZH + "版权所有 © 南方都市报\n", "Southern Metropolis Daily"),
    ("韓日簽署軍事情報協定\n" + TW + "版權所有 © 風傳媒\n", "Storm Media"),
    # a masthead
    ("河北新報\n日韓が協定に署名\n" + JA, "Kahoku Shimpo"),
    ("新京报\n韩日签署军事情报协定\n" + ZH, "Beijing News"),
    ("로동신문\n정보협정을 규탄\n" + KO, "Rodong Sinmun"),
])
def test_a_new_outlet_s_copyright_line_or_masthead_gives_the_page_s_outlet(raw, outlet):
    assert outlet_of(raw) == outlet


def test_the_wider_list_still_cleans_the_page():
    """The copyright line that named the outlet is furniture, not a passage."""
    cleaned = clean_page("日韓が協定に署名\n" + JA + "Copyright © 株式会社岩手日報社 All rights reserved.\n")
    assert not any("岩手日報社" in paragraph for paragraph in cleaned.paragraphs)

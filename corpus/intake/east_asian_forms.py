"""More forms in which Chinese, Korean and Japanese pages name their outlet and date.

    >>> from corpus.intake.outlets import outlets
    >>> bracketed_credit_opening("(德國之聲中文網)日本執政的自民黨周五推舉石破茂", outlets())
    '德國之聲中文網'

* a Chinese credit in brackets opening the lead, the text glued after it ("(德國之聲中文網)日本…"),
  or its reporter in brackets between ("【财新网】(实习记者 吴蒙雨)当地时间…"),
  or with the day in full ("【正见网2008年05月13日】", "(明報新聞網2006年10月9日報導)北韓…"): a
  listed outlet, or, dated or the paper's own "news" ("【熊猫时报讯】"), a name ending as sites',
  agencies' and papers' names end (网, 社, 报); the day alone is the page's too ("【2019年6月16日讯】");
* a Taiwanese byline, the outlet glued to its reporter: "好房網News黃薏珊/整理報導": listed;
* a wire's dateline with its place but no day ("中新社東京電 12月16日投票的…"): a listed wire;
* a Korean site's tagline naming itself ("북한 알아보기 | 연합뉴스가 전해드리는 최신 북한 뉴스입니다."):
  a listed outlet before the particle and "delivers" or "provides";
* a name with the registered mark closing the story in brackets ("(AIニューズ®)"): a trade name's
  mark, so the name as printed;
* a picture's date and its agency closing a Korean caption ("… 기다리고 있다. 2024.10.11/뉴스1");
* a listed outlet's name alone in lenticular brackets on its line: "【i-CABLE】";
* a Korean paper's name in brackets opening the lead ("[프라임경제] 북한이 9일 …"): listed, or a
  name ending as papers' names end ("…일보", "…경제", not a section's "[단독]" or "[포토뉴스]");
  on a line of its own ("[비즈니스포스트]"), listed only ("[앵커]", "[리포트]" are a transcript's);
* a Japanese dateline of a place and a listed credit, the text after a space: "ソウル(CNN) 韓国政府は…";
* a Chinese paper's correspondent stationed abroad: "环球时报驻日本特约记者赵学亮报道": listed;
* a source among a short line's items, or with its reporter and editor: "www.example.com 2010-09-08
  08:48 來源:中國青年報 我來說兩句", "(來源:中國日報網 柳洪杰 編輯:周鳳梅)": listed;
* CNA's code closing the story, the day in the Republic's years: "(編輯:唐聲揚)1100402";
* Yahoo! Japan's provider line, a listed name and the time it delivered the story: "カナロコ by 神奈川新聞
  7月27日(水)7時3分配信" (the year printed only for past years' stories), "Bloomberg 5/9(火) 20:17配信";
* a Chinese outlet's own feature opening the lead, "X专稿:" ("國際在線專稿:據…", "环球时报专稿"): the
  label Chinese papers and sites give what they wrote for themselves: listed; or its own news, "X讯:"
  ("天津北方網訊:昨天中午…", "央视网消息:"), as sites open their own reports: listed.
"""

from __future__ import annotations

import re

from corpus.intake.contact_lines import EMAIL_ADDRESS_UNBOUNDED
from corpus.intake.date_readings import iso_day
from corpus.intake.furniture import is_korean_caption
from corpus.intake.outlets import OutletDirectory
from corpus.lazy_patterns import LazyPattern

_CJK = r"\u4e00-\u9fff"
_FULL_DATE = r"(?P<year>(?:19|20)\d\d)年(?P<month>[01]?\d)月(?P<day>[0-3]?\d)日"
_CREDIT_VERB = r"(?:報導|报道|報道|訊|讯|電|电)"
# The zone's time before the day: "【新唐人北京时间2022年10月05日讯】", as NTD prints it for readers abroad.
_ZONE_TIME = r"(?:北京|台北|香港|美东|美東|东京|東京)(?:时间|時間)"
# CNA's code closing a story, the editor's name then the day in the Republic's years (民國 110 = 2021):
# "(編輯:唐聲揚)1100402".
_EDITOR_CODE = LazyPattern(r"[(（](?:編輯|编辑)\s*[:：][^()（）]{1,12}[)）]\s*(?P<year>\d{2,3})(?P<month>[01]\d)(?P<day>[0-3]\d)\s*$")
_ROC_YEARS = 1911  # the Republic of China's year 1 is 1912
_BRACKETED_CREDIT = LazyPattern(
    rf"^\s*(?P<open>[（(【])(?P<name>[{_CJK}A-Za-z]{{2,12}}?)?(?:(?:{_ZONE_TIME})?{_FULL_DATE})?(?P<verb>{_CREDIT_VERB})?[)）】]"
    rf"\s*(?P<rest>.*)$")
# a yearless dateline before the credit ("【大紀元10月9日訊】"), not a dated credit itself ("【新唐人2014年03月19日訊】")
_LEADING_DATELINE = LazyPattern(r"^\s*【(?![^】]*(?:19|20)\d\d年)[^】]{1,20}】")
# How the names of Chinese sites, agencies and papers end ("正见网", "中新社", "明报").
_CHINESE_OUTLET_ENDING = LazyPattern(r"(?:网|網|社|报|報|台|新闻|新聞)$")
_DATELESS_DISPATCH = LazyPattern(rf"^\s*据?(?P<head>[{_CJK}]{{4,14}}?)(?:電|电)[\s\u3000]+\S")
_KOREAN_TAGLINE = LazyPattern(r"(?:^|[|·:]\s*)(?P<name>[가-힣A-Za-z0-9]{2,12}?)(?:이|가|은|는)\s+"
                              r"(?:전해\s?드리는|전하는|제공하는|알려\s?드리는)\s")
_REGISTERED_NAME = LazyPattern(r"^\s*[（(]\s*(?P<name>[^\s()（）][^()（）]{1,30}?)\s*[®™][)）]\s*$")
# "… 있다. 2024.10.11/뉴스1", the photographer's address after it as copied.
# "… 있다. (합동참모본부 제공) 2024.6.9/뉴스1 ⓒ News1 박지혜 기자": the picture's source in brackets
# before the date, the agency's mark and its photographer after it, as News1 prints them.
_KOREAN_PICTURE_DATE = LazyPattern(r"[가-힣]\.\s+(?:\([^()]{1,30}\)\s*)?(?P<year>(?:19|20)\d\d)\.(?P<month>[01]?\d)\."
                                   r"(?P<day>[0-3]?\d)\s*/\s*(?P<agency>[^\s/@]{2,12})"
                                   rf"(?:\s+{EMAIL_ADDRESS_UNBOUNDED})?"
                                   r"(?:\s+[ⓒ©]\s*[\w]{2,12}\s+[가-힣]{2,4}\s*(?:인턴|객원|사진)?기자)?\s*$")
_NAME_ALONE_IN_BRACKETS = LazyPattern(r"^\s*【\s*(?P<name>[^【】\s][^【】]{0,24}?)\s*】\s*$")
_KOREAN_BRACKETED_NAME = LazyPattern(r"^\s*\[(?P<name>[가-힣A-Za-z0-9]{2,12})\]\s*(?:(?=[가-힣\"“‘'])|(?P<alone>$))")
# Korea's wires, whose pictures papers print with "[연합뉴스]" before the caption ("[매일일보] …" there is the paper's own).
_KOREAN_PICTURE_WIRES = frozenset({"연합뉴스", "연합", "뉴시스", "뉴스1"})
_FIRST_KOREAN_SENTENCE = LazyPattern(r".*?(?:다\.(?=\s|$)|$)")
# How papers' names end ("…일보", "…경제"); "…뉴스" is a section's too ("[포토뉴스]"): listed only.
_KOREAN_PAPER_ENDING = LazyPattern(r"(?:일보|신문|경제|방송|타임스|타임즈|저널|투데이|닷컴|통신)$")
# "[신문고뉴스] 임두만 편집위원장 = …": a writer and his title before "=" after the bracket (a section's "[포토뉴스]" has none).
_WRITER_BEFORE_EQUALS = LazyPattern(r"\s*[가-힣]{2,4}\s*(?:기자|특파원|객원기자|선임기자|전문기자|대기자|통신원|논설위원"
                                    r"|편집위원장|편집위원|편집국장|주필)\s*=")
_JAPANESE_PLACE_CREDIT = LazyPattern(r"^\s*[\u30a0-\u30ff\u4e00-\u9fff]{2,10}[（(](?P<credit>[^()（）\s]{2,12})[)）]"
                                     r"[\s\u3000]+(?=[\u3040-\u30ff\u4e00-\u9fff])")
_STATIONED_REPORTER = LazyPattern(rf"^[\s\u3000]*(?P<head>[{_CJK}]{{2,8}}?)(?:驻|駐)[{_CJK}]{{1,8}}?(?:记者|記者)")
# "好房網News黃薏珊/整理報導", "自由時報記者王小明/台北報導": a Taiwanese byline, the outlet glued to its reporter.
_REPORTED_BYLINE = LazyPattern(rf"^\s*(?P<head>[{_CJK}A-Za-z]{{3,24}})\s*[/／]\s*[{_CJK}]{{0,4}}(?:報導|报道)\s*$")
# "中央社／ 莫斯科12日綜合外電報導", udn's line for CNA's copy: the wire, a slash, the place and day and "dispatched".
_SLASHED_DISPATCH = LazyPattern(rf"^\s*(?P<name>[{_CJK}A-Za-z]{{2,12}}?)\s*[/／]\s*[{_CJK}]{{1,8}}?[0-9０-９]{{1,2}}日"
                                r"(?:專電|专电|電|电|綜合外電報導|综合外电报道|報導|报道)\s*$")
# "聯合報／ 編譯高詣軒／即時報導": udn's byline, the paper, its translator or reporter, then "(breaking) report".
_STAFF_BETWEEN_SLASHES = LazyPattern(rf"^\s*(?P<name>[{_CJK}A-Za-z]{{2,12}}?)\s*[/／]\s*(?:編譯|编译|記者|记者)\s*"
                                     rf"[{_CJK}]{{2,4}}\s*[/／]\s*[{_CJK}]{{0,4}}?(?:即時報導|即时报道|報導|报道)\s*$")
# "看看新闻Knews综合": the site's name and "compiled" on a line of their own.
_COMPILED_BY = LazyPattern(rf"^\s*(?P<name>[{_CJK}A-Za-z]{{2,16}}?)\s*(?:综合|綜合)\s*$")
# "本文獲《聯合早報》授權轉載": "this article reprinted with the authorisation of" the original's outlet.
_AUTHORISED_REPRINT = LazyPattern(r"^\s*本文\s*(?:獲|获|经|經)\s*《(?P<name>[^《》]{2,20})》\s*(?:授權|授权)\s*"
                                  r"(?:轉載|转载|刊登|刊載|刊载)\s*[。.]?\s*$")
# "【财新网】(实习记者 吴蒙雨)当地时间…": the reporter in brackets between the credit and the text.
_REPORTER_IN_BRACKETS = LazyPattern(rf"[(（](?:实习|實習|特约|特約)?(?:记者|記者)\s*[{_CJK}]{{2,4}}[)）]\s*[{_CJK}]")
_REPORTER_AFTER = LazyPattern(rf"^(?:記者|记者)?\s*[{_CJK}]{{2,4}}$")
_SOURCE_AMONG_ITEMS = LazyPattern(rf"(?:^|[\s?|(（])(?:来源|來源)\s*[:：]\s*(?P<name>[{_CJK}A-Za-z]{{2,12}})(?:[\s?|]|$)")

# Yahoo! Japan's line of the provider and the time it delivered the story: "カナロコ by 神奈川新聞 7月27日(水)7時3分配信"
# (a brand "by" its paper, or the paper alone), the year printed only for past years' stories; later in
# figures: "Bloomberg 5/9(火) 20:17配信", "24/1/20(土) 2:16配信".
_DELIVERED = LazyPattern(r"^\s*(?P<name>\S.{0,40}?)\s+"
                         r"(?:(?:(?:19|20)\d\d年)?[01]?\d月[0-3]?\d日|(?:\d\d(?:\d\d)?/)?[01]?\d/[0-3]?\d)"
                         r"\s*(?:[(（][月火水木金土日][)）])?\s*(?:[0-2]?\d時[0-5]?\d分|[0-2]?\d:[0-5]\d)\s*配信\s*$")
_BRAND_BY = LazyPattern(r"^(?P<brand>.{2,20}?)\s+by\s+(?P<owner>.{2,20})$")
_OWN_FEATURE = LazyPattern(rf"^[\s\u3000]*(?P<head>[{_CJK}A-Za-z]{{2,12}}?)(?:(?:专稿|專稿)\s*[:：\s]|(?:讯|訊|消息)\s*[:：])")
# "[WikiLeaks Korea= By Lee Kyung Ah]": the outlet, "=", then its reporter, in brackets.
_ENGLISH_BRACKET_SIGNATURE = LazyPattern(r"^\[\s*(?P<credit>[A-Z][\w&.'’ -]{1,40}?)\s*=\s*(?:[Bb]y\s+)?"
                                         r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s*\]$")


def bracketed_credit_opening(line: str, directory: OutletDirectory) -> str | None:
    """The outlet of a Chinese credit in brackets opening the lead (see the module)."""
    match = _BRACKETED_CREDIT.match(line) if line and not line.isascii() else None
    if match is None or not match["name"] or not re.search(rf"[{_CJK}]", match["name"]):
        return None
    if match["year"] is None and _news_credit(match):
        return match["name"]  # "【熊猫时报讯】": the paper's own news, so named
    glued = re.match(rf"[{_CJK}]", match["rest"]) or _REPORTER_IN_BRACKETS.match(match["rest"])
    if match["year"] is None and not (glued and directory.named(match["name"])):
        return None  # undated: a listed name with the text glued after it ("(路透社)" alone is a source)
    if directory.named(match["name"]) or (match["year"] and _CHINESE_OUTLET_ENDING.search(match["name"])):
        return match["name"]
    return None


def bracketed_credit_date(line: str) -> str | None:
    """The day a Chinese credit in brackets opening the lead prints in full (ISO), or None."""
    # after a yearless dateline, as in "【大紀元10月9日訊】(明報新聞網2006年10月9日報導)…"
    line = _LEADING_DATELINE.sub("", line) if line else ""
    match = _BRACKETED_CREDIT.match(line) if line and not line.isascii() else None
    if match is None or match["year"] is None or not (match["name"] or match["verb"]):
        return None  # "【2019年6月16日讯】": the day's news, no name before it
    return iso_day(int(match["year"]), int(match["month"]), int(match["day"]))


def editor_code_date(line: str) -> str | None:
    """The day of CNA's code after its editor's name, closing the story ("(編輯:唐聲揚)1100402":
    2021-04-02), as the agency closes every story and the sites carrying it keep; or None."""
    match = _EDITOR_CODE.search(line) if line else None
    if match is None or not 80 <= int(match["year"]) <= 150:  # (1991 to 2061)
        return None
    return iso_day(int(match["year"]) + _ROC_YEARS, int(match["month"]), int(match["day"]))


def _news_credit(match: re.Match) -> bool:
    """Whether an undated credit in lenticular brackets is a paper's own "news" ("讯"), named as papers,
    sites and agencies are named ("【熊猫时报讯】", not "【本报讯】", the paper's "our news", nor "【综合讯】")."""
    return (match["open"] == "【" and match["verb"] in ("讯", "訊") and not match["rest"].startswith(("(", "（"))
            and not match["name"].startswith("本") and bool(_CHINESE_OUTLET_ENDING.search(match["name"])))


def reported_byline_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet glued before its reporter's name in a Taiwanese byline: "好房網News黃薏珊/整理報導"."""
    match = _REPORTED_BYLINE.match(line) if line and not line.isascii() and len(line) <= 40 else None
    head = match["head"] if match else ""
    return next((head[:size] for size in range(len(head) - 2, 1, -1)
                 if _REPORTER_AFTER.match(head[size:]) and directory.named(head[:size])), None)


def dateless_dispatch_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed wire of a dispatch's dateline with its place and no day: "中新社東京電 …"."""
    match = _DATELESS_DISPATCH.match(line) if line and not line.isascii() else None
    if match is None:
        return None
    return _listed_prefix(match["head"], directory, place=2)  # "中新社" of "中新社東京", its place after it


def korean_tagline_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a Korean site's tagline names as what brings the news: "연합뉴스가 전해드리는"."""
    match = _KOREAN_TAGLINE.search(line) if line and not line.isascii() and len(line) <= 120 else None
    return match["name"] if match and directory.named(match["name"]) else None


def registered_name_credit(line: str, directory: OutletDirectory) -> str | None:
    """A name with the registered mark alone in brackets closing the story: "(AIニューズ®)"."""
    match = _REGISTERED_NAME.match(line) if line else None
    return match["name"].strip() if match else None


def korean_picture_date(line: str, directory: OutletDirectory) -> tuple[str, str] | None:
    """(ISO day, agency) of a picture's date and its listed agency closing a Korean caption's
    last sentence ("… 기다리고 있다. 2024.10.11/뉴스1"): the day the picture was taken."""
    match = _KOREAN_PICTURE_DATE.search(line) if line and len(line) <= 600 else None
    if match is None or not directory.named(match["agency"]):
        return None
    value = iso_day(int(match["year"]), int(match["month"]), int(match["day"]))
    return (value, match["agency"]) if value else None


def bracketed_name_alone(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet's name alone in lenticular brackets on its line ("【i-CABLE】" under a Hong
    Kong broadcaster's title), as Chinese pages print a credit."""
    match = _NAME_ALONE_IN_BRACKETS.match(line) if line else None
    return match["name"] if match and directory.named(match["name"]) else None


def korean_bracketed_name(line: str, directory: OutletDirectory) -> str | None:
    """The paper of "[프라임경제] 북한이 …": listed, or named as papers are (see the module)."""
    match = _KOREAN_BRACKETED_NAME.match(line) if line and not line.isascii() else None
    if match is None:
        return None
    name = match["name"]
    ending = _KOREAN_PAPER_ENDING.search(name)
    if match["alone"] is not None:  # "[비즈니스포스트]" on a line of its own above the lead: listed only
        return name if directory.named(name) else None
    if name in _KOREAN_PICTURE_WIRES and is_korean_caption(_FIRST_KOREAN_SENTENCE.match(line, match.end())[0]):
        return None  # "[연합뉴스] … 5일 오전, … 부서져 있다.": the wire's picture, its caption opening a paper's page
    signed = _WRITER_BEFORE_EQUALS.match(line, match.end()) is not None
    return name if directory.named(name) or (ending and ending.start() > 0) or signed else None


def english_bracket_signature(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet signing in the Korean press's bracket, in English: "[WikiLeaks Korea= By Lee
    Kyung Ah]", as "[천지일보=이현복 기자]" (a place before "=" names no outlet: "[Seoul= By …]")."""
    match = _ENGLISH_BRACKET_SIGNATURE.match(line.strip()) if line.isascii() else None
    return match["credit"] if match and directory.named(match["credit"]) else None


def japanese_place_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed credit of "ソウル(CNN) 韓国政府は10日、…"."""
    match = _JAPANESE_PLACE_CREDIT.match(line) if line and not line.isascii() else None
    return match["credit"] if match and directory.named(match["credit"]) else None


def stationed_reporter_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed paper whose correspondent stationed abroad opens the lead: "环球时报驻日本特约记者…"."""
    match = _STATIONED_REPORTER.match(line) if line and not line.isascii() else None
    if match is None:
        return None
    return _listed_prefix(match["head"], directory)


def source_among_items_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed source among a short line's items: "… 08:48 來源:中國青年報 我來說兩句",
    "(來源:中國日報網 柳洪杰 編輯:周鳳梅)"."""
    match = _SOURCE_AMONG_ITEMS.search(line) if line and len(line) <= 120 and not line.isascii() else None
    return match["name"] if match and directory.named(match["name"]) else None


def _listed_prefix(head: str, directory: OutletDirectory, place: int = 0) -> str | None:
    """The longest listed outlet `head` starts with, at least `place` characters left after it."""
    return next((head[:size] for size in range(len(head) - place, 1, -1) if directory.named(head[:size])), None)


def own_feature_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet of "國際在線專稿:據日本共同社…" (its own feature, whoever it cites) or of
    "天津北方網訊:" (its own news)."""
    match = _OWN_FEATURE.match(line) if line and not line.isascii() else None
    return match["head"] if match and directory.named(match["head"]) else None


def _delivery(line: str) -> re.Match | None:
    return _DELIVERED.match(line) if line and not line.isascii() else None


def is_delivery_line(line: str) -> bool:
    """Whether `line` is Yahoo! Japan's provider-and-time line, listed provider or not: a credit, never a title."""
    return _delivery(line) is not None


def delivered_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed provider of Yahoo! Japan's line "カナロコ by 神奈川新聞 7月27日(水)7時3分配信": its
    name, or of a brand "by" its paper the listed one (the paper first)."""
    if (delivered := _delivery(line)) is None:
        return None
    name = delivered["name"].strip()
    if directory.named(name):
        return name
    brand = _BRAND_BY.match(name)
    return next((part for part in (brand["owner"], brand["brand"]) if directory.named(part)), None) if brand else None


def dispatch_or_compiler_credit(line: str, directory: OutletDirectory) -> str | None:
    """On a line of its own, the listed wire of "中央社／ 莫斯科12日綜合外電報導" (its place and day, "dispatched"),
    or the listed site of "看看新闻Knews综合" (the story compiled by it), or the listed paper of "聯合報／ 編譯高詣軒／即時報導"
    (its translator's or reporter's report)."""
    return _listed_name(_SLASHED_DISPATCH, line, directory) or _listed_name(_COMPILED_BY, line, directory) \
        or _listed_name(_STAFF_BETWEEN_SLASHES, line, directory)


def authorised_reprint_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed original of "本文獲《聯合早報》授權轉載" (reprinted with its authorisation)."""
    return _listed_name(_AUTHORISED_REPRINT, line, directory)


def _listed_name(pattern: LazyPattern, line: str, directory: OutletDirectory) -> str | None:
    match = pattern.match(line) if line and not line.isascii() and len(line) <= 40 else None
    return match["name"] if match and directory.named(match["name"]) else None

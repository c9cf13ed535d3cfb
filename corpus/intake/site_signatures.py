"""How a site signs its page without a wire's credit form: its masthead printed at the top
and again at the bottom, its name glued to the page's date stamp, its editorial team signing
the story, a sentence naming the agency the story's information is from.

    >>> from corpus.intake.outlets import outlets
    >>> bookend_masthead(("Hanbit 뉴스", "정부는 ...", "Hanbit 뉴스"), outlets())
    'Hanbit 뉴스'

* a masthead bookending the page: the same short line first and last, the name of a listed
  outlet or a name with a generic word of news in any language ("X 뉴스", "X News", "X ニュース",
  "X 新闻", "X Online", "X デジタル"): a section or a button repeated is neither;
* a box about the site after the story: its name alone, then a paragraph opening with it ("VOA
  News" / "The Voice of America provides news ..."): a listed outlet only; or its line about
  itself heading or closing the page ("Japan Press Service Co., Ltd. is the only news agency
  providing …"): a listed outlet that "is" a news agency, paper, site or broadcaster;
* a broadcaster's sign-off ending a transcript without punctuation ("... in November Jane Roe
  Arirang news"): a listed outlet only, not after "told", "to", "by";
* a name glued to the page's stamp ("KXYZPublished: September 3, 2017"): a listed outlet, or
  call letters or an abbreviation in capitals (a person's name glued so is not taken);
* an editorial team signing ("Travel Gazette Editorial Team", "X 편집부", "X 編集部", "構成●X編集部"), or in brackets
  closing its writers' byline ("高橋直純、水谷悠(m3.com編集部)"), or its
  newsroom with the page's stamp ("X新聞中心 2016-09-16 13:11"): a listed outlet, or a name the
  page prints elsewhere too (its newsletter, "X's" coverage);
* "As informações são da X.", "Con información de X.", "La información es de X." closing the
  story: the agency it is from, a listed outlet only;
* a blog quoting a paper whole, in Japanese: "以下、X(2019年8月22日19時6分)から。" (the paper and
  the time it printed, the date of the page) or "(Xより)" after the title, or its sentence introducing the
  story it pastes: "Xの今日の記事には、次のように書かれていました。": a listed outlet only.
"""

from __future__ import annotations

import re

from corpus.cleaning import is_prose
from corpus.intake.outlets import OutletDirectory, credit_parts, name_key
from corpus.intake.press_reviews import review_headings
from corpus.intake.printed_dates import find_date_line, read_date
from corpus.lazy_patterns import LazyPattern

MAX_MASTHEAD = 40
MAX_NAME_WORDS = 6
MIN_TRANSCRIPT = 300  # characters of the last paragraph: a transcript, not a caption or a title
_SENTENCE_END = LazyPattern(r"[a-z][.!?]\s+[A-Za-z]")
_QUOTING = LazyPattern(r"(?i)\b(?:to|by|from|on|told|said|says|according|reported|reports|with|of|in)$")
MIN_ABOUT = 80  # a paragraph, not a headline that opens with the outlet's name
# A word saying "news" or an edition, before or after a site's name, in the languages of the
# pages: "SBS 뉴스", "X News", "X ニュース", "X 新闻", "Noticias X", "Новости X".
_NEWS_WORD = (r"(?:news|online|digital|noticias|not[íi]cias|nouvelles|nachrichten|uutiset|tin\s+t[ứu]c"
              r"|новости|뉴스|닷컴|ニュース|デジタル|新闻网?|新聞|新闻|新聞網|资讯|資訊)")
_WITH_NEWS_WORD = LazyPattern(rf"(?i)^(?:\S.{{0,30}}?\s*{_NEWS_WORD}|{_NEWS_WORD}\s*\S.{{0,30}})$")
# "KXYZPublished: September 3, 2017": a name in capitals glued to the stamp.
_GLUED_STAMP = LazyPattern(r"^(?P<name>[A-Z][A-Za-z0-9&.' -]{1,30}?)(?<=[A-Za-z0-9])"
                           r"(?:Published|Updated|Posted)\b\s*:?\s*(?P<date>.+)$")
_CAPITALS = LazyPattern(r"[A-Z0-9&]{2,8}")
# "Web posted at: 21:42 JST- CNN/AP": a site's stamp, its clock, then the story's credit.
_STAMP_THEN_CREDIT = LazyPattern(r"^(?i:(?:web\s+)?(?:posted|updated|published))(?:\s+(?i:at|on))?\s*:?\s*"
                                 r"(?P<when>[^-–—]*?\d{1,2}:\d\d[^-–—]{0,12}?)\s*[-–—]\s*(?P<credit>[A-Z][\w&.'’/ ]{0,40})$")
# A date and a clock, then the story's source in square brackets: "09.05.2017 - 16:58 [ KBS ]".
_STAMP_THEN_BRACKETED_CREDIT = LazyPattern(r"^(?P<when>[0-3]?\d[./][01]?\d[./](?:19|20)\d\d\s*[-–—|,]?\s*\d{1,2}:\d\d)"
                                           r"\s*\[\s*(?P<credit>[A-Z][\w&.'’/ ]{0,40}?)\s*\]$")
# A newsroom's own stamp after it: "X新聞中心 2016-09-16 13:11". Japanese magazines' sites label
# who compiled or wrote the piece: "構成●X編集部", "文●X編集部", "取材・文●X編集部" (never "写真●").
_TEAM = LazyPattern(r"^(?:(?:取材・)?(?:構成|文)\s*[●・:：/]\s*)?(?P<name>[^\s].{1,40}?)\s*(?:Editorial\s+Team|Editorial\s+Staff|Editorial\s+Desk"
                    r"|Video\s+Team"  # a byline under the title: "Sunday World Video Team"
                    r"|News\s+Desk|Newsroom|Redacci[oó]n|R[ée]daction|Redaktion|편집부|編集部|编辑部"
                    r"|新聞中心|新闻中心|뉴스센터)\s*(?P<stamp>(?:19|20)\d\d[-./年].{3,25})?$")
# Writers, then their site's editorial department in brackets, closing the byline: "高橋直純、水谷悠(m3.com編集部)"
# (the department alone in brackets, "(編集部:X)", is a tag's label: `site_widgets`).
_BRACKETED_TEAM = LazyPattern(r"[^\s(（][(（](?P<name>[^()（）\s]{2,30}?)\s*(?:編集部|编辑部|편집부)[)）]$")
_MAX_BYLINE = 120
# The story's information is from X: Portuguese, Spanish, Italian, French ("*Com informação da X", a footnote).
_INFORMATION_FROM = LazyPattern(
    r"(?i)(?:^\*?|[.!?]\s+)(?:as\s+informa[çc][õo]es\s+s[ãa]o|com\s+informa[çc](?:[õo]es|[ãa]o)|con\s+informaci[oó]n"
    r"|la\s+informaci[oó]n\s+es|las\s+informaciones\s+son|con\s+informazioni|les\s+informations\s+sont)"
    r"\s+(?:d[aeo]s?|di|del|della|de\s+la|de\s+l'|du|des)\s+(?P<credit>[^.;:()]{2,40}?)\.?\s*$")
# The story's source labelled after its last sentence: "... segurança nacional. Fonte: Dow Jones Newswires."
_SOURCE_AFTER_LAST_SENTENCE = LazyPattern(
    r"[.!?]\s+(?i:fonte|fuente|source|quelle|źródło)\s*:\s*(?P<credit>[^.;:()]{2,40}?)\.?\s*$")

# "以下、X(2019年8月22日19時6分)から。", "…(Xより)": a blog quoting a paper names it (and the
# time the paper printed).
_QUOTED_FROM = LazyPattern(r"^以下[、,]\s*(?P<credit>[^(（、。]{2,20}?)\s*(?:[(（](?P<when>[^)）]{4,30})[)）])?"
                           r"\s*(?:から|より)(?:の?引用)?[。.:：]?\s*$")
_FROM_IN_TITLE = LazyPattern(r"[(（](?P<credit>[^()（）]{2,20}?)より[)）]\s*$")
# "…。読売新聞の今日の記事には、次のように書かれていました。": a blog's sentence introducing the story it pastes
# below ("X's article of today reads as follows"), ending its paragraph.
MAX_INTRO_PARAGRAPH = 400  # characters: the blog's own few sentences before the story it pastes
_ARTICLE_READS = LazyPattern(r"(?:^|[。！？\s])(?P<credit>[^\s、。「」『』]{2,20}?)の(?:今日|昨日|本日|きょう|[0-9０-９]{1,2}日)?の?"
                             r"(?:朝刊|夕刊|電子版|ウェブ版)?の?記事(?:に|には|では|で)[、,]?\s*(?:次|以下)のように"
                             r"(?:書かれて|報じられて|書いて|報じて)(?:いました|います|いる|あった|ある)。?\s*$")
# "Japan Press Service Co., Ltd. is the only news agency providing ...": a site's line about itself
_SELF_DESCRIPTION = LazyPattern(
    r"^(?P<credit>(?:The\s+)?[A-Z][\w&.,'’-]*(?:\s[A-Z][\w&.,'’-]*){0,5}?)\s+is\s+(?:the|an?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:news\s+agency|newspaper|news\s+site|news\s+service|news\s+outlet|broadcaster)\b")


def bookend_masthead(lines, directory: OutletDirectory) -> str | None:
    """The site's name printed as the page's first line and again as its last."""
    if len(lines) < 3:
        return None
    first, last = lines[0].strip(), lines[-1].strip()  # the last joined to the story's end, as copied
    if not (last == first or last.endswith(" " + first)) or len(first) > MAX_MASTHEAD or is_prose(first) or any(c.isdigit() for c in first):
        return None
    return first if directory.named_alone(first) or _WITH_NEWS_WORD.match(first) else None


def about_box(lines, directory: OutletDirectory) -> str | None:
    """The site's box about itself: a listed outlet alone on a line, then a paragraph opening
    with one of that outlet's names ("VOA News" / "The Voice of America provides news ..."), not one of the papers
    a review of the papers heads its parts with."""
    headings = review_headings(lines, directory)
    for name_line, below in zip(lines, lines[1:]):
        if name_line in headings:
            continue  # "NZ Herald" / "The New Zealand Herald calls it …": a paper reviewed, among others
        outlet = directory.named_alone(name_line.strip())
        words = below.split()
        if outlet and len(below) >= MIN_ABOUT and any(
                directory.named(" ".join(words[:size])) == outlet for size in range(1, MAX_NAME_WORDS + 1)):
            return name_line.strip()
    return None


def self_description(page_lines, directory: OutletDirectory) -> str | None:
    """The site's line about itself, first or last on the page: "X is the only news agency …"."""
    for line in (*page_lines[:1], *page_lines[-1:]):
        match = _SELF_DESCRIPTION.match(line.strip())
        if match and directory.named(match["credit"]):
            return match["credit"]
    return None


def transcript_sign_off(closing, directory: OutletDirectory) -> str | None:
    """A broadcaster's sign-off ending a transcript written without punctuation (a video's
    captions): "... will end in November Connie moo Arirang news": a listed outlet of two words
    or more ending the last line, after a name, where no line of the transcript ends a sentence."""
    lines = [line.strip() for line in closing if line.strip()]
    if not lines or len(lines[-1]) < MIN_TRANSCRIPT or any(
            line.endswith((".", "!", "?", "\"", "”")) or _SENTENCE_END.search(line) for line in lines):
        return None
    words = lines[-1].split()
    for size in (3, 2):
        name = " ".join(words[-size:])
        if len(words) > size + 2 and directory.named(name) and not _QUOTING.search(" ".join(words[-size - 2:-size])):
            return name
    return None


def stamp_glued_credit(line: str, directory: OutletDirectory) -> str | None:
    """The site's name glued to its date stamp: "KXYZPublished: September 3, 2017"."""
    match = _GLUED_STAMP.match(line.strip())
    if match is None or find_date_line(match["date"]) is None:
        return None
    name = match["name"].strip()
    return name if directory.named(name) or _CAPITALS.fullmatch(name) else None


def stamp_credit(line: str, directory: OutletDirectory) -> str | None:
    """The credit after a site's posting stamp and its clock: "Web posted at: 21:42 JST- CNN/AP"
    or in brackets after its date ("09.05.2017 - 16:58 [ KBS ]"); the first of listed outlets only: "Posted at 9:00 -
    Staff" names no outlet."""
    match = _STAMP_THEN_CREDIT.match(line.strip()) or _STAMP_THEN_BRACKETED_CREDIT.match(line.strip())
    parts = credit_parts(match["credit"]) if match else []
    return parts[0] if parts and all(directory.named(part) for part in parts) else None


def team_credit(line: str, page_lines, directory: OutletDirectory) -> str | None:
    """The site's editorial team signing the story: a listed outlet, or a name the page prints
    on another line too (spaces and case aside: "TravelGazette" and "Travel Gazette")."""
    match = _TEAM.match(line.strip())
    if match is None or (match["stamp"] and find_date_line(match["stamp"]) is None):
        return None
    return _team_name(match["name"].strip(" ,|-–—"), line, page_lines, directory)


def bracketed_team_credit(line: str, page_lines, directory: OutletDirectory) -> str | None:
    """The site's editorial department in brackets closing its writers' byline: "高橋直純、水谷悠(m3.com編集部)"."""
    match = _BRACKETED_TEAM.search(line.strip()) if len(line) <= _MAX_BYLINE else None
    return match and _team_name(match["name"], line, page_lines, directory)


def _team_name(name: str, line: str, page_lines, directory: OutletDirectory) -> str | None:
    """`name` when listed, or when the page prints it on another line too (its masthead, its menu)."""
    if directory.named(name):
        return name
    joined = _joined(name)
    if len(joined) < 4:
        return None
    return name if any(joined in _joined(other) for other in page_lines if other != line) else None


def information_credit(paragraph: str, directory: OutletDirectory) -> str | None:
    """The listed agency a closing sentence says the story's information is from, or labels as its source."""
    match = _INFORMATION_FROM.search(paragraph.strip()) or _SOURCE_AFTER_LAST_SENTENCE.search(paragraph.strip())
    credit = match["credit"].strip(" \"“”'") if match else None
    return credit if credit and directory.named(credit) else None


def _joined(text: str) -> str:
    return re.sub(r"[\s'’.-]", "", name_key(text))


def quoted_source(line: str, directory: OutletDirectory) -> str | None:
    """The listed paper a blog says it quotes: "以下、X(<time>)から。", "<title>(Xより)", "Xの今日の記事には、次のように
    書かれていました。"."""
    line = line.strip()
    match = _QUOTED_FROM.match(line) or _FROM_IN_TITLE.search(line) \
        or (len(line) <= MAX_INTRO_PARAGRAPH and _ARTICLE_READS.search(line))
    return match["credit"].strip() if match and directory.named(match["credit"].strip()) else None


def quoted_source_date(line: str) -> str | None:
    """The day the quoted paper printed its story, as the blog's "以下、X(<time>)から。" gives it."""
    match = _QUOTED_FROM.match(line.strip())
    return read_date(match["when"]) if match and match["when"] else None

"""Notes in which a page names its outlet, outside a byline or a dateline:

* a blog's source line naming the original's headline, then its outlet: "Source: <headline> –
  Nikkei Asian Review";
* a paper's note of its print edition, which gives the outlet and the day it was printed: "A
  version of this article appeared in the print edition of The Straits Times on December 03,
  2019, with the headline ...";
* a wire's digest of papers' editorials, each headed by its paper and day: "(EDITORIAL from Korea
  Times on Aug. 24)";
* a source line naming a site by its name and address: "来源:倍可亲(backchina.com)";
* a site's link to its own front page: "Visit Business Insider's homepage for more stories",
  or its notice sending readers to its webmaster: "Please contact the DOD Webmaster with any
  questions.";
* a bare "Read more:" closing a repost, naming its outlet: "Read more : CNN, 09.05.2017";
* a blog's sentence before the story it quotes whole: "The New York Times has the details:";
* a Korean broadcaster's or paper's tip line: "연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23", or an
  English site's: "Got a tip? Send it to The Daily Beast here.";
* a line of labelled fields in brackets, as Chinese and Korean-Chinese papers print their
  stories' particulars: "편집/기자: [ 리미연 ] 원고래원: [ 신화사 ] 발표시간: [ 2019-08-23 10:51:36 ]"
  (its source field names the outlet, its time field dates the story).

Each takes a listed outlet only (`corpus/outlets.json` and the user's file): these lines are
loose, and a wrong name is worse than none.
"""

from __future__ import annotations

import re

from corpus.intake.first_appeared import LINE_PARTS, SOURCE_LABEL
from corpus.intake.date_readings import MONTH_NAME
from corpus.intake.issue_notes import issue_note
from corpus.intake.japanese_site_lines import print_issue_stamp
from corpus.intake.outlets import OutletDirectory, names_no_one
from corpus.intake.printed_dates import PrintedDate, find_date_line, read_date, source_before_editor
from corpus.intake.site_widgets import TIP_LINE_OPENING

_READ_MORE = re.compile(r"(?i)^\W*(?:read\s+more|full\s+story|more)\s*:\s*(?P<credit>\S.{0,60})$")
# An excerpt cut by an ellipsis, then its pointer to the whole story and the outlet, its month and year after it:
# "... two neighbours…Full Article: Xinhua June 2015", as a trade site quotes a wire's story; in Italian, as an
# aggregator closes its excerpt: "... al suo pubblico ... Leggi su newsmondo" (the outlet spelt as it spells itself).
_POINTER_TAIL = 160  # characters of the line read: the pointer closes it
_EXCERPT_POINTER = re.compile(rf"(?:…|\.\.\.)\s*(?:(?i:full\s+(?:article|story)|read\s+more)\s*:|(?i:leggi\s+su))\s*"
                              rf"(?P<credit>[A-Za-z][\w&.'’ -]{{1,40}}?)(?:\s+{MONTH_NAME}\.?\s+(?:19|20)\d\d)?\s*$")
# "Read more from The Japan News at https://japannews.yomiuri.co.jp/": a partner's story, as a reader app closes it.
_READ_MORE_FROM = re.compile(r"^\W*Read\s+more\s+from\s+(?P<credit>[A-Z][^:]{1,50}?)\s+at\s+(?:https?://)?[\w.-]+\.[a-z]{2,}\S*$")
# "Read more https://www.channelnewsasia.com/news/asia/…": the original's address alone, closing an excerpt.
_READ_MORE_ADDRESS = re.compile(r"(?i)^\W*read\s+more\s*:?\s*https?://(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)"
                                r"(?:/\S*)?$")
_PIECE = r"(?i:(?:a\s+version\s+of\s+)?this\s+(?:article|story|editorial|column|report|commentary))"
_PRINT_EDITION = re.compile(
    rf"{_PIECE}\s+(?i:appeared|appears|was\s+published|ran)\s+in\s+(?i:the\s+)?(?i:print\s+edition|"
    rf"print|newspaper)\s+(?i:of)\s+(?P<credit>(?:The\s+)?[A-Z][\w&.'’ -]{{1,50}}?)\s+(?i:on)\s+"
    rf"(?P<date>[^,;]{{4,30}},?\s*(?:19|20)\d\d)\b")
# "원고래원: [ 신화사 ]": a field's label, a colon and its value in brackets; or without brackets,
# its label in a script without spaces between words: "作者:未知 来源:人民网 更新:2019-8-23 18:41:15".
_FIELD = re.compile(r"(?P<label>[^\s\[\]:：]{1,12})\s*[:：]\s*\[\s*(?P<value>[^\[\]]*?)\s*\]")
_CJK_LABEL = r"[^\x00-\x7f\s:：\[\]]{1,8}"
_BARE_FIELD = re.compile(rf"(?:^|(?<=\s))(?P<label>{_CJK_LABEL})[:：]\s*(?P<value>.*?)\s*(?=\s{_CJK_LABEL}[:：]|$)")
# Or in words, each "Label: value" between bars: "Date: 25/05/2023 | Source: KCNA.kp (En) | Read original …"
# (an aggregator's line of the original's fields; a part without a label may stand among them).
_PIPED_FIELD = re.compile(r"(?:^|(?<=\|))\s*(?P<label>[A-Z][A-Za-z ]{1,15}?)\s*:\s*(?P<value>[^|:]+?)\s*(?=\||$)")
MIN_FIELDS = 2
# "Visit Business Insider's homepage", "연합뉴스TV 기사문의 및 제보": the site's pointers to itself.
_HOMEPAGE = re.compile(r"^\W*(?i:visit|go\s+to)\s+(?P<credit>(?:the\s+)?[A-Z][\w&.'’ -]{1,50}?)['’]s?\s+"
                       r"(?i:home\s*page|front\s+page)\b")
_WEBMASTER = re.compile(r"(?:^|[.!?]\s+)\W*(?i:please\s+)?(?i:contact|e-?mail|write\s+to)\s+(?:the\s+)?"
                        r"(?P<credit>[A-Z][\w&.'’ -]{1,50}?)\s+(?i:webmaster)\b")
# "来源:倍可亲(backchina.com)", "Source: Harbor Gazette (harborgazette.com)": a site by its name and address.
_ADDRESSED_SOURCE = re.compile(r"(?P<credit>[^()（）:：|]{2,40}?)\s*[(（](?:https?://)?(?:www\.)?"
                               r"(?P<host>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})/?[)）]\s*$")
_BARE_HOST = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$")
_GOVERNMENT_HOST = re.compile(r"(?i)\.(?:gov|go|mil|gouv|gob)(?:\.|$)")
_TIP_LINE = re.compile(r"^\W*(?P<credit>\S(?:.{0,28}\S)?)\s+(?:기사\s*문의\s*및\s*제보|기사문의|제보하기)\b")
_ENGLISH_TIP_LINE = re.compile(r"^\W*" + TIP_LINE_OPENING + r"(?P<credit>(?:The\s+)?[A-Z][\w&.'’ -]{1,40}?)(?:\s+here)?\W*$")
_DIGESTED_EDITORIAL = re.compile(r"^\W*(?i:editorial|column|commentary|op-ed)\s+from\s+(?:the\s+)?"
                                 r"(?P<credit>[A-Z][\w&.'’ -]{1,50}?)\s+on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\W*$")
# "… The New York Times has the details:": a paragraph ending on a colon, the quoted story below.
_QUOTATION_INTRO = re.compile(r"(?:^|[.!?]\s+)(?P<credit>(?:The\s+)?[A-Z][\w&.'’ -]{1,50}?)\s+"
                              r"has\s+the\s+(?:details|full\s+story)\s*:\s*$")
_SOURCE_FIELD = re.compile(r"^(?:원고래원|래원|출처|来源|來源|稿源|出处|出處|(?i:source))$")


def titled_source_credit(line: str, directory: OutletDirectory) -> str | None:
    """"Source: <the original's headline> – Nikkei Asian Review": the last part, listed."""
    parts = LINE_PARTS.split(line.strip())
    if len(line) > 300 or len(parts) < 2 or not SOURCE_LABEL.match(parts[0]):
        return None
    return parts[-1].strip() if directory.named(parts[-1].strip()) else None


def print_edition_credit(line: str, directory: OutletDirectory) -> str | None:
    """The paper a note of the print edition names: "... appeared in the print edition of The
    Straits Times on December 03, 2019 ..."."""
    return _listed_credit(_print_edition_note(line), directory)


def print_edition_date(line: str) -> str | None:
    """The day the print edition that note names came out."""
    match = _print_edition_note(line)
    return read_date(match["date"]) if match else None


def _print_edition_note(line: str) -> re.Match | None:
    return (_PRINT_EDITION.search(line) or issue_note(line) or print_issue_stamp(line)) if len(line) <= 400 else None


def homepage_credit(line: str, directory: OutletDirectory) -> str | None:
    """"Visit Business Insider's homepage for more stories", "Please contact the DOD Webmaster":
    the site's link to itself."""
    match = _HOMEPAGE.match(line.strip()) or _WEBMASTER.search(line)
    return _listed_credit(match, directory)


def addressed_source_credit(line: str, directory: OutletDirectory) -> str | None:
    """A source line naming a site with its address: the site (the listed outlet at that
    address, else the name as printed, unless it is generic: "Source: Agencies (x.com)")."""
    label = SOURCE_LABEL.match(line)
    match = _ADDRESSED_SOURCE.fullmatch(line[label.end():].strip()) if label else None
    if match is None or names_no_one(match["credit"]) or match["credit"][:1].islower() \
            or _GOVERNMENT_HOST.search(match["host"]):
        return None  # "Source: the ministry (mofa.go.kr)": a source of the story, not its outlet
    return directory.at_host(match["host"].lower()) or match["credit"].strip()


def quotation_intro_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a blog's paragraph names before quoting its story ("… The New York
    Times has the details:"); a quoted medium in the story's prose ("Yonhap reported") is not one."""
    return _listed_credit(_QUOTATION_INTRO.search(line), directory)


def digested_editorial_credit(line: str, directory: OutletDirectory) -> str | None:
    """The paper whose editorial a wire's digest carries: "(EDITORIAL from Korea Times on Aug. 24)"."""
    match = _DIGESTED_EDITORIAL.match(line)
    return _listed_credit(match, directory)


def tip_line_credit(line: str, directory: OutletDirectory) -> str | None:
    """"연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23": the outlet inviting its readers' tips."""
    match = _TIP_LINE.match(line.strip()) or _ENGLISH_TIP_LINE.match(line.strip())
    return _listed_credit(match, directory)


def field_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a line of bracketed fields names as its source ("원고래원: [ 신화사 ]"), by its
    name or its site's address ("作者:佚名 来源:asahi.com 更新:…")."""
    return next((credit for field in _fields(line) if _SOURCE_FIELD.match(field["label"])
                 and (credit := directory.named(field["value"]) and field["value"]
                      or _listed_host(field["value"], directory))), None)


def _listed_host(value: str, directory: OutletDirectory) -> str | None:
    """The listed outlet whose site a field's value is, an address alone ("asahi.com")."""
    return directory.at_host(value) if _BARE_HOST.match(value) else None


def editor_line_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed source a date line names before the site's editor ("2014-07-03 11:27 Xinhua
    Web Editor: Mo Hong'e", as China's sites print it)."""
    source = source_before_editor(line)
    return source if source and directory.named(source) else None


def field_date_line(line: str, order_hint: str = "") -> PrintedDate | None:
    """The date line among two or more fields ("발표시간: [ 2019-08-23 10:51:36 ]")."""
    fields = _fields(line)
    return next(filter(None, (find_date_line(f"{field['label']}: {field['value']}", order_hint)
                              for field in fields)), None)


def _listed_credit(match: re.Match | None, directory: OutletDirectory) -> str | None:
    """The credit a note names, when it is a listed outlet (these notes are loose)."""
    return match["credit"] if match and directory.named(match["credit"]) else None


def _fields(line: str) -> list[re.Match]:
    """The labelled fields of a line that is made of two or more of them, else none."""
    if ":" not in line and "：" not in line:
        return []  # (cheaply: every form labels its fields with a colon)
    for form in (_FIELD, _BARE_FIELD, _PIPED_FIELD):
        fields = list(form.finditer(line)) if len(line) <= 200 else []
        if len(fields) >= MIN_FIELDS:
            return fields
    return []


def read_more_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet after a bare "Read more:" closing a repost: "Read more : CNN, 09.05.2017", or after an
    excerpt's ellipsis: "…Full Article: Xinhua June 2015", "... Leggi su newsmondo", or
    named with its address: "Read more from The Japan News at https://japannews.yomiuri.co.jp/", or by its address
    alone: "Read more https://www.channelnewsasia.com/news/…"."""
    if (match := _READ_MORE_FROM.match(line.strip())) and directory.named(match["credit"]):
        return match["credit"]
    if (excerpt := _EXCERPT_POINTER.search(line[-_POINTER_TAIL:])) and directory.named(excerpt["credit"]):
        return excerpt["credit"]
    if address := _READ_MORE_ADDRESS.match(line.strip()):
        return directory.at_host(address["host"].lower())
    match = _READ_MORE.match(line.strip())
    if match is None:
        return None
    credit = match["credit"].split(",")[0].strip(" .;")  # "CNN, 09.05.2017": a date after it
    return credit if directory.named(credit) else None

"""Credits a page prints where its lead opens, beside its own handle, or in its own widgets.

    >>> from corpus.intake.outlets import outlets
    >>> handle_credit("Daily Planet News | @dailyplanetnews | 23 Mar 2018, 07:18 am", outlets())
    'Daily Planet News'

* a listed outlet's name, then a colon, opening the lead ("인민넷 조문판: 한국과 일본이 ...",
  "Xinhua: North Korea said ...", "Iran Press/Asia: ..." with its desk; not a speaker's quoted
  words after it, "朝鮮中央テレビ:「…」", "dpa: „…“", nor a question put to it, "CNN: Minister,
  why …?"), or a dash ("USPA News - North Korea has ..."), or in brackets before it ("(MENAFN) North Korea has ...", as syndicators print it; "(Tổ Quốc)-U23 …", a Vietnamese paper's lead), or
  before its name spelled out in brackets ("SHAFAQNA (International Shia News Association) South
  Korea ...", both names listed). Listed only: "Seoul: Former President ..." is a place, "(LEAD)
  Seoul ..." a wire's label;
* a listed outlet in a dateline of forms the datelines do not read (`placed_credit`): beside its
  place before a dash, as Indonesian sites print it ("Jakarta, IDN Times - ...", "TEMPO.CO,
  Jakarta - ..."); in brackets after a place and a colon ("SEOUL: (Reuters) Russian ...") or after
  a place and its country with the dash lost ("MARRAKECH, Morocco (AP) A rare ..."); its name
  glued to the dash ("CiddiGazete- Alman ..."). One of the two names beside the dash must be
  listed and the other not ("Seoul, South Korea -- ..." names no outlet);
* a site's name beside its own social handle on the byline's line ("Just Earth News |
  @justearthnews | <date>"): the handle spells the name, so the name is the site's own. An
  unlisted name needs a word of news ("News", "Times"): a reporter signs with a handle too;
* an outlet's reporter in the byline, the outlet first ("By AsiaToday reporter Lee Seok-jong"),
  listed only ("By staff reporter Jane Roe" names no outlet);
* a video's title ending in its channel after a slash ("<headline> / YTN (Yes! Top News)"):
  a listed outlet, on the title line only (a picture's credit has the form "Jane Roe / Reuters");
* a site's own widgets naming it: "Also in The Mainichi", "The Mainichi on social media",
  "More from X" on a line of its own (listed only: "Also in Sports" is a section).
"""

from __future__ import annotations

import re

from corpus.cleaning import is_prose
from corpus.intake.credits import plausible
from corpus.intake.east_asian_credits import PAPERS_DAY
from corpus.intake.outlets import OutletDirectory

_COLON_LEAD = re.compile(r"^(?P<credit>[^\s:：(（\[][^:：]{1,30}?)\s*[:：]\s*(?P<rest>\S.*)")
_QUOTE_OPENING = "「『\"“‘'«»„‚‹›〝＂"  # the opening marks of East Asian, English, French, German, Nordic quotes
# "USPA News - North Korea has ...": the name and a dash, no place before it.
_DASH_LEAD = re.compile(r"^(?P<credit>[A-Z][^-–—:()]{1,30}?)\s+[-–—]\s+(?P<rest>[A-Z\"“‘'].*)")
# "القبة نيوز- قالت كوريا …": an Arabic name of up to three words and a dash, as Jordanian and Gulf sites open leads.
_ARABIC_DASH_LEAD = re.compile(r"^(?P<credit>[\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,2})\s?[-–—]\s+"
                               r"(?P<rest>[\u0621-\u064a].*)")
# "(MENAFN) North Korea has ...", and as Vietnamese papers open their leads, with a dash: "(Tổ Quốc)-U23 Việt Nam …".
_BRACKET_LEAD = re.compile(r"^\((?P<credit>[^()]{2,30})\)(?:\s+|\s*[-–—]\s*)(?P<rest>[A-ZÀ-ÞĐƠƯ\u1ea0-\u1ef9\"“‘'].*)")
# "SHAFAQNA (International Shia News Association) South Korea ...": the name, then spelled out.
_SPELLED_OUT_LEAD = re.compile(r"^(?P<credit>[A-Z][^()]{1,30}?)\s+\((?P<spelled>[^()]{2,60})\)\s+"
                               r"(?P<rest>[A-Z\"“‘'].*)")
# Datelines the datelines do not read, a listed outlet in them. "Jakarta, IDN Times - ...", "TEMPO.CO, Jakarta - ...":
# a place and an outlet beside a dash, either first, as Indonesian sites print them.
_PLACE_AND_OUTLET_DASH = re.compile(r"^(?P<first>[^,()\-–—:]{2,30}),\s*(?P<second>[^,()\-–—:]{2,30}?)\s*"
                                    r"(?:--|[-–—])\s+(?P<rest>\S.*)")
# "SEOUL: (Reuters) Russian ...": the wire in brackets after a place and a colon.
_PLACE_COLON_BRACKETED = re.compile(r"^(?P<place>[A-Z][A-Za-z .'’-]{2,30}):\s*\((?P<credit>[^()]{2,30})\)\s+"
                                    r"(?P<rest>\S.*)")
# "MARRAKECH, Morocco (AP) A rare ...": after a place and its country, the dash lost.
_PLACE_COUNTRY_BRACKETED = re.compile(r"^(?P<place>[A-Z]{3,}[A-Z .'’-]*),\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s*"
                                      r"\((?P<credit>[^()]{2,30})\)\s+(?P<rest>[A-Z\"“‘'].*)")
# "CiddiGazete- Alman ...": the name glued to the dash.
_GLUED_TO_DASH = re.compile(r"^(?P<credit>[A-Z][^\s\-–—:()]{1,30})[-–—]\s+(?P<rest>[A-Z\"“‘'].*)")
# "TEMPO.COSeoul - Korea Selatan …": the outlet's address in capitals glued to the place (the copy lost ", ").
_ADDRESS_GLUED_TO_PLACE = re.compile(r"^\s*(?P<credit>[A-Z][A-Z0-9-]{1,20}\.(?:CO|COM|NET|ID)(?:\.[A-Z]{2})?)"
                                     r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s+[-–—]\s+(?P<rest>[A-Z\"“‘'].*)")
_ADDRESS_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z]{2,6}){1,2}")  # "Liputan6.com", "TEMPO.CO"
_PLACED = (_PLACE_AND_OUTLET_DASH, _PLACE_COLON_BRACKETED, _PLACE_COUNTRY_BRACKETED, _GLUED_TO_DASH,
           _ADDRESS_GLUED_TO_PLACE)
# The place beside the outlet: one to three capitalised words ("Jakarta", "Kota Bandung"), not a time or a link of
# prose ("Last year, Reuters – citing … – reported", "On Monday, Politico — …", "Earlier, Yonhap - …").
_PLACE_WORDS = re.compile(r"^[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2}$")
_NOT_A_PLACE = frozenset({
    "on", "in", "at", "by", "since", "after", "before", "during", "until", "last", "next", "this", "earlier", "later",
    "meanwhile", "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "however", "also", "separately", "elsewhere", "then", "now", "still", "but", "and"})
_SPACED_DASH = re.compile(r"\s(?:--|[-–—])\s")
_SLASHED_TITLE_END = re.compile(r"\s/\s(?P<credit>[^/]{2,40}?)(?:\s*\([^()]{2,40}\))?\s*$")
_TITLE_END_READ = 200  # characters: the bracket, its name and day, and the 80 before it
_PARENTHESISED_TITLE_END = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff][^()（）]{0,80}[(（](?P<credit>[^()（）]{2,20}?)"
                                      rf"{PAPERS_DAY}[)）]\s*$")
# "By AsiaToday reporter Lee Seok-jong": the byline of an outlet's reporter, the outlet first ("By" may be left out,
# and a colleague added: "AsiaToday reporter Lee Jang-won & Tokyo correspondent Uhm Soo-ah").
_OUTLET_REPORTER_BYLINE = re.compile(r"^(?:(?:By|BY)\s+)?(?P<credit>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}?)\s+"
                                     r"(?:staff\s+)?(?:reporter|correspondent)\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}"
                                     r"(?:\s+(?:&|and)\s+[A-Z][\w'’ -]{2,60})?\s*$")
_SENTENCE_END = re.compile(r"[a-z0-9][.!?](?:\s|$)")
_HANDLE = re.compile(r"^@(?P<handle>[A-Za-z0-9_]{3,30})$")
_OWN_WIDGET = re.compile(r"^(?:(?:Also|ALSO)\s+(?:in|on|IN|ON)\s+(?P<also>\S.{1,40}?)"
                         r"|(?:More|MORE)\s+(?:from|FROM)\s+(?P<more>\S.{1,40}?)"
                         r"|(?P<social>\S.{1,40}?)\s+(?:on|ON)\s+(?:social\s+media|SOCIAL\s+MEDIA))\s*$")
# "JTBC 핫클릭", "X 주요뉴스", "X 많이 본 뉴스": a Korean site's list of its most read stories.
_OWN_HOT_LIST = re.compile(r"^(?P<credit>\S.{1,20}?)\s+(?:핫클릭|주요\s?뉴스|인기\s?기사|많이\s?본\s?뉴스)\s*$")


def lead_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet opening the lead before a colon or a dash, or in brackets."""
    colon = _COLON_LEAD.match(line)
    if colon and (colon["rest"][0] in _QUOTE_OPENING or colon["rest"].rstrip().endswith(("?", "？"))):
        return None  # "朝鮮中央テレビ:「…」", "dpa: „…“": a speaker's words quoted; "CNN: Minister, why …?" asked
    match = colon or _DASH_LEAD.match(line) or _BRACKET_LEAD.match(line) or _SPELLED_OUT_LEAD.match(line) \
        or _ARABIC_DASH_LEAD.match(line)
    if match is None or not is_prose(match["rest"]):
        return placed_credit(line, directory)
    spelled_out = match.groupdict().get("spelled")
    if spelled_out and directory.named(spelled_out) != directory.named(match["credit"]):
        return placed_credit(line, directory)  # "SEOUL (Yonhap) South Korea ...": a place, then a credit
    credit = match["credit"].strip()
    if not directory.named(credit) and "/" in credit:
        credit = credit.split("/")[0].strip()  # "Iran Press/Asia: North Korean ...": its desk after a slash
    return credit if directory.named(credit) else placed_credit(line, directory)


def placed_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet in a dateline the datelines do not read: "Jakarta, IDN Times - ...",
    "SEOUL: (Reuters) ...", "MARRAKECH, Morocco (AP) ...", "CiddiGazete- ..."."""
    for pattern in _PLACED:
        match = pattern.match(line)
        if match is None or not is_prose(match["rest"]):
            continue
        names = match.groupdict()
        if "first" in names:
            return _outlet_beside_place(names["first"].strip(), names["second"].strip(), match["rest"], directory)
        elif directory.named(match["credit"].strip()):
            return match["credit"].strip()
    return None


def _outlet_beside_place(first: str, second: str, rest: str, directory: OutletDirectory) -> str | None:
    """The one of `first` and `second` that is listed, the other a place, unless the dash opens an aside closed by a
    second dash in the sentence ("Earlier, Yonhap - the South's news agency - said …")."""
    if _SPACED_DASH.search(rest.split(". ")[0]):
        return None
    listed = [name for name in (first, second) if directory.named(name) or _listed_address(name, directory)]
    if len(listed) != 1:
        return None
    place = second if listed[0] == first else first
    if not _PLACE_WORDS.match(place) or place.split()[0].casefold() in _NOT_A_PLACE:
        return None
    return listed[0]


def _listed_address(name: str, directory: OutletDirectory) -> bool:
    """The name printed as the site's address, a listed outlet's: "Liputan6.com, Seoul - …"."""
    return bool(_ADDRESS_NAME.fullmatch(name) and directory.at_host(name.lower()))


def handle_credit(line: str, directory: OutletDirectory) -> str | None:
    """A name beside the social handle that spells it: "Just Earth News | @justearthnews"."""
    parts = [part.strip() for part in line.split("|")]
    for name, handle in zip(parts, parts[1:]):
        match = _HANDLE.match(handle)
        if match and _spelled(name) == match["handle"].casefold() \
                and plausible(name, directory, unknown_needs_word=True):
            return name
    return None


def outlet_reporter_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet whose reporter the byline names: "By AsiaToday reporter Lee Seok-jong"."""
    match = _OUTLET_REPORTER_BYLINE.match(line.strip())
    return match["credit"] if match and directory.named(match["credit"]) else None


def slashed_title_credit(title: str, directory: OutletDirectory) -> str | None:
    """A listed outlet closing the title after a slash: "<headline> / YTN (Yes! Top News)"."""
    match = _SLASHED_TITLE_END.search(title)
    if match and _SENTENCE_END.search(title, 0, match.start()):
        return None  # "A man waves ... in Seoul. Jane Roe / Reuters": a caption, its picture's credit
    return match["credit"] if match and directory.named_alone(match["credit"]) else None


def parenthesised_title_credit(title: str, directory: OutletDirectory) -> str | None:
    """A listed outlet in brackets closing a Japanese or Chinese title, as news portals print the
    source of a story they carry: "RCEP、15カ国が署名へ(共同通信)", "…（時事通信）"."""
    match = _PARENTHESISED_TITLE_END.search(title.rstrip()[-_TITLE_END_READ:])  # (its end only: a long line stays fast)
    return match["credit"] if match and directory.named_alone(match["credit"]) else None


# A title closing on whose post the page carries, as social-media pages title an embedded post:
# "China to hold drills around Taiwan, says Xinhua: Bloomberg tweet".
_POST_TITLE_END = re.compile(r"[:|–—-]\s*(?P<credit>[^:|–—-]{2,40}?)\s+(?:tweets?|post)\s*$")


def posted_title_credit(title: str, directory: OutletDirectory) -> str | None:
    """A listed outlet whose post the title says the page carries ("…: Bloomberg tweet")."""
    match = _POST_TITLE_END.search(title)
    return match["credit"] if match and directory.named_alone(match["credit"]) else None


def own_widget_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet naming its own widgets: "Also in X", "X on social media"."""
    match = _OWN_WIDGET.match(line.strip())
    if match is None:
        return None
    credit = match["also"] or match["more"] or match["social"]
    return credit if directory.named_alone(credit) else None


def _spelled(name: str) -> str:
    return re.sub(r"[\W_]", "", name).casefold()


def own_hot_list_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed Korean site heading the list of its most read stories: "JTBC 핫클릭" (read after
    the story's own credits: a site carrying "(연합뉴스)" prints its list too)."""
    match = _OWN_HOT_LIST.match(line.strip())
    return match["credit"] if match and directory.named_alone(match["credit"]) else None

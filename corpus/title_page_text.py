"""What a proposed event's title (`corpus.event_titles`) leaves out besides the date: a wire's
dateline of any credit and punctuation ("Beijing, 20 June 2019 (dpa/MIA) – ", "Seoul/Tokyo,
May 31 (EFE).- ", "BUSAN, July 19 (Korea Bizwire)Reporters"), what a date taken out leaves
behind ("2024'te" -> "'te", "on Monday afternoon and evening" -> "and evening", "Posted in July,"
-> "Posted,"), and page text ("[3]", "[Posted at 6:54 a.m.]", "(JST),", "label.tran_page").

Kept: a place that is the subject ("Tokyo said ...", "Seoul, Tokyo agree to ..."): a dateline
here has a date or a credit in brackets, and ends where the story's sentence begins. Pure
standard library.
"""

from __future__ import annotations

import re

from corpus.date_patterns import ANY_WEEKDAY
from corpus.title_openings import PART_OF_DAY

_MONTH = (r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DAY_AND_MONTH = rf"(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}\.?)(?:,?\s+\d{{4}})?"
# (possessive: what follows a word is never one of its characters, so giving some back never helps: a 1 MB
# word is read once, not once per character)
_WORD = r"[A-Z][\w.'\u2019-]*+"
_PLACE = rf"{_WORD}(?:[ /]{_WORD}){{0,3}}(?:,\s*{_WORD}(?:\s{_WORD}){{0,2}})?"  # "Seoul/Tokyo", "SEOUL, South Korea"
_CREDIT = r"\((?:[^()]|\([^()]{0,40}\)){1,60}\)"  # "(Xinhua)", "(NOVEMBER 26, 2013)", "(MENAFN- ... (KUNA))"
_END = r"\s*(?:--|\.-|[-\u2013\u2014:_])"  # "--", "–", ".-" (EFE), ":" , "_" (AP's plain text)
_CAPITALS = r"[A-Z]{3,}+(?:\s[A-Z]{2,}+){0,2}"  # a place in capitals: "ZURICH", "HONG KONG"
_DATELINE = re.compile(
    rf"^\s*+(?:{_CREDIT}\s*)?"  # a syndicator's bracket before it: "(MENAFN- Kuwait News Agency (KUNA)) "
    rf"(?:{_PLACE},?\s+{_DAY_AND_MONTH}(?:\s*+,?\s*+{_CREDIT}){{1,2}}(?:{_END})?"  # a date and a credit: a dash or not
    rf"|{_PLACE}(?:\s*+,?\s*+{_CREDIT}){{1,2}}{_END}"  # a credit, no date: "TOKYO, JAPAN (...) (REUTERS) - "
    rf"|{_PLACE},?\s+{_DAY_AND_MONTH}{_END}"  # a date and a dash, no credit: "Tokyo, July 8: "
    rf"|{_DAY_AND_MONTH}\s*{_CREDIT}{_END}"  # a date first: "Sept. 13 (UPI) — "
    rf"|{_CAPITALS},?\s+{_DAY_AND_MONTH}"  # a place in capitals and a date, no dash: "ZURICH Jan 15 The ..."
    rf"|(?i:by)\s+{_PLACE}\s*{_CREDIT}\s*{_DAY_AND_MONTH}"  # a byline: "by Staff Writers Seoul (AFP) Dec 12, 2011 "
    r"|[A-Z]{2,10},\s*[A-Z]{3,20}(?=[A-Z][a-z])"
    # a place and a wire's credit, no dash: "Washington, (APP - UrduPoint / ... - 10th Apr, 2024) US President ...";
    # not a caption's or a party's bracket after a name ("Han Min-koo, (right) Japanese Ambassador ...", "(DPK)")
    rf"|{_PLACE},\s*(?=\([^()]{{0,60}}\s[-\u2013\u2014]\s){_CREDIT})"
    r"\s*(?=[A-Z\"\u201c])"
)
# A headline run into the story, up to the story's dateline, a city of the region in capitals: "Seoul court finds
# ousted leader Park guilty on 16 corruption counts SEOUL - A South Korean court on Friday jailed ..." (not an
# acronym's dash: "... deploy THAAD - A move that ...")
DATELINE_CITY = (r"(?:SEOUL|TOKYO|BEIJING|PYONGYANG|TAIPEI|HONG\s+KONG|SHANGHAI|OSAKA|BUSAN|MANILA|BANGKOK|HANOI"
                 r"|JAKARTA|SINGAPORE|MOSCOW|WASHINGTON|NEW\s+YORK|LONDON|PARIS|BERLIN|BRUSSELS|GENEVA)")
_HEADLINE_AND_DATELINE = re.compile(rf"^[^.!?\n]{{10,200}}?\s{DATELINE_CITY}\s(?:--|[-\u2013\u2014])\s+(?=[A-Z])")
_WEEKDAY = re.compile(rf"\b{ANY_WEEKDAY}\b")


def past_the_dateline(sentence: str, date_span: tuple[int, int], verb_span: tuple[int, int] | None
                      ) -> tuple[str, tuple[int, int], tuple[int, int] | None]:
    """The sentence from where its story begins, past a wire's dateline, with its spans moved;
    a date within the dateline is the dateline's (an empty span at the start)."""
    dateline = _DATELINE.match(sentence)
    if dateline is None and (dateline := _HEADLINE_AND_DATELINE.match(sentence)) and verb_span \
            and verb_span[0] < dateline.end():
        verb_span = None  # a wording of the headline ("Seoul court finds ousted leader ..."): the story tells it again
    if dateline is None or verb_span is not None and verb_span[0] < dateline.end():
        return sentence, date_span, verb_span
    at = dateline.end()
    weekday = _WEEKDAY.search(sentence, at)  # "TOKYO, Sept 13 (KUNA) -- Kishida on Wednesday reshuffled": its day
    if date_span[0] >= at or weekday is None:
        moved = (max(date_span[0] - at, 0), max(date_span[1] - at, 0))
    else:
        moved = (weekday.start() - at, weekday.end() - at)
    return sentence[at:], moved, (verb_span[0] - at, verb_span[1] - at) if verb_span else None


_ANOTHER_PART_OF_DAY = re.compile(rf"^\s+(?:and|or|to|through|into)\s+(?:the\s+)?(?:early\s+|late\s+)?{PART_OF_DAY}\b")
_ENDS_IN_PART_OF_DAY = re.compile(rf"{PART_OF_DAY}\s*$")
# A case ending written onto a date ("Haziran 2024'te", "2019'da"), not English's "'s"
_CASE_ENDING = re.compile(r"^['\u2019](?![s]\b)[a-z\u00e7\u011f\u0131\u00f6\u015f\u00fc]{1,5}(?=[\s,.;]|$)")


def without_date_leftovers(date_text: str, after: str) -> str:
    """What follows a date without what belonged to it: its case ending ("'te"), or a second part of
    the day after one ("Monday afternoon [and evening]")."""
    after = _CASE_ENDING.sub("", after, count=1)
    if _ENDS_IN_PART_OF_DAY.search(date_text):
        after = _ANOTHER_PART_OF_DAY.sub("", after, count=1)
    return after


# A phrase of a participle that only held the date: "Posted in July, it took off" (not "Ahmed, however,")
_EMPTIED_PARTICIPLE = re.compile(r"^\s*(?:[A-Z][a-z]{2,}ed|Born|Held|Built|Made|Set|Sent|Won|Begun|Taken)\s*$")
_PLAIN_SUBJECT = re.compile(r"^,\s+(?=(?:it|they|he|she|the|a|an|its|their|his|her|this|these)\s)")


def without_emptied_participle(before: str, after: str) -> str:
    """`before` + `after`, less an opening participle whose phrase was only the date taken out."""
    if _EMPTIED_PARTICIPLE.match(before) and (comma := _PLAIN_SUBJECT.match(after)):
        return after[comma.end():]
    return before + after


_TIME_ZONE = r"(?:JST|KST|GMT|UTC|EST|EDT|CST|PST|PDT|CET|CEST|BST|HKT|SGT|ICT|WIB)"
_LEADING_PAGE_TEXT = re.compile(
    rf"^(?:\({_TIME_ZONE}\)(?:,\s*|\s+)|{_TIME_ZONE},\s*"  # a clock's zone, the clock gone: "(JST), a ship ..."
    r"|\([^()]{1,30}\)\s+(?=[A-Z\"\u201c])"  # a credit its dateline left: "(PowerKorea) President Moon spoke"
    r"|\[(?:(?i:posted|updated?|breaking|exclusive|photos?|video|live|editor'?s\s+note)\b[^\[\]]{0,40}"
    r"|[^\[\]]{0,40}\d[^\[\]]{0,40})\]\s*"  # a stamp: "[Posted at 6:54 a.m.] ", "[Updated 10:21 ET] "
    r"|[a-z][a-z0-9.]*_[a-z0-9._]*(?:,\s*|\s+))"  # a template's key left unfilled: "label.tran_page "
)
_FOOTNOTE = re.compile(r"\s?\[\d{0,3}\]")  # "[3]", or "[]" whose date went: "signed on Sunday [15 November 2020]"


def without_page_text(text: str) -> str:
    """The title's text without the page's stamps, a clock's zone or a credit left at its start, and
    footnote marks."""
    for _ in range(2):  # "[Updated] (JST), ..."
        text = _LEADING_PAGE_TEXT.sub("", text, count=1)
    return _FOOTNOTE.sub("", text)

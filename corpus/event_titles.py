"""A short, neutral title for a proposed event: the clause of a sentence that says what happened.

    >>> event_title("SEOUL, Nov. 21 (Xinhua) -- South Korea's cabinet on Monday approved the "
    ...             "pact, a spokesman said.", (52, 58))
    "South Korea's cabinet approved the pact"

The dateline ("SEOUL, Nov. 21 (Xinhua) --"), the attribution ("a spokesman said", "officials
said Tuesday that"), the date itself ("on Monday": the event shows its date) and page text
are taken out; what is left is cut at a clause boundary after the verb that says what
happened, never before it. Pure standard library.
"""

from __future__ import annotations

import re

from corpus.date_patterns import ANY_WEEKDAY
from corpus.title_attribution import without_attribution_or_frame
from corpus.title_cjk_chains import KOREAN_JOINED_PAST, dated_clause
from corpus.title_clause import verbs_clause
from corpus.title_cuts import MAX_TITLE, balanced_quotes, ends_its_clause
from corpus.title_date_words import CJK_PARTICLE, without_its_date
from corpus.title_elision import cut_to_room
from corpus.title_openings import LEADING_PREPOSITION, without_setting
from corpus.title_page_text import DATELINE_CITY, past_the_dateline, without_page_text

# Linear on a run of spaces (review 35): a pattern starts a run at its first space ("(?<!\s)") and reads it whole
# ("\s++"); the dateline reads its opening run whole or gives back one space (giving back more finds the same).
_LEAD_RUN = r"^(?:\s*+|\s*(?=\s(?!\s)))"
_DATELINE = re.compile(
    _LEAD_RUN + r"(?:\([^)]{1,40}\)\s*)?(?:[A-Z][A-Za-z0-9./'-]*(?:[ ,]+[A-Z][A-Za-z0-9./'-]*)*)?"  # "Law360 (...) --"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:,?\s+\d{4})?(?:,?\s*\([^)]{1,40}\)|,\s*[A-Z][A-Za-z]+"
    r"|\s*\((?=\s*[-\u2014\u2013]))?"  # ... its bracket left open, a link taken out: "Pacific Rim Bureau ( - A long ..."
    # "Beijing--China voiced ..."; "SEOUL, South Korea (AP) _ ...", the underscore of AP's plain-text wire
    r"\s*(?:(?:--|\u2014|\u2013|-|:|_)\s+|(?:--|\u2014)(?=[A-Z]))"
    # "MOSCOW (UrduPoint News / Sputnik - 17th March, 2023) South Korea's ...": no dash after
    r"|^\s*+[A-Z][A-Z .,'-]{2,40}\s*\([^)]{1,60}\)\s*(?:--|\u2014|\u2013|-)?\s*(?=[A-Z])"
    # "SEOUL\u2013Pope Francis arrived ...": a city in capitals and a dash with no space (not "Seoul\u2013Tokyo talks")
    r"|^\s*+[A-Z]{3,}(?:\s+[A-Z]{2,})*\u2013(?=[A-Z][a-z])"
    # ... or a hyphen, after a dateline city only ("MOSCOW-North Korean leader ..."; not "NATO-Russia talks")
    r"|^\s*+" + DATELINE_CITY + r"-(?=[A-Z][a-z])"
    # "Washington (CNN)Washington sent a warship ...": a place and its wire's bracket run into the story
    r"|^\s*+[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2}\s?\([A-Z][A-Za-z]{1,12}\)(?=[A-Z])"
    # "SEOUL South Korea's President Kim landed ...": a dateline city of the region in capitals, its
    # dash lost (only the cities, so that "NATO allies ..." or "UN envoys ..." keep their subject)
    r"|^\s*+" + DATELINE_CITY + r"\s+(?=[A-Z][a-z])"
    # "Tokyo, July 8: Shinzo Abe ...", whose date is already taken out
    r"|^\s*+[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*)?,:\s+(?=[A-Z])"
    # "April 25, 2019 (EIRNS)—Russian President ...": a wire's dateline that opens with its date
    r"|^\s*+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*(?:\([^)]{1,40}\)\s*)?(?:--|\u2014|\u2013|-)\s*(?=[A-Z])"
    # "SEOUL,March 6 (UrduPoint / Pakistan Point News - 6th Mar, 2023 ) :South Korea ...": a city in
    # capitals, a day, the wire's bracket (with its own date), then a colon or a dash
    r"|^\s*[A-Z]{3,}(?:\s+[A-Z]{2,})*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)]{1,80}\)\s*(?::|--|\u2014|\u2013|-)\s*(?=[A-Z])"
)
# A Chinese wire's dateline, its date taken out ("中新网8月22日电", "（中央社記者楊明珠東京22日專電）"), and
# the report it cites ("据韩联社报道，")
_CJK_DATELINE = re.compile(r"^\s*(?:[（(][^）)]{1,30}[电電][）)]|[\u4e00-\u9fff]{2,8}[电電](?=\s))\s*"
                           r"(?:[据據][^，,。]{1,20}(?:报道|報導)[，,]\s*)?")
# A list's bullet, or a dash the dateline leaves ("May 19, 2010— -- A North Korean torpedo ..."), or a chronology
# entry's mark and the "=" or ":" after its cut day ("▲ 11.17 = 차관회의 통과")
_DASHES = re.compile(r"^[\s\u2022\u00b7\u203b\u25a0-\u25ff\u2605\u2606\-\u2013\u2014=:\uff1a]+")
# The comma a date opening the story leaves after the dateline's dash: "Washington (CNN) --, Seoul ..."
_DASH_THEN_COMMA = re.compile(r"(--|[\u2013\u2014]),")
# "on Friday morning (Aug. 2)": a date in brackets beside the one taken out
_BRACKETED_DATE = re.compile(r"(?<!\s)\s*+\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
                             r"(?:,?\s+\d{4})?\)")
# A space before a comma or a full stop, and brackets a date left empty: "signed ( ) ,"
_SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<!\s)(?:\s++(?=[,.;:])|\s*+\(\s*\))")
_CAPTION_LABEL = re.compile(r"(?i)^(?:view\s+(?:larger\s+)?image|enlarge\s+(?:this\s+)?image|photo|image)\s*[:\-\u2013]?\s+")
# A main clause that only foresees: "Seoul plans to go ahead", "the two will sign".
_FORESEES = re.compile(r"^(?:[\w'\u2019-]+\s+){0,6}?(?:will|would|shall|plans?\s+to|aims?\s+to|intends?\s+to"
                       r"|hopes?\s+to|wants?\s+to|(?:is|are)\s+(?:set|expected|due|poised)\s+to)\b")
_APPOSITIVE = re.compile(r",\s(?:[^,\"\u201c]|\"[^\"]*\"|\u201c[^\u201d]*\u201d){3,120}?,\s")  # quotes may hold commas
_ACRONYM = re.compile(r"\s\([A-Z]{2,10}\)(?=\s)")
# A title opening with "his" or "her" ("his talks with Yoon") takes the name told before it
# ("Kishida said ... after his talks with Yoon on Thursday": "Kishida's talks with Yoon").
_POSSESSIVE_OPENING = re.compile(r"^(?:His|Her|his|her)\s")
# ... named in an aside of its own: "His group, Moritomo Gakuen, bought the plot" is "Moritomo Gakuen bought the plot"
_OWNED_NAMED_BESIDE = re.compile(r"^(?:His|Her|Its|Their|his|her|its|their)\s+[a-z][\w-]*+(?:\s+[a-z][\w-]*+){0,2},\s+"
                                 rf"(?!{ANY_WEEKDAY}\b)"  # "His talks, Monday, went well": a day, no name
                                 r"(?P<name>[A-Z][\w'\u2019.-]*+(?:\s+[A-Z][\w'\u2019.-]*+){0,4}),\s+"
                                 r"(?=(?!(?:which|who|whose|whom|that|where|when)\b)[a-z])")  # not a relative clause
_NAMED_SUBJECT = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})\s+"
                            r"(?:said|told|wrote|spoke|added|met|[a-z]{3,}ed)\b")
_INITIALS_AFTER = re.compile(r"\s\(([A-Z]{2,10})\)(?=\s)")
_NAME_AT_MOST = 160  # characters of a name before its initials


def _by_initials(text: str) -> str:
    """A name followed by its initials said by the initials alone ("the General Security of
    Military Information Agreement (GSOMIA) has been ..." -> "the GSOMIA has been ..."): the
    words before them whose first letters (all, or the capitals) are the initials."""
    pieces, done = [], 0
    for found in _INITIALS_AFTER.finditer(text):
        initials, start = found[1], max(done, found.start() - _NAME_AT_MOST)
        words = text[start:found.start()].split()[1 if start > 0 and not text[start - 1].isspace() else 0:]
        for size in range(len(words), 0, -1):
            name = words[-size:]
            capitals = "".join(w[0] for w in name if w[0].isupper())
            if name[0][0].isupper() and initials in ("".join(w[0].upper() for w in name), capitals):
                pieces += [text[done:found.start() - len(" ".join(name))], initials]
                done = found.end()
                break
    return "".join(pieces) + text[done:]


# A person's office before the name ("U.S. President Joe Biden", "Japanese Prime Minister Fumio
# Kishida"): left out when the verb lies beyond the title's room, the names kept.
_OFFICE = re.compile(r"\b(?:(?:U\.S\.|(?:[A-Z][a-z]+\s+of\s+)?[A-Z][a-z]+(?:\s+Korean)?)\s+)?"  # "Republic of Korea"
                     r"(?:(?:Vice|Deputy)\s+)?(?:President|Prime\s+Minister"
                     r"|(?:Foreign|Defen[cs]e)\s+Minister|Secretary\s+of\s+State|Chairman)\s+(?=[A-Z][a-z])"
                     # a nation's leader ("North Korean leader Kim Jong Un"; not "United Future Party leader Hwang")
                     r"|\b(?:(?:North|South)\s+)?[A-Z][a-z]+(?:an|ese|ish)\s+leader\s+(?=[A-Z][a-z])")
# A title that is only a time or reason clause, its main clause cut off: what it tells happened.
_LEADING_CONJUNCTION = re.compile(r"^(?:As|While|When|After|Before|Once|Since|Because|Although|Though|Whereas)"
                                  r"\s+(?=\S)")
# A state medium's honorific before a leader's name: "The respected Comrade Kim Jong Un looked at ..." (not neutral)
_HONORIFIC = re.compile(r"^(?:The\s+)?(?:[Rr]espected|[Bb]eloved|[Dd]ear|[Gg]reat)\s+"
                        r"(?:Comrade|Marshal|General|Supreme\s+Leader)(?:\s+(?:Comrade|Marshal|General))*\s+(?=[A-Z])")
# A title that opens with a joining word ("And it sent a second note", "that the deal took effect"):
# what it joins is left out, and the word with it.
# A Korean past joined to the next clause ("...종료를 결정했고", decided and; "...했으며", "...했지만") ends the title
# as a past of its own ("...결정했다").
_KOREAN_JOINED_PAST = re.compile(rf"{KOREAN_JOINED_PAST}$")
_LEADING_JOINER = re.compile(r"^(?:(?:And|But|So|Yet|and|but)\s+(?:that\s+)?|(?:That|that)\s+)(?=\S)")


def event_title(sentence: str, date_span: tuple[int, int], verb_span: tuple[int, int] | None = None) -> str:
    """The title for the happening told by `sentence`, whose date is `sentence[slice(*date_span)]`
    and whose verb (if known) is `sentence[slice(*verb_span)]`."""
    sentence, date_span, verb_span = dated_clause(*past_the_dateline(sentence, date_span, verb_span))
    verb = sentence[slice(*verb_span)] if verb_span else ""
    text = _without_page_furniture(without_its_date(sentence, *date_span))
    text, verb = verbs_clause(without_attribution_or_frame(text, verb), verb)
    text, verb = _main_clause(text, verb)
    return _finished(sentence, _within_room(text, verb), verb)


def _without_page_furniture(text: str) -> str:
    """Without a bracketed date, page text, dashes, a dateline, a caption's label, a Chinese wire's dateline."""
    text = _SPACE_BEFORE_PUNCTUATION.sub("", _BRACKETED_DATE.sub("", text))
    text = without_page_text(_DASH_THEN_COMMA.sub(r"\1", text).strip(" ,"))
    text = _CAPTION_LABEL.sub("", _DASHES.sub("", _DATELINE.sub("", _DASHES.sub("", text, count=1), count=1), count=1), count=1)
    return CJK_PARTICLE.sub("", _CJK_DATELINE.sub("", text, count=1), count=1)


def _main_clause(text: str, verb: str) -> tuple[str, str]:
    """Past a setting ("At midnight, Seoul decided ...") and a leading phrase that does not hold the verb; the
    leading phrase itself when the main clause only foresees ("After talks ended, Seoul plans to ...")."""
    text = without_setting(text, text.find(verb) if verb else -1)
    leading = LEADING_PREPOSITION.match(text)
    if verb and leading and 0 <= text.find(verb) < leading.end():
        # "After their Cabinet meeting, Japanese ministers gave the same answer": the main clause
        main = text[leading.end():]
        return (leading.group(1), verb) if _FORESEES.match(main) else (main, "")
    return text, verb


def _within_room(text: str, verb: str) -> str:
    """A text longer than a title's room with what can go and leaves the verb in reach left out."""
    if len(text) > MAX_TITLE and text.find(verb) > MAX_TITLE // 2:  # "At the ceremony in ..., athletes"
        text = LEADING_PREPOSITION.sub("", text, count=1)
    if len(text) > MAX_TITLE and text.find(verb) > MAX_TITLE // 2:  # "Kim, deputy chief of ..., said"
        text = _APPOSITIVE.sub(" ", text, count=1)
    if len(text) > MAX_TITLE:  # "the General Security of Military Information Agreement (GSOMIA) has been ..."
        text = _by_initials(text)
    if len(text) > MAX_TITLE:  # "Emergency Management Authority (AFAD) has raised ..."
        text = _ACRONYM.sub("", text)
    if verb and text.find(verb) + len(verb) > MAX_TITLE:  # "President Yoon, U.S. President Biden and ... met"
        text = _without_offices(text, verb)
    return text


def _finished(sentence: str, text: str, verb: str) -> str:
    """The title: without an honorific, cut to its room, without a leading conjunction or joiner, a Korean past's
    joining ending told as its end, "his" named, quotes balanced."""
    text = _HONORIFIC.sub("", text, count=1)
    title = _cut_to_room_naming_all(text, verb)
    conjunction = _LEADING_CONJUNCTION.match(title)
    if conjunction and "," not in title:  # "As strong aftershocks kept shaking Honshu": they did
        title = title[conjunction.end():]
    title = _named_owner(sentence, _LEADING_JOINER.sub("", _KOREAN_JOINED_PAST.sub("다", title, count=1), count=1))
    title = title if title.endswith("\u2026") else balanced_quotes(title)  # (its closing mark went with the full stop)
    return title[:1].upper() + title[1:]


def _cut_to_room_naming_all(text: str, verb: str) -> str:
    """`cut_to_room`; when it elides the subject, the subject's offices left out instead if then it keeps every name
    ("Vladimir Putin and Kim Jong Un signed a treaty", not "Russian President Vladimir Putin and … signed"); when
    the room cuts its end, the offices left out if then the title ends whole ('Yoon Suk Yeol and Kishida Fumio
    agreed to revive "shuttle diplomacy"', not "President Yoon … agreed to revive…")."""
    title = _cut_at_the_verb(text, verb)
    elided = verb and " \u2026 " in title
    if not elided and not title.endswith("\u2026"):
        return title
    without_offices = _OFFICE.sub("", text)
    named = _cut_at_the_verb(without_offices, verb)
    if elided:
        return named if " \u2026 " not in named and verb in named else title
    return named if "\u2026" not in named and ends_its_clause(without_offices, named) else title


def _cut_at_the_verb(text: str, verb: str) -> str:
    verb_at = max(text.find(verb), 0)
    return cut_to_room(text, verb_at, verb_at + len(verb))


def _named_owner(sentence: str, title: str) -> str:
    """"His talks with Yoon" as "Kishida's talks with Yoon" when the sentence names him before it; "His group,
    Moritomo Gakuen, bought" as "Moritomo Gakuen bought"."""
    if beside := _OWNED_NAMED_BESIDE.match(title):
        return f"{beside['name']} {title[beside.end():]}"
    opening = _POSSESSIVE_OPENING.match(title)
    if opening is None:
        return title
    rest = title[opening.end():]
    at = sentence.find(rest)
    names = list(_NAMED_SUBJECT.finditer(sentence, 0, at)) if at > 0 else []
    return f"{names[-1][1]}\u2019s {rest}" if names else title


def _without_offices(text: str, verb: str) -> str:
    """The text with the offices before its names left out when that brings the verb within
    the title's room; else as it was."""
    shorter = _OFFICE.sub("", text)
    return shorter if 0 <= shorter.find(verb) <= MAX_TITLE - len(verb) else text


def without_dateline(sentence: str) -> str:
    """The sentence without its dateline ("SEOUL, Nov. 21 (Xinhua) -- ")."""
    return _DATELINE.sub("", sentence, count=1)

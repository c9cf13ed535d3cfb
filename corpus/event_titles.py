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
from corpus.title_cjk_chains import KOREAN_JOINED_PAST, dated_clause
from corpus.title_clause import PRONOUN, verbs_clause
from corpus.title_cuts import MAX_TITLE, balanced_quotes
from corpus.title_elision import cut_to_room
from corpus.title_hearsay import without_hearsay
from corpus.title_openings import without_setting
from corpus.title_possessive import end_with_possessive
from corpus.title_page_text import (DATELINE_CITY, past_the_dateline, without_date_leftovers,
                                    without_emptied_participle, without_page_text)

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
# A Japanese particle a date taken out leaves ("2016年11月の締結以降" -> "の締結以降", "3月16日に宣言"): it goes too
_CJK_PARTICLE = re.compile(r"^(?:の|には|に|は|から|まで)(?=[\u3040-\u30ff\u4e00-\u9fffA-Z\u300c])")  # ("にGSOMIAの")
# A word that only told which date it was, left before it: "翌8月23日に" (the next), "지난 12월 15일" (last)
# ... and a Chinese "at" ("朝鮮在2006年10月9日進行了": not the "在" of "現在", now, or "存在", to be)
_CJK_BEFORE_DATE = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])翌$|(?<=\s)지난\s$|^지난\s$"
                              r"|(?<=[\u4e00-\u9fff])(?<![現现存实實所自正])[在于於]$")
# A Korean particle a date taken out leaves alone ("5월 초에 이미": "에 이미")
_KOREAN_PARTICLE = re.compile(r"^(?:에는|에|부터)(?=\s)")
# The end of a span whose start was the date, a month and a year: "from May 2019 [to February 2020]"
_SPAN_S_END = re.compile(r"^\s*+(?:to|through|until|-|\u2013)\s*+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                         r"[a-z]*+\.?\s++(?:\d{1,2},?\s++)?(?:19|20)\d\d\b")
_FROM_BEFORE = re.compile(r"\bfrom\s*+$")
# A list's bullet, or a dash the dateline leaves ("May 19, 2010— -- A North Korean torpedo ..."), or a chronology
# entry's mark and the "=" or ":" after its cut day ("▲ 11.17 = 차관회의 통과")
_DASHES = re.compile(r"^[\s\u2022\u00b7\u203b\u25a0-\u25ff\u2605\u2606\-\u2013\u2014=:\uff1a]+")
# The comma a date opening the story leaves after the dateline's dash: "Washington (CNN) --, Seoul ..."
_DASH_THEN_COMMA = re.compile(r"(--|[\u2013\u2014]),")
# "on Friday morning (Aug. 2)": a date in brackets beside the one taken out
_BRACKETED_DATE = re.compile(r"(?<!\s)\s*+\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
                             r"(?:,?\s+\d{4})?\)")
_LEADING_ATTRIBUTION = re.compile(
    r"^(?:(?P<subject>[^,.;]{0,80}?)(?<!\s)\s++(?:said|says|announced|reported"
    # "told a National Assembly defense committee meeting Monday that ...": whom, up to its "that"
    r"|told(?:\s[\w.'\u2019-]+){3,8}?(?=\s+that\s)|told\s+\w+(?:\s+\w+)?|confirmed)"
    r"(?:\s+(?:on\s+)?\w+day)?(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:\s+(?:on|in)\s+(?:its|their|his|her|a|an|the)\s+(?:website|statement|report|blog|broadcast))?"  # "said on its website that"
    r",?\s+(?:that\s+)?)"
    r"(?=\S+\s+\S+)(?!(?:it|them|him|her|this|that|so)[,.;])"  # "media had reported it, and ...": no saying
)
_TRAILING_ATTRIBUTION = re.compile(
    r"(?:,|(?<!\s)\s++--)\s++(?:[^,]{0,80}?\s)?"
    r"(?:said|says|added|noted|told\s+[^,]{1,40}|reported|according\s+to\b[^,]*)"
    r"(?:\s+[^,]{0,40})?[.\"\u201d]*$"
)
# A saying whose object is a thing, not what was said: "announced the decision", "confirmed its plan".
_NOUN_OBJECT = re.compile(r"\s++(?:the|a|an|its|their|his|her)\s+\w+")
# What makes the date after it the end of a span: "between 2006 and", "from 2011 to".
SPAN_TO_A_DATE = r"\b(?:between\s+\S+\s+and|from\s+\S+\s+(?:to|through|until))"
_ON_DATE = re.compile(r"(?i)(?<!\s)\s*\b(?:(?:late|early|only|just)\s+)?"
                      r"(?:(?:on|in|as\s+of|since|of|by|from|until)\s+)?"
                      r"(?:(?:late|early|mid)(?:\s+|-))?$"  # "late on Friday", "by late Friday", "in mid-"
                      # the start of a span whose end is the date: "between 2006 and", "from 2011 to"
                      rf"|(?<!\s)\s*{SPAN_TO_A_DATE}\s*$")
# The rest of a date taken out: "held on March 4 and 5", "from Aug. 2-4".
# ... and the end of a span after it: "visited China from Sunday to Wednesday", "from Aug. 2 to Aug. 4".
_DATE_REST = re.compile(rf"^(?:\s*(?:and|&|-|\u2013|to|through|until)\s*(?:\d{{1,2}}\b|{ANY_WEEKDAY}\b"
                        r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b))")
_AND_ANOTHER = re.compile(r"^,?\s+and\s+(?:[\w'\u2019-]+\s+){1,4}?(?:each|both|too|also)\s+(?:on|in)\s.*", re.DOTALL)
# "became ambassador in August 2016 and signed GSOMIA in November": what the "and" joins has its own date
_AND_DATED_LATER = re.compile(r"^,?\s+and\s+[^,]*?\b(?:in|on|by)\s+(?:(?:January|February|March|April|May|June|July"
                              r"|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?"
                              r"|Oct|Nov|Dec)\.?\s+\d|(?:19|20)\d\d\b).*", re.DOTALL)
# A space before a comma or a full stop, and brackets a date left empty: "signed ( ) ,"
_SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<!\s)(?:\s++(?=[,.;:])|\s*+\(\s*\))")
_CAPTION_LABEL = re.compile(r"(?i)^(?:view\s+(?:larger\s+)?image|enlarge\s+(?:this\s+)?image|photo|image)\s*[:\-\u2013]?\s+")
_PART_OF_DAY = re.compile(r"^\s++(?:morning|afternoon|evening|night)\b")
# What is left between commas of an aside whose date went: "The claim, made [on Jan. 6], met",
# "Seoul, [on Monday], signed"
# "The test, [which came Jan. 6], drew", "The launch, [like one on Monday], failed" (review fixes, session 17)
_EMPTIED_APPOSITIVE = re.compile(r",(?:\s+(?:which|that)\s+(?:came|was|were|took\s+place)|\s+[a-z]+(?:\s+one)?)?\s*$")
# An adverb's aside right after the date's: "The ministry, on Thursday, [however,] said"
_ADVERB_ASIDE = re.compile(r"^\s+(?:however|too|also|though|meanwhile|instead|then|therefore|nonetheless|nevertheless"
                           r"|again|[a-z]+ly),")
# Another date's aside right after the date: "Pyongyang, on Jan. 6, [and again on Sept. 9,] tested"
_AND_AGAIN_ASIDE = re.compile(r"^,\s+and\s+(?:again\s+|also\s+)?(?:on|in)\s+[^,]{1,24},(?=\s)")
_DANGLING = re.compile(r"(?i)(?<!\s)\s++(?:on|in|as\s+of|since|of|by|from|until|at)$")  # its date was after it
_LEADING_PHRASE = re.compile(
    r"^(?:(?:In|At|During)\s+an?\s+(?:statement|briefing|release|speech|letter|(?:news|press)\s+conference)"
    r"[^,]{0,40}|According\s+to\s+[^,]{1,60}"
    r"|(?:Speaking|Writing|Talking)\s+(?:to|in|at|on|before|after)\s[^,]{1,60}),\s+"  # "Speaking in parliament, Abe ..."
    r"|^[^,.]{1,40}?에\s*따르면,?\s+"  # "국방부에 따르면" (according to the ministry)
)
# What a Korean report says was found or heard, told as done: "가서명한 것으로 확인됐다" (was confirmed
# to have initialled) is "가서명했다" (initialled).
_KOREAN_HEARSAY = re.compile(r"(?P<ending>[한된]) 것으로 (?:확인|알려|전해|파악)(?:됐다|되었다|졌다)$")
_KOREAN_PAST = {"한": "했다", "된": "됐다"}
# "It later emerged that Washington had signed ...": how it became known, not what happened
_LEADING_FRAME = re.compile(r"^(?:It\s+(?:(?:later|soon|then|has|had|now)\s+)?(?:emerged|transpired|turned\s+out"
                            r"|became\s+(?:clear|known)|was\s+(?:later\s+)?(?:revealed|learned|reported))\s+that"
                            # ... or what others believe of it: "They believe he left his home on Thursday"
                            r"|(?:They|Police|Investigators|Officials)\s+(?:believe|suspect)(?:\s+that)?)\s+(?=\S)")
_LEADING_PREPOSITION = re.compile(
    r"^(?:At|In|On|During|After|Before|With|Amid|Despite|Under|Following|Ahead\s+of)\s([^,]{3,100}),\s+"
)
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
    text = _without_page_furniture(_without_its_date(sentence, *date_span))
    text, verb = verbs_clause(_without_attribution_or_frame(text, verb), verb)
    text, verb = _main_clause(text, verb)
    return _finished(sentence, _within_room(text, verb), verb)


def _without_its_date(sentence: str, date_start: int, date_end: int) -> str:
    """The sentence with its date (and the words that only served it: "on", "Wednesday morning", "and 5")
    taken out: "The claim, made on Jan. 6, met" is "The claim met"."""
    date_end = end_with_possessive(sentence, date_end)  # "at today's meeting": "at the meeting"
    named = sentence[date_start:date_end].endswith(("'s", "\u2019s"))  # "let Monday's deadline pass": it stays
    day_part = _PART_OF_DAY.match(sentence[date_end:])  # "Wednesday morning"
    told_end = date_end + day_part.end() if day_part else date_end
    rest = _without_a_span_s_end(sentence, date_start, sentence[told_end:])
    after = without_date_leftovers(sentence[date_start:told_end], _DATE_REST.sub("", rest, count=1))
    # "Washington signed on Dec 23 and Seoul and Tokyo each on Dec 26": what follows the date's "and" is another's
    after = _AND_DATED_LATER.sub("", _AND_ANOTHER.sub("", _AND_AGAIN_ASIDE.sub(",", after, count=1), count=1), count=1)
    after = _without_the_date_s_particle(sentence[date_start:date_end], after)
    if named:
        return without_emptied_participle(sentence[:date_start].rstrip() + " the ", after)
    before = _CJK_BEFORE_DATE.sub("", _ON_DATE.sub("", sentence[:date_start]), count=1)
    return without_emptied_participle(*_past_an_emptied_aside(before, after))


def _without_a_span_s_end(sentence: str, date_start: int, after: str) -> str:
    """`after`, the words after the date, without the end of a span the date began ("from May 2019 [to February
    2020]")."""
    if _FROM_BEFORE.search(sentence, max(0, date_start - 8), date_start):
        return _SPAN_S_END.sub("", after, count=1)
    return after


def _without_the_date_s_particle(date: str, after: str) -> str:
    """`after`, the words after the date, without the particle it leaves ("3月16日に宣言した", "5월 초에 이미")."""
    if date.endswith(("日", "月", "年")):  # "3月16日に宣言した": its particle goes with it
        return _CJK_PARTICLE.sub("", after, count=1)
    if "\uac00" <= date[-1:] <= "\ud7a3":
        return _KOREAN_PARTICLE.sub("", after, count=1)
    return after


def _past_an_emptied_aside(before: str, after: str) -> tuple[str, str]:
    """The words before and after a date that stood in an aside of its own, the aside's commas left out
    ("The claim, made on Jan. 6, met": "The claim" and " met")."""
    emptied = _EMPTIED_APPOSITIVE.search(before)
    if not emptied or not after.lstrip().startswith(","):
        return before, after
    after = " " + after.lstrip()[1:]
    opened = before[:emptied.start()]  # (its commas after an opening: "In a statement, the ministry, on Monday,")
    lead = _LEADING_PHRASE.match(opened) or _LEADING_PREPOSITION.match(opened)
    # not within an aside still open ("Kim, 33, on Monday, ordered"), nor before an aside of its own
    # ("The ministry, on Thursday, however, said": second review fixes, session 17)
    if opened[lead.end() if lead else 0:].count(",") % 2 == 0 and not _ADVERB_ASIDE.match(after):
        return opened, after
    return before, after


def _without_page_furniture(text: str) -> str:
    """Without a bracketed date, page text, dashes, a dateline, a caption's label, a Chinese wire's dateline."""
    text = _SPACE_BEFORE_PUNCTUATION.sub("", _BRACKETED_DATE.sub("", text))
    text = without_page_text(_DASH_THEN_COMMA.sub(r"\1", text).strip(" ,"))
    text = _CAPTION_LABEL.sub("", _DASHES.sub("", _DATELINE.sub("", _DASHES.sub("", text, count=1), count=1), count=1), count=1)
    return _CJK_PARTICLE.sub("", _CJK_DATELINE.sub("", text, count=1), count=1)


def _without_attribution_or_frame(text: str, verb: str) -> str:
    """Without who said it ("officials said Tuesday that", ", a spokesman said"), how it became known ("It later
    emerged that"), a Korean report's hearsay ("한 것으로 확인됐다": "했다") and a preposition its date left."""
    text = _LEADING_FRAME.sub("", _LEADING_PHRASE.sub("", _without_attribution(text, verb), count=1), count=1)
    text = " ".join(_without_trailing_attribution(text, verb).rstrip(" .,;:\"\u201d\u3002").split())
    text = _KOREAN_HEARSAY.sub(lambda found: _KOREAN_PAST[found["ending"]], text)
    return _DANGLING.sub("", text)


def _main_clause(text: str, verb: str) -> tuple[str, str]:
    """Past a setting ("At midnight, Seoul decided ...") and a leading phrase that does not hold the verb; the
    leading phrase itself when the main clause only foresees ("After talks ended, Seoul plans to ...")."""
    text = without_setting(text, text.find(verb) if verb else -1)
    leading = _LEADING_PREPOSITION.match(text)
    if verb and leading and 0 <= text.find(verb) < leading.end():
        # "After their Cabinet meeting, Japanese ministers gave the same answer": the main clause
        main = text[leading.end():]
        return (leading.group(1), verb) if _FORESEES.match(main) else (main, "")
    return text, verb


def _within_room(text: str, verb: str) -> str:
    """A text longer than a title's room with what can go and leaves the verb in reach left out."""
    if len(text) > MAX_TITLE and text.find(verb) > MAX_TITLE // 2:  # "At the ceremony in ..., athletes"
        text = _LEADING_PREPOSITION.sub("", text, count=1)
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
    ("Vladimir Putin and Kim Jong Un signed a treaty", not "Russian President Vladimir Putin and … signed")."""
    title = _cut_at_the_verb(text, verb)
    if not verb or " \u2026 " not in title:
        return title
    named = _cut_at_the_verb(_OFFICE.sub("", text), verb)
    return named if " \u2026 " not in named and verb in named else title


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


def _without_trailing_attribution(text: str, verb: str) -> str:
    """"Seoul ended the pact, officials said" -> "Seoul ended the pact"; not when the saying is the
    happening's own verb: "The ministry, however, said it would respond" (review fixes, session 17)."""
    trailing = _TRAILING_ATTRIBUTION.search(text)
    if trailing is None or verb and text[trailing.start():].lstrip(",- ").startswith(verb):
        return text
    return text[:trailing.start()]


def _without_attribution(text: str, verb: str = "") -> str:
    """"Officials said Tuesday that Seoul ended ..." -> "Seoul ended ..."; "Seoul said it is
    putting off ..." -> "Seoul is putting off ...": the speaker stays when it is the doer; and
    all stays when the happening's verb is in what looks like the saying's subject ("The
    ministry summoned the envoy and told Tokyo it intends to ...": the summoning)."""
    text = without_hearsay(text, verb)  # "Aides say ...", "According to ...", "were reported to have"
    match = _LEADING_ATTRIBUTION.match(text)
    verb_at = text.find(verb) if verb else -1
    if match is None or 0 <= verb_at < len(match["subject"]) \
            or 0 <= verb_at < match.end() and _NOUN_OBJECT.match(text, verb_at + len(verb)):
        return text  # the happening is in the saying's subject, or is the saying ("announced the decision")
    rest = text[match.end():]
    pronoun = PRONOUN.match(rest)
    return f"{match['subject']} {rest[pronoun.end():]}" if pronoun else rest

"""A proposed event's title without the phrase at its start that only says when or where
(`corpus.event_titles`): "At midnight, Seoul decided ..." is "Seoul decided ...", "A week after
the Sewol sank, divers recovered ..." is "divers recovered ...", "A year ago the North shelled ..."
is "the North shelled ...", "Even so, a second team arrived" is "a second team arrived". The event shows its
date; the title tells what happened.

Kept: a phrase that names another happening as what this one answers ("After the vote, the
assembly adjourned"), a concession or manner ("Despite protests, ...", "Ignoring U.N. warnings,
..."), and any phrase that holds the happening's own verb. Pure standard library.
"""

from __future__ import annotations

import re

_COUNT = (r"(?:(?:just|only|barely|nearly|almost|about|some|roughly|more\s+than|less\s+than)\s+)?"
          r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}|several|a\s+few)")
_UNIT = r"(?:minute|hour|day|week|month|year|decade)s?"
_CLOCK = (r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[:.]\d{2}|midnight|noon|midday|dawn|dusk|daybreak"
          r"|nightfall|sunrise|sunset)")
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
# Phrases whose end is known: a comma after them is optional ("A year ago the North shelled ...")
_CLOSED = (
    r"(?:at|around|about|by|before|after|until|(?:shortly|just|soon)\s+(?:after|before))"
    rf"\s+(?:(?:around|about)\s+)?{_CLOCK}(?:\s+local\s+time)?"
    rf"|(?:by|(?:early|late|later)\s+in\s+the|in\s+the)\s+(?:early\s+|late\s+)?{PART_OF_DAY}"
    rf"|yesterday|today|tonight|meanwhile|within\s+(?:{_COUNT}\s+)?{_UNIT}"
    r"|earlier\s+(?:today|this\s+(?:week|month|year))"  # (not "earlier" alone: "Earlier tests came")
    r"|later\s+that\s+(?:day|night|week|month|year)|last\s+(?:night|week|month|year)"
    rf"|this\s+(?:{PART_OF_DAY}|week|month|year)"
    rf"|{_COUNT}\s+{_UNIT}\s+(?:ago|later|earlier|on)(?:\s+today)?"
    rf"|for\s+(?:a|the)\s+{_ORDINAL}\s+(?:straight\s+|consecutive\s+|successive\s+)?(?:day|night|week|month|year)"
    r"(?:\s+(?:running|in\s+a\s+row))?"
    r"|across\s+the\s+(?:country|nation|region|city|island|world|\d{1,3}\s+[a-z]+)"
)
# Phrases that end only at their comma: a distance from another happening, a span of time, a named place
_TO_THE_COMMA = r"[^,;:\"\u201c]{1,60}"
_OPEN = (
    r"earlier|later|then|"
    rf"(?:{_COUNT}\s+{_UNIT}|hours|days|weeks|months|years|minutes)\s+(?:after|before|since)\s+{_TO_THE_COMMA}"
    rf"|on\s+the\s+eve\s+of\s+{_TO_THE_COMMA}"
    rf"|after\s+(?:hours|days|weeks|months|years|decades)\s+of\s+{_TO_THE_COMMA}"
)
_NAMED_PLACE = r"(?i:in|at|outside|near|off|across)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}"
# A word that only joins the sentence to the one before: "Even so, a second team arrived at the site"
_JOINING = r"even\s+so|however|nevertheless|nonetheless|still|instead|separately|in\s+addition|in\s+turn"
# ... in Korean, with no comma: "이에 정부는 ... 종료를 결정했다" (in answer, the government decided ...)
_KOREAN_JOINING = r"(?:이에(?:\s+(?:따라|맞춰|대해))?|그러자|이어)\s+"
_SETTING = re.compile(rf"^(?:(?i:{_CLOSED})(?:,\s+|\s+)|(?i:{_OPEN}|{_JOINING}),\s+|{_NAMED_PLACE},\s+"
                      rf"|{_KOREAN_JOINING})"
                      r"(?=[\w\"\u201c'\u2018])")
# A phrase a preposition opens, up to its comma: "After their Cabinet meeting, Japanese ministers ..."
LEADING_PREPOSITION = re.compile(
    r"^(?:At|In|On|During|After|Before|With|Amid|Despite|Under|Following|Ahead\s+of)\s([^,]{3,100}),\s+"
)


def without_setting(text: str, verb_at: int) -> str:
    """`text` without the phrases at its start that say only when or where, when its verb (at
    `verb_at`) comes after them with a subject between; else as it was."""
    for _ in range(2):  # "In Seoul, a day later, ..."
        setting = _SETTING.match(text)
        if setting is None or verb_at <= setting.end():
            return text
        text, verb_at = text[setting.end():], verb_at - setting.end()
    return text

"""A title whose subject points back to an earlier sentence ("The two countries agreed …", "The ministry
summoned …", "The capsule became …"), named from the text before it when that is safe, else not proposable.

    >>> with_referent_named("Seoul and Tokyo met in Busan. ", "The two countries agreed to share data")
    'Seoul and Tokyo agreed to share data'
    >>> with_referent_named("Kumamoto Castle stands on a hill. ", "The castle lost its walls")
    'Kumamoto Castle lost its walls'
    >>> with_referent_named("A capsule holding samples landed. ", "The capsule became a fireball") is None
    True

The referent is the nearest earlier one of its kind: a pair of names joined by "and" for "the two …" or "both
…", a name ending in the subject's noun ("the Defense Ministry", "the Sewol ferry", "Typhoon Hagibis") for "the
…". Two of them in that nearest sentence are two candidates: nothing is named (and the title is not proposed); a
bare noun with none named before points back all the same ("The panel issued its award"), unless there is one of it
("The yen fell").
A person by the surname alone ("Bae was arrested") is named with the whole name told before ("Kenneth Bae",
`corpus.title_surnames`) when every one agrees; else the title stays as it is. So is one past the subject ("… a pardon
to Park") or after a style ("Mr Roh apologised"); a styled one the text never names whole is not proposable.
A title whose object is a deed or a document the text before tells of ("… took Japan off the list", "Hwang started
the strike") points back to it too: not proposable. Pure standard library (`index.proposals` asks it).
"""

from __future__ import annotations

import re

from corpus.date_patterns import ANY_WEEKDAY, MONTH_FULL
from corpus.english_past import IRREGULAR_PAST
from corpus.title_surnames import full_names

# The title's verb next, after its subject: "The ministry summoned", "The two countries also agreed", "The plant
# was wrecked" (not "The first virtual summit ...", "The vote by ...": a subject of its own).
_VERB_NEXT = rf"(?=(?:also\s+|then\s+|later\s+)?(?:[a-z]{{2,}}ed|{IRREGULAR_PAST}|was|were|has|had|have|is|are)\b)"
# "The two countries agreed", "Both sides agreed", "The two countries' envoys exchanged" (a pair named before).
# ... or a pair's word alone: "The sides agreed", "The allies broke off".
_PAIR_SUBJECT = re.compile(r"^(?:(?:The\s+two|Both)\s+(?P<head>[a-z]{3,}s)|The\s+(?:sides|allies|neighbou?rs|rivals))"
                           r"(?:\s+" + _VERB_NEXT
                           + rf"|(?P<owner>['\u2019])\s+(?=(?:[a-z][\w-]*\s+){{1,3}}{_VERB_NEXT}))")
# "The three parties agreed": a list named before, not named here.
_LIST_SUBJECT = re.compile(rf"^The\s+(?:three|four|five|six)\s+(?:[a-z][\w-]+\s+)?[a-z]{{3,}}s\s+{_VERB_NEXT}")
# "The ministry summoned", "The capsule became": a bare noun, its verb next; or with a word or two before it ("The
# lower house passed", "The dispute panel found", "The 8.9-magnitude quake unleashed"), never named (its words would
# be lost) and so refused.
_NOT_A_NOUN = (r"(?!(?:two|three|four|five|same|first|second|third|last|other|others|former|latter|rest|new"
               r"|also|then|later)\s)")
# "Bae was arrested", "Choi had been placed": a person by the surname alone, the whole name told before.
_SURNAME_SUBJECT = re.compile(rf"^(?P<surname>[A-Z][a-z]+)\s+{_VERB_NEXT}")
_MODIFIER = r"(?:[a-z][a-z-]*|\d[\w.-]*)"  # ("lower", "8.9-magnitude", "7.5")
_NOUN_SUBJECT = re.compile(rf"^The\s+(?P<modifiers>(?:{_NOT_A_NOUN}{_MODIFIER}\s+){{1,2}})??{_NOT_A_NOUN}"
                           rf"(?P<head>[a-z]{{3,}})\s+{_VERB_NEXT}")
# A bare noun's kind named by other nouns: "The storm" by "Typhoon Haiyan" or "Hurricane Sandy", "The plane" by
# "flight MH370".
_KINDS = {"storm": ("storm", "typhoon", "hurricane", "cyclone", "superstorm"), "quake": ("quake", "earthquake"),
          "plane": ("plane", "flight"), "jet": ("jet", "flight")}
# A Korean or Japanese subject that is a pronoun or "the said ...": "그는 …", "同氏は …", "両国は …".
_CJK_POINTING_SUBJECT = re.compile(r"^(?:그는|그가|그녀는|그녀가|이들은|이들이|양국은|양국이|양측은|양측이"
                                   r"|同氏[はがの]|彼[はが]|彼女[はが]|両国[はがの]|双方[はが]|同国[はが])")

_CAPITALISED = r"[A-Z](?:[\w'\u2019-]|\.(?=\w))*+(?:(?<=[A-Z])\.)?"  # ("U.S.", not a full stop: "Sewol.")
_NAME = rf"{_CAPITALISED}(?: +{_CAPITALISED}){{0,2}}"  # (within a line: not a heading's word and the next line's)
# Words capitalised by their place or a date, not a name's: "When Abe and Park met", "On Monday the ministry".
_NOT_A_NAME = re.compile(rf"(?:The|A|An|In|On|At|But|And|So|As|When|While|After|Before|Since|Last|This|That|Its"
                         rf"|It|He|She|They|We|If|For|By|With|From|Both|Yesterday|Today|Earlier|Later"
                         rf"|{ANY_WEEKDAY}|{MONTH_FULL})$")
# A capital standing for its country in a pair ("Seoul and Tokyo agreed"), as its country's words.
_COUNTRY_OF_CAPITAL = {"seoul": ("south", "korea"), "tokyo": ("japan",), "pyongyang": ("north", "korea"),
                       "beijing": ("china",), "washington": ("united", "states"), "moscow": ("russia",),
                       "manila": ("philippines",), "taipei": ("taiwan",), "canberra": ("australia",)}
LOOK_BACK = 6000  # characters of text before the title read for its referent
# "South Korea and Japan", "Japan and the Philippines"; not the start of a longer name.
_PAIR = re.compile(rf"(?<![\w'\u2019.-])(?P<first>{_NAME}) +and +(?P<the>the +)?(?P<second>{_NAME})"
                   r"(?![\w'\u2019+-])(?! +[A-Z])")  # (not "the P5" of "the P5+1")
# ... nor the tail of a list: "the United States, Japan and South Korea".
_LIST_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*,\s+$")
# A bare noun naming a thing of which there is one, told by it alone: a currency ("The yen fell sharply").
_ONE_OF_A_KIND = re.compile(r"yen|dollar|euro|won|yuan|renminbi|ruble|rouble|rupee|peso|pound|franc|baht|ringgit"
                            r"|rupiah|lira|sterling")


# A deed or a document ending the title as its object ("South Korea took Japan off the list", "… agreed to move on
# from the dispute", "Hwang started the strike"): which one, when the article told of one before, the title does not
# say.
_DEED_OBJECT = re.compile(r"(?<=\s)(?:the|its|their|this|that)\s+(?P<head>list|dispute|strike|bill|ruling|complaint"
                          r"|protest|curb|treaty|deal|pact|agreement|accord|talk|sanction|plan|proposal|decision"
                          r"|measure|move|step|announcement|launch|test|attack|incident|vote|claim|ceremony|sale|draft"
                          r"|control)s?$")


# A word that may be a surname inside the title: capitalised, no capitalised word after it ("Park", "Park's"; not
# "Park Geun-hye", "Jae-in"); one after a style ("Mr Roh", "Mrs. Kim").
_BARE_CAPITALISED = re.compile(r"(?<![\w'\u2019.-])(?P<word>[A-Z][a-z]+)(?=(?:['\u2019]s)?(?![\w'\u2019-]))"
                               r"(?!\s+[A-Z])")
_STYLE_BEFORE = re.compile(r"(?<![\w.-])(?:Mr|Mrs|Ms|Miss)\.?\s+$")
_SURNAMES_READ = 4  # bare capitalised words of a title read for a surname (a title holds a few)


def with_referent_named(before: str, title: str) -> str | None:
    """`title` with its back-pointing subject named from `before` (the text before the title's subject); the title
    as it is when its subject does not point back or points to nothing `before` introduces; None when it points back
    to what cannot be named safely (nothing of its kind named, or two candidates that differ), or when its object is
    a deed or a document `before` told of ("… took Japan off the list")."""
    before = before[-LOOK_BACK:]
    named = _subject_named(before, title)
    named = named and _surnames_named(before, named)
    return None if named is None or _object_told_before(before, named) else named


def _surnames_named(before: str, title: str) -> str | None:
    """The title with each surname past its first word ("… a special pardon to Park") or after a style ("Mr Roh")
    named whole when every whole name of it told before agrees ("Park Geun-hye", the style left out); a capitalised
    word after another ("President Park") is left; None when a styled surname has no whole name told."""
    named = title
    for found in reversed(list(_BARE_CAPITALISED.finditer(title))[:_SURNAMES_READ]):
        styled = _STYLE_BEFORE.search(title[:found.start()])
        previous = title[:found.start()].split()[-1:]
        if not styled and not _may_be_a_surname(title, found, previous):
            continue
        whole = _agreed_nearest(full_names(before + title[:found.start()], found["word"]))
        if whole and previous and whole.split()[0].lower() == previous[0].lower():
            continue  # (a kind's word before a name: "superstorm Sandy")
        if not whole:
            if styled:
                return None
            continue
        named = f"{named[:styled.start() if styled else found.start()]}{whole}{named[found.end():]}"
    return named


def _may_be_a_surname(title: str, found: re.Match, previous: list[str]) -> bool:
    """Whether a bare capitalised word of the title may be a person's surname: past the subject after a word in
    lower case ("… a pardon to Park"; not "President Park"), or opening a list of people ("Park and Abe held",
    "Ghosn, 64, and Kelly, 62, were")."""
    if previous:
        return not previous[0][:1].isupper()
    return re.match(r",|\s+and\s", title[found.end():]) is not None


def _object_told_before(before: str, title: str) -> bool:
    """Whether the title ends with a deed or a document as its object ("the list", "its complaint", "the talks")
    and the text before tells of one ("its whitelist", "talks"): the title points back to it."""
    deed = _DEED_OBJECT.search(title)
    if not deed or deed["head"] not in before.lower():
        return False
    # (its noun, a compound or a plural, "whitelist", "launches"; or its verb done, "launched", "voted")
    head = deed["head"]
    return re.search(rf"(?i)(?<![\w-])(?:[a-z-]*?{head}(?:e?s)?|{head}e?d)(?![\w-])", before) is not None


def _subject_named(before: str, title: str) -> str | None:
    if _LIST_SUBJECT.match(title) or _CJK_POINTING_SUBJECT.match(title):
        return None
    if pair := _PAIR_SUBJECT.match(title):
        named = _agreed_nearest([(found.start(), _pair_named(found)) for found in _PAIR.finditer(before)
                             if not _LIST_BEFORE.search(before, max(0, found.start() - 40), found.start())])
        if named is None:
            return None
        owner = ("\u2019" if named.endswith("s") else "\u2019s") if pair["owner"] else ""
        return _capitalised(f"{named}{owner} {title[pair.end():].lstrip()}")
    if noun := _NOUN_SUBJECT.match(title):
        return _named_noun(before, title, noun)
    if surname := _SURNAME_SUBJECT.match(title):
        return _with_full_name(before, title, surname)
    return title


def _with_full_name(before: str, title: str, surname: re.Match) -> str:
    """"Bae was arrested" as "Kenneth Bae was arrested" when every whole name of that surname told before agrees;
    the title as it is when none is told or two differ ("Bill Clinton", "Hillary Clinton")."""
    named = _agreed_nearest(full_names(before, surname["surname"]))
    return f"{named}{title[surname.end('surname'):]}" if named else title


def _named_noun(before: str, title: str, noun: re.Match) -> str | None:
    """"The ministry …" as "The Defense Ministry …" when one is named before ("The storm …" by a typhoon's name);
    None when it is not named so: introduced or told before without a name ("a capsule holding samples"), with words
    before it and names of its kind told ("The ruling party"), or never told at all ("The government began …", "The
    panel issued …", "The shooting happened …": the page's headline or its reader's knowledge says which, the title
    does not); the title as it is for a thing of which there is one ("The yen fell sharply")."""
    head = noun["head"]
    names = sorted(found for kind in _KINDS.get(head, (head,)) for found in _names_of_kind(before, kind))
    if names and not noun["modifiers"]:
        named = _agreed_nearest(names)
        return _capitalised(f"{named} {title[noun.end():]}") if named else None
    return title if _ONE_OF_A_KIND.fullmatch(head) else None


def _names_of_kind(before: str, head: str) -> list[tuple[int, str]]:
    """Where each name of the noun's kind starts and the name: capitalised words before the noun, one lower-case
    word between them allowed ("South Korea's defense ministry", "the Fukushima Daiichi nuclear plant"), or a name
    after it ("Typhoon Hagibis", "superstorm Sandy", "the ferry Sewol"); not after "a" ("a Jordanian pilot")."""
    if not re.search(head, before, re.IGNORECASE):
        return []  # (no name of its kind: a long text without the noun is not read word by word for one)
    noun = rf"(?:{head}|{head[:1].upper()}{head[1:]})"
    before_noun = re.compile(rf"(?P<the>\b[Tt]he\s+)?(?P<name>(?:{_CAPITALISED} +){{1,4}}"
                             rf"(?:[a-z][\w-]*+ +)?{noun})\b")
    after_noun = re.compile(rf"(?P<the>\b[Tt]he\s+)?(?P<name>(?<![\w-])(?i:[a-z-]*{head}) +(?P<after>{_NAME}))"
                            r"(?![\w'\u2019-])")
    found = [(m.start(), _named_before_noun(m, head)) for m in before_noun.finditer(before)]
    found += [(m.start(), f"{'the ' if m['the'] else ''}{m['name']}") for m in after_noun.finditer(before)
              if not _NOT_A_NAME.match(m["after"].split()[0])]
    return sorted((start, name) for start, name in found
                  if name and before[max(0, start - 4):start].lower().split()[-1:] not in (["a"], ["an"]))


def _named_before_noun(found: re.Match, head: str) -> str:
    """The name found, its sentence's opening words left out ("On Monday the ministry": none), with a "the" when the
    text gives it or the noun is a common one ("the Japanese government", not "Kumamoto Castle")."""
    words = found["name"].split()
    if words[0] in ("A", "An"):
        return ""  # ("A Jordanian pilot": introduced, not named)
    while words and _NOT_A_NAME.match(words[0]):
        words.pop(0)
    if len(words) < 2 or not words[0][:1].isupper() or words[-2].lower() in ("the", "a", "an", "and", "of") \
            or any(_NOT_A_NAME.match(word) for word in words[1:]):
        return ""  # (not "TNT. The test", two sentences' words)
    common = words[-1] == head and not any(_without_possessive(word) != word for word in words)
    given = found["the"] and found["name"].split()[0] == words[0]
    return f"the {' '.join(words)}" if given or common else " ".join(words)


def _pair_named(found: re.Match) -> str:
    """The pair found, its sentence's opening words left out ("When Abe and Park met": "Abe and Park"), a "the"
    kept ("The United States and Japan", "Japan and the Philippines"); "" when a name is only such words."""
    words = found["first"].split()
    opening = 0
    while opening < len(words) and _NOT_A_NAME.match(words[opening]):
        opening += 1
    if opening == len(words) or _NOT_A_NAME.match(found["second"].split()[0]):
        return ""
    article = "the " if words[opening - 1:opening] == ["The"] else ""
    second = _without_possessive(found["second"])
    return f"{article}{' '.join(words[opening:])} and {found['the'] or ''}{second}"


def _agreed_nearest(found: list[tuple[int, str]]) -> str | None:
    """The last of `found` (where, what) when every other one names the same (its words within the other's or the
    other's within its: "the Fukushima nuclear plant", "the Fukushima Daiichi nuclear plant"); None when two
    differ ("the Defense Ministry", "the Foreign Ministry") or none is found."""
    if not found:
        return None
    nearest = found[-1][1]
    named = _plain(nearest)
    return nearest if all(_plain(name) <= named or named <= _plain(name) for _, name in found) else None


def _plain(name: str) -> frozenset[str]:
    """A name's words, whatever their order and case, without "the", "and" or a possessive, a capital read as its
    country's name ("Seoul and Tokyo" names "South Korea and Japan")."""
    words = (_without_possessive(word.lower()) for word in name.split() if word.lower() not in ("the", "and"))
    return frozenset(part for word in words for part in _COUNTRY_OF_CAPITAL.get(word, (word,)))


def _capitalised(title: str) -> str:
    return title[:1].upper() + title[1:]


def _without_possessive(word: str) -> str:
    return word.removesuffix("'s").removesuffix("\u2019s")

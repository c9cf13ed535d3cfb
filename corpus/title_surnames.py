"""A person the title names by the surname alone ("Bae was arrested", "Choi had been placed under detention",
"Cho was indicted"), whose whole name the text before it told: where each such name stands and the name
(`corpus.title_referents` names the title's subject with the nearest when every one agrees).

    >>> full_names("Kenneth Bae, a missionary, was held. ", "Bae")
    [(0, 'Kenneth Bae')]
    >>> full_names("Prosecutors questioned Choi Soon-sil again. ", "Choi")
    [(23, 'Choi Soon-sil')]
    >>> full_names("Japanese Prime Minister Shinzo Abe met Putin. ", "Abe")
    [(24, 'Shinzo Abe')]

Two name orders: given names before the surname ("Kenneth Bae", "Vladimir Putin"), offices, places and openings
before them left out ("President", "Russian", "When"); or an East Asian surname before its given name, hyphenated
("Choi Soon-sil", "Moon Jae-in"), two short words ("Kim Jong Un", "Yoon Suk Yeol") or, after a surname of at most
three letters, one ("Xi Jinping"). Not a name going on in capitals ("Kenneth Bae Foundation"), nor a plural's
("Divers": a noun opening its sentence, not a surname). Pure standard library.
"""

from __future__ import annotations

import re

from corpus.date_patterns import ANY_WEEKDAY, MONTH_FULL

# Capitalised words before a person's given names that are no part of the name: offices and styles ("Prime
# Minister", "Mr."), a nationality or a place's adjective ("Russian", "Japanese", "South"), a sentence's opening
# word ("When", "Then"), a date's.
_NOT_GIVEN = re.compile(
    r"(?:The|A|An|In|On|At|But|And|So|As|When|While|After|Before|Since|Then|Meanwhile|However|Also|Still|Now|Yet"
    r"|Instead|Later|Earlier|Both|If|For|By|With|From|Under|Over|Until|Although|Though|Because|Former|Late|Ex"
    r"|President|Prime|Minister|Premier|Chancellor|Ambassador|Secretary|Governor|Mayor|Chairman|Chairwoman|Chair"
    r"|Leader|Chief|General|Gen|Lt|Col|Admiral|Adm|Senator|Sen|Rep|Representative|Judge|Justice|Speaker|Deputy"
    r"|Vice|Foreign|Defen[cs]e|Finance|Trade|Unification|Party|Opposition|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir"
    r"|Lady|Lord|King|Queen|Prince|Princess|Emperor|Pope|Father|Rev|Saint|St|North|South|East|West|New"
    r"|[A-Z][a-z]{3,}(?:ese|ean)|American|Russian|British|French|German|Italian|Indian|Australian|Canadian|Israeli"
    r"|Iranian|Ukrainian|Pakistani|Peruvian|Thai|Filipino|Philippine|Mongolian|Belarusian|Nigerian|Spanish|Turkish"
    r"|Saudi|Syrian|Egyptian|Afghan|Iraqi|Brazilian|Mexican|Dutch|Swiss|Polish|Irish|Swedish|Greek|Soviet|Asian"
    rf"|{ANY_WEEKDAY}|{MONTH_FULL})\.?$")
_WORD = r"(?:[A-Z][a-z]+|[A-Z]\.)"
_INITIAL = re.compile(r"[A-Z]\.")
# The name's end, its owner's "'s" allowed: "Kim Jong Un's sister Kim Yo Jong" tells two people (review 51).
_WORD_ENDS = r"(?![\w-])(?!['\u2019](?!s\b))"
# A surname's given names: a run of capitalised words or initials right before it, none after it.
_GIVEN_BEFORE = r"(?<![\w'\u2019.-])(?P<given>(?:{word}\.?\s+){{1,5}}){surname}" + _WORD_ENDS + r"(?!\s+[A-Z])"
# ... or after it, in East Asian order.
_GIVEN_AFTER = (r"(?<![\w'\u2019.-]){surname}\s+(?P<given>[A-Z][a-z]+-[a-z]+|{short})" + _WORD_ENDS + r"(?!\s+[A-Z])")
# ... two short words after a surname of at most four letters ("Kim Jong Un", "Yoon Suk Yeol"; not "Japan Coast
# Guard"), one after a surname of at most three ("Xi Jinping", "Li Keqiang").
_TWO_SHORT = r"[A-Z][a-z]{1,3}\s+[A-Z][a-z]{1,3}"
_ONE_GIVEN = r"[A-Z][a-z]{2,8}"
# The surname told as a place: "in Japan", "across Seoul".
_A_PLACE = r"(?:\b(?:in|into|across|inside|throughout)\s+{surname}(?![\w'\u2019-]))"


def full_names(before: str, surname: str) -> list[tuple[int, str]]:
    """Where each whole name of the person called `surname` starts in `before`, and that name, in order."""
    if surname.endswith("s") or surname not in before \
            or re.search(_A_PLACE.format(surname=re.escape(surname)), before):
        return []
    found = [_given_first(match, surname) for match in re.finditer(
        _GIVEN_BEFORE.format(word=_WORD, surname=re.escape(surname)), before)]
    short = "|".join([_TWO_SHORT] * (len(surname) <= 4) + [_ONE_GIVEN] * (len(surname) <= 3)) or "(?!)"
    found += [(match.start(), f"{surname} {' '.join(match['given'].split())}") for match in re.finditer(
        _GIVEN_AFTER.format(surname=re.escape(surname), short=short), before)]
    return sorted(item for item in found if item is not None)


def _given_first(match: re.Match, surname: str) -> tuple[int, str] | None:
    """The name with its given name, the nearest whole word before the surname and its initials ("George W. Bush"),
    the words before it left out ("Ambassador to Seoul Yasumasa Nagamine": "Yasumasa Nagamine"); None when that word
    is no given name ("Prime Minister Abe", "Industry and Energy. Japan")."""
    words = list(re.finditer(r"\S+", match["given"]))
    whole = [at for at, word in enumerate(words) if not _INITIAL.fullmatch(word[0])]
    if not whole or words[whole[-1]][0].endswith(".") or _NOT_GIVEN.match(words[whole[-1]][0]):
        return None
    kept = words[whole[-1]:]
    return match.start("given") + kept[0].start(), " ".join([*(word[0] for word in kept), surname])

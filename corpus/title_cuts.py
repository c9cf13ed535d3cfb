"""Cutting a proposed event's title to its room (`corpus.event_titles`): at the end of the verb's
clause, else before the phrase the room would break, else at a word with an ellipsis; a long
subject elided before its verb; a quotation a cut leaves open closed, or left out whole. Pure
standard library.
"""

from __future__ import annotations

import re

from corpus.english_past import SENTENCE_PAST

MAX_TITLE = 80
# The auxiliaries of a finite verb in the past or the perfect ("was trapped", "had argued"), as titles read them.
AUXILIARY_WORDS = r"was|were|is|are|has|have|had"
# Where a verb's clause ends: a comma (within a quotation's closing mark too: 'revive "shuttle diplomacy," a key
# channel'), a semicolon, a dash or a word that opens another clause (not
# "as" before a role: "Tokyo stopped treating Seoul as a trusted trade partner"; nor "after" that ends
# a span of time: "came only two months after a 5.0 quake"; nor "as" that names: "known as nut rage")
_CLAUSE_END = re.compile(r",[\"\u201d]?\s|;\s|\s--\s|\s\u2014\s"
                         r"|\s(?:(?<!days )(?<!weeks )(?<!months )(?<!years )(?<!hours )"
                         r"(?<!soon )(?<!shortly )(?<!just )after"
                         r"|(?<!known )(?<!such )(?<!same )as(?!\s+[\"\u201c]?an?\s)"
                         r"|while|because|which|amid|saying|and\s+that)\s")


_PARTICIPLE_PHRASE = re.compile(r",\s[a-z]{3,}ing\s")
# "as" after a verb that names its object's role ("described Lukashenko as an accomplice", "being confirmed as
# champions"): the role, no clause
_NAMING_VERB_BEFORE = re.compile(r"\b(?:described|designated|named|branded|labell?ed|listed|confirmed|elected"
                                 r"|appointed|recogni[sz]ed|regarded|chosen|chose|crowned|classified|ranked|hailed"
                                 r"|certified|sworn\s+in)\s+(?:[\w'\u2019.-]+\s+){0,5}$")
_ROLE_REACH = 80  # characters before an "as" read for its naming verb
# ... unless a verb follows the "as" within a few words: a clause of its own ("confirmed the deal as protesters
# gathered", "named an envoy as relations with Tokyo soured": review 41)
_CLAUSE_AFTER_AS = re.compile(rf"(?:[\w'\u2019.-]+\s+){{0,3}}(?:[a-z]{{2,}}ed|{SENTENCE_PAST}|{AUXILIARY_WORDS})\b")
# A relative clause's aside inside the main clause, which goes on after it with its complement: "handed the
# captain of the trawler, which collided with patrol ships, to prosecutors"
_RELATIVE_ASIDE = re.compile(r",\s(?:which|who|whose)\s[^,]{3,120},\s(?=(?:to|into|over|as|from|for|with|under)\s)")


def elided(text: str, verb_start: int, verb_end: int) -> str:
    """A subject too long to keep whole before its verb, shortened in the middle: "Japan's
    decision to strike South Korea off its whitelist … took effect"; a preposition or an article the cut leaves
    before the mark goes."""
    tail = shortened(text[verb_start:], verb_end - verb_start, MAX_TITLE // 2, least=0)
    head = text[:MAX_TITLE - len(tail) - 2].rsplit(" ", 1)[0].rstrip(" ,;:")
    # (a preposition or an article left hanging before the mark goes: "The vote by South Korea's parliament to …
    # capped" -> "The vote by South Korea's parliament … capped"; not "and", which tells that a second subject went)
    while (hanging := _HANGING_BEFORE_ELISION.search(head)) is not None:
        head = head[:hanging.start()]
    return f"{head} \u2026 {tail}"


_PREPOSITIONS = r"under|in|by|on|of|to|for|with|through|from|at"
_STRANDED_PREPOSITION = re.compile(rf"(?<!\s)\s++(?:{_PREPOSITIONS})$")
# ... or before an elided subject's mark, an article too
_HANGING_BEFORE_ELISION = re.compile(rf"(?<!\s)\s++(?:{_PREPOSITIONS}|the|a|an)$")
# ... and at the room's cut, a joining word too
_HANGING_WORD = re.compile(rf"(?<!\s)\s++(?:{_PREPOSITIONS}|over|into|the|a|an|and|or)$")


def shortened(text: str, verb_end: int, most: int = MAX_TITLE, least: int = 20) -> str:
    """The text up to the end of the verb's clause (at least `least` characters), cut at a
    word within `most` characters."""
    aside = _RELATIVE_ASIDE.search(text, verb_end)
    if aside:
        text = text[:aside.start()] + " " + text[aside.end():]
    for match in _CLAUSE_END.finditer(text, verb_end):
        if _names_a_role(text, match) or _closes_a_quotation_opened_before(text, match):
            continue
        # (a participle's phrase after a comma ends the clause however short: "Park took office, citing ...")
        shortest = min(least, verb_end) if _PARTICIPLE_PHRASE.match(text, match.start()) else least
        if shortest <= match.start() <= most:  # ("an agreement under which ...": not "an agreement under")
            return balanced_quotes(_without_a_stranded_preposition(text[:match.start()], match))
    if len(text) <= most:
        return text
    cut = text[:most].rsplit(" ", 1)[0]
    # "walked in together under a single flag for the first…": the phrase the room breaks goes whole
    phrases = [m.start() for m in _PHRASE_START.finditer(cut, verb_end)
               if m.start() >= max(least, most * 3 // 5) and not _PARTICIPLE_BEFORE.search(cut, 0, m.start())]
    if phrases:
        # inside a clause of what was feared or said, before its verb: the title ends before its "that"
        said = cut.find(" that ", verb_end, phrases[-1])
        return balanced_quotes(cut[:said if said >= least else phrases[-1]].rstrip(" ,;:"))
    if (finished := _phrase_finished_past_the_room(text, most)) is not None:
        return finished
    opened = _open_quotation(cut)  # 'called the remarks "extremely…': the quotation goes whole
    # ("chose the Japanese capital over…": the word the room left hanging goes)
    kept = _without_hanging_words((cut[:opened] if opened >= least else cut).rstrip(" ,;:"))
    if (unbegun := _without_a_clause_begun(kept, verb_end, least)) == kept:
        if (finished := _noun_phrase_finished(text, cut, verb_end, most)) is not None:
            return finished
        unbegun = _before_a_phrase_cut_inside(text, kept, verb_end, least)
    return unbegun + "…"


def _noun_phrase_finished(text: str, cut: str, verb_end: int, most: int) -> str | None:
    """The text to the end of the object's noun phrase the room cut after its determiner and at most two words, when
    that end lies a little past the room ("… set off a large underground nuclear test", not "… a large…"); None
    when it lies further, or when the verb stands past the title's middle (a subject elided then keeps the verb and
    its object) or the text is an elided title's tail."""
    phrase = _OBJECT_BEFORE_ITS_NOUN.search(cut, verb_end)
    if most < MAX_TITLE or verb_end > MAX_TITLE // 2 or phrase is None \
            or _PREPOSITION_BEFORE.search(cut, max(0, phrase.start() - 12), phrase.start()):
        return None
    return _phrase_finished_past_the_room(text, most, _NOUN_PHRASE_REACH)


# A clause the room cut a few words after its opening ("… fired six missiles and have…", "… a state visit that
# will…", "… pacifism when the upper house…"); not a verb's "that", which opens its object ("decided that the…")
_CLAUSE_BEGUN = re.compile(rf"(?<!\s)\s++(?:(?:that|which|who|whose|when|where|while)(?:\s[\w'\u2019-]+){{0,3}}"
                           rf"|(?:and|but)\s(?:{AUXILIARY_WORDS}|will|would|could|can|may|might|[a-z]{{2,}}ed"
                           rf"|{SENTENCE_PAST})(?:\s[\w'\u2019-]+){{0,2}})$")
_VERB_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?:[a-z]{{2,}}ed|{SENTENCE_PAST}|says?|tells?|thinks?|believes?)$")
# ... nor the "that" of a verb that tells what it governs, further on: "agreed with Japanese officials that …"
_VERB_OF_A_THAT = re.compile(r"(?:agreed|said|told|decided|announced|confirmed|warned|noted|stressed|argued|insisted"
                             r"|concluded|found|ruled|claimed|reported|promised|pledged|vowed|admitted|denied)$")


def _without_a_stranded_preposition(clause: str, clause_end: re.Match) -> str:
    """The clause without a preposition its end left stranded, the "under" of "under which" or the "for" of a date
    taken out ("remembered above all for [June 13, 2000], when"); a verb's particle "in" or "on" before a comma or a
    conjunction stays ("pressed the government to step in, as …", "held on, and"): a date's own "in" or "on" went
    with it."""
    stranded = _STRANDED_PREPOSITION.search(clause)
    if stranded is None or stranded.group().strip() in ("in", "on") and clause_end.group().strip() != "which":
        return clause
    return clause[:stranded.start()]


def _closes_a_quotation_opened_before(text: str, clause_end: re.Match) -> bool:
    """Whether the clause's end is a comma within a closing mark that closes a quotation opened before the text
    ('their understanding," Kim told': the title is inside the quotation), not one the text opened."""
    return clause_end.group()[1:2] in ('"', "\u201d") and _open_quotation(text[:clause_end.start()]) < 0


def _without_a_clause_begun(cut: str, verb_end: int, least: int) -> str:
    """The cut without a clause it began a few words before its end, when what is left keeps the verb and two words
    after it ("signed the pact…", not "signed…" for "signed and ratified the…")."""
    begun = _CLAUSE_BEGUN.search(cut)
    if begun is None or begun.start() < least or len(cut[verb_end:begun.start()].split()) < 2 \
            or begun.group().split()[0] == "that" and (_VERB_BEFORE.search(cut, 0, begun.start())
                                                       or _VERB_OF_A_THAT.search(cut, 0, verb_end)):
        return cut
    return _without_hanging_words(cut[:begun.start()].rstrip(" ,;:"))


# How far past the room a phrase the room breaks may run to its end ("adopted the Paris agreement", not "the Paris…")
_FINISHING_REACH = 10
# ... and an object's noun phrase the room cut after its determiner and at most two words ("set off a large…", "their
# second…"), before its noun: further
_NOUN_PHRASE_REACH = 24
# ... a verb's object, not a preposition's ("until midnight of the…": the hanging word goes, as before)
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:of|in|on|at|for|with|to|by|from|into|over|about|under|until"
                                 r"|toward|towards|after|before|between|against|amid|during|behind|outside|inside)\s$")
_OBJECT_BEFORE_ITS_NOUN = re.compile(r"(?<![\w'\u2019-])(?:a|an|the|their|its|his|her|our|these|those)"
                                     r"(?:\s[\w'\u2019-]++){0,2}$")
# Where a phrase ends: a clause's end, the text's, or a word that opens another phrase (the "…" then kept); not the
# dot of a title's or a month's abbreviation ("met Gov. Andrew Cuomo", "Sen.", "Capt.", "Nov.": review 45)
_ABBREVIATED = (r"(?<!\b(?:Gov|Sen|Rep|Gen|Col|Sgt|Adm|Maj|Mrs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Inc|Ltd))"
                r"(?<!\b(?:Capt|Cmdr|Prof|Sept|Corp|Dept|Supt))")
_OPENING_WORD = (r"in|on|at|for|with|over|about|from|into|under|after|before|amid|during|while|when|which|who|as"
                 r"|because|and|but|to|by")
_PHRASE_END = re.compile(rf",\s|;\s|(?<=[a-z]{{2}}){_ABBREVIATED}\.(?:\s|$)|[,;:]?$|\s(?=(?:{_OPENING_WORD})\s)")

# ... not when the word reached opens a phrase of its own: a verb or a participle ("a tsunami … swept…", "partners
# entitled…"), or a verb's particle ("put their pact back…")
_OPENS_A_PHRASE = re.compile(rf"(?<![\w'\u2019-])(?:[a-z]{{2,}}ed|{SENTENCE_PAST}|back|off|up|out|down|away)$")


# A phrase the room cut inside its noun phrase: a preposition's quantifier ("to each…" of "to each of 12 women"; not
# "from both countries", whole) or "what" and at most two words ("of what it calls…"), or a relative clause's verb and
# its object's determiner and at most two words ("that overlaps the one China…" of "… the one China recently declared")
_PHRASE_CUT_INSIDE = re.compile(
    rf"(?<!\s)\s++(?:(?P<preposition>{_PREPOSITIONS}|over|into|about)\s"
    r"(?:each|every|both|all|either|neither|(?:what|whatever)(?:\s[\w'\u2019-]++){0,2})"
    r"|(?P<clause>that|which|who)\s[a-z][\w'\u2019-]*+\s(?:a|an|the|its|their|his|her)(?:\s[\w'\u2019-]++){0,2})$")
# ... the relative clause's noun phrase cut inside when no phrase, clause or sentence follows the cut at once
_PHRASE_GOES_ON = re.compile(rf"\s(?!(?:{_OPENING_WORD}|of|that|said|says)\s)[\w\u2019'-]")


def _before_a_phrase_cut_inside(text: str, cut: str, verb_end: int, least: int) -> str:
    """The cut ended before the phrase the room cut inside its noun phrase, when what is left keeps the verb and two
    words after it ("awarded 100 million won (£67,000)", not "… to each…"); else the cut as it is."""
    inside = _PHRASE_CUT_INSIDE.search(cut)
    # (an "of" phrase is its noun's matter: "images taken from video" without "of what it calls…" says too little)
    if inside is None or inside.start() < least or len(cut[verb_end:inside.start()].split()) < 2 \
            or inside.group("preposition") == "of":
        return cut
    if inside.group("clause") and (_VERB_BEFORE.search(cut, 0, inside.start())
                                   or not _PHRASE_GOES_ON.match(text, len(cut))):
        return cut
    return _without_hanging_words(cut[:inside.start()].rstrip(" ,;:"))


def still_cut_inside_a_phrase(title: str) -> bool:
    """Whether a title still ends with the room's cut inside a preposition's quantifier or "what" ("… of what it
    calls…", "… gave to each…"), what that phrase tells being lost: not proposed (`index.title_worth`)."""
    inside = _PHRASE_CUT_INSIDE.search(title, 0, len(title) - 1) if title.endswith("\u2026") else None
    return inside is not None and inside.group("preposition") is not None


def _phrase_finished_past_the_room(text: str, most: int, reach: int = _FINISHING_REACH) -> str | None:
    """The text to the end of the phrase the room breaks when that end lies a word or two past the room ("… directed
    its fire-control radar…", not "… its fire-control…"); None when it lies further."""
    end = _PHRASE_END.search(text, most)
    if end is None or end.start() > most + reach:
        return None
    finished = text[:end.start()].rstrip(" ,;:")
    if _open_quotation(finished) >= 0 or _HANGING_WORD.search(finished) or _OPENS_A_PHRASE.search(finished):
        return None
    closed = end.group()[:1] in ",;." or end.end() == len(text)
    return finished if closed else finished + "\u2026"


def _without_hanging_words(cut: str) -> str:
    """The cut without the words it leaves hanging at its end ("capital city of the")."""
    while (hanging := _HANGING_WORD.search(cut)) is not None:
        cut = cut[:hanging.start()]
    return cut


def _names_a_role(text: str, clause_end: re.Match) -> bool:
    """Whether the clause's end is an "as" after a verb naming its object's role ("described X as"), a role after it
    rather than a clause."""
    return clause_end.group().strip() == "as" and not _CLAUSE_AFTER_AS.match(text, clause_end.end()) and bool(
        _NAMING_VERB_BEFORE.search(text[max(0, clause_end.start() - _ROLE_REACH):clause_end.start() + 1]))


# A word that opens a phrase a title can end before ("in spite of" whole); not "of" ("a period of
# mourning"), "to" ("agreed to work") or "that" ("charged that ..."), which bind to the word before;
# nor a phrase of a participle ("three materials used in chips").
_PHRASE_START = re.compile(r"\s(?:in\s+spite\s+of|in|on|at|for|with|over|about|behind|from|into|under|after"
                           r"|before|between|against|amid|during|including|despite|which|whose)\s")
_PARTICIPLE_BEFORE = re.compile(r"[a-z]{2,}ed$")


# What may follow a title that ends its clause: a quotation's closing mark, then a comma, a semicolon, a full stop or
# a dash, or nothing.
_CLAUSE_ENDED = re.compile(r"[\"\u201d]?(?:[,;.]|\s--|\s\u2014|\s*$)")


def ends_its_clause(text: str, title: str) -> bool:
    """Whether `title`, cut from `text`, runs to its clause's end ('… revive "shuttle diplomacy"' before '," a key
    channel'), not to the room's cut ("… to stay" before "behind the stalled …")."""
    body = title.rstrip('"\u201d')
    at = text.find(body)
    return at >= 0 and _CLAUSE_ENDED.match(text, at + len(body)) is not None


def balanced_quotes(title: str) -> str:
    """The title with a quotation its cut left open closed ("below \"level 2")."""
    opened = _open_quotation(title)
    if opened < 0:
        return title
    return title + ('"' if title[opened] == '"' else "\u201d")


def _open_quotation(text: str) -> int:
    """Where the quotation `text` leaves open begins, or -1."""
    if text.count('"') % 2:
        return text.rfind('"')
    return text.rfind("\u201c") if text.count("\u201c") > text.count("\u201d") else -1

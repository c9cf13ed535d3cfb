"""Who said it, normalised: "Japanese Foreign Minister Fumio Kishida" and "Kishida" are one
person, "Han Min-koo" is "Han Min Koo", "South Korea's Defence Ministry" is "South Korea's
Defense Ministry". A person is named by the capitalised words after the last title; a
speaker without a person's name (a ministry, "a Defense Ministry official") keeps its words.
"he"/"she" is the first person named in the nearest sentence before that names one; "the
official" is the last official quoted, else the last one mentioned ("a law enforcement
official said")."""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

SPEECH_VERBS = (
    r"said|says|told(?: reporters| a press briefing| a briefing)?|added|adds|stated|noted|"
    r"announced|asked|wrote|explained|insisted|warned|declared|exclaimed|replied|argued|"
    r"acknowledged|admitted|cautioned|stressed|emphasized|emphasised|urged|vowed|pledged|"
    r"promised|calls|called|describes|described|countered|contended|responded|maintained|"
    r"observed|recalled|remarked|conceded|complained|predicted|suggested|claimed|"
    r"was quoted as saying")
# Said instead of a name: the article's last named speaker.
PRONOUNS = {"he", "she", "they"}
ANAPHORA = PRONOUNS | {"it", "the statement", "the official", "the source",
            "the ministry source", "the spokesman", "the spokeswoman", "the minister",
            "the ministry", "the official added", "the agency"}
TITLE_WORDS = {
    "president", "prime", "minister", "foreign", "defense", "defence", "vice", "deputy",
    "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chief", "cabinet",
    "general", "gen", "admiral", "adm", "senator", "sen", "rep", "representative", "mr", "mrs",
    "ms", "dr", "japanese", "korean", "south", "north", "us", "u.s", "american", "chinese",
    "russian", "state", "national", "security", "council", "nsc", "director", "chairman",
    "leader", "governor", "mayor", "gov", "public", "broadcaster", "unification", "trade",
    "top", "senior", "former", "then", "acting", "lawmaker", "opposition", "party",
    "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant",
    "cmdr", "commander", "brig", "brigadier", "marshal", "army", "navy", "air", "force",
}
ORGANISATION_WORDS = {"ministry", "house", "council", "office", "agency", "department",
                      "party", "government", "administration", "committee", "assembly",
                      "news", "statement", "command", "forces", "embassy", "parliament",
                      "source", "sources", "official", "officials", "daily", "times", "herald",
                      "center", "centre", "university", "hospital", "school", "library",
                      "institute", "foundation", "church", "airport", "court", "company",
                      "corporation", "bank", "army", "navy", "police", "union", "service",
                      "organization", "organisation", "alliance", "treaty", "republic",
                      "kingdom", "states", "nations", "post", "journal", "press", "world", "war",
                      "college"}
# Words that start a capitalised run without being part of a name: "Also Friday", "As NATO".
NOT_NAME_WORDS = {
    "also", "as", "all", "the", "a", "an", "in", "on", "at", "but", "and", "then", "after",
    "before", "when", "while", "with", "for", "from", "by", "this", "that", "these", "those",
    "it", "its", "he", "she", "they", "we", "i", "earlier", "later", "meanwhile", "however",
    "last", "next", "both", "other", "many", "some", "most", "if", "since", "until", "what",
    "why", "who", "how", "there", "here", "now", "today", "yesterday", "tomorrow", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                  "january", "february", "april", "june", "july", "august", "september",
                  "october", "november", "december"}
PLACE_WORDS = {"asia", "europe", "africa", "america", "americas", "peninsula", "sea", "ocean",
               "island", "islands", "city", "province", "prefecture", "county", "river",
               "northeast", "northwest", "southeast", "southwest", "middle", "east", "west",
               "pacific", "atlantic", "korea", "japan", "china", "russia", "washington",
               "seoul", "tokyo", "beijing", "moscow", "pyongyang"}
SPELLING = {"defence": "defense"}
# Dots that end no sentence: U.S., Mr., Sen., initials. Masked with a look-alike of the same
# length, so that offsets stay right.
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|"
                           r"St|Jr|Sr|Adm|Capt|Maj|Prof|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\."
                           r"|\b[A-Z]\.(?=\s[A-Z])")
MASKED_DOT = "\u2024"
NOT_A_PERSON = ORGANISATION_WORDS | CALENDAR_WORDS | PLACE_WORDS
_NAME_WORD = re.compile(r"^[A-Z][\w'’-]*\.?$")
_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def mask_abbreviations(text: str) -> str:
    return _ABBREVIATION.sub(lambda m: m.group().replace(".", MASKED_DOT), text)


def unmask(text: str) -> str:
    return text.replace(MASKED_DOT, ".")


def speaker_name(speaker: str, known_names: Iterable[str] = ()) -> str | None:
    """The normalised speaker: a person's name ("Fumio Kishida"; a lone surname becomes the
    full name among `known_names` that it ends or starts), else the speaker's own words
    without articles ("South Korea's Defense Ministry"); None for a bare pronoun."""
    phrase = _PARENTHESES.sub("", speaker.replace("\u2019", "'")).strip(" ,")
    if phrase.casefold() in ANAPHORA:
        return None
    parts = [part.strip() for part in phrase.split(",") if part.strip()]
    people = [_full_name(p, known_names) for p in map(person_name, parts) if p]
    if people:  # a full name first ("Similarly, the foreign minister, Janos Martonyi")
        return max(people, key=lambda name: " " in name)
    head = parts[0] if parts else ""
    words = [_american(word) for word in head.split()]
    while words and words[0].casefold() in ("the", "a", "an", "another", "one"):
        words = words[1:]
    return " ".join(words) or None


def person_name(phrase: str) -> str | None:
    """The capitalised words at the end of `phrase` after its last title, if they name a
    person ("NATO Secretary General Javier Solana" -> "Javier Solana")."""
    words = phrase.replace("(", " ").replace(")", " ").split()
    run: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.match(word) or word.endswith("'s"):
            break
        run.insert(0, word)
    while run and _bare(run[0]) in NOT_NAME_WORDS:
        run = run[1:]
    titles = [i for i, word in enumerate(run) if _bare(word) in TITLE_WORDS]
    if titles:
        run = run[titles[-1] + 1:]
    if not run or len(run) > 4 or any(_bare(word) in NOT_A_PERSON for word in run):
        return None
    return " ".join(run)


def _bare(word: str) -> str:
    return unmask(word).strip(".").casefold()


def canonical_speakers(speakers: Iterable[str]) -> set[str]:
    """The full names (two words or more) among the speakers as written."""
    names = set()
    for speaker in speakers:
        head, _, apposition = speaker.replace("\u2019", "'").partition(",")
        person = person_name(_PARENTHESES.sub("", head)) or person_name(apposition)
        if person and len(person.split()) > 1:
            names.add(person)
    return names


def speaker_key(name: str) -> str:
    """What two spellings of one speaker share: folded, hyphens as spaces, no accents."""
    folded = unicodedata.normalize("NFKD", name.casefold().replace("\u2019", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.split(r"[\s-]+", folded.replace("defence", "defense"))).strip()


def _american(word: str) -> str:
    spelled = SPELLING.get(word.casefold())
    if spelled is None:
        return word
    return spelled.capitalize() if word[:1].isupper() else spelled


def _full_name(person: str, known_names: Iterable[str]) -> str:
    if " " in person:
        return person
    key = speaker_key(person)
    matches = {name for name in known_names
               if key in (speaker_key(name).split()[0], speaker_key(name).split()[-1])}
    return matches.pop() if len(matches) == 1 else person


class SpeakerResolver:
    """Names and anaphora of one article: who "he", "the statement" or "Kishida" is."""

    _RUN = re.compile(r"[A-Z][\w'’\u2024-]*(?:\s+[A-Z][\w'’\u2024-]*){0,6}")
    _SENTENCE_BREAK = re.compile(r"[.!?][\u201d\"']?\s+(?=[A-Z\u201c\"])")
    _SAYS = re.compile(rf"\s+(?:also\s+)?(?:{SPEECH_VERBS})\b")

    def __init__(self, text: str) -> None:
        masked = mask_abbreviations(text)
        self.text = text
        runs = [(m.start(), unmask(m.group())) for m in self._RUN.finditer(masked)]
        self.known = canonical_speakers(run for _, run in runs)
        self.mentions = [(start, name, bool(self._SAYS.match(masked, start + len(run))))
                         for start, run in runs for name in [self._person(run)] if name]
        self.breaks = [m.end() for m in self._SENTENCE_BREAK.finditer(masked)]
        self.said: list[tuple[int, str]] = []  # (position, speaker as written) of each quote

    def name(self, speaker: str) -> str | None:
        return speaker_name(speaker, self.known)

    def remember(self, speaker: str, position: int) -> None:
        if speaker.casefold() not in ANAPHORA:
            self.said.append((position, speaker))

    def resolve(self, speaker: str | None, position: int) -> str | None:
        """`speaker` as written, with a pronoun or "the official" replaced by who it is."""
        if not speaker or speaker.casefold() not in ANAPHORA:
            return speaker
        if speaker.casefold() in PRONOUNS:
            return self._previous_person(position) or speaker
        noun = speaker.casefold().split()[-1]
        for _, earlier in reversed(self.said):
            if noun not in ("official", "source") or re.search(r"official|source", earlier, re.I):
                return earlier
        mention = None
        for mention in re.finditer(rf"\b(?:a|an|another|one)\s+((?:[\w.’'-]+\s+){{0,3}}"
                                   rf"{re.escape(noun)})\b", self.text[:position], re.I):
            pass
        return mention.group(1) if mention else speaker

    def _person(self, run: str) -> str | None:
        person = person_name(run)
        if not person or " " in person:
            return person
        full = _full_name(person, self.known)
        titled = any(_bare(word) in TITLE_WORDS for word in run.split())
        return full if " " in full or titled else None  # a lone capitalised word is no name

    def _previous_person(self, position: int) -> str | None:
        """The person named in the nearest sentence before `position` that names one (the
        subject of a speech verb first, else the first named), or the last quote's speaker
        when that quote came after the naming."""
        sentence_start = max((b for b in self.breaks if b <= position), default=0)
        earlier = [b for b in self.breaks if b < sentence_start]
        bounds = list(zip([0] + earlier, earlier + [sentence_start]))
        for start, end in reversed(bounds[-6:]):
            named = [name for at, name, _ in sorted(
                (m for m in self.mentions if start <= m[0] < end), key=lambda m: not m[2])]
            quoted = [who for at, who in self.said if start <= at < sentence_start]
            if quoted and not named:
                return quoted[-1]
            if named:
                return named[0]
        return None

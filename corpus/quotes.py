"""Quotes and who said them, from English news prose.

Three shapes: a quotation in marks attributed after it ('"...," Kishida told reporters',
'"...," said Moon') or before it ('Blinken said, "..."', 'Sugiyama said Japan will "sincerely
respond"'), and reported speech ('According to Seoul's Foreign Ministry, ...'). Quotation marks
are paired in order within a passage, whatever their shape (pages mix “ ” and "). A quote with
no attribution of its own takes the speaker of another quote in its sentence, or continues
the quote before it; "he", "she" and "the official" are resolved in `corpus.speakers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from corpus.date_patterns import ANY_WEEKDAY
from corpus.model import Article
from corpus.text_units import sentence_at, sentences
from corpus.speakers import (SPEECH_VERBS, SpeakerResolver, mask_abbreviations, person_name,
                             unmask)

QUOTE_MARKS = re.compile(r"[\u201c\u201d\u201e\"]")
_SPEAKER = r"[^,.;\"“”]"  # speaker text: abbreviation dots are masked beforehand
# '..." X said' / '..." X told reporters': the speaker before the verb
# ('..." at the decision, X said': a short phrase may come between)
_AFTER_SPEAKER_FIRST = re.compile(
    rf"^[\s,]*(?:{_SPEAKER}{{1,60}},\s*)?(?P<speaker>[^\s,.;\"“”]{_SPEAKER}{{0,80}}?)\s+"
    rf"(?:also\s+)?(?:{SPEECH_VERBS})\b")
# '..." said X'
_AFTER_VERB_FIRST = re.compile(rf"^[\s,]*(?:{SPEECH_VERBS})\s+(?P<speaker>{_SPEAKER}{{2,80}})")
# '..." NHK quoted X (as) saying'
_QUOTED_SAYING = re.compile(rf"quoted\s+(?!as\s)(?P<speaker>{_SPEAKER}{{2,80}}?)\s+"
                            r"(?:as\s+)?saying")
# 'X said (...), "' / 'X said Japan will "' / 'X hailed ..., saying "'
_BEFORE = re.compile(
    rf"(?P<speaker>[A-Z\u201c\"][^.;:\"“”]{{0,160}}?)\s+(?:also\s+)?(?:{SPEECH_VERBS}|"
    r"hailed|welcomed|praised|criticised|criticized)\b")
_ACCORDING_TO_FIRST = re.compile(r"^According to (?P<speaker>[^,]{2,80}), (?P<text>.+)$")
_ACCORDING_TO_LAST = re.compile(
    r"^(?P<text>.+?),? according to (?P<speaker>[^,.]{2,80})[.,]?$")
_INTRODUCTION = re.compile(r"^(?:In|At|On|During|After|Before|With|Following|Earlier|Later)\b")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,]*,")
_LEADING_WORD = re.compile(r"^(?:And|But|So|Yet|Still|\w+ly),?\s+")
_SUBJECT = re.compile(r"^\s*(?:he|she|they|[A-Z])")  # a name or a pronoun, not an apposition
MIN_WORDS = 2  # a one-word quote needs a speaker
MIN_UNATTRIBUTED_WORDS = 8  # shorter quotes with nobody saying them are scare quotes, titles


@dataclass(frozen=True)
class Quote:
    article_id: str
    passage: int
    start: int  # the quoted words (without the marks), offsets into the passage's text
    end: int
    text: str
    speaker: str | None  # as the article names the speaker ("Foreign Minister Fumio Kishida")
    speaker_name: str | None  # normalised ("Fumio Kishida"); None when nobody is named
    kind: str  # "direct" (in quotation marks) or "reported" ("according to")


def article_quotes(article: Article) -> tuple[Quote, ...]:
    """Every quote of the article, in reading order, speakers resolved and normalised."""
    resolver = SpeakerResolver(article.clean_text)
    quotes: list[Quote] = []
    for passage in article.passages:
        for start, end, speaker, kind in passage_quotes(passage.text):
            if speaker is None and start <= 1 and quotes and quotes[-1].speaker:
                speaker = quotes[-1].speaker  # a quotation continued from the passage before
            speaker = resolver.resolve(speaker, passage.start + start)
            name = resolver.name(speaker) if speaker else None
            if name:
                resolver.remember(speaker, passage.start + start)
            words = len(passage.text[start:end].split())
            if name or words >= MIN_UNATTRIBUTED_WORDS:
                quotes.append(Quote(article.id, passage.number, start, end,
                                    passage.text[start:end], speaker, name, kind))
    return tuple(quotes)


def passage_quotes(text: str) -> Iterator[tuple[int, int, str | None, str]]:
    """(start, end, speaker as written or None, kind) of each quote in one passage."""
    masked = mask_abbreviations(text)
    found = [(start, end, _attribution(masked, start, end))
             for start, end in _quoted_spans(masked)]
    for index, (start, end, speaker) in enumerate(found):
        if speaker is None:
            speaker = _neighbour_speaker(masked, found, index)
        if speaker or len(text[start:end].split()) >= MIN_WORDS:
            yield start, end, speaker and unmask(speaker), "direct"
    for start, end, speaker in _reported(masked):
        yield start, end, unmask(speaker), "reported"


def _neighbour_speaker(text: str, found: list, index: int) -> str | None:
    """An unattributed quote's speaker: another quote's in its sentence, else the quote just
    before it in the passage (a quotation continued in the next sentence)."""
    start, end, _ = found[index]
    same = [speaker for s, e, speaker in found if speaker and
            _same_sentence(text, min(start, s), max(end, e))]
    if same:
        return same[0]
    return found[index - 1][2] if index > 0 else None


def _quoted_spans(text: str) -> Iterator[tuple[int, int]]:
    marks = [m.start() for m in QUOTE_MARKS.finditer(text)]
    for opening, closing in zip(marks[::2], marks[1::2]):
        start, end = opening + 1, closing
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] in " ,":
            end -= 1
        if end > start:
            yield start, end


def _attribution(text: str, start: int, end: int) -> str | None:
    after = text[end:].lstrip(",\u201d\"'\u2019 ")
    after = after[:_sentence_end(after)]
    for pattern in (_QUOTED_SAYING, _AFTER_VERB_FIRST, _AFTER_SPEAKER_FIRST):
        match = pattern.search(after) if pattern is _QUOTED_SAYING else pattern.match(after)
        if match:
            return _trim(match.group("speaker"))
    before = text[:max(start - 1, 0)]
    before = before[_sentence_start(before):]
    match = _BEFORE.search(before)  # the main clause's verb: "X said he was asked to "...""
    return _trim(_last_clause(match.group("speaker"))) if match else None


def _reported(text: str) -> Iterator[tuple[int, int, str]]:
    for sentence in sentences(text):
        plain = text[sentence.start:sentence.end]
        if QUOTE_MARKS.search(plain):
            continue
        for pattern in (_ACCORDING_TO_FIRST, _ACCORDING_TO_LAST):
            match = pattern.match(plain)
            if match:
                yield (sentence.start + match.start("text"), sentence.start + match.end("text"),
                       _trim(match.group("speaker")))
                break


def _last_clause(phrase: str) -> str:
    """The subject nearest the verb: 'Earlier, Lim met Blinken and Sugiyama said' -> the
    words after the last clause break; after a comma, a name or a pronoun ('In a statement by
    X, Washington' -> 'Washington'), or whatever follows a comma that no name comes before;
    but not an apposition ('Cho, spokesman of ...' stays)."""
    phrase = _RELATIVE_CLAUSE.sub(",", phrase)
    clause = re.split(r"\s(?:and|but|while|as|after|before|because)\s|\bthat\s", phrase)[-1]
    clause = _LEADING_WORD.sub("", clause).rstrip(" ,")
    parts = clause.rsplit(",", 1)
    if len(parts) == 2 and (_INTRODUCTION.match(clause) or _SUBJECT.match(parts[1])
                            or not person_name(parts[0])):
        clause = parts[1]  # "In Prague, President Havel" / "The summit, she" / "..., Dan Fried"
        # / "Seoul will walk away from the pact, the government" (no name before the comma)
    return clause


def _trim(speaker: str) -> str:
    speaker = re.sub(r"\s+(?:in|at|during|on|to|after|before|as|who|which|yesterday|today|"
                     rf"earlier|later|{ANY_WEEKDAY})"
                     r"\b.*$", "", speaker.strip())
    return speaker.strip(" ,")


def _sentence_end(text: str) -> int:
    match = re.search(r"[.!?](?:\s|$)|[\u201c\"]", text)
    return match.start() if match else len(text)


def _sentence_start(text: str) -> int:
    units = sentences(text)
    return units[-1].start if units else 0


def _same_sentence(text: str, start: int, end: int) -> bool:
    return sentence_at(text, start) == sentence_at(text, max(start, end - 1))

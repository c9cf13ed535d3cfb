"""Text analysis that serves this story's names and spellings.

* case and accent folding ("Séoul" finds "Seoul");
* hyphens split words, and a hyphenated query word is searched as a phrase, so
  "Han Min Koo" finds "Han Min-koo" and back;
* dots inside abbreviations go ("U.S." and "US" are one word);
* British and American spellings meet ("Defence" finds "Defense");
* stemming ("signing" finds "signed").
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterable

from whoosh.analysis import (
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.analysis.filters import STOP_WORDS
from whoosh.support.charset import accent_map

# "us" is the United States here and "may" is a month: neither is a stop word in this story.
STORY_STOP_WORDS = STOP_WORDS - {"us", "may"}

SPELLING_VARIANTS = {
    "defence": "defense",
    "defences": "defenses",
    "offence": "offense",
    "centre": "center",
    "programme": "program",
    "programmes": "programs",
    "organisation": "organization",
    "organisations": "organizations",
    "recognise": "recognize",
    "recognised": "recognized",
    "normalise": "normalize",
    "normalisation": "normalization",
}


class DotlessFilter(Filter):
    """'u.s' -> 'us': abbreviations match with or without their dots."""

    def __call__(self, tokens):
        for token in tokens:
            if "." in token.text:
                token.text = token.text.replace(".", "")
            yield token


class SpellingFilter(Filter):
    """Map British spellings to American ones, so either finds both."""

    def __init__(self, variants: dict[str, str] = SPELLING_VARIANTS) -> None:
        self.variants = variants

    def __call__(self, tokens):
        for token in tokens:
            token.text = self.variants.get(token.text, token.text)
            yield token


def word_analyzer():
    """Words folded and normalised but not stemmed: for "did you mean" suggestions."""
    return (
        RegexTokenizer()
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | DotlessFilter()
        | SpellingFilter()
        | StopFilter(stoplist=STORY_STOP_WORDS)
    )


def story_analyzer():
    """The analyzer of the headline and body fields."""
    return word_analyzer() | StemFilter(cachesize=-1)


def name_analyzer():
    """Outlet names: folded, not stemmed, no stop words ("The Korea Herald")."""
    return RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)


class ArticleTerms:
    """An article's text analysed once for the fields that index it: `words` (folded) and
    `body` (stemmed), and each passage's body when a passage search needs it, given to Whoosh
    as lists of terms (which it indexes as the analyser's tokens: the same postings).

    Each distinct word is analysed once per process (`WordMemo`), not once per occurrence.
    A passage's terms are the body's within its offsets,
    when no token crosses them (else it is analysed on its own)."""

    def __init__(self, headline: str, text: str) -> None:
        self.text = text
        self.headline_words = [analysed[0] for analysed in _analysed(_words(_TOKEN.finditer(headline)))
                               if analysed is not None]
        matches = list(_TOKEN.finditer(text))
        kept = [(analysed, match) for analysed, match in zip(_analysed(_words(matches)), matches)
                if analysed is not None]
        self.body_words = [folded for (folded, _), _ in kept]
        self.body = [stem for (_, stem), _ in kept]
        self.starts = [match.start() for _, match in kept]
        self.ends = [match.end() for _, match in kept]

    @property
    def words(self) -> list[str]:
        """The `words` field of `headline + "\n" + text`."""
        return self.headline_words + self.body_words

    def passage(self, start: int, end: int) -> list[str]:
        """The stemmed terms of `text[start:end]`."""
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)
        crossed = (first > 0 and self.ends[first - 1] > start) or \
            (last > 0 and self.ends[last - 1] > end)
        if crossed:
            return [token.text for token in _STORY(self.text[start:end])]
        return self.body[first:last]


class WordMemo(dict):
    """Word as written -> what `analyzer` makes of it (`made(token)`), None for a word it
    drops. Every filter of the story's analysers works on one word at a time, so each
    distinct word is analysed once, and the new words of a text all in one run of the
    analyser (a run a word costs its set-up each time): most words of a text were met before."""

    def __init__(self, analyzer, made=lambda token: token.text, limit: int = 200_000) -> None:
        super().__init__()
        self.analyzer, self.made, self.limit = analyzer, made, limit

    def learn(self, words: Iterable[str]) -> None:
        """Analyse the words not seen yet (each a match of the analyser's tokenizer: one
        token or none)."""
        new = [word for word in set(words) if word not in self]
        if not new:
            return
        if len(self) + len(new) > self.limit:
            self.clear()
        starts = {}
        offset = 0
        for word in new:
            starts[offset] = word
            self[word] = None
            offset += len(word) + 1
        for token in self.analyzer(" ".join(new), mode="index", chars=True):
            self[starts[token.startchar]] = self.made(token)


_WORDS = word_analyzer()
_STORY = story_analyzer()
_STEM = StemFilter(cachesize=-1)
_TOKEN = RegexTokenizer().expression  # what the analysers' tokenizer matches
# word as written -> (folded, stem)
_FOLDED = WordMemo(_WORDS, lambda token: (token.text, _STEM._stem(token.text)))


def _words(matches) -> list[str]:
    return [match.group() for match in matches]


def _analysed(words: list[str]) -> list[tuple[str, str] | None]:
    """(folded word, stem) of each word (a match of the analysers' tokenizer), None for a word
    the analysers drop."""
    _FOLDED.learn(words)
    return list(map(_FOLDED.__getitem__, words))


def stem_word(word: str) -> str:
    """The stem the story analyzer indexes for one already folded word ("intelligence" ->
    "intellig"): what a word of the unstemmed `words` field is in the headline and body."""
    return _STEM._stem(word)

"""Text analysis that serves this story's names and spellings.

* case and accent folding ("Séoul" finds "Seoul");
* hyphens split words, and a hyphenated query word is searched as a phrase, so
  "Han Min Koo" finds "Han Min-koo" and back;
* dots inside abbreviations go ("U.S." and "US" are one word);
* British and American spellings meet ("Defence" finds "Defense");
* stemming ("signing" finds "signed").
"""

from __future__ import annotations

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


_STEMMER = StemFilter(cachesize=-1)


def stem_word(word: str) -> str:
    """The stem the story analyzer indexes for one already folded word ("intelligence" ->
    "intellig"): what a word of the unstemmed `words` field is in the headline and body."""
    return _STEMMER._stem(word)

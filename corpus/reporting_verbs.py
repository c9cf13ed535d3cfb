"""The English words by which a sentence reports what someone said: one list for every reader that asks whether a
line is a story's sentence (a caption's, an offer's or a header's words are not: `corpus.intake.furniture`,
`corpus.intake.access_pitches`), whether a name in it is a source quoted rather than the page's outlet
(`corpus.intake.credit_lines`, `corpus.intake.header_names`), or whether a verb is the saying's rather than the tense
of what is said (`corpus.events`). Each reader adds, by name, the words its own reading needs (review 44)."""

from __future__ import annotations

SAYING = ("said", "says", "told", "reported")  # in every reader's list
ACCORDING = ("according",)  # "according to Yonhap"
ANNOUNCING = ("announced",)
# A source the sentence quotes or cites: "NK News reports", "quoted by", "citing", "wrote".
QUOTING = ("reports", "quoted", "cited", "citing", "wrote", "writes")
# The rest of what a speaker did: "added", "noted", "stated".
REMARKING = ("added", "noted", "stated")
# A Korean or Japanese sentence's "said that", the saying glued to its clause ("…시작했다고 밝혔다", "…と述べた"):
# a regular expression (these words take endings and are not spaced as the English ones are).
SAID_THAT_KOREAN_JAPANESE = (r"(?:라고|다고)\s*(?:말했|밝혔|전했|설명했|발표했|보도했)"
                             r"|と(?:述べ|明らかにし|語っ|説明し|発表し|報じ|伝え)")


def any_of(*words: tuple[str, ...]) -> str:
    """The words as whole words: a regular expression of no case of its own (a caller adds "(?i)" or not)."""
    return rf"\b(?:{'|'.join(word for group in words for word in group)})\b"

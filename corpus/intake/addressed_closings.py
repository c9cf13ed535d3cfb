"""A wire's or paper's credit closing a copied story, the copied story's address after it.

    >>> from corpus.intake.outlets import outlets
    >>> addressed_closing_credit("…死亡が確認された。(ANNニュース) https://news.livedoor.com/article/detail/1/", outlets())
    'ANNニュース'

A forum's or a blog's copy of a story ends on the story's last sentence, its credit ("(ANNニュース)", "(共同)", "…
on Tuesday. (AP)") and the address the story was copied from, as 5ch's news boards print every post; the address
hides the credit from the readers of a closing credit, which read it at the line's end. The addresses are set aside
and the rest read as a closing credit is (`east_asian_closing`, `closing_credit`: a listed outlet only for the
former). A line that is an address alone, or no story's sentence before the credit, names none.
"""

from __future__ import annotations

from corpus.intake.closing_credits import closing_credit
from corpus.intake.east_asian_credits import east_asian_closing
from corpus.intake.outlets import OutletDirectory
from corpus.lazy_patterns import LazyPattern

_LINES_READ = 3  # the copy's last lines: the credit's, an image's address, a blank
_ADDRESSES_AFTER = LazyPattern(r"(?:[\s\u3000]+(?:https?://|www\.)\S{1,300}+){1,3}+[\s\u3000]*\Z")


def addressed_closing_credit(line: str, directory: OutletDirectory) -> str | None:
    """The credit closing `line`'s story before one to three addresses."""
    tail = line[-1000:]
    addresses = _ADDRESSES_AFTER.search(tail)
    if addresses is None:
        return None
    story = tail[:addresses.start()].rstrip()
    return (east_asian_closing(story, directory) or closing_credit(story, directory)) if story else None


def last_lines(closing: tuple[str, ...]) -> tuple[str, ...]:
    """The lines where a copied story's addressed credit stands, last first."""
    return closing[::-1][:_LINES_READ]

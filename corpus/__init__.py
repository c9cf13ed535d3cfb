"""The articles as data: raw text as received, a manifest of what is known, and the code
that turns them into clean `Article`s, numbered passages and dated mentions.

This package never imports Textual or Rich (a test proves it).
"""

from corpus.model import Article, Passage

__all__ = ["Article", "Passage"]

"""The standard library's parser of regular expressions, imported once for the rules that read a pattern's parts.

`re._parser` and `re._constants` are private: a Python without them gives None for both, and each rule that reads
a pattern falls back on its own (the whole pattern searched, no words needed, no gate).
"""

from __future__ import annotations

try:
    from re import _constants as sre, _parser as sre_parse
except ImportError:  # pragma: no cover - a Python without it
    sre = sre_parse = None

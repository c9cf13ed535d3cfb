"""Make untrusted text safe to show: it is data, never terminal output.

Every string that enters from outside (article files, queries, file names, pasted text)
passes through `clean_untrusted` once, where it enters.
"""

from __future__ import annotations

import re
import unicodedata

# Whole escape sequences first, so that their parameters do not survive as visible junk:
# OSC / DCS / SOS / PM / APC strings (7-bit ESC ] ... or 8-bit U+009D ...), ended by BEL or ST
# on the same line; CSI sequences (ESC [ or U+009B); then any other two-character ESC sequence.
# A string that is never ended loses only its introducer and parameters ("ESC ]0;", "ESC ]52;c;"):
# where its text would have stopped is unknowable, and the rest of the article is the
# article. The body excludes every introducer, so matching stays linear.
_STRING_START = r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])"
_STRING_SEQUENCE = re.compile(_STRING_START + r"[^\n\x07\x1b\x90-\x9f]*(?:\x07|\x1b\\|\x9c)")
_UNENDED_STRING = re.compile(_STRING_START + r"(?:[\w;]*;)?")
_CSI_SEQUENCE = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?")
_OTHER_ESCAPE = re.compile(r"\x1b[ -/]*[0-~]?")
# C0 controls except tab and newline, DEL, and C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters that reorder or hide text: bidi overrides/isolates and marks (including the
# Arabic letter mark), zero-width marks, soft hyphens (folded: "inter\u00adnational" is one
# word) and Unicode tag characters (invisible ASCII look-alikes). The line and paragraph
# separators U+2028/2029 break lines where a terminal shows none: they become spaces.
_SEPARATORS = re.compile("[\u2028\u2029]")
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\U000e0000-\U000e007f]"
)


def clean_untrusted(text: str, *, keep_newlines: bool = True) -> str:
    """Remove terminal sequences, control characters and invisible reordering marks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):  # (every escape sequence opens with a control character)
        text = _STRING_SEQUENCE.sub("", text)
        text = _UNENDED_STRING.sub("", text)
        text = _CSI_SEQUENCE.sub("", text)
        text = _OTHER_ESCAPE.sub("", text)
        text = _CONTROL.sub("", text)
    if not text.isascii():  # (what follows changes only characters beyond ASCII)
        text = _INVISIBLE.sub("", text)
        text = _SEPARATORS.sub(" ", text)
        text = text.replace("\u00a0", " ")
    if not keep_newlines:
        text = " ".join(text.split())
    return unicodedata.normalize("NFC", text) if not text.isascii() else text


def clean_line(text: str) -> str:
    """One line of untrusted text (a headline, a query, a file name)."""
    return clean_untrusted(text, keep_newlines=False)

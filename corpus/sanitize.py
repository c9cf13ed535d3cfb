"""Make untrusted text safe to show: it is data, never terminal output.

Every string that enters from outside (article files, queries, file names, pasted text)
passes through `clean_untrusted` once, where it enters.
"""

from __future__ import annotations

import re
import unicodedata

# Whole escape sequences first, so that their parameters do not survive as visible junk:
# OSC / DCS / SOS / PM / APC strings (7-bit ESC ] ... or 8-bit U+009D ...), ended by BEL or ST;
# CSI sequences (ESC [ or U+009B); then any other two-character ESC sequence.
_STRING_SEQUENCE = re.compile(
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|$)", re.DOTALL
)
_CSI_SEQUENCE = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?")
_OTHER_ESCAPE = re.compile(r"\x1b[ -/]*[0-~]?")
# C0 controls except tab and newline, DEL, and C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters that reorder or hide text: bidi overrides/isolates and zero-width marks.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def clean_untrusted(text: str, *, keep_newlines: bool = True) -> str:
    """Remove terminal sequences, control characters and invisible reordering marks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _STRING_SEQUENCE.sub("", text)
    text = _CSI_SEQUENCE.sub("", text)
    text = _OTHER_ESCAPE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = text.replace("\u00a0", " ")
    if not keep_newlines:
        text = " ".join(text.split())
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """One line of untrusted text (a headline, a query, a file name)."""
    return clean_untrusted(text, keep_newlines=False)

"""The letters of Korean, Japanese and Chinese as one character class: hangul (its syllables and jamo, the
compatibility jamo), kana (and the halfwidth katakana), kanji and hanzi (the unified ideographs, extension A, the
compatibility ideographs). Not the region's signs (bopomofo, kanbun, strokes, enclosed and squared signs: "㈜",
"㎞"), which are no words. Pure standard library.
"""

from __future__ import annotations

import re

EAST_ASIAN_LETTERS = (r"\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
                      r"\uff66-\uff9f")
EAST_ASIAN_LETTER = re.compile(rf"[{EAST_ASIAN_LETTERS}]")

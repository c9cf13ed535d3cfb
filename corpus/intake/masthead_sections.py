"""A listed outlet's masthead printed with its section, region, tagline or logo's label on one short line
near the top, read when no other credit names the page's outlet.

    >>> from corpus.intake.outlets import outlets
    >>> sectioned_masthead_credit(("Seoul says 1,500 troops shipped", "AFP ASIA"), outlets())
    'AFP'

"AFP ASIA", "BBC . Ultima hora", "Gizchina News of the week", "[ rfe/rl banner ]" (a logo's text),
"เกาะติดข่าวสาร >> คมชัดลึก ออนไลน์" (a pointer, then the masthead): the name opens the line, after a bracket, a
bullet or a pointer at most, and words follow it. Not a picture's credit ("[Yonhap News Photo]", "(Associated Press
file photo)", "[연합뉴스 제공]"), not a sentence (a stop at its end, a colon: "Photo : KBS News", "The BBC reports:"),
not a list ("Foreign Affairs, Geopolitics & National Security"), not a longer name that a later word opens ("Iran
Press TV" is Press TV's), not a common word's outlet ("Metro Manila"), not a section's heading with its day ("El Mundo
2 de octubre de 2016": "the world", in Spanish), not initials of two letters or spelled out after them ("DN - Defence
Notes"), and not the title.
"""

from __future__ import annotations

from corpus.cleaning import is_prose
from corpus.intake.credits import PHOTO_WORD
from corpus.intake.outlets import OutletDirectory
from corpus.lazy_patterns import LazyPattern

_LINES_READ = 10
_LONGEST = 50  # characters: a masthead's line, not a sentence
_NAME_WORDS = 5
# What may stand before the name: a bracket, a bullet, or a short pointer ending in ">>", "»" or "›".
_BEFORE_NAME = LazyPattern(r"^(?:[\[(【]\s*|[•·▶►]\s*|[^\W\d_][^>»›\n]{0,30}?\s*(?:>>|»|›)\s*)?")
# A picture's label in the words after the name, in the languages whose pages print it so.
_PICTURE_WORDS = LazyPattern(r"제공|사진|자료|영상|写真|提供|資料|映像|圖|图|照片|画像")
_NOT_A_MASTHEAD = LazyPattern(r"[:：,，;]|[.!?。]\s*\W?\s*$")
_DIGIT = LazyPattern(r"\d")
_INITIALS_TOO_SHORT = LazyPattern(r"[A-Z]{1,2}")  # "DN", "ST": initials that spell too many things


def sectioned_masthead_credit(opening, directory: OutletDirectory, headline: str | None = None) -> str | None:
    """The listed outlet opening a short line of the page's top, its section or tagline after it."""
    for line in opening[:_LINES_READ]:
        if line != headline and (credit := _masthead_with_words(line.strip(), directory)):
            return credit
    return None


def _masthead_with_words(line: str, directory: OutletDirectory) -> str | None:
    if len(line) > _LONGEST or _NOT_A_MASTHEAD.search(line) or is_prose(line):
        return None
    words = line[_BEFORE_NAME.match(line).end():].split()
    for cut in range(min(len(words) - 1, _NAME_WORDS), 0, -1):
        name = " ".join(words[:cut])
        if directory.named_alone(name):
            name = name.rstrip(" .-–—|·•")
            return name if _section_after(words, cut, directory) and not _initials_spelled(name, words[cut:]) else None
    return None


def _initials_spelled(name: str, after: list[str]) -> bool:
    """Initials too short to tell, or spelled out by the words after them ("DN - Defence Notes": a section's)."""
    capitals = "".join(word[0] for word in after if word[:1].isupper())
    return bool(_INITIALS_TOO_SHORT.fullmatch(name)) or (name.isupper() and capitals.startswith(name))


def _section_after(words: list[str], cut: int, directory: OutletDirectory) -> bool:
    """The words after the name's first `cut` are no picture's label, and no listed name starts among them or
    straddles them ("Iran Press TV")."""
    after = " ".join(words[cut:])
    if PHOTO_WORD.search(after) or _PICTURE_WORDS.search(after) or _DIGIT.search(after):
        return False  # a picture's label; a section's heading with its day ("El Mundo 2 de octubre de 2016")
    return not any(directory.named_alone(" ".join(words[start:stop]))
                   for start in range(1, len(words)) for stop in range(max(start + 1, cut + 1), len(words) + 1))

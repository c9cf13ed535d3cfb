"""A Korean paper's bracketed byline as Japanese translations of its stories print it.

    >>> from corpus.intake.outlets import outlets
    >>> translated_korean_byline("[マネートゥディ オ・セジュン記者] 国防部は14日、…", outlets())
    'マネートゥディ'

The Korean "[머니투데이 오세중 기자]" (`east_asian_credits`) translated: the paper, then its reporter's name in katakana
(the Korean name's parts joined by "・") and "記者" (or "特派員"), in square or lenticular brackets opening the line;
"=" may stand between them ("[聯合ニュース=キム・ミンジ記者]"). The paper is a listed outlet, or a name ending as
Korean papers' names end in Japanese ("…ニュース", "…新聞", "…日報", "…経済", "…トゥデイ"), taken as printed. Not a
place ("[ソウル=キム・ミンジ記者]"), not a picture's label ("[写真=…]"), not a reporter named in kanji or with no
name ("[聯合ニュース記者]").
"""

from __future__ import annotations

from corpus.intake.outlets import OutletDirectory
from corpus.lazy_patterns import LazyPattern

_KATAKANA_NAME = r"[\u30a1-\u30fa\u30fc]{1,8}(?:[・･][\u30a1-\u30fa\u30fc]{1,8}){1,2}"
_TRANSLATED_BYLINE = LazyPattern(
    r"^\s*[\[［【]\s*(?P<credit>[^\s\[\]［］【】=＝]{2,20}?)\s*(?:[=＝]\s*|[\s\u3000]+)"
    rf"{_KATAKANA_NAME}\s*(?:記者|特派員)\s*[\]］】]")
# How Korean papers' names end in Japanese: a paper (日報, 新聞, タイムズ), a wire or site (ニュース, 通信), a business
# paper (経済), a broadcaster (放送, テレビ, TV), a daily or journal (トゥデイ, ジャーナル).
_KOREAN_NAME_ENDING = LazyPattern(r"(?:ニュース|新聞|日報|通信|経済|放送|テレビ|TV|タイムズ|トゥデイ|トゥデー|トゥディ"
                                  r"|ジャーナル)$")


def translated_korean_byline(line: str, directory: OutletDirectory) -> str | None:
    """The paper a translated Korean byline opening `line` names: listed, or named as Korean papers are."""
    if line.isascii() or not (match := _TRANSLATED_BYLINE.match(line)):
        return None
    credit = match["credit"]
    return credit if directory.named(credit) or _KOREAN_NAME_ENDING.search(credit) else None

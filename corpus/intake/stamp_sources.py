"""Where the story came from, printed beside a page's date stamp: such words name a source, so
they do not make the stamp's line a sentence or a title.

    >>> source_after_stamp("via news.yahoo.com", ["via news.yahoo.com"])
    True
    >>> wire_before_stamp("avec afp")
    True

After the date: a listed source and the site's editor ("2014-07-03 11:27 Xinhua Web Editor: Mo
Hong'e"), a listed outlet's name and a few of its sections between bars ("2013-04-09 05:03:50| BBC
News | Business"), or the address an aggregator took the story from ("02-02-2016 19:07 via
news.yahoo.com", as NewsLocker stamps its items), a listed name alone in lower case ("… 16:16:22 xinhua"),
or a source line naming a listed outlet ("10:00 04.07.2022
Источник: ТАСС"). Before it: a byline's wire continuing on the
stamp's line ("Par Jane Roe," / "avec afp Créé le 13.07.2017 à 20h00", the French press's
"with AFP's material").
"""
from __future__ import annotations

import re

MAX_SOURCE_SECTIONS = 4
# A listed source and the site's editor after a date: "Xinhua Web Editor: Mo Hong'e".
SOURCE_AND_EDITOR = re.compile(r"^(?P<source>[A-Z][\w.&'’ -]{1,40}?)\s+(?:Web\s+)?Editor\s*:?\s*"
                               r"[A-Z][\w.'’ -]{1,40}$")
# "Source:" as pages in other languages print it ("Fuente:", "Quelle:", "출처:", "来源：", "ที่มา:"; Thai "จาก X", "from X").
SOURCE_WORD = (r"(?:News\s|NEWS\s|新聞|新闻)?(?:Sources?|SOURCES?|Source\(s\)|SOURCE\(S\)|Fuentes?|FUENTE|Fontes?|FONTE"
               r"|Quelle|QUELLE|Kaynak|KAYNAK|Sumber|SUMBER|Bron|BRON|Źródło|Источник|ИСТОЧНИК|Джерело|Nguồn|NGUỒN"
               r"|출처|来源|來源|出典|出处|转自|轉自|ソース|المصدر|ที่มา|จาก(?=\s))")  # "ソース:NHK ニュース": Japanese "source"
# "Источник: Информационное агентство России "ТАСС"": a source line after the stamp, a listed name after its label.
_LABELLED_SOURCE = re.compile(rf"^{SOURCE_WORD}\s*[:：]?\s*(?P<source>\S.{{0,60}})$")
_CLOCK = re.compile(r"\d:\d\d")
_VIA_ADDRESS = re.compile(r"(?i)^via\s+(?:www\.)?(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,6}$")
# "avec AFP", "mit dpa", "con EFE", "com Lusa", "with AP": the wire's material in a byline.
_WITH_WIRE = re.compile(r"(?i)^(?:avec|mit|con|com|with)\s+(?:l['’]\s*)?(?P<wire>[\w&.'’ -]{2,30}?)$")


def source_after_stamp(rest_after: str, items_after: list[str], stamp: str = "") -> bool:
    """Whether the words after a date (`rest_after`; `items_after`, the parts between bars; `stamp`, the date as
    printed) name the story's source as above, and nothing else."""
    if (source := SOURCE_AND_EDITOR.match(rest_after)) and is_listed(source["source"]):
        return True
    if 2 <= len(items_after) <= MAX_SOURCE_SECTIONS and is_listed(items_after[0]):
        return True
    if (labelled := _LABELLED_SOURCE.match(rest_after)) and is_listed(labelled["source"]):
        return True
    return bool(_VIA_ADDRESS.match(rest_after)) or _listed_in_lower_case(rest_after, stamp)


def _listed_in_lower_case(rest_after: str, stamp: str) -> bool:
    """A listed outlet's name alone, in lower case, after a stamp with its time, as a site tags the source of its
    stamp: "2012-06-29 16:16:22 xinhua" (a capitalised name alone already reads as the stamp's source); not a word
    listed names share, nor a day alone ("24 novembre 2024 - leparisien": a related video's item)."""
    from corpus.intake.outlets import outlets  # (the directory, only for such a line)

    return bool(_CLOCK.search(stamp)) and rest_after.islower() and outlets().named_alone(rest_after) is not None


def wire_before_stamp(rest_before: str) -> bool:
    """Whether the words before a date are a byline's "with" and a listed wire, and nothing else."""
    return bool((match := _WITH_WIRE.match(rest_before)) and is_listed(match["wire"]))


def is_listed(name: str) -> bool:
    """Whether `name` is a listed outlet's."""
    from corpus.intake.outlets import outlets  # (the directory, only for such a line)

    return outlets().named(name) is not None

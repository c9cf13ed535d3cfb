"""A broadcast's own header naming the broadcaster that aired it (not a story's citation of another's):

* a TV archive's record of an airing: "tv BBC World News America PBS July 8, 2022 5:30pm-6:01pm PDT" (the
  programme, the network, the day and the air time; copied, its columns run together): the listed name the
  programme opens with, else the network closing the columns; the record's day is the page's date;
* a podcast's episode title: "CNA Correspondent - S1E17: …", "… | Episode 4": the listed name the show's name
  opens with;
* a Korean broadcaster's transcript header: "■ 방송 : JTBC 전용우의 뉴스ON (13:55~15:30) / 진행 : 전용우",
  "■ 방송 : CBS 라디오 <…> FM 98.1": its first word, when listed;
* a Japanese TV listing's header over a programme's captions: "2019/08/24(土) 16:30〜17:55 スーパーJチャンネル[字]"
  (the day and weekday, the air time, the programme, its marks: captioned, rerun): the programme, when listed.
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory

_MOST_WORDS = 3
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_CLOCK = r"\d{1,2}:\d\d\s*[ap]m"
_AIRED_RECORD = re.compile(rf"^tv\s+(?P<columns>\S.{{1,90}}?)\s+(?P<day>{_MONTH}\s+\d{{1,2}},\s+(?:19|20)\d\d)"
                           rf"\s+{_CLOCK}\s*[-–]\s*{_CLOCK}(?:\s+[A-Z]{{2,4}})?$")


def aired_record_credit(line: str, directory: OutletDirectory) -> str | None:
    """The broadcaster of a TV archive's record of an airing."""
    if not (record := _AIRED_RECORD.match(line)):
        return None
    words = record["columns"].split()
    return _listed_words(words, directory) or _listed_words(words[::-1], directory, reversed_words=True)


def aired_record_day(line: str) -> str | None:
    """The day of a TV archive's record of an airing, as printed ("July 8, 2022")."""
    return record["day"] if (record := _AIRED_RECORD.match(line)) else None


_EPISODE_TITLE = re.compile(r"^(?P<show>[^|:–—-]{2,40}?)\s*[-–—|:]\s*(?:S\d{1,2}\s?E\d{1,3}"
                            r"|Season\s+\d{1,2},?\s+Episode\s+\d{1,4}|(?:Episode|Ep\.?|EP)\s*\d{1,4})\b")


def episode_title_credit(line: str, directory: OutletDirectory) -> str | None:
    """The broadcaster whose name opens a podcast's show in its episode's title."""
    return _listed_words(show["show"].split(), directory, whole=True) if (show := _EPISODE_TITLE.match(line)) else None


_PROGRAMME_HEADER = re.compile(r"^[■□◆◇▶▷●○\s]*방송\s*[:：]\s*(?P<name>[A-Za-z0-9가-힣]+?)(?:라디오|TV)?(?=[\s<(]|$)")

_LISTING_HEADER = re.compile(r"^(?:19|20)\d\d/\d{1,2}/\d{1,2}\s*[（(][月火水木金土日][)）]\s*\d{1,2}:\d\d\s*[〜~～-]\s*"
                             r"\d{1,2}:\d\d\s+(?P<name>[^\[［\s][^\[［]{1,30}?)\s*(?:[\[［][字再デ新終二解SN][\]］]\s*)*$")


def programme_header_credit(line: str, directory: OutletDirectory) -> str | None:
    """The broadcaster a Korean transcript's "■ 방송 :" header names first, or the programme a Japanese TV listing's
    header names."""
    header = _PROGRAMME_HEADER.match(line) or _LISTING_HEADER.match(line.strip())
    return header["name"] if header and directory.named(header["name"]) else None


def _listed_words(words: list[str], directory: OutletDirectory, reversed_words: bool = False,
                  whole: bool = False) -> str | None:
    """The listed name the words open with (of one to three words, not all of them unless `whole`: a record's
    programme and network are both there; `reversed_words`: the name they close with)."""
    for count in range(min(_MOST_WORDS, len(words) - (0 if whole else 1)), 0, -1):
        name = " ".join(words[:count][::-1] if reversed_words else words[:count])
        if directory.named(name):
            return name
    return None

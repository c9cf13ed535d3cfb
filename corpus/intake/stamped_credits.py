"""A credit closing a story in brackets with the day or the time it was filed (intake round 86):

    >>> from corpus.intake.outlets import outlets
    >>> stamped_closing_credit("... wird erwartet. (APA, 22.11.2016)", outlets()) is None  # unlisted: no credit
    True
    >>> stamped_closing_day("... wird erwartet. (APA, 22.11.2016)")
    '2016-11-22'
    >>> stamped_closing_credit("…見通し。(毎日新聞 8月31日2時18分)", outlets())
    '毎日新聞'
    >>> stamped_closing_credit("…判断した。[ 6/28 17:51 NEWS24]", outlets())
    'NEWS24'

Wires and broadcasters, and the blogs and portals that carry them, close the story on the outlet and its stamp, the
name first or last, in any script: "(CCTV August 31, 2009)", "(Reuters, 12:03)", "(朝日新聞デジタル 2017年01月09日
14時29分)", "[ 6/28 17:51 NEWS24]", "(Xinhua News Agency May 25, 2009)". The bracket ends the paragraph, after a
sentence's last stop or alone; only a listed outlet is read ("(Published Wednesday, Oct. 29, 2014)" and
"(Geneva, 4th July 2012)" name none), and a picture's caption credits its picture, not the story.

Austrian and German papers close a wire's story on the agency's initials or their desk's and the day in dots (intake
round 93): "(APA, 22.11.2016)", "(red, 22.11.2016)". The day is the story's (`stamped_closing_day`, the day first),
beside an agency's initials in capitals (`AGENCY_INITIALS`: not a picture's word) or a desk's in lower case; the
initials name no outlet unless listed ("APA" is Austria's agency's and Africa's: rounds 25, 86 and 87 left it); a
court's ("(BGH, 22.11.2016)") dates the ruling it cites, not the story (review 39).

A listed outlet's bracket with the full day, its month by name or its year first, dates the story it closes (intake
round 94, `listed_closing_day`): "(CCTV August 31, 2009)", "(Xinhua News Agency May 25, 2009)" under the story.
"""

from __future__ import annotations

import re

from corpus.intake.closing_wires import AGENCY_INITIALS
from corpus.intake.date_readings import iso_day
from corpus.intake.furniture import describes_picture, is_caption
from corpus.intake.outlets import OutletDirectory
from corpus.intake.printed_dates import find_date_line

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
# The stamp's own characters: digits, separators, the day's and the time's words; a digit in it.
_STAMP = rf"(?=[^)\]）】]*\d)(?:{_MONTH}|[\d/.:\-年月日時分시분월일,\s]|午前|午後|오전|오후|[ap]\.m\.|JST|KST|GMT)+"
_NAME = r"[^\W\d_][^()\[\]（）【】,、/]{0,30}?"
_STAMPED = re.compile(rf"(?:^|(?<=[.!?。．！？」』”\"’]))\s*[(\[（【]\s*"
                      rf"(?:(?P<first>{_NAME})[\s,、/]*(?P<stamp_after>{_STAMP})"
                      rf"|(?P<stamp_before>{_STAMP})[\s,、/]*(?P<last>{_NAME}))\s*[)\]）】]\s*$")
# What makes the stamp a day or a time rather than a number: "12:03", "6/28", "22.11.2016", "8月31日", "August 31".
_DAY_OR_TIME = re.compile(rf"\d{{1,2}}\s*[:時시]\s*\d{{1,2}}|\d{{1,4}}[/.\-]\d{{1,2}}|\d{{1,2}}\s*[月월]\s*\d{{1,2}}"
                          rf"|\d{{4}}\s*年|{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}")
_TAIL = 120  # characters of the paragraph read: the bracket closes it
_YEAR_AT_END = re.compile(r"\s(?:19|20)\d\d$")
_DOTTED_DAY = re.compile(r"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)")
_NAMED_MONTH_OR_YEAR_FIRST = re.compile(rf"{_MONTH}\s+[0-3]?\d,?\s+(?:19|20)\d\d"
                                        rf"|\b[0-3]?\d\s+{_MONTH},?\s+(?:19|20)\d\d|^(?:19|20)\d\d\s*[年/.\-]")
_DESK_INITIALS = re.compile(r"[a-z]{2,4}")  # "(red, 22.11.2016)": the paper's own desk
# A German or Austrian court's initials, a ruling's day cited after it: "(BGH, 22.11.2016)", "(OLG, 3.5.2015)".
_COURT_INITIALS = re.compile(r"BGH|BAG|BFH|BSG|BPatG|OGH|OLG|OVG|LAG|LSG|VGH|LG|AG|VG|FG|EGMR|EuGH")


def stamped_closing_credit(paragraph: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a bracket closing `paragraph` names beside its day or time, as printed."""
    stamped = _stamped_closing(paragraph)
    if stamped is None:
        return None
    name, stamp = stamped
    return name if _DAY_OR_TIME.search(stamp) and directory.named(name) else None


def stamped_closing_day(paragraph: str) -> str | None:
    """The day in dots with its year of a bracket closing `paragraph` with an agency's or a desk's initials, the
    day first ("(APA, 22.11.2016)", "(red, 22.11.2016)"), as an ISO day, or None."""
    stamped = _stamped_closing(paragraph)
    day = _DOTTED_DAY.fullmatch(stamped[1]) if stamped else None
    if day is None or _COURT_INITIALS.fullmatch(stamped[0]) \
            or not (AGENCY_INITIALS.fullmatch(stamped[0]) or _DESK_INITIALS.fullmatch(stamped[0])):
        return None
    return iso_day(int(day["year"]), int(day["month"]), int(day["day"]))


def listed_closing_day(paragraph: str, directory: OutletDirectory) -> str | None:
    """The full day of a bracket closing `paragraph` on a listed outlet and its day with the year, the month by its
    name, before or after the day, or the year first ("(CCTV August 31, 2009)", "(Reuters 31 August 2009)",
    "(朝日新聞デジタル 2017年01月09日 14時29分)"), as an ISO day, or None: a day in numbers alone leaves its order
    open, a day without its year its year."""
    stamped = _stamped_closing(paragraph)
    if stamped is None or not _NAMED_MONTH_OR_YEAR_FIRST.search(stamped[1]) or not directory.named(stamped[0]):
        return None
    printed = find_date_line(stamped[1])
    return printed.value if printed and not printed.rest and len(printed.value) == len("YYYY-MM-DD") else None


def _stamped_closing(paragraph: str) -> tuple[str, str] | None:
    """(the name, the stamp) of a bracket closing `paragraph` on an outlet and its stamp; not a caption's."""
    text = paragraph.strip()
    match = _STAMPED.search(text, max(0, len(text) - _TAIL))
    if match is None or is_caption(paragraph) or describes_picture(paragraph):
        return None
    stamp = (match["stamp_after"] or match["stamp_before"]).strip(" ,")
    return (match["first"] or match["last"]).strip(), stamp


def ends_on_a_stamp(credit: str) -> bool:
    """A credit read whole ending on a year, a day or a time ("Harbor Daily 2016", "Reuters 12:03"): a name and its
    stamp, no name of its own."""
    return bool(_YEAR_AT_END.search(credit) or _DAY_OR_TIME.search(credit[-12:]))

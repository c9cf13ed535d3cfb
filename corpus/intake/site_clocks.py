"""A site's clock among the weather it shows: "Today in New Delhi, India / Jun 19, 2019-Wednesday
/ New Delhi / • Humidity / • Wind" above a story of 2014. The widget prints the day the page is
read, beside the place and its weather; it is never the story's date. So is a masthead's date with
the temperature or the link to today's paper on its line ("Sunday, April 28, 2024 81° Today's Paper").
And a date alone above the titles that the lead's weekday contradicts (`is_clock_by_the_lead`), but a blog's
date header, the page's first line over its post's title (`is_post_day_header`).
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Iterable, Sequence
from itertools import islice

from corpus.intake.printed_dates import PrintedDate, dates_taken_out, weekday_named

_DAYS_AFTER_THE_NEWS = 3  # "said Friday" in Monday's paper
_STORY_ABOVE = 3  # paragraphs above a date line that stands in the story's body

# Lines of a weather widget: "Today in New Delhi, India", "• Humidity", "Wind 12 km/h", "28°C".
_WEATHER_LINE = re.compile(
    r"^(?:[•·*-]\s*)?(?:(?i:today\s+in)\s+[A-Z][\w .,'’-]{1,40}"
    r"|(?i:humidity|wind|feels\s+like|sunrise|sunset|precipitation|uv\s+index)(?:\s*[:\d].{0,20})?"
    r"|-?\d{1,2}\s*°\s*[CF]?)$")
_REACH = 3  # lines either side of the date where the widget's other lines stand
_WIDGET_WORDS = 5  # "Today in New Delhi, India"; a title or a sentence has more
_MASTHEAD_LINE = 60  # a masthead's date line; a sentence naming a temperature is longer
# Beside the date on the masthead's own line: the temperature ("Sunday, April 28, 2024 81° Today's
# Paper") or the link to the day's print edition ("Today's Paper", "e-Edition").
_MASTHEAD_BESIDE = re.compile(r"(?<![\w.])-?\d{1,3}\s*°\s*[CF]?(?!\w)|\b(?i:today['’]?s\s+paper|e-?edition)\b")


def is_weather_clock(date_line: str, opening: tuple[str, ...] | list[str]) -> bool:
    """Whether `date_line` stands in `opening` among a weather widget's lines: the short lines
    next to it (up to a title or a sentence) include one of the widget's; or whether the line
    itself prints the temperature or the link to today's paper beside the date (a masthead's
    clock, the day the page is read)."""
    if len(date_line) <= _MASTHEAD_LINE and _MASTHEAD_BESIDE.search(dates_taken_out(date_line)[0]):
        return True
    return any(_WEATHER_LINE.match(line.strip())
               for i, line in enumerate(opening) if line == date_line
               for line in (*_short_lines(opening[i + 1:i + 1 + _REACH]),
                            *_short_lines(opening[max(0, i - _REACH):i][::-1])))


def _short_lines(lines) -> list[str]:
    """The lines up to the first of more than a widget's few words."""
    short = []
    for line in lines:
        if len(line.split()) > _WIDGET_WORDS:
            break
        short.append(line)
    return short


# The news's day of the month opening a Chinese, Japanese or Korean lead's account: "26日午前2時45分ごろ",
# "7月26日", "2016年7月26日", "26일 오후" (not a span of days: "3日間", "3일간").
_LEAD_DAY = re.compile(r"(?<![\d年년.])(?:(?:(?P<year>(?:19|20)\d\d)\s*[年년]\s*)?(?P<month>1[0-2]|0?[1-9])\s*[月월]\s*)?"
                       r"(?P<day>[1-3]?\d)\s*[日일](?![間间간])")


def _lead_names_the_day(value: str, lead: str) -> bool:
    """Whether the lead's first day of the month (and its month and year, when named) is the date's."""
    match = _LEAD_DAY.search(lead)
    if match is None:
        return False
    day = datetime.date.fromisoformat(value)
    return (int(match["day"]) == day.day and (match["month"] is None or int(match["month"]) == day.month)
            and (match["year"] is None or int(match["year"]) == day.year))


def is_clock_by_the_lead(printed: PrintedDate, lead: str, news_day: int | None = None) -> bool:
    """A full date alone on its line above every title ("Saturday, April 16, 2016", "April 06,
    2020") is a blog's date over its post or a site's clock, the day it is read. The lead tells
    them apart when it names the news day's weekday ("... said Wednesday"): a page appears
    that day or within `_DAYS_AFTER_THE_NEWS` of it, where a clock may be any day. A clock
    mostly names its weekday: such a date needs the lead's weekday to agree. (A date the day
    before the lead's weekday, a site behind the news's time zone, is not let through: on an
    unseen set it let a clock's day through.) A Chinese, Japanese or Korean lead naming the date's
    day of the month ("26日午前2時45分ごろ") names the news's day: a clock falls on it by chance
    one day in thirty, less often than on a weekday that fits. When the lead names no weekday, the
    weekday the first paragraphs name (`news_day`: "… said on Wednesday" under a standfirst) lets
    through a date falling on it exactly, never within days of it."""
    if printed.label or printed.rest or printed.before or len(printed.value) != 10:
        return False
    if _lead_names_the_day(printed.value, lead):
        return False  # "Tuesday, July 26, 2016 9:24 AM" over "26日午前2時45分ごろ、…": the news's own day
    lead_day = weekday_named(lead)
    if lead_day is None:
        return weekday_named(printed.line) is not None \
            and datetime.date.fromisoformat(printed.value).weekday() != news_day
    days_after = (datetime.date.fromisoformat(printed.value).weekday() - lead_day) % 7
    return days_after > _DAYS_AFTER_THE_NEWS


def note_lead_above(facts: dict, noted: int, paragraphs: Sequence[str]) -> None:
    """Note the story's lead over the date lines noted from the `noted`-th on, when `_STORY_ABOVE` paragraphs or more
    stand above them: in the body of the story, not in its head, where the first "paragraph" above the page's own
    date may be a caption ("… attend the opening …, Friday, Sept. 14, 2018.") or a summary's bullet."""
    if len(paragraphs) >= _STORY_ABOVE:
        leads = facts.setdefault("leads_above_dates", {})
        leads.update(dict.fromkeys(range(noted, len(facts.get("date_lines", ()))), paragraphs[0]))


def the_lead_contradicts(printed: PrintedDate, lead: str | None) -> bool:
    """A date alone below the story's lead whose weekday the lead's contradicts as it does a clock's
    (`is_clock_by_the_lead`): "… went down … on Wednesday" over a list's "A San Diego man … is suing …" /
    "Nov. 28, 2023" (a Tuesday) is another story's date. A lead naming no weekday tells nothing."""
    return lead is not None and weekday_named(lead) is not None and is_clock_by_the_lead(printed, lead)


def is_post_day_header(printed: PrintedDate, page_dates: Sequence[PrintedDate], header: Sequence[str],
                       news_day: int | None, lead: str) -> bool:
    """A blog's date header ("Thursday, June 10, 2010" over the post's title), not a site's clock: the
    first line of the page and its only date line, over a title, under no masthead, weather or other
    stamp, where the first paragraphs name no one weekday and the lead neither a weekday nor a day of
    the month (which tell the news's day: `is_clock_by_the_lead`). A site's clock stands above a story
    that prints its own stamp, under the site's name or its weather ("63.8 F / Los Angeles / Sunday,
    December 3, 2023"), or over no title at all (a list of briefs)."""
    return news_day is None and weekday_named(lead) is None and _LEAD_DAY.search(lead) is None \
        and len(page_dates) == 1 and printed is page_dates[0] \
        and next(iter(header), None) == printed.line and titles_above(list(header[1:]))


def off_the_news_day(printed: PrintedDate, news_day: int | None) -> bool:
    """Whether a full date falls off the weekday the lead names ("... said on Wednesday"): of two
    dates above every title ("27 Jul 2024" / "Wednesday 20 May 2015 - 15:25"), the site's clock
    and the story's stamp, the one on the lead's weekday is the story's."""
    return news_day is not None and len(printed.value) == 10 \
        and datetime.date.fromisoformat(printed.value).weekday() != news_day


# A forum poster's box as copied without its labels: "Admin / 14 Mar 2002 / 15,970 / 9,208 / 749"
# (joined, messages, reactions, points): the day the poster joined, never the post's. Two counts
# alone are a post's views and comments ("Aug 22, 2019 / 1,203 / 15"), a poster's box only with
# its labels ("Joined", "Posts") just before the date.
_COUNT = re.compile(r"^\d{1,3}(?:[,.\s]\d{3})*$")
_BOX_COUNTS = 3
_POSTERS_CUE = re.compile(r"(?i)\b(?:joined|member\s+since|posts|messages|reaction\s+score|reputation)\b")


def is_member_since(date_line: str, opening: tuple[str, ...] | list[str]) -> bool:
    """Whether `date_line` is a date alone followed in `opening` by three lines or more of bare
    counts, or two beside a poster's label: a forum poster's box, the day they joined (a count
    beside a date line is a view count, read elsewhere)."""
    if dates_taken_out(date_line)[0].strip():
        return False
    for i, line in enumerate(opening):
        if line != date_line:
            continue
        following = [line.strip() for line in opening[i + 1:i + 1 + _BOX_COUNTS]]
        counts = _leading_counts(following)
        if counts >= _BOX_COUNTS or counts == 2 and any(_POSTERS_CUE.search(near) for near in
                                                         opening[max(0, i - 2):i]):
            return True
    return False


def _leading_counts(lines: list[str]) -> int:
    return next((n for n, line in enumerate(lines) if not _COUNT.match(line)), len(lines))


# A quoted page's title and its stamp in brackets, as Japanese sites cite the story they draw on:
# "(米爆撃機B52 朝鮮半島に展開=北朝鮮核実験から4日より 2015/01/10 12:48)" ("from <title>, <stamp>"):
# the source's stamp, not the page's.
_QUOTED_STAMP = re.compile(r"^[(（][^()（）]{4,120}より\s*(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2}(?:\s+\d{1,2}:\d\d)?\s*[)）]$")


def is_quoted_stamp(date_line: str) -> bool:
    """A bracketed "(<quoted title>より <stamp>)": the date of the page quoted."""
    return bool(_QUOTED_STAMP.match(date_line.strip()))


# "(朝鮮日報 2012/04/20)" under a quoted headline, after the text that reports it ("朝鮮日報4/20によると、…"):
# a blog's citation of the story it quotes, its source and day; a repost's own credit stands above the text.
_CITED_STAMP = re.compile(r"^[(（][^()（）\d]{2,30}?\s*(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2}(?:\s+\d{1,2}:\d\d)?\s*[)）]$")


def is_cited_after_text(line: str, opening: Sequence[str], paragraphs: Collection[str]) -> bool:
    """A bracketed "(<source> <day>)" alone on its line below a paragraph of the text: a quoted story's."""
    if not _CITED_STAMP.match(line.strip()) or line not in opening:
        return False
    return any(before in paragraphs for before in opening[:opening.index(line)])


# "(Published Wednesday, Oct. 29, 2014)": the stamp an embedded video's player prints under its
# caption, in brackets (NBC's and Telemundo's stations), far down the page; the page's own stands
# unbracketed, or bracketed under its title.
_VIDEO_STAMP = re.compile(r"^\((?:Published|Updated)\s+[^()]{6,60}\)$")
_HEAD_LINES = 3  # the title, perhaps a subtitle, then the page's own stamp


def is_video_stamp(date_line: str, lines: Iterable[str]) -> bool:
    """A bracketed "(Published <date>)" alone on its line: a video's date, not the page's, unless
    it stands among the head lines of the page's `lines`, under the title."""
    if not _VIDEO_STAMP.match(date_line.strip()):
        return False
    return date_line.strip() not in (line.strip() for line in islice(lines, _HEAD_LINES))


def mark_above_headline(facts: dict, candidates: list[str], headline: str) -> None:
    """A date line above the headline the page repeats is above every title, a tagline above it or not
    ("London Daily / Focus on the big picture. / Wednesday, Jan 14, 2026 / <headline> / <headline>")."""
    if candidates.count(headline) < 2:
        return
    for index, before in facts.get("lines_before_dates", ()):
        if headline not in candidates[:before]:
            facts.setdefault("dates_above_titles", set()).add(index)


_TITLE_WORDS = 4
_TITLE_CHARACTERS = 8  # Chinese and Japanese put no space between words: "衆院選の全議席が決まる 自民は284"
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def titles_above(candidates: list[str]) -> bool:
    """Whether a title stands among the lines above a date line (a site's clock prints the day it
    is read above every title): four words, or eight characters of Chinese or Japanese ("衆院選2017",
    a section's name, is none)."""
    return any(len(line.split()) >= _TITLE_WORDS or len(_UNSPACED_SCRIPT.findall(line)) >= _TITLE_CHARACTERS
               for line in candidates)

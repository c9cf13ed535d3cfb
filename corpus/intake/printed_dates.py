"""Publication dates as pages print them, with whatever stands around them.

    >>> find_date_line("Updated 1:05 AM ET, Wed November 23, 2016").value
    '2016-11-23'

A *date line* is a line whose words, once the date is taken out, are only times, weekdays,
time zones, labels ("Updated", "Published") and at most a short section name ("All
Headlines"), or a line that ends with a date after a separator ("<headline> – 23 Nov 2016").
Numeric dates are read with care: a part over 12 decides between day-first and month-first;
a named weekday or another date of the same page may decide. When nothing decides
("05.06.2019": dots are day-first in Europe and month-first on some US sites, "03.10.17"),
the date is unknown, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.intake.contact_lines import EMAIL_ADDRESS_UNBOUNDED
from corpus.intake.date_readings import (MONTH_NAME, date_span, decide, first_reading, full_dates,
                                         numeric, read_date, weekday_named)
from corpus.intake.languages import FOREIGN_DATE_WORDS, FOREIGN_PUBLISHED, FOREIGN_UPDATED
from corpus.intake.stamp_sources import SOURCE_AND_EDITOR, is_listed, source_after_stamp, wire_before_stamp

__all__ = ["MONTH_NAME", "PrintedDate", "THREAD_POST", "date_span", "dates_taken_out", "find_date_line", "full_dates",
           "numeric_order_of", "read_date", "weekday_named"]

# Words that may stand around a date on a date line.
_FURNITURE = re.compile(
    r"(?i)\b(?:published|posted|updated|last\s+updated|last\s+modified|first\s+published|written"
    r"|modified|created"
    r"|issued|date|dated|on|at|as\s+of|edited|time|uploaded|am|pm|a\.m\.|p\.m\.|hrs|local"
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
    r"|gmt|utc|kst|jst|est|edt|et|cst|cdt|ct|pst|pdt|pt|bst|cet|cest|hkt|sgt|sst|ist|aest|msk|ast"
    r"|added|tv|radio|live|this\s+(?:story|article)\s+is\s+from)\b\.?"  # "tv News Al Jazeera March 10, 2023 9:00pm-10:01pm AST"
    # (the Times of India's "This story is from January 9, 2024", atop every story of its archive)
    r"|(?-i:(?<![A-Za-z])(?:today|event|schedule|access_time|calendar_today|date_range)(?=[A-Z0-9]|$))"
    # an icon's name glued to the date: "todayJanuary 9, 2024" (Material Icons draw a word's ligature,
    # and a copy keeps the word, as "play_arrow" and "keyboard_arrow_right" on the same pages)
    r"|(?i:\b(?:adjust\s+)?(?:font|text)\s+size\b\s*:?)"  # the page's tools: "Xinhua, <date> Adjust font size:"
    r"|(?i:\b(?:re)?play(?:ing)?(?:\s*time)?|\bduration)(?=[\s\d:]|$)"  # a player's: "replay time02:31"
    rf"|(?i:\b(?:{FOREIGN_DATE_WORDS})\b\.?)"  # "Publié le 21 novembre 2019 à 10h03"
    r"|\d{1,2}[:.h]\d\d(?::\d\d)?\s*(?i:[ap](?:\.\s?)?m\b\.?)?|\d{1,2}\s*(?i:[ap]\.?m\b\.?)"  # "05:57 p. m."
    r"|^\s*(?i:lun|mar|mi[ée]|jue|vie|s[áa]b|dom)\.?,?\s*$"  # a Spanish weekday's abbreviation alone before the date
    r"|\b[0-2]\d[0-5]\d(?=\s*(?i:hrs|hours)\b)"  # "0806 hrs (SST)": a clock of four digits
    r"|(?<=\s)https?://\S+$"  # the address of the site carrying it: "来源:环球网 2019-08-22 20:16 http://…/"
    r"|\d{1,2}\s*時\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?"  # "18時06分"
    r"|[(（](?:[月火水木金土日](?:曜日?)?|[월화수목금토일](?:요일)?)[)）]|星期[一二三四五六日天]"  # "(土)", "(토)"
    r"|(?:[©ⓒ]|(?i:\bcopyright\b))\s*:?[^|–—]*?(?=\s[-|–—]\s|$)"  # a credit: "© BBC", "Copyright : AFPTV", "ⓒ 中央日報"
    r"|\b(?:\d+|(?i:an?|one))\s+(?i:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"\s+(?i:ago)\b"  # "May 18, 2016 / 5:10 PM / a year ago"
    r"|\b\d+\s*(?i:min|mins|minutes?)\.?\s+(?i:read|listen|watch)\b"  # "4 min read"
    r"|(?<=\|)\s*\d+\s*(?i:mins?)\s*(?=\||$)"  # "| 3 min": the same, shorter, as an item
    r"|\b(?:UTC|GMT|ET|EST|EDT|KST|JST)(?=Updated\b)|(?<=[A-Z])Updated\b"  # two elements run together
    r"|입력|수정|송고|기사입력|최종수정|発行|更新|公開|配信|发布(?:时间)?|更新时间|日期|[가-힣]{2,4}\s?기자(?=[\s,|]|$)"
    r"|(?:GMT|UTC)?\s*[+-]\d{1,2}(?::?\d\d)?"
    r"|(?i:\b(?:\d+\s*)?comments?(?:\(s\))?|\bprint|\be-?mail|\bshare|\bbookmark)\b"  # share tools
    r"|(?i:\b(?:page|p\.|pág\.)\s*[A-Z]?\d{1,3})\b"  # a print edition's page: "Sat, Nov 23, 2019 page4", ", p. 26"
    r"|\((?i:photo(?:\s+credit)?|image|picture)\s*:[^()]{1,80}\)\s*$"  # "November 23, 2016 (Photo Credit: … via AP)"
)
_SEPARATOR_BEFORE_END = re.compile(r"(?:\s[|–—·•-]|\s-{2}|[.!?][’'\"”]?|[’'\"”]\.)\s+$")
# "<headline> Updated: 2019-11-23 09:03 KST": a label before a date that ends the line.
# Also glued to the headline as copied ("...Article 50?published at 20:56 Greenwich Mean Time
# 12 March 2019"), with a time and a zone between, or a Korean, Japanese or Chinese label
# ("<headline> 입력 2019.07.18 (14:55)").
_LABEL_BEFORE_END = re.compile(
    r"(?:\s(?:(?i:published|posted|updated)\s*:|Published|Posted|Updated)"
    r"|(?<=[?!.”\"’])(?i:published|posted|updated)|\s(?:입력|등록|승인|発行|配信|发布(?:时间)?)\s*:?)"
    r"(?:\s+(?i:on|at))?(?:\s*\d{1,2}[:.]\d\d(?:\s*(?i:[ap]\.?m\.?))?)?"
    r"(?:\s+(?:Greenwich\s+Mean\s+Time|British\s+Summer\s+Time|[A-Z]{2,4}))?\s*$")
# "Tuesday, 22 November 2022 – Police in the capital said ...": a dated lead, its weekday first.
_LEAD_AFTER_DATE = re.compile(r"\s*[–—-]\s+[A-Z\"“‘']")
# "16th September 2020 – (Tokyo) Once the Upper House ...": the place in brackets after the
# dash, as a dated lead prints it (a timeline's entry names no place there).
_PLACE_AFTER_DATE = re.compile(r"\s*[–—-]\s+\([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}\)\s+[A-Z\"“‘']")
# "March 31, 2014 12:43 PM EDT Judges of the top U.N. court ... (Reuters)": a video page's stamp,
# its time of day in a zone, the wire's lead run on after it and closing on the wire's credit as
# copied. A chronology prints times of day too, bare or in a zone ("June 25, 1950, 04:00 North
# Korean troops crossed ...", "September 11, 2001 8:46 AM EDT American Airlines Flight 11 ..."): the
# event's day, with no credit closing the line.
_CLOCK_BEFORE_LEAD = re.compile(r"(?P<clock>,?\s+(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?i:[ap]\.?m\.?)"
                                r"\s+[A-Z]{2,4}(?=\s))\s+[A-Z\"“‘']")
_CLOCK_AFTER_DATE = re.compile(r",?\s+(?:[01]?\d|2[0-3])[:.][0-5]\d\b")
_WIRE_CLOSING_LEAD = re.compile(r"[.!?\"”’]\s*\([A-Z][\w&.'’ -]{1,30}\)\s*$")
# "HOUSTON, TX March 21, 2012 The company today ...": a release's place in capitals, then the text.
_RELEASE_PLACE = re.compile(r"^[A-Z][A-Z .'’-]+,\s*(?:[A-Z]{2}|[A-Z][a-z]+\.?)\s+$")
# "2025-05-01 20:152634 view": an item of a list of other stories, its count of views.
_VIEW_COUNT = re.compile(r"\d\s*(?i:views?)\b")
# "Sep — Dec 2016", "September–December 2016": a period a review covers, not a date.
_MONTH_RANGE_START = re.compile(rf"\b{MONTH_NAME}\.?\s*[-–—]\s*$")
MAX_WORDS_AFTER_OPENING_DATE = 3
# "1 名前:ばーど ★ 2018/12/14(金) 11:23:44.05 ID:CAP_USER9": a forum thread's post headed by its
# number, its poster, its stamp and the poster's ID; the first post's stamp is the thread's day. Copies glue
# the parts or label them otherwise: "1: 名無し ★ …", "1名無し2018/12/13(Thu) 14:02:46ID:M5MTg(1/1)NG報告".
THREAD_POST = re.compile(r"^\s*(?P<number>\d{1,4})\s*(?:(?P<label>名前|Name)\s*)?[:：]?\s*(?=\D)[^/]{1,60}?\s*"
                         r"(?P<stamp>\d{4}/\d{1,2}/\d{1,2}(?:\([^()]{1,3}\))?(?:\s*[\d:.]+)?)\s*ID:\S*\s*$")
# "Posted by admin on November 22, 2019 in World": a blog's byline and category around it;
# "Submitted by jroe on Tue, 01/11/2011 - 10:45", as Drupal sites print it.
_BLOG_BYLINE = re.compile(r"^(?i:posted|published|written|submitted)\s+(?i:by)\s+\S+(?:\s+\S+){0,2}?\s+(?i:on)\s+"
                          r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?$")
_BLOG_CATEGORY = re.compile(r"^\s*(?i:in)\s+[A-Z][\w&'’-]*(?:(?:\s+|,\s*)[A-Z&][\w&'’-]*){0,3}\s*$")
# "Posted November 22, 2019 by Jane Roe & filed under Asia, News.": a blog's label, date, author
# and categories.
_BLOG_LABEL = re.compile(r"^(?i:posted|published)(?:\s+(?i:on))?\s+$")
_BLOG_AUTHOR_AFTER = re.compile(
    r"^\s*(?i:by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*(?:(?:&|(?i:and))\s+(?i:filed\s+under)"
    r"\s+[A-Z][\w&'’ ,-]{0,60}\.?|(?i:in)\s+[A-Z][\w&'’ ,-]{0,60})?\s*$")
# "by Jane Roe jane@paper.com.", "Read by Ms. Jane Roe and Ms. Ann Poe" (a reading's voices), a Korean
# byline's place before its reporter ("by 도쿄=이상훈 특파원", as Korean papers' English editions keep it)
_PERSON = r"(?:(?i:mr|ms|mrs|dr)\.\s+)?(?:[가-힣]{1,8}=)?[\w.@-]+(?:\s+[\w.@-]+)?"
_ROLE = r"(?:,?\s+(?i:(?:staff|senior|special|foreign)\s+)?(?i:reporter|writer|correspondent))"  # ", staff reporter"
_AUTHOR_AFTER = re.compile(rf"^\s*[|,·.-]?\s*(?i:(?:posted\s+|read\s+)?by)\s+{_PERSON}"
                           rf"(?:\s+(?:and|&)\s+{_PERSON})?{_ROLE}?(?:\s+[\w.+-]+@[\w.-]+)?\s*$"
                           rf"|^\s*[,.]?\s*{EMAIL_ADDRESS_UNBOUNDED}(?:\s*,?\s*{EMAIL_ADDRESS_UNBOUNDED})*\.?\s*$")
# (or the reporters' addresses alone: "November. 08, 2019 07:38. kim@paper.com,lee@paper.com.")
# "Source: Xinhua| 2019-08-22 19:41:00|Editor: huaxia": labelled parts of a date line.
_LABELLED_PART = re.compile(r"(?i)(?:^|(?<=\|))\s*(?:source|editor|author|writer|reporter|by)\s*:"
                            r"[^|]{0,60}(?=\||$)")
# Or a Chinese portal's fields after the day, without bars: "2016年11月16日 生活资讯 来源:游金地 编辑:小小游".
_CJK_FIELDS_AFTER = re.compile(r"(?:^|(?<=\s))(?:来源|來源|稿源|编辑|編輯|责任编辑|責任編輯|作者)[:：]\s?[^\s:：]{1,20}(?=\s|$)")
_SMALL_WORDS = {"of", "the", "and", "&", "in", "for", "on", "a", "by"}
# Scripts without capitals read as a sentence by its punctuation: "于2016年11月23日签署，是...。"
# (a full-width comma or stop), or a Korean sentence by its ending ("... 체결됐다."), where a
# section's name has neither.
_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
MIN_SENTENCE_IDEOGRAPHS = 12
# "2023年3月16日、東京での日韓首脳会談。写真:聯合ニュース": a picture's caption (its words between the date and
# the credit) after the date; not a date line crediting its picture ("입력 2019.08.22 15:30 | 사진=연합뉴스",
# "2019年8月22日 18時30分 写真：AP": review fixes, session 19).
_PICTURE_CREDIT_AFTER = re.compile(r"(?:^|[\s。、，,.])(?:写真|사진|图片|圖片|照片)\s*[:：=]")
# A time of day as printed, its half of the day with it: "18:06", "6:30 p.m.", "午後6時30分", "오후 3시", "10点30分"
TIME_OF_DAY = re.compile(r"(?:午前|午後|오전|오후|上午|下午)?\s?(?<!\d)\d{1,2}\s*(?:[:：]\s*\d\d(?:\s*[:：]\s*\d\d)?"
                         r"(?:\s?[AaPp]\.?[Mm]\.?)?(?!\d)|[時시点點]\s*(?:\d{1,2}\s*[分분](?:\s*\d{1,2}\s*[秒초])?)?)")

# "消息を絶った空自のF35A=2018年5月28日、三沢市": a Japanese caption, what the picture shows, "=", then the day
# and place it was taken (a press photo's form), not the page's day.
_CAPTION_SUBJECT_BEFORE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\w)）」][=＝]\s*$")
_CAPTION_PLACE_AFTER = re.compile(r"^[^、，,]{0,12}[、，,]\s*\S|^\s*[(（]")
_CJK_SENTENCE = re.compile(r"[，。；！？]|[가-힣]다\.")
_LABEL = re.compile(r"(?i)\b(published|posted|submitted|updated|modified|first\s+published|created|written)\b"
                    rf"|(입력|승인|発行|配信|发布|(?i:\bthis\s+(?:story|article)\s+is\s+from\b)|(?i:{FOREIGN_PUBLISHED}))|(수정|更新|(?i:{FOREIGN_UPDATED}))")
MAX_SECTION_WORDS = 4
MIN_GLUED_TITLE_WORDS = 4
# A forum's poster before the date: one word of letters and digits, a comma ("luvsmiling, ").
_POSTER_HANDLE = re.compile(r"^[a-z][a-z0-9_.-]{2,29},\s*$")
MAX_DATE_LINE = 160
# A zone's offset just before a month and year read without its day ("GMT +313 December 2019"): a
# day run into the offset, which no one can tell ("Issue 123 December 2019" is the month's issue).
_UNREAD_DAY = re.compile(r"[+-]\d+\s?$")
# "Country Report: South Korea (September 2019)", "Monthly Review (March 2020)": a month alone in brackets
# closing a title is the period a report covers, not the day it was posted.
_PERIOD_IN_BRACKETS = re.compile(r"\w[\w.,:;'’ -]*[(\[]\s*$")


def _period_in_brackets(before: str) -> bool:
    # (review fixes, session 18: the bracket looked for first, the pattern's search being quadratic in a
    # long run of words with none, "a " * 4000)
    return before.rstrip().endswith(("(", "[")) and bool(_PERIOD_IN_BRACKETS.search(before))


@dataclass(frozen=True)
class PrintedDate:
    value: str  # ISO day ("2016-11-23") or month ("2016-11")
    text: str  # the date as printed
    line: str  # the whole line it stands on
    label: str = ""  # "published", "updated", ... when the line says so
    rest: str = ""  # the line's other words (a section name, a headline before the date)
    before: str = ""  # the line before the date as printed, when the date ends the line


def find_date_line(line: str, order_hint: str = "") -> PrintedDate | None:
    """The date `line` prints when it is a date line (see the module's docstring), else None."""
    if (post := THREAD_POST.match(line)) and post["number"] == "1":
        line = post["stamp"]  # (the thread's first post: its stamp alone; a later post's is a reply's)
    if len(line) > MAX_DATE_LINE:
        line = _dated_lead_with_place(line)
        if not line:
            return None
    reading = first_reading(line)
    if reading is None:
        return None
    before, after = line[:reading.start], line[reading.end:]
    label = _label(before)
    if (_BLOG_BYLINE.match(before) and (not _leftover(dates_taken_out(after)[0]) or _BLOG_CATEGORY.match(after))) \
            or (_BLOG_LABEL.match(before) and _BLOG_AUTHOR_AFTER.match(after)):
        before, after = "", ""
    rest_before = "" if wire_before_stamp(_leftover(before)) else _leftover(before)  # "avec afp Créé le <date>"
    rest_after = _leftover(_AUTHOR_AFTER.sub(" ", _leftover(_CJK_FIELDS_AFTER.sub(" ", dates_taken_out(after)[0]))))
    if rest_after and source_after_stamp(rest_after, [item for part in after.split("|") if (item := _leftover(part))],
                                         line[reading.start:reading.end]):
        rest_after = ""  # "… Xinhua Web Editor: Mo Hong'e", "…| BBC News | Business", "… via news.yahoo.com"
    labelled_end = not rest_after and _LABEL_BEFORE_END.search(before)
    # "<headline>05 July 2006 0806 hrs": two elements run together (not "mandate12 May 2020")
    glued_to_title = before[-1:].isalpha() and len(before.split()) >= MIN_GLUED_TITLE_WORDS
    ends_after_separator = not rest_after and (_SEPARATOR_BEFORE_END.search(before) or labelled_end or glued_to_title) \
        and not _CJK_SENTENCE.search(before)  # "… 흔들고 있다. 2012.12.19 <address>": a caption's
    words = _section_words(f"{rest_before} {rest_after}")
    sectioned = words is not None and words <= MAX_SECTION_WORDS
    printed = line[reading.start:reading.end]
    if _VIEW_COUNT.search(after) or _MONTH_RANGE_START.search(before) or _caption_before_credit(after) \
            or _caption_day(before, after) or not (
            sectioned or ends_after_separator or before.lower().startswith("by ")
            or _opens_short_line(rest_before, rest_after, after, printed)
            or _dated_lead(before, rest_before, after, printed)
            or _poster_or_site_before(before, rest_after, printed)):
        return None
    value = decide(reading, weekday_named(line), order_hint)
    if value is None or _two_days_unlabelled(line, value) or len(value) == 7 and (
            _UNREAD_DAY.search(before) or not label and _period_in_brackets(before) and re.match(r"\s*[)\]]\s*$", after)):
        return None  # "20:17 GMT +313 December 2019": a zone glued to the day, which no one can tell
    rest = " ".join(part for part in (rest_before, rest_after) if part).strip(" |–—·•-,:")
    return PrintedDate(value, line[reading.start:reading.end], line,
                       label, rest,
                       _headline_before(before, labelled_end) if ends_after_separator else "")


def _caption_before_credit(after: str) -> bool:
    """Words between the date and a picture's credit, once times and labels are gone."""
    credit = _PICTURE_CREDIT_AFTER.search(after)
    between = _LABEL.sub(" ", TIME_OF_DAY.sub(" ", after[:credit.start()])) if credit else ""
    return bool(re.search(r"[^\W\d_]", between))


def _caption_day(before: str, after: str) -> bool:
    """A Japanese caption's "=" before the day, the place after it ("…F35A=2018年5月28日、三沢市")."""
    return before.rstrip().endswith(("=", "＝")) and bool(_IDEOGRAPH.search(before)) \
        and bool(_CAPTION_SUBJECT_BEFORE.search(before)) and bool(_CAPTION_PLACE_AFTER.match(after))


def _dated_lead_with_place(line: str) -> str:
    """The opening of a long lead that a date and a place in brackets open ("16th September
    2020 – (Tokyo) Once the Upper House ..."), or a weekday, a date and a dash ("Tuesday,
    January 2, 2024 – A Japan Coast Guard aircraft ..."), else ""."""
    head = line[:MAX_DATE_LINE]
    reading = first_reading(head)
    if reading is None:
        return ""
    before, after = head[:reading.start], head[reading.end:]
    weekday_first = weekday_named(before) is not None and not _leftover(before) and _LEAD_AFTER_DATE.match(after)
    return head if reading.start == 0 and _PLACE_AFTER_DATE.match(after) or weekday_first else ""


def stamp_opening_lead(line: str, opening: Sequence[str]) -> PrintedDate | None:
    """The stamp a wire's long lead opens with, its time of day in a zone before the text and the
    wire's credit closing it, as copied run together: "March 31, 2014 12:43 PM EDT Judges of the
    top U.N. court ... (Reuters)" (the lead stays the story's); not when another of the `opening`
    lines opens on a date and a time too: a chronology citing its sources ("(Yonhap)", "(Reuters)")."""
    reading = first_reading(line[:MAX_DATE_LINE]) if len(line) > MAX_DATE_LINE else None
    clock = reading and reading.start == 0 and _CLOCK_BEFORE_LEAD.match(line, reading.end)
    if not clock or not _WIRE_CLOSING_LEAD.search(line) or any(
            other != line and _opens_on_date_and_time(other) for other in opening):
        return None
    return find_date_line(line[:clock.end("clock")])


def _opens_on_date_and_time(line: str) -> bool:
    reading = first_reading(line[:MAX_DATE_LINE])
    return bool(reading and reading.start == 0 and _CLOCK_AFTER_DATE.match(line, reading.end))


def _headline_before(before: str, labelled_end: re.Match | None) -> str:
    return (before[:labelled_end.start()] if labelled_end else before).rstrip(" |–—·•-")


def _opens_short_line(rest_before: str, rest_after: str, after: str, printed: str) -> bool:
    """A date with a four-digit year opening a line, followed by a few capitalised words of
    chrome and no sentence ("23.11.2016(updated 01:18 24.11.2016) Get short URL"); a
    timeline's entry ("June 29, 2012 – Signing postponed", "2016-11-23: Pact signed") or a
    sentence ("Nov. 23, 16 people were hurt") is not one."""
    words = rest_after.split()
    return (not rest_before and len(words) <= MAX_WORDS_AFTER_OPENING_DATE
            and bool(re.search(r"(?:19|20)\d\d", printed)) and not (words and words[0][:1].islower())
            and not re.match(r"\s*[-–—:]", after) and not after.rstrip().endswith((".", "!", "?")))


def east_asian_sentence(rest: str) -> bool:
    """A Chinese or Japanese sentence, too short to count as prose by its length: "日本正式签署投降书,
    中国此后将9月3日定为抗战胜利纪念日。" after the date opening it; or a question the date stands in
    ("GSOMIAは2019年11月23日に失効するのか?": a headline asking about that day, never the page's)."""
    if _EAST_ASIAN_QUESTION.search(rest):
        return len(_IDEOGRAPH.findall(rest)) >= MIN_QUESTION_IDEOGRAPHS
    return rest.endswith(("。", "．")) and len(_IDEOGRAPH.findall(rest)) >= MIN_SENTENCE_IDEOGRAPHS


_EAST_ASIAN_QUESTION = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff][?？]\s*$")
MIN_QUESTION_IDEOGRAPHS = 5


def source_before_editor(line: str) -> str | None:
    """The source a date line names before the site's editor ("2014-07-03 11:27 Xinhua Web
    Editor: Mo Hong'e": "Xinhua"), listed or not, or None."""
    reading = first_reading(line) if len(line) <= MAX_DATE_LINE else None
    rest = _leftover(dates_taken_out(line[reading.end:])[0]) if reading and not line[:reading.start].strip() else ""
    return match["source"] if (match := SOURCE_AND_EDITOR.match(rest)) else None


def _poster_or_site_before(before: str, rest_after: str, printed: str) -> bool:
    """A full date after a poster's handle ("luvsmiling, July 7, 2014, 8:40 a.m.", a forum's
    post) or glued to a listed site's name in lower case ("zakzak2012.09.11"), its time at most
    after it: a section's capitals test reads neither."""
    if rest_after or not re.search(r"(?:19|20)\d\d", printed):
        return False
    return bool(_POSTER_HANDLE.match(before)) or bool(before.strip()) and is_listed(before)


def _dated_lead(before: str, rest_before: str, after: str, printed: str) -> bool:
    """A date with a four-digit year that opens the text after a weekday ("Tuesday, 22
    November 2022 – Police ..."), before a place in brackets ("16th September 2020 – (Tokyo)
    Once ...") or after a release's place ("HOUSTON, TX March 21, 2012
    The company ..."): the page's own date, where a timeline's entry names no weekday."""
    if not re.search(r"(?:19|20)\d\d", printed):
        return False
    weekday_first = not rest_before and weekday_named(before) is not None \
        and bool(_LEAD_AFTER_DATE.match(after))
    place_after = not rest_before and not before.strip() and bool(_PLACE_AFTER_DATE.match(after))
    return weekday_first or place_after or bool(_RELEASE_PLACE.match(before) and re.match(r"\s+[A-Z]", after))


def _label(text: str) -> str:
    """"published", "updated", ... as the text before a date says it (in English or CJK)."""
    match = _LABEL.search(text)
    if match is None:
        return ""
    if match.group(1):
        label = " ".join(match.group(1).lower().split())
        return "posted" if label == "submitted" else label  # Drupal's "Submitted by jroe on"
    return "published" if match.group(2) else "updated"


def numeric_order_of(lines) -> str:
    """"dmy" or "mdy" when the page's own numeric dates decide it (a part over 12), else ""."""
    orders = {reading.numeric_order for line in lines if len(line) <= MAX_DATE_LINE
              for reading in [numeric(line)] if reading and reading.numeric_order}
    return orders.pop() if len(orders) == 1 else ""


def _leftover(text: str) -> str:
    """`text` without date-line furniture: the words a section name or headline is made of."""
    stripped = _FURNITURE.sub(" ", _LABELLED_PART.sub(" ", text))
    return " ".join(re.sub(r"[|–—·•,:()\[\]/>]+|(?<!\w)-+|-+(?!\w)", " ", stripped).split())


def _two_days_unlabelled(line: str, value: str) -> bool:
    """Whether the line prints another full day than `value` and no label tells which is the
    page's ("North Korea's January 6, 2016, Nuclear Test [January 7, 2016]": the news's day in a
    title and an archive's date of the document): unknown is better than a guess."""
    others = {day for day in dates_taken_out(line)[1] if len(day) == 10} - {value}
    return bool(others) and not _LABEL.search(line)


def dates_taken_out(text: str) -> tuple[str, list[str]]:
    """`text` with the dates it prints taken out ("| Updated 6:58 p.m. ET Aug. 22, 2019"), and
    the values of those it decides."""
    values: list[str] = []
    while (reading := first_reading(text)) is not None:
        values += reading.values[:len(reading.values) == 1]
        text = text[:reading.start] + " " + text[reading.end:]
    return text, values


def _camel_cased_outlet(word: str) -> bool:
    """"elDiarioAR": a listed name no sentence's word is ("leparisien", a handle, may be a list's source)."""
    return any(char.isupper() for char in word[1:]) and is_listed(word)


def _section_words(text: str) -> int | None:
    """How many words a section name has ("Hot Issues of the Week": 3), or None when the
    words read as a sentence (a lower-case word other than "of", "the", "and" ... or a listed
    outlet's name with a capital inside, "elDiarioAR"; or the punctuation or ending of a sentence
    in Chinese, Japanese or Korean)."""
    words = [word for word in text.split() if word.lower() not in _SMALL_WORDS]
    if any(word[:1].islower() and not _camel_cased_outlet(word) for word in words) or _CJK_SENTENCE.search(text):
        return None
    return len(words)



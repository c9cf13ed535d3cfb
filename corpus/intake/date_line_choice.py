"""Which of a page's date lines is its own: every date line of the page's opening is noted as it is read
(`note_date`), those above every title marked; one is then chosen (`choose_date`).

(Moved out of `corpus.cleaning`, which reads the page's lines and asks these two.)
"""

from __future__ import annotations

from corpus.intake.body_stamps import another_storys_stamp
from corpus.intake.dated_lists import not_clocks
from corpus.intake.printed_dates import PrintedDate, dates_taken_out, east_asian_sentence, weekday_named
from corpus.intake.site_clocks import (is_clock_by_the_lead, is_post_day_header, off_the_news_day,
                                      the_lead_contradicts)
from corpus.intake.update_stamps import is_not_the_pages
from corpus.prose_lines import is_prose

_LEAD_READ = 3000  # characters of the first paragraphs read for the days named: two real paragraphs, ~2,600 at most


def note_date(facts: dict, printed: PrintedDate, under_title: bool = True) -> None:
    """Keep every date line, marking those above every title (`choose_date` picks one)."""
    dates = facts.setdefault("date_lines", [])
    dates.append(printed)
    if not under_title:
        facts.setdefault("dates_above_titles", set()).add(len(dates) - 1)


def choose_date(facts: dict, opening: list[str], header: list[str] = ()) -> None:
    """The page's date line: the first one that says "published" (or else the first that does
    not say "updated" or "modified", under a title before one above any: a site's clock prints
    the day it is read above its titles; or else the first). A date alone above every title
    that the lead's weekday contradicts is the site's clock, never the page's date (unless the
    first paragraphs name that day: "… at the signing in Seoul on Nov 23, 2016", or it is a blog's
    date header, `is_post_day_header`); nor is the
    day a page was "last updated" (years after it was written, at times), unless the header's
    lines or the first paragraphs name that day, or its weekday is the one the lead names."""
    dates = facts.get("date_lines", [])
    if not dates:
        return  # (a blog's meta line's date, if any, stands)
    above = facts.get("dates_above_titles", set())
    above = above - not_clocks(above, dates)
    lead = next(iter(opening), "")
    news_day = weekday_named(" ".join(opening)[:_LEAD_READ])  # a standfirst may stand before the lead naming it
    named = set(dates_taken_out(" ".join(opening)[:_LEAD_READ])[1])
    lines_of_dates = {d.line for d in dates}
    named_around = named.union(*(dates_taken_out(line)[1] for line in header if line not in lines_of_dates))
    words_around = "\n".join((*opening, *(line for line in header if line not in lines_of_dates)))
    usable = [(i in above, d) for i, d in enumerate(dates)
              if not (i in above and d.value not in named and is_clock_by_the_lead(d, lead, news_day)
                      and not is_post_day_header(d, dates, header, news_day, lead)
                      or is_not_the_pages(d, named_around, words_around, news_day)
                      or the_lead_contradicts(d, facts.get("leads_above_dates", {}).get(i)))]
    if not usable:
        return  # a blog's meta line's date, if any, stands
    # "2016年10月28日、韓国政府は…。": a date opening the story's sentence is the news's day, never the
    # page's, even alone ("2000年6月13日,…。", a "today in history" page)
    usable = [pair for pair in usable if not east_asian_sentence(pair[1].rest)]
    if not usable:
        return
    usable = [pair for pair in usable if not is_prose(pair[1].rest)] or usable
    ranked = sorted(usable, key=lambda pair: (pair[0], pair[0] and off_the_news_day(pair[1], news_day)))
    unlabelled = [d for _, d in ranked if not d.label]
    chosen = next((d for _, d in usable if d.label in ("published", "posted", "first published",
                                                        "created", "written")), None) \
        or next(iter(unlabelled), usable[0][1])
    if not another_storys_stamp(chosen, dates, facts.get("leads_above_dates", {})):
        facts["printed_date"] = chosen.line

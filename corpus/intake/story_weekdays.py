"""The year of a yearless dateline from the weekday the story's next paragraphs name, when its lead names none.

"Sept. 14 (UPI) -- South Korea's nominee for defense minister stood up for the pact ..." names no weekday; its next
paragraph does ("... said Monday in written answers"). The year is taken only within bounds the page itself sets: from
the latest year it names as past (the story is no older), within the terms of the holders it names in office, and to
this year (no newer); and only when one year of them fits that weekday at all, by that day or the day before (a story
filed the morning after), and no other fits it either way. A later paragraph's weekday may be an earlier day's ("On
Thursday Seoul returned the two men" under a Friday's dateline), so the bounds and the strictness are what make the
year safe: a weekday alone fits one year in seven.
"""

from __future__ import annotations

import datetime

from corpus.date_value import calendar_day

_NEXT_PARAGRAPHS = 2  # after the lead: further down, a weekday tells the story's background
_LEAD_KEY = 80  # the lead's first characters, to find its paragraph in the story
_LONGEST_PARAGRAPH = 1_500  # a news paragraph is shorter: a longer line is no paragraph of the story's (not read)


def next_paragraphs_weekday(story: str, lead: str) -> tuple[int, str] | None:
    """The weekday the first of the `_NEXT_PARAGRAPHS` paragraphs after the lead's that names one (not a plan's)
    names, with that paragraph; None when the lead is not found or they name none."""
    from corpus.intake.years import named_weekday  # (the module asks this one back)

    paragraphs = story.split("\n")
    at = next((number for number, paragraph in enumerate(paragraphs) if lead and lead[:_LEAD_KEY] in paragraph), None)
    if at is None:
        return None
    for paragraph in paragraphs[at + 1:at + 1 + _NEXT_PARAGRAPHS]:
        if len(paragraph) <= _LONGEST_PARAGRAPH and (weekday := named_weekday(paragraph)) is not None:
            return weekday, paragraph
    return None


def year_of_the_storys_weekday(month: int, day: int, text: str, story: str, lead: str,
                               today: datetime.date) -> tuple[int, str] | None:
    """(The year, the reason) of `month`/`day` by the weekday the paragraphs after a lead naming none name, within
    the page's bounds (see the module's doc); or None."""
    from corpus.intake.event_years import latest_year_named_as_past
    from corpus.intake.office_years import named_in_office
    from corpus.intake.years import named_weekday, only_that_year, the_one_day_of_the_weekday

    named = None if named_weekday(lead) is not None else next_paragraphs_weekday(story, lead)
    if named is None:
        return None
    since, held = latest_year_named_as_past(text), named_in_office(text)
    if not (since or held):
        return None
    first = since or min(start.year for holder in held for start, _ in holder.terms)
    days = [filed for year in range(first, today.year + 1)
            if (filed := calendar_day(year, month, day)) and filed <= today
            and all(any(start <= filed <= end for start, end in holder.terms) for holder in held)]
    if (filed := the_one_day_of_the_weekday(days, named[0], since, text)) is None:
        return None
    bounds = " and ".join(filter(None, (f"not before {since}, which the text names as past" if since else "",
                                        "within the terms of " + ", ".join(h.name for h in held) if held else "")))
    return filed.year, (f"the weekday the story's next paragraph names ({named[1][:60]!r}): {bounds}, "
                        f"{only_that_year(filed, named[0])}")

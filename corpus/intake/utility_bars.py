"""A site's clock under its bar of service links: "Home | Terms & Conditions | Help" then "September 8,
2024, 8:13 am" above a story of 2019. A bar naming only the site's own pages (home, terms, help, contact,
privacy, log-in), no section of news, is the site's frame; the date printed with it is the day the page
was read, never the story's. A bar naming a section ("Home | Asia Pacific") frames the story, and the
date under it may be the story's.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

_SERVICE_LINK = re.compile(
    r"(?i)^(?:home(?:\s*page)?|terms(?:\s*(?:&|and)\s*conditions|\s+of\s+(?:use|service))?|help|faq"
    r"|contact(?:\s+us)?|about(?:\s+us)?|privacy(?:\s+policy)?|advertise(?:\s+with\s+us)?|log\s*-?in|log\s*out"
    r"|sign\s+(?:in|up|out)|register|site\s*map|disclaimer|feedback|careers)$")
_BAR_LINKS = 3  # "Home | Terms & Conditions | Help": two links may be a breadcrumb's "Home | About"
_REACH = 1  # the clock stands on the line next to the bar


def _is_service_bar(line: str) -> bool:
    links = [link.strip() for link in line.split("|")]
    return len(links) >= _BAR_LINKS and all(_SERVICE_LINK.match(link) for link in links)


def is_service_bar_clock(date_line: str, opening: Sequence[str]) -> bool:
    """Whether `date_line` stands next to a bar of the site's service links in `opening`."""
    for i, line in enumerate(opening):
        if line != date_line:
            continue
        near = (*opening[max(0, i - _REACH):i], *opening[i + 1:i + 1 + _REACH])
        if any(_is_service_bar(other) for other in near):
            return True
    return False

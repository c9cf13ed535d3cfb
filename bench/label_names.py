"""The names a page set's label gives a page's outlet, as the intake and a reader meet them: the
listed outlets they stand for, and whether the page's copied text prints one of them."""

from __future__ import annotations

import re

from corpus.intake.outlets import name_key, outlets


def outlet_printed(text: str, acceptable: list[str] | None) -> bool:
    """Whether `text` holds one of the `acceptable` names, or of the names and web domains the
    outlets data file gives the listed outlets among them (a reporter's "@kmib.co.kr"), case-blind
    and as words where a name starts or ends in Latin letters ("AP" is not in "APEC")."""
    directory = outlets()
    names = {*(acceptable or ()), *listed_as(acceptable or [])}
    keys = {name_key(name) for name in names}
    keys |= {key for key, name in directory.by_name.items() if name in names}
    domains = {domain for domain, name in directory.by_domain.items() if name in names}
    folded = name_key(" ".join(text.split()))
    return (any(re.search(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", folded) for key in keys if key)
            or any(domain in text.casefold() for domain in domains))


def listed_as(names: list[str]) -> list[str]:
    """The shown names of the listed outlets a label's names stand for: a label "dpa" accepts
    "Deutsche Presse-Agentur", the name the intake shows for it (`corpus/outlets.json`)."""
    return [shown for name in names if (shown := outlets().named(name))]

"""The names a page set's label gives a page's outlet, as the intake and a reader meet them: the
listed outlets they stand for, and whether the page's copied text prints one of them."""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory, name_key, outlets


def outlet_printed(text: str, acceptable: list[str] | None) -> bool:
    """Whether `text` holds one of the `acceptable` names, or of the names and web domains the
    outlets data file gives the listed outlets among them (a reporter's "@kmib.co.kr"), case-blind
    and as words where a name starts or ends in Latin letters ("AP" is not in "APEC")."""
    keys_of, domains_of = _by_shown_name(outlets())
    names = {*(acceptable or ()), *listed_as(acceptable or [])}
    keys = {name_key(name) for name in names} | {key for name in names for key in keys_of.get(name, ())}
    domains = {domain for name in names for domain in domains_of.get(name, ())}
    folded = name_key(" ".join(text.split()))
    return (any(re.search(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", folded) for key in keys if key)
            or any(domain in text.casefold() for domain in domains))


# The last directory's names and domains by the shown name they stand for (by identity: the directory is read once
# per process: each page read through all of its ~3,600 names and ~1,800 domains for its label's, 1.7 ms, review 53).
_last_index: tuple[OutletDirectory | None, dict[str, list[str]], dict[str, list[str]]] = (None, {}, {})


def _by_shown_name(directory: OutletDirectory) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    global _last_index
    if _last_index[0] is not directory:
        keys_of: dict[str, list[str]] = {}
        domains_of: dict[str, list[str]] = {}
        for key, name in directory.by_name.items():
            keys_of.setdefault(name, []).append(key)
        for domain, name in directory.by_domain.items():
            domains_of.setdefault(name, []).append(domain)
        _last_index = (directory, keys_of, domains_of)
    return _last_index[1], _last_index[2]


def listed_as(names: list[str]) -> list[str]:
    """The shown names of the listed outlets a label's names stand for: a label "dpa" accepts
    "Deutsche Presse-Agentur", the name the intake shows for it (`corpus/outlets.json`)."""
    return [shown for name in names if (shown := outlets().named(name))]

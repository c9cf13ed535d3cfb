"""The table and the page-by-page list `python -m bench.metadata_eval` prints of its report
(`bench.metadata_eval.run`)."""

from __future__ import annotations


def render(report: dict, errors: bool = False) -> str:
    rows = [(name, entry["summary"]) for name, entry in report["sets"].items()]
    if "together" in report:
        rows.append(("together", report["together"]["summary"]))
    lines = [f"{'set':<10} {'pages':>5}  {'outlet right/unknown/wrong':<28}"
             f"{'date right/unknown/wrong':<28}{'date, as one library':<28}"
             f"{'outlet, name printed':<28}furniture kept"]
    for name, summary in rows:
        lines.append(f"{name:<10} {summary['pages']:>5}  {counts_text(summary['outlet']):<28}"
                     f"{counts_text(summary['date']):<28}{counts_text(summary['date_as_library']):<28}"
                     f"{counts_text(summary['outlet_printed']):<28}"
                     f"{summary['furniture']['kept']} of {summary['furniture']['lines']} lines")
    lines.append("right and unknown: % of the pages that name an outlet (print a date); "
                 "wrong: % of all pages")
    lines.append("name printed: the outlet, on the pages whose text holds one of its names "
                 "(the others name it only in their address)")
    lines.append("as one library: each set added alone into an empty library, where the "
                 "dates found on its pages date the yearless datelines of the others")
    if errors:
        for name, entry in report["sets"].items():
            lines.extend(page_errors(name, entry["pages"]))
    return "\n".join(lines)


def counts_text(fact: dict) -> str:
    right, unknown, wrong = fact["right"], fact["unknown"], fact["wrong"]
    return (f"{right}/{unknown}/{wrong} ({_pct(fact['right_pct'])}/"
            f"{_pct(fact['unknown_pct'])}/{_pct(fact['wrong_pct'])})")


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}%"


def page_errors(set_name: str, pages: list[dict]) -> list[str]:
    lines = []
    for page in pages:
        notes = [f"{fact} {page[fact]}: found {page[fact + '_found']!r}"
                 + (f" ({page[fact + '_provenance']})" if page[fact + "_found"] else "")
                 + f", label {page[fact + '_label']!r}"
                 for fact in ("outlet", "date") if page[fact] != "right"]
        if page.get("library_date", page["date"]) != page["date"]:
            notes.append(f"date as one library {page['library_date']}: found "
                         f"{page['library_date_found']!r}")
        if page["furniture_kept"]:
            notes.append(f"furniture kept: {', '.join(map(repr, page['furniture_kept']))}")
        if page["problem"]:
            notes.append(f"unreadable: {page['problem']}")
        if notes:
            lines.append(f"{set_name}/{page['name']}")
            lines.extend(f"    {note}" for note in notes)
    return lines

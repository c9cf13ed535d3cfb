"""The source pane's marks of shared text: which sentences other outlets carry, how much of
the article is shared and with whom. Pure functions from the core's overlap to `Content`;
outlet names and text are data, never markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from explorer.tui.render import DIM_STYLE, literal

if TYPE_CHECKING:
    from index.overlap import ArticleOverlap, PassageOverlap

# Visible without colour (NO_COLOR): italic carries it; hits (bold underline) stay distinct.
SHARED_STYLE = "italic $text-success"
COMPUTING = "shared text: computing…"
MAX_OUTLETS_NAMED = 4  # in the header; the rest are counted


def mark_shared(text: Content, passage: PassageOverlap | None) -> Content:
    """The passage's text with its shared sentences styled as shared."""
    for part in passage.shared if passage else ():
        text = text.stylize_before(SHARED_STYLE, part.start, part.end)
    return text


def also_in(passage: PassageOverlap) -> Content:
    """"≈ also in Yonhap, The Korea Herald": under a passage that other outlets carry."""
    return Content.assemble(literal("≈ also in ", DIM_STYLE),
                            literal(", ".join(passage.outlets), SHARED_STYLE))


def shared_summary(overlap: ArticleOverlap | None, state: str | None, own_only: bool) -> Content:
    """The header's line on shared text: "22% shared: The Korea Herald 15%, … · o: own
    reporting only"; `state` says why there is no overlap yet (computing, unavailable)."""
    if overlap is None:
        return literal(state or COMPUTING, DIM_STYLE)
    if not overlap.by_outlet:
        return literal("no sentence shared with another article: all its own reporting",
                       DIM_STYLE)
    named = overlap.by_outlet[:MAX_OUTLETS_NAMED]
    with_whom = ", ".join(f"{label} {share:.0%}" for label, share in named)
    if len(overlap.by_outlet) > len(named):
        with_whom += f", {len(overlap.by_outlet) - len(named)} more"
    own = len(overlap.own_passages)
    toggle = ("showing its own passages only" if own_only else "o: its own passages only")
    return Content.assemble(
        literal(f"{overlap.shared_share:.0%} shared: ", "bold"),
        literal(with_whom, SHARED_STYLE),
        literal(f" · {own} of {len(overlap.passages)} passages its own · {toggle}", DIM_STYLE))


def own_only_empty() -> Content:
    return literal("Every passage carries sentences other articles carry: none is its own "
                   "(o: the whole article).", DIM_STYLE)

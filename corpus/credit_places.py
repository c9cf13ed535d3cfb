"""Where a page's outlet is looked for: its opening and closing lines without the pictures' credits and the names
under captions, its menu, its story's closing paragraphs; and the (credit, where) pairs readers find on lines
(`corpus.metadata` asks the readers in the order a reader trusts the places)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from corpus.cleaning import CleanedPage, is_prose
from corpus.found import short
from corpus.intake import credit_lines, credits
from corpus.intake.caption_copies import caption_twice, caption_with_its_credit
from corpus.intake.furniture import describes_picture, is_caption
from corpus.intake.outlets import OutletDirectory
from corpus.intake.picture_credits import is_picture_credit
from corpus.intake.printed_dates import find_date_line
from corpus.intake.story_sources import boxed_sources, sources_between_sentences

_CLOSING_PARAGRAPHS = 3
_STORY_AFTER_CAPTION = 2  # prose paragraphs after a credited one: the story goes on, the credit is a picture's
# A few words after a paragraph's last sentence: "... later this year. Jiji Press", "... News.Az".
_AFTER_LAST_SENTENCE = re.compile(r"(?<=[.!?\"”’])\s+(?:(?!\.\s)[^!?]){1,40}$")
# "Missile: the launch was shown on South Korean television" / "AP": a caption opening on its keyword and a colon, then
# words in lower case (the Evening Standard's form), over the picture's agency; not a label ("Tags: north korea ...").
# A name alone in brackets on its line: "[YONHAP]" (Korea JoongAng Daily's picture credit under a caption),
# "(Kyodo News)".
_BRACKETED_ALONE = re.compile(r"^\s*[\[(](?P<name>[^\[\]()]{2,40})[\])]\s*$")
_KEYWORD_CAPTION = re.compile(r"^(?!(?i:tags|topics|keywords|source|sources|updated|posted|filed|published)\b)"
                              r"[A-Z][\w'’-]+:\s+[a-z][\w'’-]*\s+\w+\s+\w+")
_MENU_HEADING = re.compile(r"[A-Z][A-Za-z&]*(?: [A-Za-z&]+){0,2}")  # "Business", "Opinion", "World"


def without_picture_credits(lines: tuple[str, ...], paragraphs: tuple[str, ...], titled: bool = False
                            ) -> tuple[str, ...]:
    """The lines but pictures' credits ("David Stilwell | AP"); `titled`: the first is the title."""
    return tuple(line for index, line in enumerate(lines)
                 if not is_picture_credit(line, paragraphs, title=titled and index == 0))


def without_captioned_names(lines: tuple[str, ...], directory: OutletDirectory, headline: str | None = None
                            ) -> tuple[str, ...]:
    """The lines but an agency's name alone under a keyword's caption ("Missile: the launch was shown ..." / "AP")
    or under a caption printed twice (a picture's alternative text, then its caption: "X gives his speech" / "X gives
    his speech" / "AFP"; not the title printed twice), or in brackets alone under a caption saying what a picture shows
    ("X speaks in Seoul on Saturday." / "[YONHAP]"), or between a caption and its copy ("X" / "Reuters" / "X":
    the credit printed between the picture's alternative text and its caption), or run on after the copy ("X" /
    "X Reuters")."""
    return tuple(line for twice, before, line, after in zip(("", "", *lines), ("", *lines), lines, (*lines[1:], ""))
                 if not ((_KEYWORD_CAPTION.match(before) or caption_twice(twice, before, lines, headline)
                          or caption_twice(after, before, lines, headline)) and directory.named_alone(line))
                 and not ((bracketed := _BRACKETED_ALONE.match(line)) and directory.named(bracketed["name"])
                          and (is_caption(before) or describes_picture(before)))
                 and not caption_with_its_credit(before, line, directory))


def quoted_under_a_byline(dateline, opening: tuple[str, ...], directory: OutletDirectory) -> bool:
    """A dateline in capitals without its dash ("PYONGYANG (KCNA) North Korea's state media said ...") under a byline
    naming another listed outlet ("By Jane Roe, NK Pro"): the agency the story quotes, not its writer's."""
    after = opening[dateline.line_number][len(dateline.text):].lstrip() if dateline.line_number < len(opening) else ""
    if not dateline.place.isupper() or dateline.day is not None or after[:1] in "-–—:":
        return False
    bylines = (directory.named(credit) for line in opening[:dateline.line_number]
               if (credit := credits.byline_credit(line, directory)))
    return any(named and named != directory.named(dateline.credit) for named in bylines)


@dataclass
class Places:
    """Where a page's credits are looked for: its opening and closing lines without pictures' credits."""

    page: CleanedPage
    directory: OutletDirectory
    opening: tuple[str, ...]
    closing: tuple[str, ...]

    @classmethod
    def of(cls, page: CleanedPage, directory: OutletDirectory) -> Places:
        opening = without_picture_credits(page.opening, page.paragraphs, titled=True)
        opening = without_captioned_names(opening, directory, page.headline)
        closing = without_captioned_names(without_picture_credits(page.closing, page.paragraphs), directory,
                                          page.headline)
        return cls(page, directory, opening, closing)

    @property
    def both(self) -> tuple[str, ...]:
        return (*self.opening, *self.closing)

    @cached_property
    def menu(self) -> frozenset[str]:
        return menu_items(self.opening)

    @cached_property
    def boxed(self) -> set[str]:
        return boxed_sources(self.opening, is_prose) | boxed_sources(self.closing, is_prose)

    @cached_property
    def between(self) -> set[str]:
        return sources_between_sentences(self.opening, is_prose) | sources_between_sentences(self.closing, is_prose)

    def found(self, lines, where: str, *readers, tail: bool = False):
        return found_on(lines, where, *readers, directory=self.directory, tail=tail)


def closing_paragraphs(paragraphs: tuple[str, ...]) -> list[str]:
    """The last paragraphs, last first, then the story's last sentence when the site's
    furniture (its other stories, "Latest Videos") follows it: where a wire's credit ends it."""
    last = list(paragraphs[-_CLOSING_PARAGRAPHS:][::-1])
    story_end = next((paragraph for paragraph in paragraphs[::-1]
                      if is_prose(_AFTER_LAST_SENTENCE.sub("", paragraph))), None)
    last = last + [story_end] if story_end and story_end not in last else last
    # ... "Moon chairs a meeting on Friday. (Yonhap)" / two paragraphs of the story: a picture's caption mid-story
    return [paragraph for paragraph in last
            if sum(map(is_prose, paragraphs[paragraphs.index(paragraph) + 1:])) < _STORY_AFTER_CAPTION]


def menu_items(lines) -> frozenset[str]:
    """Runs of bulleted lines that print no date: a site's menu ("• Politics", "• Foreign
    Affairs"), where a listed name is a section. One bulleted line ("• Kyodo") may credit, and
    so may an item beside the story's date ("• Reuters", "• Updated: 22-11-2019 15:45 IST")."""
    menu, run, in_menu = set(), [], False
    for line in (*lines, ""):
        if line.startswith(("•", "·")):
            run.append(line)
            continue
        if run and not any(find_date_line(item.lstrip("•· ")) for item in run) and (len(run) > 1 or in_menu):
            menu.update(run)  # or one under a heading of a menu already seen ("World" / "• SCMP")
            in_menu = True
        run = []
        in_menu = in_menu and _MENU_HEADING.fullmatch(line) is not None
    return frozenset(menu)


def outside_menus(credits_found, opening: tuple[str, ...]):
    """The (credit, where) found but a name standing inside a line of the site's sections ("El Mundo
    <date>" under "× El País El Mundo …": the world section's label, `credit_lines.in_menu_line`)."""
    return ((credit, where) for credit, where in credits_found if not credit_lines.in_menu_line(credit, opening))


def found_on(lines, where: str, *readers, directory: OutletDirectory, tail: bool = False):
    """(credit, where) for each of `lines` on which one of `readers` finds a credit."""
    for line in lines:
        for reader in readers:
            if credit := reader(line, directory):
                yield credit, f"{where}{short(line, tail=tail)!r}"
                break

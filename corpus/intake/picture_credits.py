"""A picture's credit printed as "WHO OR WHAT | AGENCY", as papers print it beside a photo above
or inside the story ("David Stilwell | AP", "Moon Jae-in speaks in Seoul on Thursday | BLOOMBERG"):
the agency took the picture, not the story, so the line credits no outlet. A byline of the same
shape ("By Jane Roe | Reuters", or "Jane Roe | Reuters" by a writer the story never names) still
credits its outlet."""

from __future__ import annotations

import re

from corpus.date_patterns import ANY_WEEKDAY
from corpus.intake.furniture import describes_picture, is_wire_picture_credit
from corpus.intake.source_names import NAME_PARTICLES

_PIPED = re.compile(r"^(?P<subject>[^|]{3,300}?)\s+\|\s+(?P<credit>[^|]{2,40})$")
_BY = re.compile(r"(?i)^\W*by\b")
# A caption opening on what the picture is, in the languages the pages print: "Photo de la police …", "Photo of …",
# "Foto del …", "Image of …"; and a handout's credit: "HO / AFP", "AFP PHOTO / HO", "Handout/Reuters".
_PICTURE_OF = re.compile(r"(?i)^(?:photos?|fotos?|images?|pictures?|illustrations?|infographics?)"
                         r"\s+(?:de|du|des|d['’]|of|del|da|do|von|der)\b")
_HANDOUT = re.compile(r"(?i)^(?:HO|handout)\s*/|/\s*(?:HO|handout)\s*$")
# Where a person stands in the picture, as only captions say: "(center)", "(L)", "(2nd R)", "(front row)".
_POSITION_IN_PICTURE = re.compile(r"\((?:(?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C|left|right|cent(?:er|re)|front|back)"
                                  r"(?:\s+row)?|(?:left|right)\s+to\s+right|top|bottom)\)", re.IGNORECASE)
# The agency after the caption: " - AFP", " | AP", "/AFP", "(Reuters)".
_CREDIT_AFTER_CAPTION = re.compile(r"(?:\s[-–—|]\s*|/|\()\s*[A-Z][\w&.'’ -]{1,30}\)?\s*$")
# A Chinese caption's agency that issued the picture: "■ 韩国民众在街头观看电视 新华社 发", "(新华社发)".
# Anchored at the line's first Chinese character, so a long line is read once, not from every character.
_ISSUED_PICTURE = re.compile(r"^[^\u4e00-\u9fff\n]*[\u4e00-\u9fff].*(?:^|\s|[(（])[\u4e00-\u9fff]{1,6}社\s*(?:发|發)\s*[)）]?\s*$")
_ON_A_DAY = re.compile(rf"\bon\s+(?:{ANY_WEEKDAY}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul"
                       r"|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
# A caption's "Credit:" run on after its words ("… in Vienna, 14 July, 2015.Credit: Reuters", Haaretz's form;
# "… a historic moment. Credit:AP"): the picture's agency. "Credit : Voice of America" alone on a line is a story's,
# and so is one after a copyright ("Copyright 2022 The Associated Press. Credit: AP").
_CREDIT_AFTER_WORDS = re.compile(r"(?:(?<=[a-z0-9.)])|(?<=[a-z0-9.)]\s))Credit\s*:\s*\S")
_COPYRIGHT = re.compile(r"(?i)copyright|©|\(c\)|all\s+rights\s+reserved")
# The words of a note on who wrote or reported the story ("Jane Roe contributed reporting.",
# "Reporting by Jane Roe", "Jane Roe is a correspondent"): its writer, named in the text.
_WRITERS_NOTE = re.compile(r"(?i)\b(?:contribut\w*|reporting|writing|editing|wrote|writes"
                           r"|correspondent|reporter|columnist|is\s+an?)\b")


def is_picture_credit(line: str, paragraphs: tuple[str, ...], title: bool = False) -> bool:
    """The line credits a picture: a caption ("X speaks in Seoul on Thursday") or a person the
    story speaks of ("David Stilwell, U.S. assistant secretary ..., told a news conference")
    before " | " and the credit. A page's title line ("<headline> | The Korea Herald") is
    read as a caption only by a verb of a picture's."""
    if _POSITION_IN_PICTURE.search(line) and _CREDIT_AFTER_CAPTION.search(line) and not _BY.match(line):
        return True  # "SEOUL: President Moon Jae-in (center) chairs a session … - AFP"
    if (credit := _CREDIT_AFTER_WORDS.search(line)) and len(line[:credit.start()].split()) >= 3 \
            and not _COPYRIGHT.search(line[:credit.start()]):
        return True  # "… in Vienna, 14 July, 2015.Credit: Reuters": a caption, then its picture's agency
    if _ISSUED_PICTURE.search(line) or is_wire_picture_credit(line):
        return True  # "(新华社发)", "Kyodo News via AP"
    match = _PIPED.match(line.strip())
    if not match or _BY.match(line):
        return False
    subject = match["subject"].strip()
    if _PICTURE_OF.match(subject) or _HANDOUT.search(match["credit"]):
        return True  # "Photo de la police … | HO / AFP": what a picture shows, a handout's credit
    if describes_picture(subject) or (not title and _sentence_of_a_caption(subject)):
        return True
    return len(subject.split()) in (2, 3, 4) and _named_in_the_story(subject, paragraphs, line)


def _sentence_of_a_caption(subject: str) -> bool:
    """Words no byline or headline has together: a long run with three or more words in lower
    case and the day ("X and Y after their joint news conference in Tokyo on Thursday")."""
    words = subject.split()
    return len(words) > 6 and bool(_ON_A_DAY.search(subject)) \
        and sum(word[:1].islower() and word not in NAME_PARTICLES for word in words) >= 3


def _named_in_the_story(name: str, paragraphs: tuple[str, ...], line: str) -> bool:
    """The story speaks of the person: the name in a paragraph of its text, followed by a
    comma, a role or a verb of saying, in no note on who wrote the story."""
    spoken_of = re.compile(rf"(?<!\w){re.escape(name)}(?:,|\s+(?:said|says|told|tells|added)\b)")
    return any(spoken_of.search(sentence) and not _WRITERS_NOTE.search(sentence)
               for paragraph in paragraphs if paragraph != line
               for sentence in re.split(r"(?<=[.!?])\s+", paragraph))

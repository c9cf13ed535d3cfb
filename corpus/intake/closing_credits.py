"""A wire's credit ending the story (`closing_credit`): "... on Wednesday. (Yonhap)", "... — AFP", a listed outlet
or a site's name after the last sentence ("... this year. Jiji Press"), a broadcaster's sign-off, a wire glued to
the last sentence ("... to a minimum.UNI"). The credits printed elsewhere are read in `corpus.intake.credits`.
"""

from __future__ import annotations

from corpus.intake.closing_wires import joint_wires_credit, wire_and_initials_credit
from corpus.intake.credits import CREDIT_TEXT, one_credit, plausible
from corpus.intake.first_appeared import SOURCE_LABEL
from corpus.intake.furniture import describes_picture, is_caption, is_quoted_link
from corpus.intake.outlets import OutletDirectory, sentence_abbreviation
from corpus.intake.stamped_credits import ends_on_a_stamp
from corpus.lazy_patterns import LazyPattern

_CLOSING = LazyPattern(  # "(Yonhap).", "(ap)"
    rf"(?:(?P<sentence>[.!?\"”’])\s*)?[(\[](?:[Vv]ia\s+)?(?P<credit>{CREDIT_TEXT}|[a-z]{{2,6}})[)\]]\.?\s*$"
    rf"|(?:^|\s)(?:—|–|--|-|/)\s*(?P<dashed>{CREDIT_TEXT})\s*$")
# A wire's name after the story's last sentence, without brackets: "... later this year. Jiji Press".
# A listed name may begin in lower case as the outlet spells it: "... sobre los problemas. teleSUR".
_BARE_CLOSING = LazyPattern(r"[.!?\"”’]\s+(?P<credit>[A-Z][\w&.'’ -]{1,40}?|[a-z][\w&.'’-]{1,30}+)\s*$")
# A listed wire's name, in any script, signed after the last sentence by a full stop and a
# dash: "... ได้แล้ว .-สำนักข่าวไทย" (the Thai News Agency), "... said.-EFE".
_DASHED_SIGN = LazyPattern(r"[.!?]\s*[-–—]+\s*(?P<credit>[^\s\d.!?()\[\]-][^.!?()\[\]]{0,40}?)\s*$")
# A site's name in the form of its address, which names no one else: "News.Az", "Rappler.com".
# A listed wire's abbreviation glued to the last sentence as copied: "... to a minimum.UNI".
# Or after two slashes, as The Nation's pages print it: "... to watch.//AFP". Or a wire and
# its partner after a year: "... like that of 2016.EFE-EPA".
_GLUED_SIGN = LazyPattern(r"(?<=[a-z0-9][.!?])(?://\s*)?(?P<credit>[A-Z]{2,6}(?:[-/][A-Z]{2,6})?)\s*$")
_SITE_NAME = LazyPattern(r"[A-Z][A-Za-z-]{1,30}\.(?:com|net|org|info|[A-Za-z]{2})")
# A broadcaster's sign-off closing the story: "... when needed. Oh Jung-hee, Arirang News."
_SIGN_OFF = LazyPattern(
    r"[.!?]\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s+(?P<credit>[A-Z][\w&.'’ -]{1,40}?)"
    r"\.?[\"”’]?\s*$")


def closing_credit(paragraph: str, directory: OutletDirectory) -> str | None:
    """A wire's credit ending the story: "... on Wednesday. (Yonhap)", "... — AFP", a listed
    outlet or a site's name in its address's form after the last sentence ("... this year.
    Jiji Press", "... Moscow time). News.Az"). A quoted title with its source ('"Japan starts
    release" (Reuters)') is a link, not one."""
    if joint := joint_wires_credit(paragraph, directory):
        return joint  # "... Yonhap. (sda/afp)": the wires the story draws on (no picture's: "(Reuters/Jane Roe)")
    if is_quoted_link(paragraph) or is_caption(paragraph) or describes_picture(paragraph) or SOURCE_LABEL.match(
            paragraph):
        return None  # a caption's credit, even one that goes on about the picture's story
    if initialled := wire_and_initials_credit(paragraph, directory):
        return initialled  # "... Sarkozy. (ATS/nxp)": the agency and its editor's initials
    if sign_off := _SIGN_OFF.search(paragraph.strip()):
        return sign_off["credit"] if directory.named(sign_off["credit"]) else None
    if (signed := _DASHED_SIGN.search(paragraph.strip())) and directory.named(signed["credit"]):
        return signed["credit"]
    if (glued := _GLUED_SIGN.search(paragraph.strip())) and directory.named(glued["credit"]):
        return glued["credit"]
    match = _CLOSING.search(paragraph.strip())
    if match is None:
        bare = _BARE_CLOSING.search(paragraph.strip())
        if bare and (directory.named_alone(bare["credit"]) and _spelled_as_listed(bare["credit"], directory)
                     or _SITE_NAME.fullmatch(bare["credit"])):
            return bare["credit"]  # "... this year. Jiji Press", "... (12:00 Moscow time). News.Az"
        return None
    credit = match["credit"] or match["dashed"]
    if match["credit"] and sentence_abbreviation(credit, paragraph.strip()[:match.start()]):
        return None  # "... with the American Expeditionary Forces (AEF).": defined; "... Sandvik (Ap).": his party
    known = directory.named(credit)
    if (match["dashed"] or credit.islower()) and not known:
        return None  # "— Kim Tong-hyung" is a name, "(sic)" a word; only a listed outlet is taken
    if not known and ends_on_a_stamp(credit):
        return None  # "(Harbor Daily 2016)": a name and its year (`stamped_credits` reads a listed one)
    if not known and not (match["sentence"] or paragraph.strip() == match.group(0).strip()):
        return None  # "(GSOMIA)" closing a sentence is an abbreviation, not a credit
    if not plausible(credit, directory):  # the whole credit: "(X/AFP via Getty Images)"
        return None
    return one_credit(credit, directory)


def _spelled_as_listed(credit: str, directory: OutletDirectory) -> bool:
    """A name after the last sentence is an outlet's in capitals first ("Jiji Press"), or in lower case as the outlet
    spells itself ("dpa", "teleSUR") or as an address or a code is ("lenta.ru"); a word of lower-case letters is
    another language's word else ("... firmado. reforma", "... 2016. scroll", "... here. app", "... 2019. nos")."""
    return not credit[:1].islower() or credit in directory.lower_case_spellings or not credit.isalpha()

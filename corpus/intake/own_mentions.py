"""Kinds of places a page names its own outlet in its text, read last, when no credit named one.

    >>> from corpus.intake.outlets import outlets
    >>> interviewed_credit(("정보 당국자는 데일리엔케이와의 통화에서 이렇게 말했다.",), outlets())
    'Daily NK'

* the outlet called someone, as Korean papers print it (`interviewed_credit`): "데일리엔케이와의
  통화에서" (in a call with Daily NK). A listed outlet only, and one: two outlets so named leave it
  unknown. The English "told CNN" is no such form: measured on the development sets, it names the
  outlet a source spoke to as often on another outlet's page (a wire's "told Yonhap", "told The New
  York Times") as on its own; nor are interviews and inquiries in any language ("CNN과의
  인터뷰에서", "ロイター通信の取材に対し", "according to BBC correspondent Laura Bicker"), dropped;
* a Korean broadcaster's video title closing on its day and name (`video_title_credit`):
  "… 추락\" (2023.05.31/MBC뉴스)", as reposted clips keep it. A listed outlet only
  ("(2023.05.31/현장영상)" names none). The English "(Xinhua December 12, 2009)" and "- Xinhua,
  December 12, 2009" closing a story were read before (`closing_credits.closing_credit`);
* its own reporter, named by the outlet's possessive (`own_reporter_credit`): "Al Jazeera's Craig Leeson said the
  win …", "RNZ's deputy political editor Craig McCulloch was live", "“…,” CFR's Scott A. Snyder writes.", the verb
  right after the name and the sentence going on, or closing after a quotation. A listed outlet only, not a common
  word ("People's Liberation Army"), and one: two outlets so named leave it unknown. Read last. On the default pages
  printing it (round 85) it is the label's outlet on 8 pages of 6 sets, another's on none; a comma after the name gave
  another's ("CNN's Will Ripley, reporting from Pyongyang, said", an aggregator's). Not the form: "according to" and a
  caption's "AP video journalist X" (round 16 found "according to BBC correspondent X" naming another outlet's as
  often), "reported"/"wrote" (a report cited, round 25), the hand-over closing a sentence after an opening phrase ("In
  an interview, Yonhap's Kim Min-ji reports.", review 14);
* the site promoting itself on a line of its own (`self_promotion_credit`): a Korean outlet
  inviting its readers' tips (`east_asian_widgets.TIP_LINE`: "MBC 뉴스는 24시간 여러분의
  제보를 기다립니다.", not quoted), its subscription ("…함께하겠습니다. 한겨레 구독신청
  하기"), DW's skip link to its other sites ("Skip to more DW sites", "Ir a más sitios de DW"), or its pitch
  for itself in other forms and languages (`own_pitches`: "Unlimited access to all of NK News: …",
  "A Message from The Moscow Times:", "この記事をSputnikで読む"). A listed outlet only.
"""

from __future__ import annotations

import re
from itertools import islice

from corpus.intake.east_asian_widgets import TIP_LINE
from corpus.intake.furniture import is_caption
from corpus.intake.outlets import OutletDirectory
from corpus.intake.own_pitches import own_pitch_credit

# Only the Korean call: an interview ("CNN과의 인터뷰에서"), the Japanese inquiry ("ロイター通信の取材に
# 対し", "NHKの取材によると") and the English "according to Al Jazeera correspondent Rob McBride"
# name another outlet's interview or reporter as often as the page's own (review, session 16).
_INTERVIEWED = re.compile(r"(?P<korean>[\w가-힣]{2,16})(?:와|과)의\s*(?:전화\s*)?통화에서")
# "… an official told The Dong-A Ilbo by phone", "… said in a phone interview with The Korea Herald": in English.
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}"
_INTERVIEWED_ENGLISH = re.compile(rf"\btold\s+(?P<told>{_NAME})\s+(?:by|over\s+the)\s+(?:tele)?phone\b"
                                  rf"|\bin\s+an?\s+(?:tele)?phone\s+interview\s+with\s+(?P<with>{_NAME})")
# A Korean paper's subscription footer, on its own line or after the footer's sentence ("…함께하겠습니다.
# 한겨레 구독신청 하기"); not a sentence quoting it ("그는 \"구독을 끊었다가 다시 했다. 동아일보 구독신청").
_SUBSCRIPTION = re.compile(r"(?:^[^\w\"“”'‘’]*|함께하겠습니다\.\s*)(?P<subscription>\S{2,12})\s*구독\s*신청(?:\s*하기)?\s*$")
_OTHER_SITES = re.compile(r"^(?:\d{1,2}\.\s*)?(?:Skip\s+to\s+more\s+(?P<sites>[A-Z][\w&.'’ -]{0,30}?)\s+sites"
                          r"|Ir\s+a\s+más\s+sitios\s+de\s+(?P<sitios>[A-Z][\w&.'’ -]{0,30}?))\W*$")  # DW's, in Spanish too
# "Al Jazeera's Craig Leeson said", "CFR's Scott A. Snyder writes": an outlet's possessive, a role, a person, a verb;
# read from the possessive on (each "'s" tried once), the outlet's words then read back from it.
_REPORTER_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s(?:(?:[a-z-]{2,20}+|[A-Z][a-z]{2,20}+)\s){0,3}?"  # "deputy political editor", "Seoul correspondent"
    r"[A-Z][a-z]{1,20}+(?:\s[A-Z]\.)?(?:\s[A-Z][\w'’-]{1,20}+){1,2}"  # "Kyung Lah", "Scott A. Snyder"
    # the verb right after the name ("CNN's Will Ripley, reporting from Pyongyang, said": how another's page quotes
    # one), not "reported" or "wrote", a report cited (round 25: "NPR's Jane Roe reported.")
    r"\s(?:said|says|reports|writes|talks|talked|asked|was|is|has|noted|added)\b")
# The sentence goes on after the verb ("said the win reflected …"), or it closes on the verb after a quotation ("“…,”
# CFR's X writes."): "In an interview, Yonhap's Kim Min-ji reports." is a hand-over after an opening phrase (review 14).
_GOES_ON = re.compile(r"\s+[\w“\"‘]")
_AFTER_QUOTATION = re.compile(r"(?:[”\"’],|,[”\"’])\s*\Z")
_POSSESSIVE = re.compile(r"['’]s\s")
_POSSESSIVES_READ = 100  # (a page's story prints far fewer: a bound on what hostile text costs)
_OUTLET_BEFORE = re.compile(r"(?<![\w'’])(?<!according to )[A-Z][\w.&-]{0,30}(?:\s[A-Z][\w.&-]{0,30}){0,3}\Z")
_VIDEO_TITLE = re.compile(r"\((?:19|20)\d\d\.[01]\d\.[0-3]\d/\d{0,2}(?P<korean>[\w가-힣]{2,12}?)(?:뉴스)?\)\s*$")


def interviewed_credit(paragraphs, directory: OutletDirectory) -> str | None:
    """The one listed outlet the text says a source spoke to on the phone ("…와의 통화에서", "told X by phone")."""
    return _one_listed((_INTERVIEWED, _INTERVIEWED_ENGLISH), paragraphs, directory)


def own_reporter_credit(paragraphs, directory: OutletDirectory) -> str | None:
    """The one listed outlet whose reporter the story names by its possessive ("NPR's Louisa Lim talks to ...")."""
    named = {_listed_tail(outlet, directory) for outlet in _possessive_reporters(paragraphs)} - {None}
    named = {name for name in named if directory.named_alone(name)}
    return named.pop() if len(named) == 1 else None


def _possessive_reporters(paragraphs):
    """The words before each possessive naming a reporter, among the first `_POSSESSIVES_READ` of the paragraphs."""
    possessives = ((paragraph, found.start()) for paragraph in paragraphs if not is_caption(paragraph)
                   for found in _POSSESSIVE.finditer(paragraph))
    for paragraph, start in islice(possessives, _POSSESSIVES_READ):
        if (reporter := _REPORTER_AFTER_POSSESSIVE.match(paragraph, start)) and (
                outlet := _OUTLET_BEFORE.search(paragraph, max(0, start - 140), start)) and (
                _GOES_ON.match(paragraph, reporter.end())
                or _AFTER_QUOTATION.search(paragraph, max(0, outlet.start() - 5), outlet.start())):
            yield outlet[0]


def video_title_credit(lines, directory: OutletDirectory) -> str | None:
    """The one listed broadcaster a video's title names after its day, as the title ends."""
    return _one_listed((_VIDEO_TITLE,), lines, directory)


def self_promotion_credit(lines, directory: OutletDirectory) -> str | None:
    """The one listed outlet a line inviting tips or subscriptions, or pointing to its other sites, names;
    else the one a line pitching the site names (`own_pitches`)."""
    if credit := _one_listed((TIP_LINE, _SUBSCRIPTION, _OTHER_SITES), lines, directory):
        return credit
    pitched = {own_pitch_credit(line, directory) for line in lines} - {None}
    return pitched.pop() if len(pitched) == 1 else None


def _one_listed(forms: tuple[re.Pattern[str], ...], lines, directory: OutletDirectory) -> str | None:
    named = {_listed_tail(next(filter(None, match.groups()), ""), directory)
             for line in lines for form in forms for match in form.finditer(line.strip())} - {None}
    return named.pop() if len(named) == 1 else None


def _listed_tail(text: str, directory: OutletDirectory) -> str | None:
    """The longest listed name ending `text` ("男性が週刊ポスト": 週刊ポスト), whole words in
    scripts that space them."""
    spaced = " " in text or text.isascii()
    starts = [0, *(index + 1 for index, char in enumerate(text) if char == " ")] if spaced else range(len(text) - 1)
    return next((name for start in starts if (name := directory.named(text[start:]))), None)

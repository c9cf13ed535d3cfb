"""Lines a Japanese paper's or broadcaster's site prints about itself, naming it (a listed outlet only):

* its line for screen readers or its pitch for a subscription: "東京新聞のニュースサイトです。ナビゲーションリンクを
  とばして、…", "東京新聞の購読はこちら 【1週間ためしよみ】";
* its pitch to readers to join or log in as its members: "産経ニュース会員(無料)に登録している方は、…",
  "フォーサイト会員の方はここからログイン", "日刊ゲンダイDIGITALに有料会員登録すると続きをお読みいただけます。";
* its desk signing under the story, alone on the last lines: "朝日新聞国際報道部", "毎日新聞政治部";
* the day of the print edition a paper's site notes under the story: "日刊工業新聞 2023年05月01日".

    >>> from corpus.intake.outlets import outlets
    >>> self_introduction_credit("東京新聞のニュースサイトです。ナビゲーションリンクをとばして移動します。", outlets())
    '東京新聞'
    >>> desk_signature_credit("朝日新聞国際報道部", outlets())
    '朝日新聞'
    >>> print_issue_stamp("日刊工業新聞 2023年05月01日")["date"]
    '2023年05月01日'
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory, outlets

_LONGEST = 200  # characters: a site's own line is short; a paragraph of the story naming the paper is not one
_LONGEST_DESK = 24
_NAME = r"(?P<credit>[^\s。、「」『』]{2,20}?)"


def _listed(pattern: re.Pattern, line: str, directory: OutletDirectory) -> str | None:
    match = pattern.match(line.strip()) if line and len(line) <= _LONGEST and not line.isascii() else None
    return match["credit"] if match and directory.named(match["credit"]) else None


_SELF_INTRODUCTION = re.compile(
    rf"^{_NAME}の(?:(?:ニュース|公式|ウェブ|Web|WEB)?サイトです。|(?:ご)?購読(?:の)?(?:お?申し込み)?はこちら)")


def self_introduction_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet of the site's line introducing itself or pitching its subscription."""
    return _listed(_SELF_INTRODUCTION, line, directory)


_MEMBER_PITCH = re.compile(rf"^{_NAME}(?:に|の)?(?:有料|無料)?会員(?:[(（](?:有料|無料)[)）])?"
                          r"(?:の方|に登録|へ登録|登録|限定|でログイン|としてログイン)")


def member_pitch_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet of the site's pitch to join or log in as its members."""
    return _listed(_MEMBER_PITCH, line, directory)


# A newsroom's departments and bureaus: what a desk signing a story is called, after its paper's name.
_DESK = re.compile(r"(?:国際報道部|国際部|外信部|外報部|政治部|経済部|社会部|編集局|報道局|編集部"
                   r"|[\u30a0-\u30ff\u4e00-\u9fff]{2,6}(?:支局|総局))")


def desk_signature_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed paper of a desk's or bureau's signature alone on its line ("朝日新聞国際報道部"): the longest
    listed name the line opens with, a desk's name the rest of it."""
    line = line.strip() if line else ""
    if not 2 < len(line) <= _LONGEST_DESK or line.isascii():
        return None
    return next((line[:size] for size in range(len(line) - 2, 1, -1)
                 if _DESK.fullmatch(line[size:]) and directory.named(line[:size])), None)


# The paper's name, a space, the full day (a yearless day is never given a year here).
_ISSUE_STAMP = re.compile(rf"^{_NAME}[\s\u3000]+(?P<date>(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日)$")


def print_issue_stamp(line: str, directory: OutletDirectory | None = None) -> re.Match | None:
    """A listed paper's name and a day, alone on a line under the story: its print edition's note (`credit`, `date`)."""
    match = _ISSUE_STAMP.match(line.strip()) if line and len(line) <= _LONGEST else None
    return match if match and (directory or outlets()).named(match["credit"]) else None


_LONGEST_CAPTION = 60
# One short Japanese sentence with kana, closed by its stop: what a picture shows ("…避難を続けている。").
_CAPTION_SENTENCE = re.compile(r"^(?=[^。!?！？「」『』]*[\u3041-\u3096])[^。!?！？「」『』]*+。$")


def picture_credit_under_caption(before: str, line: str, after: str, directory: OutletDirectory) -> bool:
    """A listed name alone between one short Japanese sentence and the story going on below it ("大規模な火災が
    起き、多くの住民が避難を続けている。" / "時事通信社" / the lead): the picture's credit under its caption, not
    the site's masthead (a Japanese story's wire signs it "【ソウル共同】", "(共同)", or alone under its end)."""
    return 0 < len(before) <= _LONGEST_CAPTION and bool(_CAPTION_SENTENCE.match(before.strip())) \
        and len(after) > _LONGEST_CAPTION and directory.named_alone(line) is not None

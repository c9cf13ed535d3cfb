"""A copyright line's holder, when it is the outlet: "© 2016 The Japan Times", "Copyright (c)
Yonhap News Agency. All rights reserved.", "The Lakeside Times © 2019", a Korean site's
"[저작권자(c) YTN 무단전재, 재배포 금지]" or "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>" (a
holder in Hangul when listed, or one word the label "저작권자" names, as printed: "저작권자 © 시사N라이프"; not a
picture's agency, a writer or a year: "저작권자 © 게티이미지코리아", "ⓒ홍길동기자", "ⓒ2019"), a Chinese
"日本經濟新聞社版權所有" (listed too).

A photo's copyright ("Image copyright Reuters", a caption's "문재인 대통령 ⓒ뉴스1" or "…徴用工像まで ©共同通信社")
is no credit; a parent company ("Nexstar Media Inc.") is not the outlet; an unlisted holder is taken when its name
reads as an outlet's, or stands alone on a line at the top as a masthead.
"""

from __future__ import annotations

import re

from corpus.intake.credits import OUTLET_WORD, PHOTO_WORD, plausible
from corpus.intake.east_asian_credits import KOREAN_OUTLET_ENDING
from corpus.intake.outlets import OutletDirectory, name_key, one_listed_part
from corpus.intake.site_notices import JAPANESE_HOLDER_STATED

_COPYRIGHT = re.compile(
    r"(?i)^(?:.*?\s|저작권자\s*)?(?:©|\(c\)|copyrights?(?:\s*\(c\))?)\s*:?\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"\s*[.,–—-]?\s*)?(?:(?:©|\(c\))\s*)?(?:by\s+)?(?P<holder>(?:[^.|]|\.(?=(?-i:[a-z]){2,6}\b)){2,60}?)\s*(?:[.,]\s*)?"
    r"(?:(?:all\s+rights\s+reserved|무단|無断|版权|版權).*|(?:19|20)\d\d\.?(?:\s*all\s+rights\s+reserved.*)?"
    r"|(?<=\.\s)(?-i:[A-Z]).*"  # "... CGTN. Beijing ICP prepared NO.16065310-3"
    r"|(?<=,\s)an?\s+(?:division|unit|member|part|subsidiary|publication|service)\s+of\b.*)?"
    r"\s*(?:(?:\||\s[–—-]\s).*)?$")  # "... | Privacy Policy", "Copyright : AFPTV - First images"
# "The Lakeside Times © 2019": the holder before the sign (never "Copyright © 2019").
_HOLDER_FIRST = re.compile(r"^(?!(?i:copyright)\b)(?P<holder>[A-Z][^©|]{1,60}?)\s*"
                           r"(?:©|\([cC]\)|(?i:copyright))\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\.?"
                           r"(?:\s*(?i:all\s+rights\s+reserved)\.?)?\s*$")
# "All rights reserved" as Korean, Japanese and Chinese sites print it too.
_RIGHTS_RESERVED = re.compile(r"(?i)all\s+rights\s+reserved|무단\s*전재|無断転載|版权所有|版權所有")
# A one-word holder ("K-VIBE", "Newser", "Uproxx.com"): a site's name, not a person's.
_ONE_NAME = re.compile(r"^[A-Z][\w&.'’-]{1,30}$")
# A site's one-word name in Hangul (Latin letters and digits mixed in), labelled the holder ("저작권자 © 한빛뉴스
# 무단전재 및 재배포 금지"; "ⓒ 한빛일보, 무단전재" without the label is too loose), or one word in lower case holding a
# word of news ("©The financialnewsjapan").
_HANGUL_OUTLET = re.compile(r"^[가-힣A-Za-z0-9]{1,12}$")
# Two or three Hangul syllables alone read as a person's name as well as a site's ("김철수"): such a holder is taken
# only when it ends as outlets' names do; any other one-word holder the label names is the site's ("시사N라이프").
_PERSON_LIKE = re.compile(r"^[가-힣]{2,3}$")
_KOREAN_PARENT_COMPANY = re.compile(r"(?:그룹|홀딩스|지주|재단)$")  # a group, holding or foundation owning the site
# ... nor a picture's agency or giver ("게티이미지코리아", "셔터스톡", "국방부제공", a wire's through Yonhap: "EPA연합뉴스"),
# a writer ("홍길동기자"), a year alone ("<저작권자 ⓒ2019>"): the label names a photograph's or a text's holder as well
_NO_SITE_S_NAME = re.compile(r"이미지|포토|사진|영상|스톡|제공|기자|작가|^.+연합뉴스$|^\d+$")
# "<저작권자 ⓒ시사N라이프> 출처와 url을 동시 표기할 경우에만 재배포를 허용합니다.": the labelled notice closed by its bracket,
# then the site's terms for copying in its own words, closing the page on a line of its own or run on after the text's
# last sentence.
_LABELLED_NOTICE_THEN_TERMS = re.compile(r"(?:^|(?<=[.!?。]))\s*[<\[]\s*저작권자\s*(?:\(c\)|ⓒ|©)\s*"
                                         r"(?P<holder>[^\s<>\[\]]{1,12})\s*[>\]]"
                                         r"[^<>\[\]]{0,80}?(?:전재|배포)[^<>\[\]]{0,40}$")
_COMPOUND_NAME = re.compile(r"^(?:The\s+)?[a-z]{2,20}(?:news|times|daily|press|post|wire)[a-z]{0,20}$")
_PARENT_COMPANY = re.compile(r"(?i)\b(?:media|group|holdings?|corporation|company|"
                             r"communications|enterprises|publishing|networks)\b")
# "Copyrights(C) News1 wowkorea.jp 6": a listed holder and the address of the site carrying it,
# then a counter of the page's.
_NAME_THEN_SITE = re.compile(r"^(?P<name>[^.&/]{2,40}?)\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$")
_COUNTER = re.compile(r"\s+\d{1,3}$")
# "세상을 보는 균형, 한국일보 Copyright © Hankookilbo": the paper's slogan, then its notice; the word names a notice,
# never a picture's subject (a caption's "문재인 대통령 ⓒ뉴스1" prints the sign alone).
_WORDED_NOTICE = re.compile(r"(?i)(?<![a-z])copyright\s*©")
_CJK_PICTURE_WORD = re.compile(r"사진|영상|写真|画像|動画|照片|圖片|图片|視頻|视频")
# "… 밝혔습니다. [저작권자(c) YTN 무단전재 …]": a notice in brackets run on after the text's last sentence.
_NOTICE_AFTER_TEXT = re.compile(r"(?<=[.!?。])\s*(?P<notice>[\[<][^\[\]<>]{4,150}[\]>])\s*$")
# "… 박소영) -저작권자(c) 오마이뉴스(시민기자), 무단 전재 및 재배포 금지 #최순실": a Korean notice run on inside the
# text, unbracketed, its holder's kind of reporter in brackets after the name; listed holders only; or the sign
# alone, run on after a list of the site's headlines: "… 깜짝 등장ⓒ 한국경제TV, 무단 전재 및 재배포 금지".
_KOREAN_NOTICE_RUN_ON = re.compile(r"(?:저작권자\s*(?:\(c\)|ⓒ|©)|[ⓒ©])\s*(?P<holder>[^\s,()<>\[\]]{1,19}[^\s,.()<>\[\]])"
                                   r"(?:\([^()]{1,10}\))?\.?\s*,?\s*무단\s*전재")
# Words in Hangul, kana or kanji before the sign, not the holder's label: what a picture shows ("문재인 대통령
# ⓒ뉴스1", a Japanese portal's "慰安婦像の次は徴用工像まで ©共同通信社").
_PICTURE_SUBJECT = re.compile(r"^(?!\s*저작권자)[^©]*[가-힣\u3041-\u30ff\u4e00-\u9fff][^©]*©")
# "©'5개국어 글로벌 경제신문' 아주경제": the paper's slogan in quotes, then its name.
_QUOTED_SLOGAN = re.compile(r"^['‘\"“][^'’\"”]{2,40}['’\"”]\s*(?=\S)")
# The holder's address in brackets after its name: "© 경기일보(www.kyeonggi.com), 무단전재 및 수집, 재배포금지",
# as the system many Korean papers' sites run on prints it.
_ADDRESS_IN_BRACKETS = re.compile(r"\s*\((?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\)")
# The same notice without the sign, the holder's own address in brackets: "중도일보(www.joongdo.co.kr), 무단전재 및 수집,
# 재배포 금지"; taken when the address is the listed holder's.
_OWN_SITE_NOTICE = re.compile(r"^(?P<holder>[^\s()©ⓒ][^()©ⓒ]{0,20}?)\s*\((?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)/?\)"
                              r"\s*,?\s*(?:무단\s*전재|All\s+rights\s+reserved)")
# "Juan Manuel SantosImage copyrightAFP": the BBC's picture credit glued to its caption's name (no word's edge).
_GLUED_PICTURE_COPYRIGHT = re.compile(r"(?i)(?:image|photo|picture)\s*copyright")
# "저작권은 JTBC에 있습니다" ("the copyright is JTBC's"), as a Korean broadcaster's transcript states it; listed only.
_HOLDER_STATED = re.compile(r"저작권은\s*(?P<holder>[^\s,.()'\"]{2,20}?)\s*(?:에게|에)\s*있(?:습니다|음)")
# (not a picture's: "この写真の著作権は…")
_PICTURE_HELD = re.compile(r"(?:この|その|上の|下の)?(?:写真|画像|映像|動画|イラスト|図)(?:の)?")
# "版權聲明:日本經濟新聞社版權所有,未經授權不得轉載…" ("the Nikkei holds the copyright"), as Chinese pages print it, or
# the holder after the words ("版权所有:天门日报社"); listed holders only ("本文版权所有": "this article's").
_CHINESE_HOLDER_BEFORE = re.compile(r"(?:^|[:：,，;；。\s])(?P<holder>[^\s:：,，;；。()（）「」“”\"]{2,20}?)"
                                    r"(?:獨家|独家)?版[權权]所有")
_CHINESE_HOLDER_AFTER = re.compile(r"版[權权]所有\s*[:：]\s*(?P<holder>[^\s,，;；。()（）]{2,20})")
# "© All rights reserved, Ifri, 2021": the notice first, then the holder and the year, as reports print it.
_RIGHTS_FIRST = re.compile(r"(?i)^(?P<sign>©|\(c\)|copyright)\s*all\s+rights\s+reserved\s*[,.:]\s*"
                           r"(?P<holder>[^,.|©]{2,60}?)\s*(?:,\s*(?:19|20)\d\d)?\.?$")
# "Cover: © Ministry of Defense, Japan": a report's cover picture, its holder's.
_COVER_LABEL = re.compile(r"(?i)\bcover\b")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_COMPANY_SUFFIX = re.compile(r"(?i)[,\s]+(?:inc|ltd|llc|lp|co|corp|plc|limited|gmbh|s\.?a)\.?$"
                             r"|^株式会社\s*|\s*株式会社$"  # "© 株式会社福井新聞社": a Japanese company's form
                             r"|^(?:一般|公益)(?:社団|財団)法人\s*"  # "© 一般社団法人共同通信社": an association's
                             r"|^(?:\(주\)|㈜)\s*")  # "ⓒ(주) 데일리안", "㈜이데일리": a Korean company's (주식회사)


# A mark and a name alone, no year and no rights reserved: "ⓒYONHAP News", "© 연합뉴스".
# A holder's name and its initials glued after its full stop, as CRI's pages print it: "© China Radio
# International.CRI. All Rights Reserved."
_GLUED_INITIALS = re.compile(r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,5})\.(?P<initials>[A-Z]{2,6})(?=\.)")
_BARE_MARK = re.compile(r"^\s*[©ⓒ]\s*(?P<name>[^\s©ⓒ\d][^©ⓒ\d]{1,40})$")
# The wires whose photographs sites print under such a mark (a paper's own mark above its story is its notice:
# "ⓒ 中央日報/中央日報日本語版" under the JoongAng's Japanese titles).
_PICTURE_WIRES = frozenset({"Yonhap", "Newsis", "News1", "Associated Press", "Agence France-Presse", "Reuters",
                            "Kyodo News", "Xinhua"})


def picture_mark_above_story(line: str, opening: tuple[str, ...], paragraphs: tuple[str, ...],
                             directory: OutletDirectory) -> bool:
    """A wire's bare mark printed above the story's first paragraph ("Warta Berita" / "ⓒYONHAP News" / "Pada 22
    Agustus, …"): the agency of a picture, as Korean sites mark a photograph; a site's own notice closes the page."""
    bare = _BARE_MARK.match(line)
    if not paragraphs or bare is None or directory.named(bare["name"].strip()) not in _PICTURE_WIRES \
            or line not in opening or paragraphs[0] not in opening:
        return False
    return opening.index(line) < opening.index(paragraphs[0])


def reserves_rights(line: str) -> bool:
    """A site's notice of its rights ("© 2019 …", "版權聲明:日本經濟新聞社版權所有,未經授權不得轉載…")."""
    return "©" in line or "ⓒ" in line or bool(_RIGHTS_RESERVED.search(line))


def listed_notice_atop(opening: tuple[str, ...], directory: OutletDirectory) -> tuple[str, ...]:
    """The page's first line when it is a dated notice of a listed holder's rights ("© 2024 WUKY", where a station's
    copied page begins); a picture's credit prints no year, an unlisted holder there is left."""
    first = opening[0] if opening else ""
    holder = (_YEAR.search(first) or _HOLDER_STATED.search(first)) and copyright_holder(first, directory)
    return (first,) if holder and directory.named(holder) else ()


def _japanese_holder_stated(line: str, directory: OutletDirectory) -> str | None:
    """The listed holder a Japanese statement names ("このウェブサイトの著作権は人民日報社にあります。"), with or
    without its company's "社"."""
    if not (stated := JAPANESE_HOLDER_STATED.match(line.strip())) or _PICTURE_HELD.fullmatch(stated["what"]):
        return None
    holder = stated["holder"]
    return next((name for name in (holder, holder.removesuffix("社")) if len(name) > 1 and directory.named(name)), None)


def copyright_holder(line: str, directory: OutletDirectory,
                     mastheads: frozenset[str] = frozenset()) -> str | None:
    """"© 2016 The Japan Times", "Copyright (c) Yonhap News Agency. All rights reserved.";
    any holder whose name also stands alone on a line at the top (`mastheads`: those lines'
    `name_key`s), where a site prints its name."""
    if stated := _holder_stated(line, directory):
        return stated
    notice = _notice_alone(line)
    if notice is None or _caption_s_agency(notice):
        return None
    if rights_first := _RIGHTS_FIRST.match(notice):
        notice = f"{rights_first['sign']} {rights_first['holder']}. All rights reserved."
    holder_first = _HOLDER_FIRST.match(notice)
    match = holder_first or _COPYRIGHT.match(notice)
    if match is None or _a_picture_s_or_a_cover_s(notice[:match.start("holder")]):
        return None  # "Image copyright Reuters" credits a photo, "Cover: © …" a report's cover
    return _holder_named(match["holder"], notice, holder_first is not None, directory, mastheads)


def _holder_stated(line: str, directory: OutletDirectory) -> str | None:
    """A holder the line names before it is read as a notice: by its own address, in a Korean or Chinese statement,
    or labelled and followed by the site's terms ("<저작권자 ⓒ시사N라이프> 출처와 url을 …")."""
    if (own := _OWN_SITE_NOTICE.match(line.strip())) and directory.named(own["holder"]) \
            and directory.named(own["holder"]) == directory.at_host(own["host"].lower()):
        return own["holder"]  # "중도일보(www.joongdo.co.kr), 무단전재 및 수집, 재배포 금지": no sign, its own address
    if listed := _japanese_holder_stated(line, directory):
        return listed
    for form in (_HOLDER_STATED, _KOREAN_NOTICE_RUN_ON, _CHINESE_HOLDER_BEFORE, _CHINESE_HOLDER_AFTER):
        if (stated := form.search(line)) and directory.named(stated["holder"]):
            return stated["holder"]
    if (terms := _LABELLED_NOTICE_THEN_TERMS.search(line.strip())) and labelled_site_name(terms["holder"]) \
            and plausible(terms["holder"], directory):
        return terms["holder"]
    return None


def _notice_alone(line: str) -> str | None:
    """The notice as `_COPYRIGHT` reads it: the one run on after the text, out of its brackets, "ⓒ" as "©", without
    the holder's address or the dots of its initials; None when longer than a notice."""
    if trailing := _NOTICE_AFTER_TEXT.search(line):
        line = trailing["notice"]
    line = line.strip().strip("[]<>").strip().replace("ⓒ", "©")
    line = line[1:-1] if re.fullmatch(r"\(©[^()]+\)", line) else line  # "(©NPK)" closing a wire's story
    if len(line) > 2 * 160:
        return None  # (before the address goes: a run of spaces would make that slow)
    line = _ADDRESS_IN_BRACKETS.sub("", line)  # "© 경기일보(www.kyeonggi.com), 무단전재 …"
    line = re.sub(r"\b([A-Z])\.(?=[A-Z]\.)", r"\1", line)  # "Bloomberg L.P." -> "Bloomberg LP."
    line = _GLUED_INITIALS.sub(_name_without_its_initials, line)  # "China Radio International.CRI. All …"
    return None if len(line) > 160 else line


def _caption_s_agency(notice: str) -> bool:
    """"문재인 대통령 ⓒ뉴스1": a caption's words, then the agency that took the picture."""
    return bool(_PICTURE_SUBJECT.match(notice)) and not _RIGHTS_RESERVED.search(notice) and not _YEAR.search(notice) \
        and not (_WORDED_NOTICE.search(notice) and not _CJK_PICTURE_WORD.search(notice))


def _a_picture_s_or_a_cover_s(before_holder: str) -> bool:
    return bool(PHOTO_WORD.search(before_holder) or _GLUED_PICTURE_COPYRIGHT.search(before_holder)
                or _COVER_LABEL.search(before_holder))


def _holder_named(found: str, notice: str, holder_first: bool, directory: OutletDirectory,
                  mastheads: frozenset[str]) -> str | None:
    """The holder `notice` names (`found`, as read), when it is the outlet: listed, a masthead's, or read as one."""
    holder = _QUOTED_SLOGAN.sub("", _COMPANY_SUFFIX.sub("", _without_counter(found, directory)))
    if carried := _NAME_THEN_SITE.match(holder):  # "News1 wowkorea.jp": the wire, then the site carrying it
        return carried["name"] if directory.named(carried["name"]) else None
    if (head := holder.split(",")[0].strip()) != holder and directory.named(head):
        return head  # "©dpa-infocom, dpa:191122-99-01": a listed holder, then its feed's code
    if re.fullmatch(r"[\w.-]+\.[a-z]{2,6}", holder) and directory.at_host(holder.lower()):
        return holder  # "(c) 2019 koreaherald.com": the site by its address
    if not (holder[:1].isupper() or not holder[:1].isascii() or directory.named(holder)) \
            or len(holder.split()) > 6:  # "ⓒ 조선일보 & chosun.com": a name in a script without capitals
        return None
    if (joint := one_listed_part(holder, directory)) is not None:
        return joint  # "Chosunilbo & Chosun.com": a paper and its site, one outlet
    if directory.named(holder) or (name_key(holder) in mastheads and plausible(holder, directory)
                                   and not _PARENT_COMPANY.search(holder)):
        return holder
    return holder if _reads_as_outlet(holder, notice, holder_first) and plausible(holder, directory) else None


def _reads_as_outlet(holder: str, notice: str, holder_first: bool) -> bool:
    """An unlisted holder whose name reads as an outlet's, never a parent company's ("Nexstar Media Inc.", "Gannett
    Co."); a site's one-word name when the notice reserves its rights ("ⓒ K-VIBE. 무단전재-재배포 금지", "Copyright 2019
    Newser. All rights reserved."), not a word before the sign ("Text © 2019. All rights reserved.", "Website ©
    2019")."""
    reads_as_outlet = OUTLET_WORD.search(holder) or (
        not holder_first and _RIGHTS_RESERVED.search(notice) and (
            _ONE_NAME.match(holder) or _COMPOUND_NAME.match(holder)
            or notice.startswith("저작권자") and labelled_site_name(holder)))
    return bool(reads_as_outlet) and not _PARENT_COMPANY.search(holder)


def labelled_site_name(holder: str) -> bool:
    """A one-word holder a Korean notice labels its copyright's (저작권자): a site's name as printed, listed or not,
    but two or three Hangul syllables not ending as outlets' names do (a person's name as well)."""
    return bool(_HANGUL_OUTLET.match(holder)) and not _KOREAN_PARENT_COMPANY.search(holder) \
        and not _NO_SITE_S_NAME.search(holder) \
        and bool(KOREAN_OUTLET_ENDING.search(holder) or not _PERSON_LIKE.match(holder))


def _name_without_its_initials(match: re.Match) -> str:
    initials, words = match["initials"], match["name"].split()
    own = len(initials) <= len(words) and "".join(word[0] for word in words[-len(initials):]) == initials
    return match["name"] if own else match.group(0)


def _without_counter(holder: str, directory: OutletDirectory) -> str:
    """The holder without a page's counter after it ("News1 wowkorea.jp 6"), but a listed name ending in a number
    ("© France 24", "© Channel 4")."""
    return holder.strip(" ,&") if directory.named(holder.strip(" ,&")) else _COUNTER.sub("", holder).strip(" ,&")

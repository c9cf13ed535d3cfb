"""Lines where a site names itself or the original it reposts, outside any credit's usual form.

    >>> from corpus.intake.outlets import outlets
    >>> feed_credit("The post Seoul keeps the pact appeared first on The Korea Herald.", outlets())
    'The Korea Herald'

* a feed's credit, as blogs and aggregators that republish a feed print it: "The post
  <title> appeared first on <Site>.", "from <Site> <link>";
* a wire's sign-off under the story: "==Kyodo", "dpa/jp" (its editor's initials), two wires joined
  by a hyphen ("Reuters-AP"), a paper's editor's initials over the wires it drew on ("wbr/dpa",
  "ala/AFP/dpa", as Der Spiegel signs: the first), a line of its own or after a picture's credit, never
  the picture's credit itself ("Foto: ddp/AP") or a slash in prose ("or/AP"); Reuters'
  note of its reporters and editors ("(Reporting by Jane Roe; Editing by John Doe)"), a form
  no other wire signs with;
* a site's promotion of itself: "Get The Straits Times app", "Subscribe to Nikkei Asia",
  "Support PREMIUM TIMES' journalism", "By contributing to PREMIUM TIMES, you ...",
  "Follow The Korea Herald on Twitter", "Sign up for The Japan Times newsletter", "Make
  Beijing Review your homepage";
* a pointer to the original on a line of its own: "Courtesy of <outlet>", "This story was
  provided by <outlet>", "Translated from <outlet>", "Read full story on <outlet>", "Agency:
  <outlet>", "<outlet> via <site>" (not a picture's: "Photo courtesy of"); a site reporting with its
  source: "This is reported by <outlet> with reference to <source>"; an agency's note on its
  archive: "(Full text of the story is now in CNA English news archive. ...)";
* a title ending with its source in brackets: "Seoul keeps the pact (Yonhap)", or with its
  writer and outlet: "... (Jane Roe, Human Rights Pulse)";
* an aggregator's or a change tracker's note of the story's source, by its handle or the
  address of the original: "This article is from the source 'nytimes'", "You can find the
  current article at its original source at https://www.nytimes.com/...";
* the wire's own staff "contributed to this report" under its story ("<outlet>'s <names> contributed");
* a writer's note, an opinion piece's disclaimer, a site's note on a feed's story, a
  broadcaster's hand-over: "Jane Roe is a staff writer at The Diplomat.", "... do not
  necessarily reflect Al Jazeera's editorial stance", "(This story has not been edited by
  Devdiscourse staff ...)", "CNN's Paula Hancocks reports from Seoul.".
Each takes a listed outlet only (`corpus/outlets.json` and the user's file), or for a feed's
credit a site's address: these lines are loose, and a wrong name is worse than none.
"""

from __future__ import annotations

import re

from corpus.intake.credits import tidy_credit
from corpus.intake.furniture import describes_picture, is_caption
from corpus.intake.outlets import OutletDirectory, name_key
from corpus.intake.site_notices import WIRE_INITIALS
from corpus.intake.source_label_lines import labelled_source_credit
from corpus.lazy_patterns import LazyPattern

_NAME = r"(?P<credit>[A-Z@][\w&.'’ -]{1,50}?|[\w.-]+\.[a-z]{2,6})"
# "The post <title> appeared first on <Site>."; "from Reuters: Money News https://ift.tt/...",
# as a feed relayed into a blog credits it, or its feed's title alone before the link ("from The
# Guardian http://bit.ly/2Wh3lgw": the same relay's line when the feed's title is the site's name).
_FEED = LazyPattern(rf"^The\s+post\s+.{{2,200}}?\s+appeared\s+first\s+on\s+{_NAME}\s*\.?$"
                    rf"|^from\s+{_NAME.replace('credit', 'relayed')}:\s.{{0,60}}https?://\S+$"
                    rf"|^from\s+{_NAME.replace('credit', 'fed')}\s+https?://\S+$")
_SIGN_OFF = LazyPattern(rf"(?:^|\s)==\s*{_NAME}\s*$")
# "AFP, HANOI", "Reuters, WASHINGTON": the wire and the place in capitals, a line of its own
# under a wire's story (as the Taipei Times signs them); "Seoul, KOREA" names no listed wire.
_WIRE_AND_PLACE = LazyPattern(r"^(?P<credit>[A-Z][A-Za-z.]{1,20}(?: [A-Z][A-Za-z.]{1,20}){0,2}),\s+"
                              r"[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}$")
# "wbr/dpa", "ala/AFP/dpa": an editor's initials in lower case over the wires the story drew on, the line's
# only words, or run on after a picture's credit when copied ("Foto: Jane Roe/ dpa wbr/dpa", "imago koe/dpa/rtr");
# not a picture's own credit ("Foto: ddp/AP") nor a slash in prose ("3 to 1, or/AP").
_INITIALS_OVER_WIRES = LazyPattern(r"^(?:.*?/\s?[A-Za-z][\w-]{1,15}\s+|[A-Za-z][\w-]{1,15}\s+)?"
                                   r"(?P<initials>[a-z]{2,4})/(?P<credit>[A-Za-z]{2,12})"
                                   r"(?:/[A-Za-z]{2,12}){0,3}$")
# "… nicht. (dpa/cj/brü)": that sign-off closing a paragraph's last sentence (a short page's teaser, as copied).
_SIGN_OFF_AFTER_TEXT = LazyPattern(r"(?<=[.!?\"“”])\s+(?P<sign_off>\([A-Za-z][\w-]{1,15}/[a-zäöüß]{1,4}"
                                   r"(?:/[a-zäöüß]{1,4}){0,3}\))$")
# "© SZ.de/rtr/jsa/ebri/aner": the site's name over the wires' shorthand and its editors' initials, as the
# Süddeutsche Zeitung signs a story (a copyright naming a syndicating outlet carries no editor's initials).
_SIGNED_MARK = LazyPattern(r"(?:^|\s)©\s*(?P<credit>[A-Z][\w.-]{1,15})(?:/[a-z]{2,5}){1,5}$")
_PICTURE_MARK = LazyPattern(r"(?i:foto|fotos|bild|photo|image)\s*:\s*©")  # "Foto: © AFP/dpa": a picture's
_PICTURE_AGENCIES = frozenset({"ddp", "dapd", "epa", "apa", "ots", "sda", "kna", "imago"})  # no editor's initials
# "Reuters-AP", "Xinhua-AFP": two wires a story was compiled from, signing it.
_JOINED_WIRES = LazyPattern(r"^(?P<credit>[A-Z][A-Za-z]{1,15})-(?P<second>[A-Z][A-Za-z]{1,15})$")
# "(Reporting by Jane Roe in Seoul; Additional reporting by Kim Min; Editing by John Doe)",
# "Writing by Jane Roe; Editing by John Doe": Reuters' own note closing its stories (others
# print "Additional reporting by ..." alone, or no editor).
_EDITING_NOTE = LazyPattern(r"(?:^|[.!?\"”]\s*)\(?(?:Reporting|Writing|Compiled)\s+(?i:by)\s+[^()]{2,200}?;"
                            r"[^()]{0,200}?\b(?:Editing|editing)\s+by\s+[^();]{2,80}\)?\s*$")
_EDITING_NOTE_WIRE = "Reuters"
_PROMOTION = LazyPattern(
    rf"^(?:(?i:get|download|install|discover|try)\s+(?i:the\s+)?(?i:all[\s-]+new\s+|new\s+)?{_NAME}(?:['’]s)?\s+(?i:mobile\s+|news\s+)?"
    rf"(?i:app|apps|application)\b"
    # "Harbor TV APP 다운로드", "Harbor TV アプリをダウンロード": the site's app, as Korean and
    # Japanese sites offer it
    rf"|(?P<app>[A-Z0-9@][\w&.'’ -]{{1,30}}?|[가-힣]{{2,12}})\s*(?i:app|앱|어플|アプリ)\s*(?:を\s*)?"
    rf"(?:다운로드|다운받기|설치|ダウンロード)\s*$"
    # "➲ 即時新聞隨時掌握!點此下載【三立新聞網APP】": the same asked in Chinese, the name after "download" (called
    # for, "點此下載", or in 【】; not "去年已有百萬人下載中央社APP", a sentence on its downloads)
    rf"|^.{{0,40}}?(?:(?<=點此|點我|点此|点我|立即|馬上|马上)|(?<=[請请])|(?=(?:下載|下载)\s*【))(?:下載|下载)\s*【?(?P<zh_app>[\u4e00-\u9fffA-Za-z0-9]{{2,12}}?)\s*(?i:app)】?\s*$"
    # "Support PREMIUM TIMES' journalism", "By contributing to The Harbor Gazette, you ..."
    rf"|(?i:support|donate\s+to|contribute\s+to)\s+(?:the\s+)?{_NAME.replace('credit', 'support')}"
    rf"(?:['’]s?)?\s+(?i:journalism|reporting|newsroom)\b"
    rf"|(?i:by\s+(?:contributing|donating|subscribing)\s+to)\s+(?:the\s+)?"
    rf"{_NAME.replace('credit', 'contributing')}\s*,"
    rf"|(?:Subscribe|Sign\s+up|Register)\s+(?:to|for|with)\s+(?:the\s+)?{_NAME.replace('credit', 'sub')}"
    rf"(?:['’]s)?(?:\s+(?:newsletters?|digital|today|now|for\b.*|to\b.*|and\b.*))?\s*[.!]?$"
    rf"|\(?(?:Follow|Like)\s+(?:the\s+)?{_NAME.replace('credit', 'follow')}\s+on\s+(?:Twitter|X|Facebook|"
    rf"Instagram|LinkedIn|Telegram|WhatsApp|YouTube|Threads|Weibo|LINE|KakaoTalk)\b"
    # "Make Harbor Gazette your homepage", "Set Harbor Gazette as your home page"
    rf"|(?i:make|set)\s+(?:the\s+)?{_NAME.replace('credit', 'homepage')}\s+(?i:as\s+)?(?i:your\s+)?"
    rf"(?i:home\s*page|start\s*page)\b)")
_COURTESY = LazyPattern(
    rf"^\(?(?:(?i:(?:article|story|text|content)\s+)?(?i:courtesy\s+of|provided\s+by)"
    rf"|(?i:this\s+(?:article|story|report)\s+(?:was|is)\s+(?:provided\s+by|courtesy\s+of|translated\s+from))"
    rf"|(?i:this\s+(?:material|article|story|report|content)\s+belongs\s+to\s*:?)"
    rf"|(?i:originally\s+from|translated\s+from|read\s+(?:the\s+)?full\s+(?:story|article|report)\s+"
    rf"(?:on|at|in)|more\s+at|(?:article|story|reposted|shared|reprinted)\s+from|credit\s+to)"
    rf"|(?i:from|media|agency|news\s+agency|provider|news\s+provider)\s*:)\s+(?:the\s+)?{_NAME}\s*\.?\)?$")
# "Yonhap via Korea Bizwire", "Yonhap (via Naver)": the original, then who passed it on.
_ORIGINAL_VIA = LazyPattern(rf"^{_NAME}\s+\(?via\s+[^()]{{2,40}}\)?\s*$")
# "This is reported by Censor.NET with reference to Radio Liberty.": the site that reports, then
# its source (Ukrainian sites' "Про це повідомляє … з посиланням на …", as their English pages print it).
# "(Full text of the story is now in CNA English news archive. To view ...)": an agency's own
# note on its archived stories (Focus Taiwan's, on every story past its window).
_OWN_ARCHIVE = LazyPattern(rf"^\(?(?i:full\s+text\s+of\s+the\s+(?:story|article)\s+is\s+now\s+in)\s+"
                           rf"(?:the\s+)?{_NAME}(?:\s+English)?\s+(?i:news\s+)?archive\b")
_REPORTED_CITING = LazyPattern(
    rf"^(?i:this\s+(?:is|was)\s+reported\s+by)\s+{_NAME}\s+(?i:with\s+reference\s+to|citing)\s+[^.]{{2,80}}\.?$")
# "Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.": the wire's
# own staff named as contributing, the way its stories end; or its staff in the possessive
# ("ABC News’ Joohee Cho, Guy Davies, and Anthony Trotter contributed to this report.", as
# ABC News, NBC News and Fox News end their own stories): names only, each capitalised.
_PEOPLE = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_STAFF_CONTRIBUTED = LazyPattern(
    rf"^(?:{_NAME}\s+(?:writers?|reporters?|correspondents?|journalists?)\s+[A-Z].{{2,120}}?"
    rf"|{_NAME.replace('credit', 'own')}['’]s?\s+{_PEOPLE}(?:,\s+{_PEOPLE}){{0,5}},?(?:\s+and\s+{_PEOPLE})?)"
    rf"\s+contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\.?$")
# A writer's note closing the piece: "Jane Roe is a staff writer at The Diplomat.", "The author
# is a correspondent for Nikkei Asia.", "Jane Roe is a senior reporter for Devex in Manila who
# writes about global health." (an author box's form).
_WRITER_NOTE = LazyPattern(
    rf"^(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,3}}|The\s+(?:author|writer))\s+is\s+(?:a|an|the)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:reporter|writer|correspondent|editor|columnist|contributor|journalist"
    rf"|producer|anchor)\s+(?:for|at|with|of)\s+(?:the\s+)?{_NAME}"
    # "… for Devex in Manila who writes about global health.": where, and what the writer covers
    rf"(?:\s+(?:based\s+)?in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})?"
    rf"(?:,?\s+(?:who|where)\s+[^.]{{2,120}}?)?\s*\.?"
    # "… for Just the News. Follow her on Twitter or Instagram.": the author box's pointer after it
    rf"(?:\s+Follow\s+(?:him|her|them)\s+on\s+[^.]{{2,60}}\.?)?$")
# A closing note naming the writer and the outlet in one sentence, whatever follows it: "This
# article was written by Jane Roe, a breaking news reporter for Harbor Gazette Digital. For
# tips, ...".
_WRITTEN_BY = LazyPattern(
    rf"^(?i:this\s+(?:article|story|report|piece)\s+was\s+(?:written|reported)\s+by)\s+"
    rf"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,3}},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|producer)s?\s+"
    rf"(?:for|at|with|of)\s+(?:the\s+)?{_NAME}(?=\s*(?:[.;]|$))")
# A site's note on a story it ran from a feed, naming itself: "Disclaimer: No Harbor Gazette
# journalist was involved in the creation of this content."
_FEED_DISCLAIMER = LazyPattern(
    rf"(?:^|:\s*)(?i:no)\s+(?:the\s+)?{_NAME}\s+(?i:journalists?|staff|reporters?|editors?)\s+"
    rf"(?i:was|were|has\s+been|have\s+been)\s+(?i:involved)\b"
    # "(This story has not been edited by Harbor Gazette staff and is auto-generated from a
    # syndicated feed.)"
    rf"|^\(?(?i:this\s+(?:story|article|report)\s+(?:has\s+not\s+been|was\s+not|is\s+not)\s+edited"
    rf"\s+by)\s+(?:the\s+)?{_NAME.replace('credit', 'unedited')}\s+(?i:staff|editors|team)\b")
# An opinion piece's disclaimer: "... do not necessarily reflect Al Jazeera's editorial stance",
# "... do not reflect the views of The Korea Herald".
_DISCLAIMER = LazyPattern(
    rf"(?i:do\s+not\s+(?:necessarily\s+)?(?:reflect|represent))\s+(?:(?i:the\s+(?:views?|position|"
    rf"opinions?|editorial\s+(?:policy|stance|position))\s+of)\s+(?:the\s+)?{_NAME}"
    rf"|{_NAME.replace('credit', 'own')}['’]s?\s+(?i:editorial\s+)?(?i:stance|policy|position|views?))\s*\.?$")
# A broadcaster's hand-over to its reporter: "CNN's Paula Hancocks reports from Seoul."
_HAND_OVER = LazyPattern(  # a video's summary may run into it after a dash, or the dash open its line
    rf"^(?:(?:[^–—]{{10,300}}?\s)?[–—]\s*)?{_NAME}['’]s\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,3}}\s+"
    rf"(?:reports|has\s+more"
    rf"|has\s+the\s+story)(?:\s+from\s+[A-Z][\w .'’-]{{1,30}})?\s*\.?$")
# An aggregator's or a change tracker's note of where the story it shows comes from: "This
# article is from the source 'nytimes' ...", "You can find the current article at its original
# source at https://www.nytimes.com/...", "Original source: https://...": a listed outlet's
# handle or address (the address is the original's, never the page's: its date is not read).
_SOURCE_NOTE = LazyPattern(
    r"(?i:\bfrom\s+the\s+(?:source|site|outlet|publisher))\s+['‘\"“](?P<handle>[\w.@ -]{2,40})['’\"”]"
    r"|(?i:\b(?:its|the)\s+original\s+(?:source|article|story|page|publisher)\s*(?:at|on|:)\s*)"
    r"<?https?://(?P<host>[\w.-]+\.[a-z]{2,6})(?=[/:>\s]|$)"
    r"|^\W*(?:Source|SOURCE)\s+(?P<bare>[A-Z][\w&.'’ -]{1,40}?)\W*$")  # "Source AP" alone under a blog's post
# The same after the reporter's words it quotes, as a station carrying the network's story
# prints it: '"... at any time," NPR's Jane Roe reports from Seoul.', or after the sentence it
# closes ("Anger is spilling into the streets, NPR's Jane Roe reports.", NPR's summary of its
# own story: a clause of five words or more, not "According to a witness, ...") (present tense:
# a report cited is "reported").
_QUOTED_HAND_OVER = LazyPattern(
    rf"(?:[”\"]|^(?:\S+\s+){{4,}}?\S*[a-z],)\s+{_NAME}['’]s\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,3}}\s+reports"
    rf"(?:\s+from\s+[A-Z][\w .'’-]{{1,30}})?\s*\.?$")
# "Seoul keeps the pact (Yonhap)": a feed's title with its source in brackets.
# "... (Yonhap)", "... (Jane Roe, Human Rights Pulse)": the writer may stand before the outlet.
_TITLE_SOURCE = LazyPattern(rf"^\S.{{8,200}}?\s\((?:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){{1,3}},\s)?{_NAME}\)$")


def feed_credit(line: str, directory: OutletDirectory) -> str | None:
    """The site a feed's credit names: "The post <title> appeared first on <Site>."."""
    return _named_by(_FEED.match(line.strip()), directory)


def sign_off_credit(line: str, directory: OutletDirectory) -> str | None:
    """A wire's sign-off ending the text: "... to follow. ==Kyodo", "dpa/jp - Bild: ...", or two
    listed wires joined by a hyphen on a line of their own ("Reuters-AP", as China Daily signs a
    story compiled from both): the first; or the wire beside the place it filed from ("AFP, HANOI");
    or an editor's initials over the wires ("wbr/dpa", "imago koe/dpa/rtr" under a picture's credit): the
    first; the same closing the last sentence ("… nicht. (dpa/cj/brü)"); or the site's name over its
    shorthand ("© SZ.de/rtr/jsa"). Not when a part after the first slash is a wire or a picture agency ("© AFP/dpa",
    "… am Montag. (AP/dpa)", "© Reuters/sda": the agencies of a picture, not editors' initials), nor a picture's
    credit ("Foto: © …"), nor a caption's closing sign-off."""
    line = line.strip()
    if (joined := _JOINED_WIRES.match(line)) and _listed(joined["second"], directory):
        return _named_by(joined, directory)
    if line.endswith(")") and (after_text := _SIGN_OFF_AFTER_TEXT.search(line)):
        sentence = line[:after_text.start()]
        if is_caption(sentence) or describes_picture(sentence):
            return None
        line = after_text["sign_off"]
    if "©" in line and (signed := _SIGNED_MARK.search(line)) and not _PICTURE_MARK.search(line):
        if _slashed_agencies(signed[0], directory):
            return None
        if credit := _named_by(signed, directory):
            return credit
    if (initials := WIRE_INITIALS.match(line)) and _slashed_agencies(initials[0].split()[0], directory):
        initials = None  # ("AP/dpa": two wires, no editor's initials; "wbr/dpa" is read below)
    return (_named_by(_SIGN_OFF.search(line) or initials or _WIRE_AND_PLACE.match(line), directory)
            or _initials_over_wires(line, directory))


def _slashed_agencies(shorthand: str, directory: OutletDirectory) -> bool:
    """A part after the first slash of "AP/dpa", "© SZ.de/rtr/jsa" is a listed outlet or a picture agency."""
    return any(part.lower() in _PICTURE_AGENCIES or directory.named(part)
               for part in shorthand.strip(" ()©").split("/")[1:])


def _initials_over_wires(line: str, directory: OutletDirectory) -> str | None:
    """The first wire under an editor's initials ("wbr/dpa"); initials that are a wire's ("afp/dpa", a
    picture's two agencies) are none."""
    match = _INITIALS_OVER_WIRES.search(line)
    if match is None or match["initials"] in _PICTURE_AGENCIES or _listed(match["initials"], directory):
        return None
    return _listed(match["credit"], directory)


def names_editing_wire(text: str) -> bool:
    """The page prints the wire's name somewhere: its note of reporters and editors alone, unnamed
    ("(Reporting by Jane Roe; Editing by John Doe)" on a reposting paper's or the wire's own page), names
    no outlet, as the sets label it (`holdout9`, `holdout37`, `holdout67`)."""
    return _EDITING_NOTE_WIRE.lower() in text.lower()


def editing_note_credit(line: str, directory: OutletDirectory) -> str | None:
    """Reuters, whose note of reporters and editors ends the text: "(Reporting by Jane Roe;
    Editing by John Doe)"."""
    if _EDITING_NOTE.search(line.strip()) and directory.named(_EDITING_NOTE_WIRE):
        return _EDITING_NOTE_WIRE
    return None


def promotion_credit(line: str, directory: OutletDirectory) -> str | None:
    """The site a promotion of itself names: "Get The Straits Times app"."""
    match = _PROMOTION.match(line.strip())
    appeal = match and (match["support"] or match["contributing"])
    if appeal and name_key(appeal) in directory.common_words:
        return None  # "Support Independent Journalism": a kind of journalism, not The Independent
    return _named_by(match, directory)


def courtesy_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet credited on a line of its own: "Courtesy of The Japan Times",
    "Agency: Xinhua", "Yonhap via Korea Bizwire", "This is reported by Censor.NET with reference to
    Radio Liberty." (the site, not its source)."""
    line = line.strip()
    return _named_by(_COURTESY.match(line) or _ORIGINAL_VIA.match(line) or _REPORTED_CITING.match(line)
                     or _OWN_ARCHIVE.match(line), directory)


def staff_contributed_credit(line: str, directory: OutletDirectory) -> str | None:
    """The outlet whose writer "contributed to this report" closing its own story."""
    return _named_by(_STAFF_CONTRIBUTED.match(line.strip()), directory)


def writer_note_credit(line: str, directory: OutletDirectory) -> str | None:
    """The outlet a closing note says the writer works for ("Jane Roe is a staff writer at The
    Diplomat.", "This article was written by Jane Roe, a reporter for Fox News Digital. ..."),
    an opinion piece's disclaimer names ("... do not necessarily reflect Al Jazeera's editorial
    stance"), a site's note on a feed's story names ("No Business Standard journalist was
    involved ..."), or a broadcaster hands over from ("CNN's Paula Hancocks reports from
    Seoul.")."""
    line = line.strip()
    return _named_by(_WRITER_NOTE.match(line) or _WRITTEN_BY.match(line)
                     or _DISCLAIMER.search(line) or _FEED_DISCLAIMER.search(line)
                     or _HAND_OVER.match(line) or _QUOTED_HAND_OVER.search(line), directory)


def source_note_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet an aggregator's note names as the story's source: "This article is
    from the source 'nytimes' ...", "... at its original source at https://www.nytimes.com/...", "Source AP";
    or a whole line labelling its source ("Quelle: WELT/…", `source_label_lines`)."""
    match = _SOURCE_NOTE.search(line) if len(line) <= 400 else None
    return _named_by(match, directory) or labelled_source_credit(line, directory)


def title_source_credit(title: str, directory: OutletDirectory) -> str | None:
    """A listed outlet in brackets ending a title: "Seoul keeps the pact (Yonhap)"."""
    return _named_by(_TITLE_SOURCE.match(title.strip()), directory)


def _named_by(match: re.Match | None, directory: OutletDirectory) -> str | None:
    """The listed outlet a form's match names, as printed (its one name group that matched)."""
    if match is None:
        return None
    credit = next(value for value in match.groupdict().values() if value)
    return _listed(credit, directory)


def _listed(credit: str, directory: OutletDirectory) -> str | None:
    credit = tidy_credit(credit)
    if directory.named(credit) or directory.handle(credit):
        return credit
    host = credit.lower()
    return credit if re.fullmatch(r"[\w.-]+\.[a-z]{2,6}", host) and directory.at_host(host) else None

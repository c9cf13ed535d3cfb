"""Lines of real pages that are not the article: player and share text, "Read More" and
"Related" blocks, editors' notes, and the date, byline and dateline lines (kept as metadata).

The rules name kinds of furniture that many sites print, never one site's lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.intake.access_pitches import is_access_pitch
from corpus.intake.broadcast_lines import is_broadcast_line
from corpus.intake.chrome_lines import is_chrome_line
from corpus.intake.citations import is_citation
from corpus.intake.comment_widgets import is_comment_widget
from corpus.intake.contact_lines import EMAIL_ADDRESS, is_contact_or_source_line
from corpus.intake.east_asian_widgets import is_east_asian_widget
from corpus.intake.european_widgets import is_european_widget
from corpus.intake.member_walls import is_member_wall
from corpus.intake.offer_lines import is_offer_line
from corpus.intake.page_markers import is_page_marker
from corpus.intake.pitch_lines import is_pitch_line
from corpus.intake.printed_dates import MONTH_NAME
from corpus.intake.reader_prompts import is_reader_prompt
from corpus.intake.recirculation_lines import is_recirculation_line
from corpus.intake.site_notices import is_site_notice
from corpus.intake.site_widgets import is_site_widget
from corpus.reporting_verbs import ACCORDING, ANNOUNCING, QUOTING, REMARKING, SAYING, any_of
from corpus.required_text import Gated

# A site's pitch and tools around the story: picks, newsletters, apps, follow and support
# appeals, rows of share tools ("Print E-mail Bookmark and Share"), navigation ("Previous
# Next"), a picture's label, a rating.
_SITE_PITCH = (
    r"^\W*+(?:editor['’]?s['’]?\s+picks?|newsletters?|add\s+(?:a\s+)?comment|chat\s+with\s+us\b.*"
    r"|join\s+(?:the|our)\s+(?:.{1,40}\s+)?(?:mailing\s+list|newsletter)|(?:become\s+a\s+"
    r"(?:supporter|member|subscriber|patron)|donate(?:\s+now)?|fighting\s+fund)"
    r"|(?:read|see|pick\s+up)\s+.{1,60}\s+for\s+(?:full|more|complete)\s+(?:details|coverage)"
    r"|follow\s+.{1,40}\s+on\s+(?:our\s+(?:official\s+)?)?(?:twitter|facebook|instagram|x|whatsapp"
    r"|telegram|youtube|linkedin|threads|google\s+news)\b.{0,100}"
    r"|(?:download\s+(?:the|our)\s+.{0,30}app|(?:.{1,30}|(?<=\W))\bapp\s+download)\b.*"
    r"|.{0,200}\b(?:quality|independent|our)\s+journalism\b.{0,200}"
    r"|(?:(?:print|e-?mail|bookmark|share|save|tweet|and)\b\W*){3,}|photos?|images?|pictures?"
    r"|(?:(?:previous|prev|next|back\s+to\s+top|all\s+headlines|home|close)\b\W*){1,4}"
    r"|rating\s*:\s*[\d.]+(?:\s*/\s*\d+)?)\W*$"
)
# The forms of a furniture line that may open with a mark, not a word: tried wherever such a mark stands among the
# marks opening the line; every other form only after all of them ("^\W*+"), not at each of a long run's characters
# (a 100 KB line of spaces took a minute, review 51). (An e-mail address opening with a dot, a plus or a dash
# right after marks, "-@x.org", is no address: read from its first letter.)
_OPENED_BY_A_MARK = (
    r"(?:\*\s*)?more\s+to\s+come\s*\*?"
    r"|\(end\)|\(?(?:lead|urgent|news\s+focus|2nd|3rd|\d+th)\s*(?:ld)?\)?"
    r"|(?<!=)={2,}\s*[A-Za-z][\w ]{1,30}|\{\w+\}|\[[^\]]{1,120}+\]|\(?last\s+modified\b.*"
    r"|(?:©|\(c\)|copyrights?\b).{0,160}"
    r"|©\s*[A-Z][\w&.'’ -]{1,30}\.\s.{0,300}"  # "© Reuters. A police officer on guard ..."
    r"|\(?(?:the\s+above|this)\s+(?:story|article)\s+(?:first\s+appeared|appeared\s+(?:first\s+)?"
    r"(?:on|in)|was\s+(?:first|originally)\s+published)\b.{0,300}"  # a repost's credit (`reposts`)
    r"|[—–-](?:\s*+[^()\s][^()]{0,59}+|\s++)\(@\w{1,30}\)\s+.{4,40}"
    r"|\(?[A-Z]{1,3}-[A-Z]{1,3}\)?|\(end\)\s+\S{1,20}"
)
# A line that is furniture wherever it stands.
_FURNITURE_LINE = re.compile(
    r"(?i)^\W*(?=[*(={\[©—–-])(?:" + _OPENED_BY_A_MARK + r")\W*$"
    r"|^\W*+(?:just\s+watched|must\s+watch|replay|more\s+videos(?:\s*\.\.\.)?|now\s+playing"
    r"|video(?:\s+ad\s+feedback)?|ad\s+feedback|watch(?:\s+(?:now|video|live))?|play\s+video"
    r"|(?:read|see)\s+more(?:\s*[:>»›].*)?|read\s+next(?:\s*:.*)?|related(?:\s+(?:articles?|"
    r"stories|news|content|coverage|topics|videos?))?(?:\s*:.*)?|see\s+also(?:\s*:.*)?"
    r"|more\s+on\s+this\s+story|top\s+stories|recommended(?:\s+for\s+you)?|(?:also\s+)?read\s*:.*"
    r"|share(?:\s+(?:this|on|via|article|story)\b.*)?|share\s*/\s*save|tweet|email|e-mail|print"
    r"|facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|copy\s+(?:link|url)"
    r"|comments?|listen(?:\s+to\s+this\s+article.*)?|font\s*size.*|text\s+size.*|a\s*a\s*a|"
    r"(?:this\s+is\s+a\s+)?developing\s+story|breaking(?:\s+news)?|"
    # "More to follow.", a wire's note on a story it is still writing; a theme's "Exit mobile version"
    r"(?:more(?:\s+details)?|details)\s+to\s+follow|exit\s+mobile\s+version|"
    r"subscribe(?:\s+now|\s+to\s+[^.!?]{1,40})?|sign\s+up.*newsletter.*|story\s+continues\s+below.*"
    r"|continue\s+reading(?:\s+the\s+main\s+story)?|advertisement|sponsored(?:\s+content)?"
    r"|send\s+(?:a\s+)?link\s+to\s+a\s+friend|e-?mail\s+(?:this\s+)?to\s+a\s+friend"
    r"|read\s+more\s+at\b.*|(?:source\s*:\s*)?read\s+(?:the\s+)?(?:full|original)\s+"
    r"(?:story|article)\b.*|more\s+from\s+[^:]{1,40}:.*"
    r"|(?:posted|published)\s+by\s+.{1,40}\s+at\s+\d{1,2}:\d\d\s*(?:[ap]m)?"
    r"|(?:image|media|photo|video)\s*(?:copyright|caption|source|credits?)(?:\b|(?-i:(?=[A-Z]))).*"
    r"|watch\s+video(?:\s+\d{1,2}:\d\d)?|quote|logged|reply|(?:offline|online)\s+\S+"
    r"|(?:posts|gender|karma|reputation|joined|location)\s*:.{0,40}"
    r"|\d+\s+members?\s+and\s+\d+\s+guests?\s+are\s+viewing\s+this\s+topic\.?"
    r"|author\s+topic\s*:.*"
    r"|[a-z]{2,4}(?:/[a-z]{2,4})+\s*(?:\([^()]{1,60}\))?"
    r"|" + EMAIL_ADDRESS +
    r"|(?:editor|editing|reporter|writer|translator|translated\s+by)\s*:\s*[^.]{1,60}"
    r"|by\s*:\s*[^|.!?]{1,60}(?:\|[\s.]*)?"
    r"|(?-i:[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s*/\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2})"
    r"|(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3})\s+reports(?:\s+from\s+(?-i:[A-Z][\w ]{1,30}))?"
    # a broadcaster's reporter signing off: "Kim Hyo-sun, Arirang News."
    r"|(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}),\s+(?-i:[A-Z][\w&.'’ -]{0,30}?)\s?(?:news|tv|radio)"
    r"|(?:hide|show)\s+caption|toggle\s+caption|enlarge\s+(?:this\s+)?image|caption"
    r"|\d{1,2}:\d\d(?::\d\d)?|\d+\s+(?:min(?:ute)?s?|hours?)\s+(?:read|ago)|" + _OPENED_BY_A_MARK + r")\W*$"
    # recirculation headings: "Related UPI Stories", "Trending Stories", "Next In World"
    r"|^\W*+(?:related\s+(?:\S+\s+){1,2}(?:stories|articles|news)|trending(?:\s+(?:stories|now|news"
    r"|topics))?|most\s+(?:read|popular|viewed|shared|watched)(?:\s+(?:stories|articles|news|videos?))?"
    r"|popular(?:\s+(?:stories|now|news))?|next\s+in\s+\w+(?:\s+\w+)?|follow\s+us|more\s+related\s+(?:news|stories|articles)"
    r"|speak\s+your\s+mind|read\s+what\s+others\s+are\s+saying"  # a comment box's heading
    r"|latest(?:\s+news)?(?:\s+updates?)?|more\s+(?:stories|news)|you\s+may\s+also\s+like"
    r"|in\s+case\s+you\s+missed\s+it|don['’]t\s+miss"
    # a site's links and labels: "Full article", "Article Search", "Upcoming Events", "Staff Report"
    r"|full\s+(?:article|version|text)|article\s+search|connected\s+content|upcoming\s+events"
    r"|editorial\s+content|staff\s+report|official\s+trailer|sponsored\s+by"
    r"|新聞關鍵字|新闻关键字|加入\s*line\s*好友)\W*$"
    # a line of tags ("#Yoon Suk-yeol #election"), a picture's credit of several parts
    # ("Hannah McKay/Pool/Getty Images"), a telephone number
    r"|^\s*#[^#\s][^#]{0,40}(?:\s#[^#\s][^#]{0,40}){0,9}$"
    r"|^(?-i:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}(?:\s?/\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}){2,3})$"
    r"|^\W*+\d[\d\s().-]{7,18}\d\s*$"
    r"|" + _SITE_PITCH
)
# Two forms of a furniture line kept out of `_FURNITURE_LINE`, each asked only of lines that can hold it
# (both scan and back off over the whole line: 70% of its time when they were in it, perf24):
# a line ending in a dash and a credit of several parts ("... - AP/REUTERS"), the pattern as it was;
_ENDS_IN_SLASHED_CREDIT = re.compile(
    r"(?i)^\W*[^|]{20,}\s[-–—]\s*[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+)*(?:\s*/\s*[A-Z][A-Z.'-]+"
    r"(?:\s[A-Z][A-Z.'-]+)*)+\W*$"
)
# a line ending in a tweet's picture link within 300 characters of its start
# (was `^\W*.{0,300}\bpic\.twitter\.com/\S+\W*$`: the link is found first, the start measured after)
_TWITTER_PICTURE_TO_END = re.compile(r"(?i)\bpic\.twitter\.com/\S+\W*$")
_UP_TO_300_AFTER_PUNCTUATION = re.compile(r"\W*+.{0,300}+")


def _slashed_credit_or_tweet_picture(line: str) -> bool:
    if "/" not in line:
        return False
    if ("-" in line or "–" in line or "—" in line) and _ENDS_IN_SLASHED_CREDIT.match(line):
        return True
    # the first link that ends the line is the one to measure: what allows a later start allows it
    link = _TWITTER_PICTURE_TO_END.search(line)
    return link is not None and _UP_TO_300_AFTER_PUNCTUATION.fullmatch(line, 0, link.start()) is not None


# A speaker's verb: a cookie statement quoted in a story ("We use cookies, the company admitted in 2018.")
_SPEAKER_VERB = any_of(SAYING, QUOTING, REMARKING, ANNOUNCING, ("admitted", "acknowledged", "conceded", "explained",
                                                                 "insisted", "claimed", "wrote", "replied"))
# A paywall's or a cookie banner's words to the reader ("To continue reading", "Request your
# trial", "This site uses cookies ... If you click on 'Accept' ..."), a line of sources ("News
# sources: NHK, ANNnewsCH", "Source:VOA": a credit, read as one from the lines as received).
_READER_PROMPT = re.compile(
    r"(?i)^\W*(?:to\s+continue\s+reading|(?:subscribe|sign\s+in|log\s*in|register)\s+to\s+"
    r"(?:continue\s+reading|read\s+(?:more|the\s+full\s+(?:story|article)))|request\s+(?:your|a)"
    r"\s+(?:free\s+)?trial|already\s+(?:a\s+subscriber|have\s+an\s+account)\??)\b.{0,60}$"
    r"|^(?=.{0,400}$)(?=.*\bcookies?\b)(?=.*\b(?:you|your|we)\b)"
    r"(?=.*\b(?:accept|consent|cookie\s+policy|agree)\b).*"
    # the site's own statement opening the line, no one's quoted: "We use cookies to improve our service for you. …"
    r"|^(?=.{0,400}$)(?!.*" + _SPEAKER_VERB + r")(?:we|this\s+(?:web\s?)?site|our\s+(?:web\s?)?site)"
    r"\s+(?:uses?|is\s+using)\s+cookies\b.*"
    r"|^\W*(?:news\s+)?sources?\s*:\s*(?-i:[A-Z])[^.!?\d|]{0,80}$")  # with a date: a date line
# A line that starts a block of furniture: it and the short lines after it, up to the next
# paragraph of prose, are not the article. "Latest" alone heads a site's list of its latest
# stories, each headline with its own time ("06/26/2025 01:56 PM - Business", Focus Taiwan's):
# those times are the list's, never the page's.
_BLOCK_START = re.compile(
    r"(?i)^\W*(?:just\s+watched|must\s+watch|more\s+videos|related(?:\s+(?:articles?|stories|"
    r"news|content|coverage|videos?))?|read\s+more|see\s+also|more\s+on\s+this\s+story"
    r"|top\s+stories|recommended(?:\s+for\s+you)?|read\s+next|watch\s+video(?:\s+\d{1,2}:\d\d)?|latest"
    r"|next\s+in\s+\w+(?:\s+\w+)?|baca(?:\s+juga)?)"  # "Next In World", Indonesian "Baca:" (read), over links
    r"\W*$"
)
# A photo's caption: a line closed by its credit ("... 2019. /VCG Photo", "-- PHOTO: REUTERS",
# "(Yonhap photo)", "AP Photo/Ahn Young-joon").
_CAPTION = re.compile(
    r"(?i)(?:(?:\s[-–—/|]{1,2}|\(|\.\s)\s*(?:[\w&.-]+\s+){0,3}(?:photo|photograph|image|picture)s?"
    r"(?:\s*(?:by|:|/)\s*[^()]{1,60})?\)?|\b(?:AP|AFP|EPA|Reuters|Yonhap|Getty)\s+(?:Photo|Images)"
    r"\s*/[^/]{1,60}|\((?:[^()/]{1,60}/){1,2}(?:Getty\s+Images|AFP|AP|EPA|Reuters)\)"
    r"|\((?:photo\s+)?courtesy\s+of\s[^()]{1,80}\)"
    r"|(?-i:\([A-Z][\w.&-]+(?:\s[A-Z][\w.&-]+)?/(?:[A-Z][\w.'’-]+\s){1,3}[A-Z][\w.'’-]+\))"
    r"|\([^()]{0,20}\bphoto\b[^()]{0,20}\)\s*\([^()]{2,30}\))\s*$"  # "(Pool photo) (Yonhap)"
)
# A picture's credit on a line of its own, as the photo wires print it under a picture they pass
# on: who took or released it, then "via" the wire ("Kyodo News via AP", "Japan's Defense Ministry
# via AP", "Handout via Reuters", "Kyodo/via Reuters", "Jane Roe/Pool via Getty Images"). A story
# passed on names its carrier by a site ("Yonhap via Korea Bizwire"), not a photo wire.
_WIRE_PICTURE_CREDIT = re.compile(
    r"^(?:[A-Z][\w&.'’-]*|of|the|and|de)(?:[\s/]+(?:[A-Z][\w&.'’-]*|of|the|and|de)){0,5}\s*/?\s*via\s+"
    r"(?:AP|Reuters|REUTERS|Getty\s+Images|AFP|EPA|Shutterstock)(?:\s+(?:file\s+)?photo)?\s*$")
# A caption's date, the day the picture was taken, then its credit after the full stop:
# "... has been killed in Gaza, Wednesday, Aug. 13, 2014. AP", "... 23 November 2016. EPA",
# "... Sept. 12, 2016. (Xinhua/Newsis)", "... 16 March 2023. JANE ROE/Pool via REUTERS" (an agency and its partner or photographer: a story's
# own credit after a date, "(Yonhap)", names one).
_CAPTION_DAY = rf"(?:{MONTH_NAME}\.?\s+[0-3]?\d,|[0-3]?\d\s+{MONTH_NAME}\.?)\s+(?:19|20)\d\d\."  # "April 13, 2012."
_DATED_CAPTION = re.compile(
    rf"{_CAPTION_DAY}(?:\s+|(?=[A-Z]{{2,}}\s*$))"
    r"(?:[A-Z][\w&.'’/-]*(?:\s(?:via\s)?[A-Z][\w&.'’/-]*){0,2}|\([A-Z][\w&.'’-]*/[A-Z][\w&.'’ -]*\))\s*$")
_DATED_BRACKET_CREDIT = re.compile(rf"{_CAPTION_DAY}\s+\([A-Z][\w&.'’ -]{{1,30}}\)\s*$")
_DATED_CAPTION = Gated(_DATED_CAPTION)  # (asked only of tails naming a month: it tries a day at every place)
# A caption saying whose picture it is: "An image released by the government shows ..." (a
# story's sentence reports in the past). (A caption ending on the day its picture was taken,
# "X takes questions in Tokyo, June 29, 2012.", stays a passage: its date places an undated page.)
_WHOSE_PICTURE = re.compile(r"^(?:An?|This|The)\s+(?:[\w-]+\s+){0,2}(?:image|photo|picture)\s+(?:(?:released"
                            r"|provided|taken|distributed|issued)\s+by|from)\b[^.!?]{0,200}\bshows\b[^.!?]*\."
                            r"(?:\s+[—–-]\s*[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2})?$")  # "… on Tuesday. — AFP"
# Who stands where in the picture, as captions mark it: "Col. Lee (R), spokesperson ...", "(2nd L)".
_POSITION_MARK = re.compile(r"\((?:\d(?:st|nd|rd|th)\s+|far\s+|front\s+|back\s+)?(?:L|R|C|left|right|centre|center)\)")
# The credit closing a caption: "(Yonhap)", "(Yonhap News)", "/ AP", "/AFP".
_CAPTION_CREDIT = re.compile(r"(?:\([A-Z][\w&.'’ -]{1,30}\)|\s/\s?[A-Z][\w&.'’-]{1,20})\s*$")
# A caption that says it describes a picture and ends with a bracketed credit: "This AP file
# photo shows ... (Yonhap)", "In this photo taken on ..., ... (AFP)".
_PICTURE_TALK = re.compile(
    r"(?i)(?:\b(?:this|the|a)\s+(?:[\w-]+\s+){0,2}(?:photo|picture|image)\s+(?:shows|taken|provided"
    r"|released)|\bin\s+this\s+(?:[\w-]+\s+){0,2}(?:photo|picture|image)\b|\bpictured\b)"
    r"[^()]{0,300}\([^()]{2,40}\)\s*$")
# A wire's photographer closing the caption, as Reuters and others print it: "… in Tokyo, 2015.
# REUTERS/Toru Hanai", "… REUTERS/Kim Hong-Ji/File Photo".
_WIRE_PHOTOGRAPHER = re.compile(r"[.!?)]\s+(?:REUTERS|AFP|EPA|XINHUA|KYODO|YONHAP)/[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+){0,3}"
                                r"(?:/File(?:\s+Photo)?)?\s*$")
_CAPTION_WORDS = ("photo", "image", "picture", "courtesy", "/")
# A picture's credit glued to a slash after the caption's last sentence, as Korean papers
# print it: "... on Sunday. /Yonhap", "... in Seoul. /News1" (a story's credit is spaced or
# bracketed: "— Yonhap", "(Yonhap)").
_SLASH_CREDIT = re.compile(r"[.!?]\s+/[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2}\s*$")
# A caption describes what a picture shows, in the present tense, where and when: "Police
# officers salute as a ship arrives at a dock ... on Sunday. (Yonhap)", "X speaks at a press
# conference in Seoul on Jan. 13, 2023, ... (Yonhap)". A story's sentences report in the past.
_PICTURE_VERB = re.compile(
    r"(?i)\b(?:speaks?|salutes?|arrives?|poses?|walks?|shakes?|attends?|holds?|looks?(?=\s+on)"
    r"|waves?|listens?|delivers?|stands?|gestures?|sits?|hovers?|lies|watches|inspects?|greets?"
    r"|bows?|enters?|leaves|talks?|smiles?|chats?|answers?|reviews?|marches|march"
    r"|pays?\s+(?:tribute|respects?)|lays?\s+a\s+wreath|prays?|mourns?|raises?|rides?|"
    r"gathers?|gather|hugs?|weeps?|cries|cheers?|clap|claps|addresses|takes\s+questions"
    r"|unveils?|applauds?|kneels?|carries|stares?|lifts\s+off|takes\s+off|flies|sails|docks)\b")
# A caption's first sentence is short (~400 characters at most on the labelled pages): a longer one is a story's, and
# its verbs are not looked for (a case-blind list of verbs tried at each of 100,000 words takes ~0.08 s of CPU).
_LONGEST_CAPTION_SENTENCE = 1000
_WHERE_OR_WHEN = re.compile(
    r"\b(?:in|at|on|near|outside|inside)\s+(?:the\s+)?[A-Z]|\bon\s+(?:\w+day|Jan|Feb|Mar|Apr"
    r"|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
# "Kim did not answer directly", "refused to speak": a story's verb, never a picture's present.
_AUXILIARY_BEFORE = re.compile(r"(?i)\b(?:not|never|to|did|does|do|will|would|could|can|should|may|might|must)\s+$"
                               r"|n['’]t\s+$")
_REPORTING = re.compile(any_of(SAYING, ("tells", "added"), ANNOUNCING, ACCORDING))  # (in lower case only)
# A short line ending in an address: a feed's or a forum's link to the source.
_LINK_LINE = re.compile(r"^(?:\S+\s+){0,10}<?https?://\S+>?$")
# A bullet of a list of links ("• South Korea to pull out of pact"): no sentence.
_LINK_BULLET = re.compile(r"^[•·▪►»]\s*[^.!?]{1,140}$")
# Editors' notes to other editors or to readers: "(ATTN: RECASTS lead ...)", "Editor's note: ...".
_EDITORS_NOTE = re.compile(
    r"(?i)^\W*(?:\((?:attn|editors?|eds|corrects?|recasts?|adds|updates?)\b[^)]*\)?"
    r"|editor['’]?s['’]?\s+note\b|(?:this\s+(?:story|article)\s+(?:has\s+been|was)\s+"
    r"(?:updated|corrected))|(?:updated|corrected)\b[^.]{0,60}\bto\s+(?:clarify|correct|reflect"
    r"|include|add|remove)\b)"
)
# A line from which on the rest of the page is not the article: tags, comments, more news.
_FOOTER_START = re.compile(
    r"(?i)^\W*(?:tags?|key\s?words|topics)\b\s*:?(?:\s.*)?$"
    r"|^\W*(?:\(end\)|-30-|#{3}|enditem(?:/\w{1,4})?)\s*$"  # CNA's "ENDITEM/J"
    r"|^\W*(?:latest\s+headlines|no\s+comments?|post\s+a\s+comment|external\s+links?"
    r"|comments\s+are\s+closed|more\s+(?:from|in)\s+.{1,40})\s*:?\W*$"
)
# A linked headline with its source: '"Japan starts the release" (Reuters)' (no sentence in
# the quotes: a quoted statement ends in a stop inside them).
_QUOTED_LINK = re.compile(r"^[\"“][^\"“”]{3,200}(?<![.!?,])[\"”]\s*\([^()]{2,40}\)$")
_BYLINE_LINE = re.compile(r"^(?:By|BY)\s+[A-Z][^.!?]{1,100}$")


def is_furniture(line: str) -> bool:
    # (a line is asked about by many rules; the answer is the line's alone: a short one's is kept,
    # review fixes session 18, a long one's computed again, not kept with it)
    return _short_furniture(line) if len(line) <= _KEPT_UP_TO else _is_furniture(line)


_KEPT_UP_TO = 400


@lru_cache(maxsize=4096)
def _short_furniture(line: str) -> bool:
    return _is_furniture(line)


def _is_furniture(line: str) -> bool:
    return (bool(_FURNITURE_LINE.match(line) or _slashed_credit_or_tweet_picture(line) or _EDITORS_NOTE.match(line)
                 or _LINK_BULLET.match(line) or _READER_PROMPT.match(line))
            or ("http" in line and bool(_LINK_LINE.match(line))) or is_caption(line)
            or is_quoted_link(line) or is_site_notice(line) or is_site_widget(line) or is_reader_prompt(line)
            or is_east_asian_widget(line) or is_citation(line) or is_offer_line(line) or is_comment_widget(line)
            or is_pitch_line(line) or is_european_widget(line) or is_contact_or_source_line(line)
            or is_member_wall(line) or is_recirculation_line(line) or is_chrome_line(line) or is_page_marker(line)
            or is_access_pitch(line) or is_broadcast_line(line))


def is_quoted_link(line: str) -> bool:
    return bool(_QUOTED_LINK.match(line.strip()))


def is_caption(line: str) -> bool:
    return len(line) < 400 and _short_caption(line)  # (no caption from 400 characters: none kept)


@lru_cache(maxsize=4096)  # (as `is_furniture`)
def _short_caption(line: str) -> bool:
    tail = line[-120:].lower()
    if is_wire_picture_credit(line):
        return True
    if _DATED_CAPTION.search(line[-80:]):
        return True  # "... Wednesday, Aug. 13, 2014. AP": the day the picture was taken
    if _CAPTION_CREDIT.search(line) and (describes_picture(line)
                                         or (_POSITION_MARK.search(line) and not _REPORTING.search(line))):
        return True  # "X arrives at the ministry in Seoul on Aug. 23, 2019. (Yonhap)"
    if _WHOSE_PICTURE.match(line) or _WIRE_PHOTOGRAPHER.search(line[-60:]):
        return True
    if (any(word in tail for word in _CAPTION_WORDS) and _CAPTION.search(line)) \
            or _SLASH_CREDIT.search(line):
        return True
    return "(" in tail and bool(_PICTURE_TALK.search(line))


def is_wire_picture_credit(line: str) -> bool:
    """"Kyodo News via AP": a picture's credit, naming no outlet of the story."""
    return bool(_WIRE_PICTURE_CREDIT.match(line.strip()))


def gallery_caption(paragraph: str, paragraphs: tuple[str, ...]) -> bool:
    """A picture's caption among a gallery's: the day it was taken and a bracketed credit closing
    it ("… at a rally against the launch, April 13, 2012. (AP)"), with another caption of the same form on the page
    ("… April 8, 2012. (AFP photo)"). Alone, or beside one undated caption ("… near his field. (AFP photo)"), the form
    may end a wire's story on a date."""
    return bool(_DATED_BRACKET_CREDIT.search(paragraph[-80:])) and any(
        other != paragraph and _DATED_BRACKET_CREDIT.search(other[-80:]) for other in paragraphs)


def describes_picture(paragraph: str) -> bool:
    """Its first sentence says what someone does in a picture, in the present tense, with
    a place or a time: "X speaks at a press conference in Seoul on Jan. 13, 2023"."""
    first = re.split(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z(])", paragraph.strip(), maxsplit=1)[0]
    if len(first) > _LONGEST_CAPTION_SENTENCE or _REPORTING.search(first):
        return False  # "Kim, who speaks Japanese, said in Tokyo ...": a story's sentence
    verb = next((verb for verb in _PICTURE_VERB.finditer(first)
                 if not _AUXILIARY_BEFORE.search(first[:verb.start()])), None)
    return bool(verb and _WHERE_OR_WHEN.search(first[verb.end():]))


# A Korean photo's caption: one sentence with the day, ending on what is going on in the
# picture ("… 정회돼 있다.", "… 악수하고 있다.", "… 부서져 있다."); a story's sentences end on what happened ("…했다.").
_KOREAN_CAPTION = re.compile(r"^[^.!?]*?\d{1,2}일[^.!?]*?(?:하고|고|돼|되어|해|어|져|여)\s*있다\.?$")


def is_korean_caption(paragraph: str) -> bool:
    """A line under which a lone wire's name ("연합뉴스") credits the picture, not the story."""
    return bool(_KOREAN_CAPTION.match(paragraph.strip()))


def starts_footer(line: str) -> bool:
    return bool(_FOOTER_START.match(line))


def starts_furniture_block(line: str) -> bool:
    return bool(_BLOCK_START.match(line))


def is_editors_note(line: str) -> bool:
    return bool(_EDITORS_NOTE.match(line))


def looks_like_byline(line: str) -> bool:
    """"By CHOE SANG-HUN, New York Times": "By", then names, short, no sentence."""
    if not _BYLINE_LINE.match(line) or len(line.split()) > 14:
        return False
    words = [word for word in re.split(r"[\s,|/]+", line[3:]) if word]
    capitalised = sum(word[:1].isupper() or word in ("and", "in", "of", "for") for word in words)
    return capitalised == len(words)

"""What a site says to its readers around the story, in the languages pages print it: not the
article (`corpus.intake.furniture` holds the other kinds of furniture).

* a blog's subscription and comment widgets: "Discover more from <site>" ("Descubre más desde
  ..."), "Subscribe to get the latest posts sent to your email", "Your subscription has been
  successful", "Be the first to comment", "There are no comments yet";
* a comment policy ("All comments are moderated ...", "... a new commenting experience ...
  community guidelines") and a form's consent ("I agree to the Terms of Use ... Privacy
  Policy");
* an archive's or a site's disclaimer ("Disclaimer | This is not a ... publication");
* official pages' and reports' notes on their text: a translation's ("This is a provisional
  translation ...", "The original text is in Japanese."), the author's responsibility for its views
  ("The opinions expressed in this text are the responsibility of the author alone."), a link to
  its full text ("Click here for the full text (PDF) of the article."), its cover's holder ("Cover:
  © ..."), a document-sharing site's tools ("Embed Size (px)", "Citation preview");
* notes of the reporting a story drew on ("Based on reporting by AP, AFP and Reuters", "(Reporting
  by Jane Roe Editing by John Doe)"), pointers to the original ("Link to original story on
  ... website") and to the site's own pages ("For all current news, visit our News home page.");
* the site's own pointers and tools ("Click here to read full post.", "Contact", a channel
  guide, an app's download button, a consent a tool asks for), a lead-in to an earlier report
  quoted below it ("As NPR has reported:"), a wire's sign-off with its editor's initials
  ("dpa/jp - Bild: ...");
* a change tracker's notes on the page's history ("The article has changed 12 times.", "Version 0
  Version 1", "(32 minutes later)"), a live page's end ("Our live coverage for the day has ended."),
  a view counter ("109 reads"), an end mark in Korean, Chinese, French or German ("(끝)", "（完）",
  "(fin)"), a copyright notice in Korean, Japanese or Chinese ("<저작권자(c) ..., 무단 전재-재배포
  금지>", "無断転載を禁じます", "版权所有"), and the headings of other stories' lists in other
  languages ("推荐阅读", "関連記事", "관련기사", "Lire aussi", "Lea también", "Mehr zum Thema").

Credits on these lines (a copyright holder, the original's address) are read from the lines
as received (`corpus.metadata`): a line is furniture for the passages, not for the outlet.
"""

from __future__ import annotations

import re

from corpus.required_text import Gated

_LONGEST_NOTICE = 500

_WIDGET = re.compile(
    r"(?i)^\W*(?:discover\s+more\s+from|descubre\s+más\s+(?:desde|de)|descubra\s+mais\s+(?:sobre|de)"
    r"|découvrez\s+plus\s+(?:de|sur)|entdecke\s+mehr\s+von|scopri\s+di\s+più\s+(?:da|su))\s+\S.{0,100}$"
    r"|^\W*(?:subscribe|suscr[ií]bete|inscreva-se|abonnez-vous|abonniere|iscriviti)\b.{0,40}"
    r"\b(?:latest|últimas|derniers|neuesten|ultimi)\b.{0,40}\b(?:e-?mail|correo|courriel)\b.{0,40}$"
    r"|^\W*your\s+subscription\s+(?:has\s+been\s+successful|could\s+not\s+be\s+saved)\b.{0,60}$"
    r"|^\W*(?:be\s+the\s+first\s+to\s+comment|s[ée]\s+el\s+primero\s+en\s+comentar"
    r"|soyez\s+le\s+premier\s+à\s+commenter|there\s+are\s+no\s+comments(?:\s+yet)?\b.{0,40}"
    r"|subscribe\s+to\s+our\s+(?:daily|weekly|free)?\s*newsletters?)\W*$")
_COMMENT_POLICY = re.compile(
    r"(?i)^(?=.*\b(?:comments?\s+(?:are|is)\s+moderated|commenting\b|community\s+guidelines"
    r"|comment\s+(?:policy|form|section)))(?=.*\b(?:you|your)\b)")
_CONSENT = re.compile(r"(?i)^(?=.*\b(?:terms\s+of\s+(?:use|service)|privacy\s+policy)\b)"
                      r"(?=.*\b(?:I\s+(?:agree|acknowledge|consent|have\s+read)|you\s+(?:agree|acknowledge"
                      r"|consent)|by\s+(?:clicking|providing|continuing|subscribing|signing|submitting))\b)")
_DISCLAIMER = re.compile(r"(?i)^\W*disclaimer\s*[:|]")
# Official pages' and reports' notes on the text: its translation ("(This is a provisional translation of
# ... for reference purposes only)", "The original text is in Japanese."), the author's responsibility for
# its views, a link to its full text, its cover picture's holder; a document-sharing site's tools.
_REPORT_NOTE = re.compile(
    r"(?i)^\W*(?:this\s+is\s+an?\s+)?(?:provisional|unofficial|tentative)\s+translation\b.{0,300}$"
    r"|^\W*the\s+original\s+(?:text|version)\s+is\s+in\s+[A-Z][a-z]+\W*$"
    r"|^\W*the\s+(?:opinions|views)\s+expressed\s+(?:in\s+this\s+\w+\s+)?are\s+(?:the\s+(?:sole\s+)?"
    r"responsibility\s+of|(?:solely\s+)?those\s+of)\s+the\s+authors?\b.{0,120}$"
    r"|^\W*click\s+here\s+for\s+the\s+(?:full|whole|complete)\s+(?:text|report|article|paper)\b.{0,60}$"
    r"|^\W*cover(?:\s+(?:photo|image|picture))?\s*:\s*(?:©|\(c\)).{0,100}$"
    r"|^\W*(?:embed\s+size\s*\(px\)|citation\s+preview)\W*$"
    # a broadcaster's note on its transcript: "Notice: Transcripts are machine and human generated …", "* 아래
    # 텍스트는 실제 방송 내용과 차이가 있을 수 있으니 …" ("the text below may differ from what was aired")
    r"|^\W*(?:notice\s*:\s*)?transcripts?\s+(?:are|is)\s+(?:machine|computer|automatically)\b.{0,200}$"
    r"|^\W*(?:아래\s*)?(?:텍스트|자막|글)는\s*실제\s*방송\s*내용과\s*(?:차이|다를).{0,120}$")
# A site's link to the page on its standards, "Why you can trust Sky News": furniture here, its outlet read by
# `corpus.intake.quoted_pages`.
WHY_TRUST_OPENING = r"^\W*Why\s+you\s+can\s+trust\s+"
# "AP, AFP, and Reuters", "wire services": names joined by commas and "and", no sentence.
_NAMES = (r"(?:[\w&./'’-]+\s*){1,4}(?:(?:,|,?\s+and)\s+(?:the\s+)?(?:[\w&./'’-]+\s*){1,4}){0,5}")
_SOURCING_NOTE = re.compile(
    r"(?i)^\W*(?:(?:based\s+on|with|compiled\s+from|drawing\s+on)\s+(?:reporting|reports|material"
    r"|information)\s+(?:by|from)\s+(?:the\s+)?" + _NAMES +
    r"|\(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^()]{2,200}\)"
    r"|link\s+to\s+(?:the\s+)?original\s+(?:story|article|post|report)\b.{0,60}"
    r"|(?:for\s+[^,]{1,40},\s+)?visit\s+our\s+.{0,40}\b(?:home\s*page|website|site)"
    r"|(?:further|more|additional)\s+(?:information|reading|details)\s*:?)\W*$")
# A change tracker's or an archive's notes on the page's history: "The article has changed 12
# times.", "This article is from the source 'X' and was first published or seen on ...",
# "Version 0 Version 1", "(32 minutes later)".
_PAGE_HISTORY = re.compile(
    r"(?i)^\W*(?:(?:this|the)|you\s+can\s+find\s+the(?:\s+current)?)\s+(?:article|story|page)\b"
    r"(?=.{0,200}\b(?:has\s+changed\s+\d+\s+times?|is\s+from\s+the\s+source|first\s+published\s+or"
    r"\s+seen|last\s+changed|original\s+source|rss\s+feed|versions?\s+\d))"
    r"|^\W*(?:version\s+\d+\s*){1,4}$"
    r"|^\(\s*\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?)\s+later\s*\)$"
    # a live page's notice that it stopped: "Our live coverage for the day has ended. Follow … here …"
    r"|^\W*(?:our|this)\s+live\s+(?:coverage|blog|updates?)\s+(?:for\s+(?:the\s+day|today)\s+)?"
    r"(?:has|have)\s+(?:now\s+)?ended\b.{0,200}$")
# The site's own pointers and tools: "Click here to read full post.", "Contact", a broadcaster's
# channel guide in brackets ("( KTV 국민방송 케이블방송, 위성방송 ch164, www.ktv.go.kr )"), an
# app's promotion or download button ("中央社一手新聞APP", "下載", "앱 다운로드"), a consent
# asked before a tool works ("請同意我們的隱私權規範，才能啟用聽新聞的功能。"), and a lead-in to
# an earlier report quoted below it ("As NPR has reported:").
_SITE_TOOLS = re.compile("|".join((
    r"(?i)^\W*(?:click\s+here\s+to\s+(?:read|see|view)\s+(?:the\s+)?(?:full|whole|entire|complete)"
    r"\s+(?:post|story|article|report)|read\s+the\s+(?:full|whole|entire|complete)\s+transcript"
    r"|contact(?:\s+us)?|about\s+us|下[载載]|ダウンロード|다운로드"
    r"|앱\s*다운로드|.{0,25}(?<![A-Za-z])(?-i:APP|App)(?:\s*(?-i:Icon).{0,25})?"
    r"|as\s+[A-Z][\w&.'’ -]{1,40}\s+(?:has\s+)?reported(?:\s+(?:earlier|before|previously))?\s*:)\W*$",
    r"^\(\s*[^()]{0,60}\b(?i:ch|channel|채널)\s*\d{1,4}\b[^()]{0,60}\)$",  # a channel guide
    r"^(?=.{0,80}$)(?=.*(?:隱私|隐私|個人情報|プライバシー|개인\s*정보))(?=.*(?:同意|동의))",  # a consent
    WHY_TRUST_OPENING + r"[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,4}\W*$",  # a link to its standards
)))
_CAPS_INITIALS = r"(?!(?:AFP|AP|EFE|DPA|UPI|ANP|APA|AAP|KNA|SDA|ATS|PA)\b)[A-ZÇĞİÖŞÜÄ]{2,3}"  # not a wire's name
# A German-language wire's sign-off: the wire and its editors' initials ("dpa/jp", "(dpa/cj/brü)"), a picture's
# credit after a dash ("dpa/jp - Bild: Defence Ministry/AFP": dpa's; the picture's agency is not); or,
# as DW's language services sign, its editors' initials in capitals, two or more ("DW/BÖ, JD").
WIRE_INITIALS = re.compile(r"^\(?(?P<credit>[A-Za-z][\w-]{1,15})/(?:[a-zäöüß]{1,4}(?:/[a-zäöüß]{1,4}){0,3}"
                           rf"|{_CAPS_INITIALS}(?:\s*,\s*{_CAPS_INITIALS})+)\)?"
                           r"(?:\s*[-–—]\s*(?i:bild|foto|fotos|photo|image)\s*:.*)?$")
_VIEW_COUNT = re.compile(r"(?i)^\W*\d[\d,.]*\s*k?\s*(?:reads|views|visits|hits)\W*$|^\W*조회(?:수)?\s*:?\s*\d[\d,]*\W*$")
_END_MARK = re.compile(r"^\W*[(（\[【<]\s*(?:끝|完|(?i:fin|ende))\s*[)）\]】>]\W*$")
# (with what marks a notice, on a short line: a story may speak of copyright holders)
_NOTICE_MARK = re.compile(r"금지|禁|[ⓒ©]|\([cC]\)|所有|(?i:reserved)")
_LONGEST_CJK_NOTICE = 150
_CJK_COPYRIGHT = re.compile(r"무단\s*전재|무단\s*배포|재배포\s*금지|저작권자|無断(?:転載|複製|転用)"
                            r"|版[权權]所有|未[经經](?:授[权權]|许可|許可)|(?:禁止|不得)[转轉]载")
# "このウェブサイトの著作権は人民日報社にあります。", "掲載記事の著作権は東西新聞社に帰属します。": the holder stated in Japanese,
# as "저작권은 X에 있습니다" in Korean, in a short line of its own (`copyright_lines` reads the holder).
JAPANESE_HOLDER_STATED = re.compile(r"^(?P<what>[^。、「」]{0,20}?)著作権は\s*(?:株式会社\s*)?(?P<holder>[^\s、。,()（）「」]{2,20}?)"
                                    r"\s*に(?:あります|帰属(?:します|しています))。?$")
_OTHER_STORIES = re.compile(
    r"(?i)^\W*(?:推荐阅读|相关阅读|相關閱讀|相关新闻|相關新聞|延伸阅读|延伸閱讀|热门推荐|関連記事|関連ニュース"
    r"|あわせて読みたい|관련\s*기사|관련\s*뉴스|많이\s*본\s*뉴스|(?:à\s+)?lire\s+aussi|voir\s+aussi"
    r"|leer\s+más|lea\s+también|le\s+puede\s+interesar|te\s+puede\s+interesar|noticias\s+relacionadas"
    r"|mehr\s+zum\s+thema|lesen\s+sie\s+auch|auch\s+interessant|baca\s+juga|berita\s+terkait"
    r"|leia\s+também|leggi\s+anche|читайте\s+также|اقرأ\s+أيضا)\W*$")

# (two lookaheads that try their words at every place of a line: asked only of lines holding them)
_COMMENT_POLICY, _CONSENT = Gated(_COMMENT_POLICY), Gated(_CONSENT)


def is_site_notice(line: str) -> bool:
    """A line a site prints to its readers around the story (see the module's docstring)."""
    line = line.strip()
    if not line or len(line) > _LONGEST_NOTICE:
        return False
    return _cjk_copyright(line) or any(form.search(line) for form in (
        _WIDGET, _COMMENT_POLICY, _CONSENT, _DISCLAIMER, _REPORT_NOTE, _SOURCING_NOTE, _PAGE_HISTORY, _SITE_TOOLS,
        WIRE_INITIALS, _VIEW_COUNT, _END_MARK, _OTHER_STORIES))


def _cjk_copyright(line: str) -> bool:
    """"<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "版权所有 未经授权禁止转载", "…の著作権は…にあります。"."""
    return (len(line) <= _LONGEST_CJK_NOTICE and bool(_CJK_COPYRIGHT.search(line))
            and bool(_NOTICE_MARK.search(line))) or bool(JAPANESE_HOLDER_STATED.match(line))

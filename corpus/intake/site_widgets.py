"""A site's widgets and labels around the story, in the languages pages print them: not the
article (`corpus.intake.site_notices` holds the notices, `corpus.intake.furniture` the rest).

* a comment box's buttons and prompts: "댓글쓰기", "댓글 0", "삭제한 댓글은 …", "Posting Komentar",
  "Tidak ada komentar:", "Have your say Cancel reply", "コメントを書く", "发表评论", WordPress's Japanese
  "コメントを残す" and "メールアドレスが公開されることはありません。 * が付いている欄は必須項目です";
* a share button and an editor's label: "分享到:", "责任编辑:王宇", "频道编辑", "編集:", "网址:";
* a picture's credit closing its caption in any language: "Ảnh: DW.", "[Photo : KBS]", "(Photo
  source: fmprc.gov.cn)", "Credit Jane Roe/Agency", "사진=…", "写真:…", "(圖片來源:…)", a bulleted
  caption's "//EPA-EFE";
* a view counter or a most-read list's heading: "3,374 Viewed", "Most view", "View all", "많이 본
  뉴스", "이 시각 인기기사"; a comment box's "댓글 표시하기"; a paywall's prompts ("Subscribe now …");
* a picture's file name as copied, a reporter's address and name alone ("kim@… 김민수 기자"), a
  font-size control ("글자크기 설정");
* a pointer to the section's other stories or the story's tags: "Mais de Mundo", "Acompanhe tudo
  sobre:…", "Más de Mundo", "Plus de Monde";
* a wire's note of its reporters and editors unbracketed: "Reporting by Jane Roe; Editing by John
  Doe";
* a Korean reporter's name alone or with a pointer to his other stories ("김민수기자", "기자의
  다른기사 더보기"), an app's download button ("X APP 다운로드", "アプリをダウンロード"), a Chinese
  page's original headline, tags, official accounts and "back to top" ("(原标题:…)", "标签:",
  "X官方微信", "返回顶端"), a Japanese page's keyword and ranking headings and "back to top"
  ("注目キーワード", "ページのトップへ", "関連"), a skip link ("Please view the main text …"),
  a site's own widgets ("Also in X", "X on social media"), a paywall's pitch ("Enjoying this
  article? …"), a picture's credit on its own line ("Credit: …", "사진|…", "Lee Image: …") or
  closing its caption ("…=(X)", "(Jane Roe/Agency via AP)");
* comment boxes' and reactions' widgets ("comments powered by Disqus", "Notify of", "추천해요",
  "슬퍼요"), paywalls' and newsletters' pitches, an address alone, a Chinese page's "新闻录入:",
  a site's notes on the print edition, its front page and its tip line ("A version of this
  article appeared in the print edition of …", "Visit X's homepage …", "X 기사문의 및 제보",
  "Got a tip? Send it to X here."), which the intake reads for the outlet (`corpus.intake.source_notes`),
  and a digest's link to the story it retells ("Read it at The New York Times");
* a Japanese quotation's marks: "(後略)", "(中略)", "(以下略)", and its reporters in brackets after the place
  "(ソウル=山田太郎、鈴木花子)";
* a U.S. government site's banner and archive notice ("An official website of the United States
  government", "Secure .gov websites use HTTPS", "You have accessed part of a historical
  collection …"), text-size buttons ("XS", "LG"), a blog's "0 Response to "…"", reactions and
  share buttons ("기사 추천", "이 기사를 공유합니다"), a screenshot's caption ("…截图"), an archived
  local station's note ("This is an archived article …");
* a forum's marks against copying strewn between a post's lines, alone or about its address or name;
* Blogger's "Popular posts from this blog", a recommendations widget's "Recommended by", an ad's "(PR)" sponsor,
  Japanese blogs' and portals' lists, pointers and buttons ("そのほかの記事", "続き読む", "… 関連記事", Hatena's
  bookmark button) and a matome blog's labels ("▼記事によると…", "▼ネット上のコメント"); a Japanese link's words pointing
  "here" ("続きはこちら", "記事全文はこちらから", "ギャラリーページはこちら(25枚)").
"""

from __future__ import annotations

import re

from corpus.intake.contact_lines import EMAIL_ADDRESS_UNBOUNDED

_LONGEST_WIDGET = 80
# Five or more tokens of one or two printable ASCII characters, as forums strew them between a post's lines.
_STREWN_MARKS = re.compile(r"(?<!\S)(?:[\x21-\x7e]{1,2}\s+){4,}[\x21-\x7e]{1,2}(?!\S)")
_LONGEST_LEFTOVER = 30
# An English site's tip line, "Got a tip? Send it to The Daily Beast here.": furniture here, its
# outlet read by `corpus.intake.source_notes`.
TIP_LINE_OPENING = r"(?i:(?:got|have)\s+a\s+(?:news\s+)?tip\s*\?\s+(?:send|email|e-mail)\s+it\s+to)\s+"
_COMMENT_BOX = re.compile(
    r"(?i)^\W*(?:댓글\s*(?:쓰기|삭제|달기|\d+)?|(?:댓글|기사)\s*(?:표시하기|더보기)|.{0,30}댓글.{0,30}(?:수\s*없습니다|하시겠습니까|있습니다)\W*"
    r"|.{0,20}로그인.{0,30}통해|(?:정말|그래도)\s.{0,20}(?:삭제|취소)하시겠습니까\W*|(?:posting|tulis|kirim)\s+komentar|tidak\s+ada\s+komentar"
    r"|have\s+your\s+say(?:\s+cancel\s+reply)?|cancel\s+reply|leave\s+a\s+(?:reply|comment)"
    r"|コメントを(?:書く|見る|投稿|残す)|メールアドレスが公開されることはありません(?:\W{0,5}が付いている欄は必須項目です)?"
    r"|发表评论|發表評論|评论\s*\d+|deja\s+(?:un|tu)\s+comentario"
    r"|laisser\s+un\s+commentaire|deixe\s+(?:um|seu)\s+coment[áa]rio)\W*$")
_LABEL = re.compile(r"^\W*(?:\d+\.\s*)?(?:分享到|责任编辑|責任編輯|频道编辑|頻道編輯|编辑|編輯|編集|网址|網址|来源网址)\s*[:：]?"
                    r"\s*[\w\u4e00-\u9fff·]{0,8}\s*$")
_PICTURE_CREDIT = re.compile(
    r"(?i)(?:[\[(]\s*(?:file\s+)?(?:photo|foto|image)(?:\s+source)?\s*:\s*[^\[\]()]{1,40}[\])]"
    r"|[(（](?:图片|圖片)(?:来源|來源)\s*[:：]\s*[^()（）]{1,20}[)）]"
    r"|(?:^|[.!?]\s+)(?:ảnh|foto|photo|image|사진|写真|图片|圖片)\s*[:：=]\s*[^.!?]{1,40}\.?"
    r"|(?-i:[.!?]\s+Credit\s+[A-Z][^.!?/]{1,40}/[A-Z][\w&.'’ -]{1,30})"
    r"|^[•·▪]\s.*\.//\s*[A-Z][\w&.'’/ -]{1,30}"
    # "…見込みとなった=(聯合ニュースTV)", "… (Jane Roe/Harbor News via AP)": a caption's credit
    r"|[^\s=]=\s*[(（][^()（）=]{1,20}[)）]|[.!?]\s*[(（]사진\s*=\s*[^()（）]{1,40}[)）]|(?-i:\([A-Z][^()/]{1,40}/[^()]{1,40}\svia\s[A-Z][\w&.'’ -]{1,20}\)))\s*$")  # a bulleted caption: a story's "…//AFP" is its credit
# A character each form of `_PICTURE_CREDIT` needs (a bracket, a colon, "=" or "/"): most lines
# have none, and the search, at every character, costs more than this test.
_CREDIT_MARK = re.compile(r"[(\[\uff08:\uff1a=/]")
_VIEWS = re.compile(r"(?i)^\W*(?:\d[\d,.]*\s*k?\s*viewed|most\s+view(?:ed|s)?|most\s+read|view\s+all"
                    r"|(?:[가-힣]{1,6}\s*)?(?:많이\s*본|주요)\s*뉴스|(?:이\s*시각|오늘의?)\s*인기\s*기사"
                    r"|.{0,20}더\s*보기\s*>?|많이\s*조회된\s*뉴스입니다|.{0,20}지난\s*\d{1,2}\s*시간\s*동안)\W*$")  # "증권 많이 본 뉴스", "07.06 20:18 더보기 >"
# What a copy leaves of the page around the story, form by form.
_LEFTOVER_FORMS = (
    r"^(?=\S*_\S*_)[\w.-]{20,}$",  # a picture's file name or slug: "Images_166677_thumb_pact-signed"
    r"^\S+@[\w-]+(?:\.[\w-]+)+\s+[가-힣]{2,4}\s*기자$",  # "kim@example.com 김민수 기자" alone
    r"^글자\s*크기",  # a font-size control
    r"(?i:^\W*you[’']ve\s+reached\s+your\s+(?:limit|free)\b.*$)",  # a paywall's prompts
    r"(?i:^\W*subscribe\s+now\b.{0,40}$)",
    r"(?i:^\W*unlimited\s+access\b.{0,60}\$\s?\d.*$|^\W*get\s+it\s+now\W*$|^\W*find\s+out\s+more\W*$)",
    r"^_{3,}$|^▶\s*제보\s*안내\b.*$",  # a rule's line; a Korean broadcaster's tip line
    r"^[(（][^()（）]{1,20}\s*取材協力\s*[:：][^()（）]{1,40}[)）]$",  # Reuters Japan's reporters' note
    r"(?i:^\W*already\s+(?:a\s+subscriber|subscribed)\?.{0,20}$)",
)
# Widgets of Korean, Chinese and Japanese pages, and of any site, named by what they do.
_MORE_LEFTOVER_FORMS = (
    r"^[가-힣]{2,4}\s*(?:인턴|수습|선임|객원)?기자(?:\s*기자)?$",  # "김민수기자" alone (twice as copied)
    r"기자의?\s*다른\s*기사\s*(?:더\s*)?보기$",  # "… 기자의 다른기사 더보기"
    r"^.{0,30}(?:APP|App|app|앱|어플|アプリ)\s*(?:を\s*)?(?:다운로드|다운받기|ダウンロード)$",
    r"^뉴스스탠드$|^맨\s*위로$",
    r"^[(（](?:原标题|原標題)\s*[:：].{1,80}[)）]$",
    r"^(?:标签|標籤|标签云|タグ|태그)\s*[:：]?$|^.{1,12}(?:官方微信|官方微博)$|^(?:返回顶端|返回顶部|返回頂端|返回頂部)$",
    r"^(?:注目キーワード|関連(?:記事|ニュース)?|.{0,10}ページのトップへ|スクラップの多い記事|more|More|MORE)$",
    r"(?i:^please\s+view\s+the\s+main\s+text\b.*|^skip\s+to\s+(?:main\s+)?content$)",
    r"^(?:Also\s+in|ALSO\s+IN)\s+[A-Z][\w&.'’ -]{1,30}$|^[A-Z][\w&.'’ -]{1,30}\s+on\s+social\s+media$",
    r"(?i:^enjoying\s+this\s+article\?.*)",
    r"^(?:Credits?|Photo\s+(?:credit|[Bb]y))\s*:\s*\S.{1,80}$|^사진\s*\|\s*\S.{0,30}$",
    r"^(?:[A-Z][\w.'’-]*\s+){1,3}(?:Image|Photo)\s*:\s*[^.!?]{2,60}$",  # "Lee Image: Agency/Wikipedia"
    r"(?i:^read\s+(?:the\s+)?complete\s+(?:story|article)\W*$|^read\s+this\s+(?:story|article)\s+(?:at|on)\W*$|^read\s+the\s+rest\s+of\s+(?:the|this)\s+(?:story|article|post)\b.*)",
)
# Comment boxes' and reactions' widgets, paywalls' and newsletters' pitches, pointers to more.
_WIDGET_FORMS = (
    r"(?i:^comments\s+powered\s+by\s+disqus$|^this\s+site\s+uses\s+akismet\b.*|^notify\s+of(?:\s+guest)?$|^guest$"
    r"|^\d+\s+\d+\s+votes?$|^article\s+rating$|^add\s+new\s+comment$|^also\s+read$)",
    r"^(?:이\s*기사\s*어떻게\s*생각하세요\??|기사\s*추천|추천해요|좋아요|슬퍼요|화나요|후속기사\s*원해요|추천\s*기사"
    r"|많이\s*본\s*기사)$",
    rf"^{EMAIL_ADDRESS_UNBOUNDED}$",  # a reporter's address alone
    # a count of reactions or a list's rank alone; a text size's button; a menu's "About"; the
    # record number of a U.S. military picture
    r"^\d{1,4}$|^(?:XS|SM|MD|LG|XL)$|^About$|^VIRIN\s*:\s*[\w-]{6,40}$",
    r"(?i:^\d+\s+responses?\s+to\s+[\"“].*)",  # a blog's count of comments on the post
    r"(?i:^\W*for\s+comments\s+and\s+feedback\s+contact\s*:?\s*\S+@\S+$)",
    r"(?i:^\(?read\s+more\s+[\w .'’-]{1,40}\s+stories\.?\)?$)",
    r"(?i:^\W*get\s+(?:unlimited\s+)?access\s+to\s+all\b.*\$\s?\d.*|^\W*\*?\s*terms\s+and\s+conditions"
    r"\s+apply\.?$|^please\s+.{0,30}\bto\s+continue\s+reading\b.*)",
    r"^.{1,12}の人気記事$|^.{1,20}(?:报道|報道|网页|網頁|视频|視頻)?截图$",  # "韩联社报道截图": a screenshot's caption
    r"^이\s*기사를\s*공유합니다$|^연관\s*검색어\b.{0,60}$",  # a share button; related searches
    r"(?i:^(?:reporter|writer|editor|photographer|camera)\s*:\s*$|^by$)",  # a label left without its name
    r"(?i:^related\s+posts\s*:?$|^please\s+read\s+on\W*$)",
    r"^<(?:기자|앵커|리포트)>$|^[가-힣]{2,4}\s*기자입니다\.?$",  # a broadcast's script: the reporter handed to
    r"^(?:今、あなたにオススメ|おすすめの(?:コンテンツ|記事|ニュース)|関連ワード|ニュース速報|トピックスRSS|ランキング|記事の有効期限が切れています。)$",
    r"^\d{2,4}x\d{2,4}\s+[\w .-]{1,40}\.(?:gif|png|jpe?g)$",  # a logo's file, "120x28 Reuters.gif"
    r"^(?:Image|Photo|Picture)\s*:\s*[A-Z][\w .'’-]{1,30}/[\w .'’-]{1,30}$",  # "Image: Reuters/F. Lenoir"
    # a forum's marks against copying, strewn between the lines: "- b6 z% q3 u8 E\" K, T+ {* d' w"
    r"^(?=[\x21-\x7e ]+$)(?=.*[^\w\s])(?:\S{1,2}\s+){3,}\S{1,2}$",
    r"^f:id:[\w-]+:\d{14}[a-z]?:\w+$",  # a blog's picture by its code, as Hatena's editor writes it
    r"^(?:新闻录入|新聞錄入|责任编辑|責任編輯)\s*[:：]\s*\S{1,12}(?:\s+(?:责任编辑|責任編輯)\s*[:：]\s*\S{1,12})?$",
    # the editor in brackets on a line of his own, "(责任编辑:许惠安)", "(编辑:王小明)"; "王小明/核稿編輯", LTN's
    r"^[(（](?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*[^()（）\s]{1,12}[)）]$|^[\u4e00-\u9fff]{2,4}\s*[/／]\s*核稿(?:編輯|编辑)$",
    # "相关推荐" (related stories) over a list, "TOP" (back to the top), a Taiwanese site's pitches for its app and
    # fan page: "… 點我下載APP  按我看活動辦法", "看更多!請加入自由時報粉絲團"
    r"^(?:相关推荐|相關推薦)(?:\s+更多精彩内容)?$|^TOP$|(?:點我|点我)下[載载]\s*APP|^看更多\s*[!！]?\s*請加入.{1,12}粉絲團$",
)
# A site's buttons and lists around the story, a license's note, a reporter's line left alone.
_BUTTON_FORMS = (
    r"^(?:Previous|Next)\s+(?:Story|Post|Article)$|^(?:X|CLOSE|Close)$|^Top\s+\d{1,2}\s+(?:Stories|News|Articles)$"
    r"|(?i:^go\s+(?:to\s+)?top\b.{0,20}$)|^(?:한국어|日本語|中文|简体中文|繁體中文|Español|Français)$",
    r"^我来说两句.{0,10}$|^[(（](?:編集担当|編集部)\s*[:：][^()（）]{1,20}[)）]$",
    r"^KOGL\s*:.{0,60}$|^.{0,60}공공누리.{0,60}이용할\s*수\s*있습니다\.?$",  # Korea's open government license
    r"(?i:^(?:reporter|writer|editor)\s*:\s*\S+@\S+$|^reporting\s+by\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){1,8}$)",
    r"^[A-Z][\w&.'’-]{1,20}\s+Staff$",  # "Reuters Staff": a wire's byline without a name
    r"^(?:No|\d{1,4})\s+comments?:$",  # a blog's count of comments
)
# A site's prompts to follow it or comment, its contact lines and codes, a blog's links between
# its posts, a broadcaster's credits.
_FOLLOW_AND_CONTACT_FORMS = (
    r"(?i:^like\s+us\s+on\s+facebook$|^join\s+.{1,40}\s+(?:telegram|whatsapp)\s+channel\b.*"
    r"|^(?:your|leave\s+a|post\s+a)\s+comment$|^go\s+to\s+forum\s*>>.*)",
    r"(?i:^(?:tel|phone|fax)\s*[:.]\s*\+?\d[\d ()-]{5,20}$|^e-?mail\s*:\s*"
    rf"{EMAIL_ADDRESS_UNBOUNDED}$)",
    r"^\d{20,}$|^https?://\S+\s+\d{4}-\d\d-\d\d\s+\d\d:\d\d(?::\d\d)?$",  # a site's code; its address and clock
    r"^(?:集成阅读|热点推荐|频道推荐|相关阅读)$|^.{0,20}(?:扫描|掃描)二[维維][码碼].*$",
    r"^«.{1,120}\|.{1,20}\|.{1,120}»$|^(?:最初|\d{1,2}番目)のニュース$|^リンク\s*[:：].{1,120}$",
    r"^[(（]文責\s*[:：][^()（）]{1,40}[)）]$",
    r"^(?:(?:>>|＞＞)\d{1,4}\s*){2,}$",  # a thread's anchors to the replies ">>3>>15>>16", their links lost
)
# A Japanese link's words pointing "here" ("続きはこちら", "..///記事全文はこちらから", "ギャラリーページはこちら(25枚)"):
# no sentence's stop.
POINTING_HERE = r"^[^。]{0,50}?はこちら(?:から)?(?:\s*[(（]\d{1,3}枚[)）])?[\s!！>＞»▶]*$"
# A blog's and a portal's lists and buttons as Japanese copies print them, and ad widgets' labels.
_LIST_AND_AD_FORMS = (
    r"^Popular\s+posts\s+from\s+this\s+blog$|^Recommended\s+by$",  # Blogger's list; a recommendations widget
    r"^[(（]PR[)）]\s*\S.{0,30}$",  # "(PR)SAP Japan": an advertisement's sponsor
    # "そのほかの記事" (other stories), "続き読む" (read on), "Xカテゴリの最新記事", "MIZUHO no KUNI 関連記事", a pointer
    # to the paper's page ("<headline> 続きを本紙で読む 》"), Hatena's and mixi's buttons
    r"^(?:その他|そのほか)の記事$|^続き(?:を)?読む$|^.{1,30}カテゴリの最新記事$|^[\w .'’-]{2,30}\s関連記事$"
    r"|続きを(?:本紙|本誌|サイト)で読む\s*[》>»]*$|^このエントリーをはてなブックマークに追加(?:\s+mixiチェック)?$",
    r"^▼(?:記事によると|ネット上のコメント|ネットの反応)\W{0,3}$",  # a matome blog's labels over the story and comments
    POINTING_HERE,
)
# A site's notes about the story, long as they may be: the print edition it appeared in, its
# front page, its tip line, a newsletter's pitch.
_SITE_NOTE = re.compile(
    r"(?i:^\W*a\s+version\s+of\s+this\s+\w+\s+appear(?:ed|s)\s+in\s+(?:the\s+)?print\b.*"
    r"|^\W*visit\s+.{2,50}?['’]s?\s+home\s*page\b.{0,40}|.*\bdelivered\s+(?:directly\s+)?to\s+your\s+inbox\.?"
    r"|^\W*(?-i:About\s+Sponsored\s+Content).*"
    # the banner of a U.S. government site: "An official website of the United States government",
    # "Official websites use .gov", "Secure .gov websites use HTTPS", "A lock ... .gov website."
    r"|^\W*an\s+official\s+website\s+of\s+the\s+united\s+states\s+government\b.*|^\W*here['’]s\s+how\s+you\s+know\W*"
    r"|^\W*(?:official|secure)\s+\.?(?:gov\s+)?websites\s+use\s+(?:\.gov|https)\b.*|^\W*\.gov\s+website\s+belongs\s+to\b.*"
    r"|^\W*a\s+lock\s*\(.{0,200}\.gov\s+website\b.*|^\W*with\s+your\s+current\s+subscription\s+plan\b.*"
    r"|^\W*this\s+is\s+the\s+stable\s+version,\s+checked\s+on\b.*"  # a wiki's review note
    r"|^\W*this\s+is\s+an\s+archived\s+article\b.*|^\W*you\s+have\s+accessed\s+part\s+of\s+a\s+historical\s+collection\b.*)$"
    r"|^\S.{0,28}\s+기사\s*문의\s*및\s*제보\b.*$"
    # an English site's tip line (above), and a digest's link to the story it retells ("Read it at The New York Times")
    r"|^\W*" + TIP_LINE_OPENING + r".{1,60}$"
    r"|^Read\s+it\s+at\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,4}$"
    # a browser recommendation ("為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。")
    r"|^(?:為達|为达)最佳(?:瀏覽|浏览)效果.{0,80}(?:瀏覽器|浏览器)\W?$")
_LONGEST_NOTE = 300
_LEFTOVER = re.compile("|".join((*_LEFTOVER_FORMS, *_MORE_LEFTOVER_FORMS, *_WIDGET_FORMS, *_BUTTON_FORMS,
                                  *_FOLLOW_AND_CONTACT_FORMS, *_LIST_AND_AD_FORMS)))
_MORE_OF_SECTION = re.compile(r"(?i)^\W*(?:mais\s+de|más\s+de|plus\s+de)\s+[A-ZÀ-Ý]\w{2,20}\W*$"
                              r"|^\W*(?:acompanhe|siga)\s+tudo\s+sobre\s*:")
_EDITING_NOTE = re.compile(r"^\W*(?:Additional\s+)?Reporting\s+by\s+[^;()]{2,80};\s*(?:Writing|Editing)"
                           r"\s+by\s+[^()]{2,80}\)?$")  # "(Reporting by X; Editing by Y)" too
_QUOTATION_MARK = re.compile(r"^[(（]\s*(?:後略|中略|前略|以下略|略)\s*[)）]$"
                             r"|^[(（][\u3040-\u30ff\u4e00-\u9fff]{1,8}[=＝][\u4e00-\u9fff、・\s]{2,30}[)）]$")


def is_site_widget(line: str) -> bool:
    """A line of a site's widgets or labels (see the module's docstring)."""
    line = line.strip()
    if not line:
        return False
    if (_CREDIT_MARK.search(line) and _PICTURE_CREDIT.search(line)) or _EDITING_NOTE.match(line) \
            or (len(line) <= _LONGEST_NOTE and _SITE_NOTE.match(line)):
        return True  # (a caption or a note may be long)
    return len(line) <= _LONGEST_WIDGET and (any(form.search(line) for form in (
        _COMMENT_BOX, _LABEL, _VIEWS, _MORE_OF_SECTION, _QUOTATION_MARK, _LEFTOVER)) or _marks_and_a_name(line))


def _marks_and_a_name(line: str) -> bool:
    """A forum's marks against copying, run about a short leftover the forum glues in: its address or its name
    ("8 M6 t0 t/ W% @5.39.217.765.39.217.76- u! ?, n& U& q% A+ k A", "- h: f; N8 ^8 a% }# u o公仔箱論壇"); a
    sentence they run into stays (it is longer)."""
    runs = [run for run in _STREWN_MARKS.finditer(line) if len(set(re.findall(r"[^\w\s]", run.group(0)))) >= 3]
    leftover = _STREWN_MARKS.sub(" ", line).strip() if runs else line
    return len(leftover) <= _LONGEST_LEFTOVER and leftover != line.strip()

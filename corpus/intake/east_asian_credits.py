"""Credits in the forms Korean, Japanese and Chinese pages print them, opening the text.

    >>> from corpus.intake.outlets import outlets
    >>> east_asian_credit("(서울=연합뉴스) 김철수 기자 = 정부는 22일 ...", outlets())
    '연합뉴스'

* a Korean credit in brackets opening the lead: the outlet beside the place it files from
  ("(서울=연합뉴스) 김철수 기자 =", "[서울=뉴시스]", "[세종=이데일리 최훈길 기자 -- 입력 2017.03.23 06:58]":
  its posting stamp inside) or before its reporter ("[한빛일보 김철수 기자]", "[한빛경제=김철수 기자]",
  a hyphen for "=", listed only: "[미디어한국-강희성기자]"; "특파원" for a correspondent; the place
  after the outlet: "[천지일보 제천=이현복 기자]"; after a bar, their place and several reporters:
  "[한빛뉴스 | 성주=김철수·이영희 기자]"; a list's bullet before it: "• [OSEN=김희선 기자]"). The form is the credit's place, so an unlisted name is taken
  as printed; a picture's credit ("(사진=연합뉴스)") is not; the outlet before its place ("(흑룡강신문=하얼빈)"): the
  side named as outlets are;
* a Japanese page's credit in brackets before a colon ("(ブルームバーグ):", "（ロイター）："),
  a wire's dateline in lenticular brackets ("【ソウル共同】", "【ワシントン時事】", "【AFP=時事】":
  the original before the carrier) or in square ones with the day ("［東京　22日　ロイター］"):
  a listed outlet only;
* a Chinese wire's dateline: "新华社北京11月22日电", "中新网首尔11月22日电", or a byline tag in
  brackets ("（中央社記者王小明東京22日專電）", "【环球时报记者 王小明】"): a listed outlet only;
* a wire's credit in brackets closing a Japanese or Chinese story, after its last sentence's
  "。", or a source so labelled: "…を決めた。（共同）", "…した。(時事)", "…磋商。（来源：新华网）":
  a listed outlet, or the Japanese wires' short names (`east_asian_closing`); a Korean story's
  paper in angle brackets after its last sentence ("…남겼다. <스포츠조선닷컴>"): a listed outlet;
* a Korean paper's name in brackets before its reporter, signing the story or opening it
  ("[신아일보] 김다인 기자"): a listed outlet, or a name ending as papers' and broadcasters'
  names do ("…일보", "…신문", "…뉴스", "…경제", "…방송"), not a section's label ("[단독]").
"""

from __future__ import annotations

import re
import unicodedata

from corpus.intake.date_readings import iso_day
from corpus.intake.outlets import OutletDirectory
from corpus.lazy_patterns import LazyPattern

_OPEN, _CLOSE = r"[(\[【［（〔]", r"[)\]】］）〕]"
_HANGUL_NAME = r"[가-힣A-Za-z0-9][가-힣A-Za-z0-9.&]*(?:\s[가-힣A-Za-z0-9.&]+){0,2}"
_REPORTER = r"[가-힣]{2,4}\s*(?:기자|특파원|선임기자|인턴기자|객원기자|통신원)"
# "(서울=연합뉴스)", "[서울=뉴시스]", "【서울=뉴시스】": the place, then the outlet.
# "[세종=이데일리 최훈길 기자 -- 입력 2017.03.23 06:58]": the story's posting stamp inside the brackets.
_POSTED = (r"(?:\s*-{1,2}\s*(?:입력|등록)\s*(?P<year>(?:19|20)\d\d)\.(?P<month>[01]?\d)\.(?P<day>[0-3]?\d)"
           r"(?:\s+\d{1,2}:\d\d(?::\d\d)?)?)?")
_KOREAN_PLACE_CREDIT = LazyPattern(
    rf"^\s*{_OPEN}\s*(?P<place>[가-힣]{{1,8}})\s*[=＝]\s*(?P<credit>{_HANGUL_NAME}?)(?:\s+{_REPORTER})?{_POSTED}\s*{_CLOSE}")
# "… 삼아야\" (서울=연합뉴스) 임미나 기자 = \"…": the full credit, its reporter and "=" after it, inside a portal's
# digest (the headline, the subheads and the lead run into one line): a listed outlet only, not after a caption's
# mark ("▲ <caption> (서울=연합뉴스) … 기자 = …": the wire's picture on another paper's page).
_KOREAN_CREDIT_WITHIN = LazyPattern(
    rf"\s{_OPEN}\s*(?P<place>[가-힣]{{1,8}})\s*[=＝]\s*(?P<credit>{_HANGUL_NAME}?)\s*{_CLOSE}\s*{_REPORTER}\s*[=＝]\s")
# "[한빛일보 김철수 기자]", "[한빛경제=김철수 기자]", "[한빛ㅣ김철수 기자]" (a bar, or the letter
# "ㅣ" typed for one): the outlet, then its reporter; after a bar, the place the reporters file from
# and several of them ("[한빛뉴스 | 성주=김철수·이영희 기자]").
_KOREAN_REPORTER_CREDIT = LazyPattern(
    rf"^\s*(?:[•·]\s*)?{_OPEN}\s*(?P<credit>{_HANGUL_NAME}?)\s*(?:[=＝]\s*|\s|(?P<hyphen>-))(?:{_REPORTER})\s*{_CLOSE}"
    rf"|^\s*{_OPEN}\s*(?P<barred>{_HANGUL_NAME}?)\s*[|ㅣ]\s*(?:[가-힣]{{1,8}}\s*[=＝]\s*)?"
    rf"(?:[가-힣]{{2,4}}\s*[·,]\s*)*{_REPORTER}\s*{_CLOSE}")
# What stands before "=" in a picture's, a chart's or a drawing's credit, not a place: "(사진=연합뉴스)",
# "(일러스트=연합뉴스)", "(연합뉴스 자료사진)"'s "자료사진": the kind of image, or a word ending in one.
_NOT_A_PLACE = frozenset({"자료", "출처", "제공", "삽화", "만평", "도표", "표", "디자인", "편집"})
_IMAGE_KIND = LazyPattern(r"(?:사진|그래픽|영상|캡처|캡쳐|일러스트|이미지|화면|그림)$")
_HANGUL = LazyPattern(r"[가-힣]")
# "…を決めた。（共同）", "…。【時事】", "…磋商。（来源：新华网）": a credit closing the story after its "。";
# "…。【毎日新聞抜粋】": an excerpt ("転載", a reprint) of the listed paper's story.
# "…第五次核試驗。(胡若愚)【新華社微特稿】": the reporter's name in brackets, then the wire and its kind of dispatch.
_REPORTER_BEFORE_CREDIT = r"(?:[(（](?![^)）]{0,6}(?:写真|資料|画像|图|照片|提供|撮影))[\u4e00-\u9fff·]{2,8}[)）]\s*(?=【))?"
# "毎日新聞 8月31日2時18分", "東奥日報2016年11月22日": a Japanese paper's day (and time) after its name in the brackets
# closing a story or a title, as portals and the blogs copying them print the source.
PAPERS_DAY = r"(?:\s*[-－]?\s*(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:\s*\d{1,2}時\d{1,2}分)?)?"
_CLOSING_CREDIT = LazyPattern(rf"[。．！？」』]\s*{_REPORTER_BEFORE_CREDIT}(?:[(（]|【(?=[^】]{{1,20}}】\s*$))\s*"
                              r"(?:(?:来源|來源|出典|出处|출처|ソース)\s*[:：]\s*)?(?P<credit>[^()（）:：【】]{1,20}?)\s*(?:より)?"
                              rf"(?:抜粋|転載|微特稿|特稿|专稿|專稿)?{PAPERS_DAY}\s*[)）】]\s*$")
# "…글을 남겼다. <스포츠조선닷컴>", "…안치됐다.(연합뉴스)": a Korean story signed by its paper in angle or round brackets
# after the last sentence (not a picture's "(사진=연합뉴스)").
_KOREAN_CLOSING_NAME = LazyPattern(r"[가-힣][.!?][\"”’']?\s*(?:[<〈](?P<credit>[^<>〈〉]{2,20}?)\s*[>〉]"
                                   r"|[(\[](?P<bracketed>[^()\[\]=]{2,20}?)\s*[)\]])\s*$")
# "…必要です。 朝日新聞社": the paper's name alone under a Japanese story, joined to its last line as copied.
_JAPANESE_CLOSING_NAME = LazyPattern(r"[。！？」』][\s　]+(?P<credit>[^\sA-Za-z0-9。、「」()（）]{2,12})\s*$")
# "…。(2012年12月12日) 【朝鮮通信=時事】": the original and its carrier closing a caption.
_CLOSING_CARRIED = LazyPattern(r"[。．！？」』)）]\s*【(?P<original>[^】=＝]{1,20}?)\s*[=＝]\s*(?P<carrier>[^】=＝]{1,10})】\s*$")
# "(民視新聞/綜合報導)", "（中央社／台北報導）", "(民視新聞/李文 台北報導)": a Taiwanese story closing on its outlet,
# a slash, then its reporters or place and "reported" (a reporter alone, "(記者王文/綜合報導)", names no outlet).
_SLASHED_REPORT = LazyPattern(r"^\s*[(（]\s*(?P<credit>[^/／()（）\s]{2,12})\s*[/／][^()（）/／]{0,30}?(?:報導|报道|報道)\s*[)）]\s*$")
_PICTURE_WORDS = frozenset({"写真", "画像", "図", "資料", "資料写真", "提供", "撮影", "映像", "图", "图片", "照片"})
# "[신아일보] 김다인 기자": the name alone in its brackets, the reporter after them.
_KOREAN_SIGNATURE = LazyPattern(rf"^\s*{_OPEN}\s*(?P<credit>{_HANGUL_NAME})\s*{_CLOSE}\s*{_REPORTER}\s*$")
# "• 뉴시스 기자", "共同通信記者": a listed outlet's reporter unnamed, as a carrying paper prints it.
_OUTLET_REPORTER = LazyPattern(r"^[\s•·*-]*(?P<credit>[가-힣\u3040-\u30ff\u4e00-\u9fffA-Za-z][\w ]{1,15}?)"
                               r"\s*(?:기자|특파원|記者|记者)\s*$")
# A broadcaster's reporter signing off: "KBS 뉴스 김다인입니다.", "연합뉴스TV 김다인입니다."
_KOREAN_SIGN_OFF = LazyPattern(r"^\s*(?P<credit>[\w가-힣]{2,12}(?:\s[\w가-힣]{2,8})?)\s+[가-힣]{2,4}입니다\.?\s*$")
# How Korean outlets' names end: a paper (일보, 신문, 타임스), a wire or site (뉴스, 통신, 닷컴),
# a business paper (경제), a broadcaster (방송, TV), a weekly or journal (저널, 투데이, 미디어).
KOREAN_OUTLET_ENDING = LazyPattern(r"(?:일보|신문|뉴스|통신|경제|방송|타임스|타임즈|저널|투데이|미디어|닷컴|TV|tv)$")
# "(ブルームバーグ):", "（ロイター）：": a credit opening the text before a colon.
_JAPANESE_COLON_CREDIT = LazyPattern(rf"^\s*{_OPEN}\s*(?P<credit>[^()（）\[\]【】]{{2,20}}?)\s*{_CLOSE}\s*[:：]")
# "【ソウル共同】", "【ワシントン時事】": a Japanese wire's dateline, the place glued to the wire (or opening a blog's
# quotation of the story: "『【カイロ、台北時事】…").
_JAPANESE_WIRE_DATELINE = LazyPattern(r"^\s*[『「]?\s*【[^】=＝\s]{1,12}?\s*[=＝]?\s*(?P<wire>共同|時事)】")  # "【ソウル＝共同】" too
_JAPANESE_WIRES = {"共同": "共同通信", "時事": "時事通信"}
# "【ソウル聯合ニュース】", "【北京新華社】": a place in katakana or kanji glued to a listed wire.
_JAPANESE_BRACKET = LazyPattern(r"^\s*【(?P<inner>[^】=＝\s]{3,30})】")
_JAPANESE_PLACE = LazyPattern(r"^[\u30a0-\u30ff\u4e00-\u9fff]{2,8}$")
# "<headline> 한국일보 원문 | 뉴스줌에서 보기 |입력…": a Korean portal's link to the paper's original, among the first words.
_ORIGINAL_LINK = LazyPattern(r"(?:^|\s)(?P<credit>[^\s|]{2,12})\s+원문\s*\|")
# "6月2日9時55分配信 時事通信 http://…": a Japanese portal's line of when it carried the story, and from whom.
_DELIVERED_BY = LazyPattern(r"^\s*(?:\d{1,2}/\d{1,2}|\d{1,2}月\d{1,2}日)(?:[(（][月火水木金土日][)）])?\s*"
                            r"\d{1,2}(?::\d\d|時\d{1,2}分)\s*配信\s+(?P<credit>[^\s　]{2,20})")
# "【AFP=時事】": the original, then the wire that carries it.
_JAPANESE_CARRIED = LazyPattern(r"^\s*【(?P<credit>[^】=＝]{2,20}?)\s*[=＝]\s*[^】]{1,10}】")
# "［東京　22日　ロイター］": the place, the day and the wire.
_JAPANESE_DAY_DATELINE = LazyPattern(
    r"^\s*[［\[]\s*\S{1,12}?[\s\u3000]+(?P<day>[0-9０-９]{1,2})日[\s\u3000]+(?P<credit>[^］\]\s]{2,20})[\s\u3000]*[］\]]")
# "新华社北京11月22日电": the wire, its place, the day and "电" (dispatched).
# "（中央社記者王小明東京22日專電）": the agency, its reporter, the place and day, "dispatched";
# "【环球时报记者 王小明】", "【环球时报综合报道】": a paper's reporter, or its digest of reports.
_CHINESE_BYLINE_TAG = LazyPattern(
    r"^\s*[（(【\[](?P<head>[\u4e00-\u9fff]{2,30}?)(?:[0-9０-９]{1,2}日(?:專電|专电|電|电|綜合外電報導"
    r"|综合外电报道)|(?:综合报道|綜合報導|特约记者|特約記者|记者|記者)[^）)】\]]{0,20})[）)】\]]")
# The same tag in other forms: "文/中央社記者康世人新德里24日專電" ("text by", a line of its own); "(讯报马尼拉讯)" (the
# paper, its place and "讯", news from: "(本报讯)", "this paper's", names none); "(台灣英文新聞/國際組 綜合報導)" (the
# outlet, a slash, its desk and "reported", opening the lead): a listed outlet only.
_OTHER_CHINESE_TAGS = (
    LazyPattern(r"^\s*文\s*[/／]\s*(?P<head>[\u4e00-\u9fff]{2,30}?)(?:記者|记者)\S{0,20}?(?:專電|专电|電|电|報導|报道)?\s*$"),
    LazyPattern(r"^\s*[（(](?P<head>[\u4e00-\u9fff]{2,16}?)(?:讯|訊)[）)]"),
    LazyPattern(r"^\s*[(（]\s*(?P<head>[^/／()（）\s]{2,12})\s*[/／][^()（）/／]{0,30}?(?:報導|报道|報道)\s*[)）]\s*\S"))
# "(首尔24日美联电)", "（东京24日路透电）": a Malaysian or Singaporean Chinese paper's dateline, the place, the day and
# the wire's short name ("美联" for 美联社, "法新" for 法新社) before "电".
_SHORT_WIRE_TAG = LazyPattern(r"^\s*[（(][\u4e00-\u9fff]{1,8}?[0-9０-９]{1,2}日(?P<wire>[\u4e00-\u9fff]{2,3}?)[电電][）)]")
# "据新华社首尔11月23日电" (a paper carrying the wire's story), "人民网首尔11月21日:" (a site's own).
# "【韩联社首尔7月5日电 】": a portal's brackets around the dateline; "央广网北京9月7日消息" (a broadcaster's "news");
# "中評社高雄8月1日(記者 高易伸)": the reporter's tag straight after the day, "電" left out;
# "【大紀元日本11月23日】": the outlet (its edition's place after it) and the day alone in the brackets.
_CHINESE_DATELINE = LazyPattern(r"^\s*(?:(?P<lenticular>【)\s*)?[据據]?(?P<head>[\u4e00-\u9fff]{2,14}?)\s*"
                                r"(?P<month>[0-9０-９]{1,2})月(?P<day>[0-9０-９]{1,2})日"
                                r"(?:[电電讯訊](?:\s*】)?|消息|\s*[:：]|(?=\s*[(（](?:记者|記者))|(?(lenticular)\s*】|(?!)))")
_OUTLET_REPORTERS = LazyPattern(r"(?:^|\s)(?P<head>[\u4e00-\u9fff]{2,8}?)(?:记者|記者)(?:[\s\u3000]+[\u4e00-\u9fff]{2,4}){1,4}\s*$")
# "李佳英/梁智皓 朝鲜日报记者": the reporters named first, then their paper, a byline of its own.
_REPORTERS_OUTLET = LazyPattern(r"^[\u4e00-\u9fff]{2,4}(?:[/、・][\u4e00-\u9fff]{2,4}){0,3}[\s\u3000]+"
                                r"(?P<head>[\u4e00-\u9fff]{2,8}?)(?:记者|記者)\s*$")
# "据新华社电 日本和韩国政府14日…": a paper carrying a wire's story, neither place nor day printed; in traditional
# characters, in brackets on a line of its own, with the day alone: "【據南方網29日電】" (a Hong Kong paper's).
_CARRIED_WIRE = LazyPattern(r"^\s*(?P<lenticular>【\s*)?[据據](?P<wire>[\u4e00-\u9fff]{2,8}?)(?:[0-9０-９]{1,2}日)?"
                            r"[电電](?(lenticular)\s*】|[\s\u3000])")
# "中評社香港": an agency's name (ending in "社") before the place it files from.
_AGENCY = LazyPattern(r"(?P<name>[\u4e00-\u9fff]{1,5}?(?:通讯社|通訊社|新闻社|新聞社|社))[\u4e00-\u9fff]{2,}")
# "【8月22日 時事通信社】": a Japanese site's bracketed day and the wire it carries.
_BRACKETED_DAY_CREDIT = LazyPattern(r"^\s*【\s*(?P<month>[0-9０-９]{1,2})月(?P<day>[0-9０-９]{1,2})日"
                                    r"[\s\u3000]+(?P<head>[^】\s]{2,20})\s*】")


def east_asian_credit(line: str, directory: OutletDirectory) -> str | None:
    """The outlet a Korean, Japanese or Chinese credit opening `line` names, as printed."""
    if not line or line.isascii():
        return None  # every form holds Hangul, kana, ideographs or full-width brackets
    return (_korean(line, directory) or _japanese(line, directory)
            or _chinese(line, directory))


def _korean(line: str, directory: OutletDirectory) -> str | None:
    if match := _KOREAN_REPORTER_CREDIT.match(line):
        if match["hyphen"] and not directory.named(match["credit"]):
            return None  # "[미디어한국-강희성기자]": a hyphen for "=", a listed outlet only
        return _credit_in_place(_without_place(match["credit"], directory) or match["barred"], directory)
    if (match := _KOREAN_PLACE_CREDIT.match(line)) and not _picture_label(match["place"]):
        return _outlet_before_place(match, directory) or _credit_in_place(match["credit"], directory)
    if (match := _KOREAN_CREDIT_WITHIN.search(line)) and directory.named(match["credit"]) \
            and not _picture_label(match["place"]) and not line.lstrip().startswith(("▲", "△")):
        return match["credit"]
    match = _ORIGINAL_LINK.search(line[:300])
    return match["credit"] if match and directory.named(match["credit"]) else None


def korean_credit_posted(line: str) -> str | None:
    """The day of the posting stamp inside a Korean credit's brackets (ISO): "[세종=이데일리 최훈길 기자
    -- 입력 2017.03.23 06:58]"."""
    match = _KOREAN_PLACE_CREDIT.match(line) if line and not line.isascii() else None
    if match is None or match["year"] is None or _picture_label(match["place"]):
        return None
    return iso_day(int(match["year"]), int(match["month"]), int(match["day"]))


def east_asian_closing(paragraph: str, directory: OutletDirectory) -> str | None:
    """The listed wire a Japanese or Chinese story's closing brackets credit ("（共同）", "(民視新聞/綜合報導)"), or the
    original and its carrier closing a caption ("…(2012年12月12日) 【朝鮮通信=時事】"): the
    original when listed, else the carrier."""
    if not paragraph or paragraph.isascii():
        return None
    if (carried := _CLOSING_CARRIED.search(paragraph)) and carried["original"].strip() not in _PICTURE_WORDS:
        return next((credit for name in (carried["original"], carried["carrier"])
                     if directory.named(credit := _JAPANESE_WIRES.get(name.strip(), name.strip()))), None)
    if (match := _CLOSING_CREDIT.search(paragraph) or _KOREAN_CLOSING_NAME.search(paragraph)
             or _SLASHED_REPORT.match(paragraph) or _JAPANESE_CLOSING_NAME.search(paragraph)) is None:
        return None
    named = match["credit"] or match.groupdict().get("bracketed")
    credit = _JAPANESE_WIRES.get(named, named)
    return credit if directory.named(credit) else None


def japanese_day_dateline(line: str, directory: OutletDirectory) -> tuple[str, int] | None:
    """(the listed wire, the day) of a dateline in square brackets alone on `line`
    ("［東京　14日　ロイター］"), as a site carrying the wire's story prints it under the text."""
    match = _JAPANESE_DAY_DATELINE.match(line)
    if match is None or line[match.end():].strip() or not directory.named(match["credit"].strip()):
        return None
    return match["credit"].strip(), int(unicodedata.normalize("NFKC", match["day"]))


def chinese_reporters_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet whose reporters, named after it, end a line at the top, as Chinese sites
    print them beside the story's time: "2019-08-23 07:37:20 新华社记者 陆睿 耿学鹏"; or named before
    it, a byline of their own ("李佳英/梁智皓 朝鲜日报记者")."""
    match = (_OUTLET_REPORTERS.search(line) or _REPORTERS_OUTLET.match(line)) if len(line) <= 80 else None
    return _listed_head(match["head"], directory) if match else None


def korean_signature(line: str, directory: OutletDirectory) -> str | None:
    """The outlet of "[신아일보] 김다인 기자" on a line of its own (listed, or named as outlets
    are), of a broadcaster's reporter signing off ("KBS 뉴스 김다인입니다.": listed only, as
    "경제 문제입니다." ends the same way) or of its reporter unnamed ("• 뉴시스 기자": listed only,
    as "김다인 기자" is a person)."""
    if not line or line.isascii():
        return None
    for form in (_KOREAN_SIGN_OFF, _OUTLET_REPORTER):
        if (match := form.match(line)) and directory.named(match["credit"]):
            return match["credit"]
    match = _KOREAN_SIGNATURE.match(line)
    if match is None:
        return None
    credit = match["credit"].strip()
    if directory.named(credit) or KOREAN_OUTLET_ENDING.search(credit):
        return credit
    return None


def _without_place(credit: str | None, directory: OutletDirectory) -> str | None:
    """The outlet of "[천지일보 제천=이현복 기자]": its name, then the place its reporter files from
    (as "(제천=연합뉴스)" prints it before the outlet), when the words before the last are a listed
    name or end as outlets' names do and the last word does not ("[한빛 경제=…]" stays whole)."""
    words = (credit or "").split()
    if len(words) < 2 or not re.fullmatch(r"[가-힣]{2,8}", words[-1]) or KOREAN_OUTLET_ENDING.search(words[-1]):
        return credit
    name = " ".join(words[:-1])
    return name if directory.named(name) or KOREAN_OUTLET_ENDING.search(name) else credit


def _outlet_before_place(match: re.Match, directory: OutletDirectory) -> str | None:
    """The outlet of "(흑룡강신문=하얼빈)": the place's and the outlet's order turned round, as some papers print
    their credit, when the first is a listed outlet's name or ends as outlets' names do and the second is a word
    that does neither (a place, not a picture's label)."""
    outlet, place = match["place"], match["credit"].strip()
    if not (directory.named(outlet) or KOREAN_OUTLET_ENDING.search(outlet)):
        return None
    if not re.fullmatch(r"[가-힣]{2,8}", place) or directory.named(place) or KOREAN_OUTLET_ENDING.search(place) \
            or _picture_label(place):
        return None
    return outlet


def _credit_in_place(credit: str, directory: OutletDirectory) -> str | None:
    """A Korean credit's outlet: listed, or a name in Hangul as printed (not a picture's)."""
    credit = credit.strip()
    if directory.named(credit):
        return credit
    if _picture_label(credit) or not _HANGUL.search(credit):
        return None
    return credit


def _picture_label(word: str) -> bool:
    """Whether `word`, before or after "=" in a Korean credit, names a kind of image, not a place or an outlet."""
    return word in _NOT_A_PLACE or bool(_IMAGE_KIND.search(word))


def _japanese(line: str, directory: OutletDirectory) -> str | None:
    if (match := _JAPANESE_CARRIED.match(line)) and directory.named(match["credit"].strip()):
        return match["credit"].strip()  # "【AFP=時事】": the original, before "【ソウル＝共同】"'s place
    if match := _JAPANESE_WIRE_DATELINE.match(line):
        return _JAPANESE_WIRES[match["wire"]]
    if (match := _JAPANESE_BRACKET.match(line)) and (wire := _listed_after_place(match["inner"], directory)):
        return wire
    for form in (_JAPANESE_COLON_CREDIT, _JAPANESE_DAY_DATELINE, _DELIVERED_BY):
        if (match := form.match(line)) and directory.named(match["credit"].strip()):
            return match["credit"].strip()
    return None


def _listed_after_place(inner: str, directory: OutletDirectory) -> str | None:
    """The longest listed outlet ending a bracket's words after a place ("聯合ニュース" of
    "ソウル聯合ニュース"); none when the place is no place's form or nothing is listed."""
    return next((inner[start:] for start in range(2, len(inner) - 1)
                 if _JAPANESE_PLACE.match(inner[:start]) and directory.named(inner[start:])), None)


def _chinese(line: str, directory: OutletDirectory) -> str | None:
    """The listed wire a Chinese dateline opens with ("新华社" of "新华社北京11月22日电")."""
    dateline = chinese_dateline(line, directory)
    if dateline is None and (carried := _CARRIED_WIRE.match(line)) and directory.named(carried["wire"]):
        return carried["wire"]
    return dateline[0] if dateline else _chinese_tag(line, directory)


def _chinese_tag(line: str, directory: OutletDirectory) -> str | None:
    """The listed agency of a Chinese byline tag in brackets opening the lead: "（中央社記者王小明
    東京22日專電）", "（中央社台北22日電）" (its reporter, place and day, "dispatched"), or in its other forms
    ("文/中央社記者…專電", "(讯报马尼拉讯)", "(台灣英文新聞/國際組 綜合報導)…")."""
    match = _CHINESE_BYLINE_TAG.match(line) or next(filter(None, (tag.match(line) for tag in _OTHER_CHINESE_TAGS)), None)
    if match is None:
        short = _SHORT_WIRE_TAG.match(line)
        return next((wire for wire in (short["wire"], short["wire"] + "社") if directory.named(wire)), None) \
            if short else None
    return _listed_head(match["head"], directory)


def chinese_dateline(line: str, directory: OutletDirectory) -> tuple[str, int, int, str] | None:
    """(the listed wire, month, day, the dateline as printed) of a Chinese wire's dateline
    opening `line`: "新华社北京11月22日电", "中新网8月22日电", "据新华社首尔11月23日电", "人民网首尔11月21日:",
    or a Japanese site's bracketed day and wire "【8月22日 時事通信社】" (no year: a dateline's is
    inferred)."""
    if not line or line.isascii():
        return None
    match = _CHINESE_DATELINE.match(line) or _BRACKETED_DAY_CREDIT.match(line)
    if match is None:
        return None
    wire = _listed_head(match["head"], directory) or _agency_head(match)
    month, day = int(match["month"]), int(match["day"])  # full-width digits too
    return (wire, month, day, match.group(0).strip()) if wire and 1 <= month <= 12 else None


def _agency_head(match: re.Match) -> str | None:
    """An unlisted agency's name opening a wire's dispatch ("中評社" of "中評社香港11月24日電"): a
    name ending in "社" before its place, never the paper's own "本社" or "本报"."""
    if not match.group(0).endswith(("电", "電")) or (name := _AGENCY.match(match["head"])) is None:
        return None
    return None if name["name"].startswith("本") else name["name"]


def _listed_head(head: str, directory: OutletDirectory) -> str | None:
    """The longest listed outlet `head` starts with ("新华社" of "新华社北京")."""
    return next((head[:size] for size in range(len(head), 1, -1) if directory.named(head[:size])), None)

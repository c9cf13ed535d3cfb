"""Whether a proposed event's title reads as a happening of its own (`index.proposals`)."""

from __future__ import annotations

import re

from corpus.date_patterns import ANY_WEEKDAY
from corpus.english_past import IRREGULAR_PAST
from corpus.title_cjk_chains import CJK_DATE
from corpus.title_cuts import AUXILIARY_WORDS, still_cut_inside_a_phrase
from index.plain_verbs import plain_verbs
from index.title_cut_short import cut_short
from index.title_matter import matter_lost
from index.title_states import tells_a_state
from index.title_unnamed import unnamed_subject
from index.title_tense import tells_nothing_past
from index.title_verbless import verbless
from index.title_views import tells_a_view

# A title whose subject only points back to another sentence's.
_POINTS_BACK = re.compile(r"(?:They|He|She|It|We|These|Those|Their)\s")  # ("Their summit": whose?)
# ... or its owner ("His party lost the upper house elections", "Its creditor banks stopped supporting it",
# "Speculation about his health grew"; not a style: "Her Majesty", "His Holiness Pope Francis"), or the one who tells
# it ("I held teleconferences with ...", "Our ships left port": page text of a speaker, whose name the title does not
# hold)
_STYLE = r"(?:Majesty|Holiness|Excellency|Highness|Royal|Eminence)\b"
_OWNER_POINTS_BACK = re.compile(rf"(?:(?:His|Its|My|Our|Her)\s(?!{_STYLE})"
                                r"|[A-Z][a-z]+\s+(?:about|over|of|for)\s+(?:his|her|its|their)\s|I\s+[a-z])")
# ... after a setting ("In rain, he picked his way ..."), or as "the two" or "the same" ("The two were detained",
# "The same area had been hit"; not "The two countries agreed"), or as its object ("Police arrested him",
# "The university rejected five of them", "State television announced it"): who or what is told elsewhere.
_POINTS_BACK_LATER = re.compile(r"[^,]{1,40},\s(?:they|he|she|it|we)\s"
                                r"|The\s+(?:two|three|four|five)\s+(?:also\s+|then\s+|later\s+)?"
                                rf"(?:were|was|had|have|are|[a-z]+ed|{IRREGULAR_PAST})\b|The\s+same\s")
# ... or tells only that it came after another ("The announcement followed the failure of ...", "The quake came
# only two months after a tremor"; not "The test was followed by sanctions"), or has "one" for its subject ("One
# fired", of the missiles named before).
_ONLY_WHAT_IT_FOLLOWED = re.compile(r"(?:The|This|That|It)\s+(?:(?!(?:was|were|is|are|been)\s)[\w-]+\s+){0,2}?"
                                    r"(?:follows|followed|came\s+(?:only\s+)?(?:[\w-]+\s+){0,3}?after)\b"
                                    r"|One\s+[a-z]+ed\b")
_POINTING_OBJECT = re.compile(r"\S\s+(?:him|them)\b|\s(?:announced|confirmed|reported|denied)\s+it(?:\s+[a-z]+)?$"
                              # ("The meeting passed it", "Abe dissolved it, apparently judging ...": what "it" is)
                              rf"|\s(?:[a-z]{{2,}}ed|{IRREGULAR_PAST})\s+it(?=,|$)")
# ... or "it" as the title's first object, before a phrase ("The Cabinet approved it without the usual review"; not
# "released the capsule and sent it toward Earth", whose "it" the title names; nor a verb's particle, "passed it on")
_IT_BEFORE_A_PHRASE = re.compile(rf"^(?:(?!\sand\s)[^,])*?\s(?:[a-z]{{2,}}ed|{IRREGULAR_PAST})\s+it\s+"
                                 r"(?:without|with|at|for|after|before|by|during|despite|under)\s")
# ... or "this" or "these" inside it, a thing the page told before ("South Korea held off on signing this accord", "X
# said this … meeting"; not a date's "this year", "this week")
_THIS_INSIDE = re.compile(r"\s(?:this|these)\s+(?!(?:year|week|month|morning|afternoon|evening|weekend|time|spring"
                          r"|summer|autumn|fall|winter|season|decade|century|quarter)\b)")
# ... or "here", the dateline's place ("The coast guard searched the office of a boat company here")
_HERE_INSIDE = re.compile(r"(?<![\w'\u2019-])[Hh]ere(?![\w'\u2019-])")
# ... or a day of the week, a dateline's word the subject's place took ("Monday won the Oscar ...")
_A_WEEKDAY_SUBJECT = re.compile(rf"(?:{ANY_WEEKDAY})\s+(?:[a-z]{{2,}}ed|{IRREGULAR_PAST}|was|were|had|has)\b")
# A deed or a document named by its bare noun, told in a sentence before: "The test took place", "The decision
# answered ...", "The claim met doubt" (not "The test of ...", "The yen fell": a thing of its own; nor a title that
# names who did it or by how much, "The test was followed by new sanctions", "The bill passed by 180 votes"), or as
# the object of the title's verb ("X welcomed the decision", "The Assembly passed the bill 208-0"; not "... to leave
# the deal").
_NAMED_BEFORE = (r"(?:decision|deal|draft|claim|controls|attack|test|ceremony|measures|move|step|announcement|agreement"
                 r"|accord|pact|plan|proposal|bill|vote|incident|sale|ruling)")
_NAMED_BEFORE_SUBJECT = re.compile(rf"(?:The|This|That|These|Those)\s+{_NAMED_BEFORE}\s+"
                                   r"(?!(?:of|between|with|on|to|in|by|for|from|that|which|who|over|against)\b)[a-z]")
_NAMED_BEFORE_OBJECT = re.compile(rf"\s(?:[a-z]{{2,}}(?:ed|ing)|{IRREGULAR_PAST})\s+(?:the|this|that)\s+"
                                  rf"{_NAMED_BEFORE}(?:\s+[\d-]+)?$")
# A deed told as another's repeated: "Japan did the same to South Korea", "Tokyo followed suit".
_DID_THE_SAME = re.compile(r"\b(?:did|does|do)\s+(?:the\s+same|so|likewise)\b|\bfollowed\s+suit\b")
# A Chinese title whose subject is the meeting or the thing named before: "会上表决通过了..." (at the meeting),
# "会议表决通过了...", "该协定..." (the said pact), "对此..." (to this).
_CJK_POINTS_BACK = re.compile(r"(?:会上|会议|会后|该[\u4e00-\u9fff]|此次|这次|对此)")
# A noun and a relative clause, the title's only clause: "The attack, which killed two Marines and two civilians".
_ONLY_A_RELATIVE = re.compile(r"[^,]{1,80},\s+(?:which|who)\s+[^,]*$")
# A saying whose said clause is a plan, a conjecture or a state, not a happening: "The White House confirmed that
# Biden will host ...", "Park Jin said Seoul wants ...", "... told reporters the activists may have picked ..."; not
# past a verb told as done ("said North Korea fired missiles that could reach Japan", "said Japan sent a ship that
# will patrol", review 39).
# (A government's announcement is its news: "Abe announced he would step down" stays.)
_SAYING_OF_A_PLAN = re.compile(
    r"(?:[\w.'\u2019-]+\s+){1,8}?(?:had\s+)?(?:said|says|told|tells|confirmed|confirms|stated|added)\s+"
    rf"(?:(?!(?:[a-z]+ed|{IRREGULAR_PAST})\s)[\w.'\u2019-]+\s+){{0,7}}?"
    r"(?:will|would|shall|may|might|could|wants?|wanted|plans?|planned|intends?|intended|hopes?|hoped"
    r"|(?:is|was|are|were)\s+(?:willing|ready|keen|set)|appears?|appeared|seems?|seemed)\b")
# A saying of what another had done before it ("Kim said Japan had brought about a 'grave change'", "Wang told
# reporters the visit had felt like ..."): the saying's date, a view or what was done undated (not "The office said
# it had closed the pier": its own deed).
_SAYING_OF_WHAT_HAD_BEEN = re.compile(
    r"(?:[\w.'\u2019-]+\s+){1,8}?(?:said|says|told|tells|stated|added)\s+(?:that\s+)?"
    r"(?:(?!(?:it|they|he|she|we|I)\s)[\w.'\u2019-]+\s+){1,6}?had\s+(?:[a-z]+ly\s+)?[a-z]{3,}")
# A passage ending in a small letter, no mark closing it: the page's text stops there.
_ENDS_IN_A_WORD = re.compile(r"\s[a-z]+$")
# A link: page text, no happening ("(朝日新聞 9時57分)http://bit.ly/asEtJJ").
_A_LINK = re.compile(r"(?i)https?://|\bwww\.|\bbit\.ly/")
# A title that is a quotation, or starts inside one: '"We will take steps to ...', '期限目前で...」との見出しで'.
_IN_QUOTES = re.compile('^["\u201c\u300c\u300e]|^[^"\u201c\u300c\u300e]*[\u201d\u300d\u300f]'
                        '|^[^"]*\\S"(?=\\s|$)')  # ('July," Prime Minister Lee told ...': a straight quote closing)
# A title that tells a plan, not a happening: "Mark Milley was due to raise the cost of the troops".
_A_PLAN = re.compile(r"(?:[\w.'\u2019-]+\s+){1,6}?(?:was|were|is|are)\s+(?:due|set|expected|scheduled|slated)\s+to\s")
# A title whose verb is denied, a state: "Tokyo had not yet changed its whaling policy", "Seoul has never signed".
_DENIED = re.compile(r"(?:[\w.'\u2019-]+\s+){1,6}?(?:had|has|have|did|does|do|was|were|is|are)(?:n[\'\u2019]t|\s+not"
                     r"|\s+never)\b")
# A title that tells a state, not a happening: "Yoon appears intent on building on the … meeting".
_A_STATE = re.compile(r"(?:[\w.'\u2019-]+\s+){1,4}?(?:(?:appears?|seems?|looks?)\s+(?:to\s+be\s+)?(?:intent|keen|eager|set|ready|likely|poised)\b"
                      r"|(?:appeared|seemed)\s+(?:on\s+\w+\s+)?to\s+[a-z]+)")  # "China seemed to view with caution ..."
# A title that is only where something was, a phrase under a preposition with no deed: "At a meeting
# with government officials and lawmakers of ...", "Of the party's supreme council" (what was told
# there went with "told a meeting"); or an infinitive, what someone claims "to have fired".
_A_SETTING = re.compile(r"(?:At|Of|In|On|During|For|With|From|By|Into|Amid|Under|Over|Inside|Outside"
                        r"|(?:\w+\s+)?(?:Hours|Days|Weeks|Months|Minutes|Years)\s+(?:after|before)"  # "Hours after celebrating ..."
                        r"|[A-Z][a-z]+ed\s+(?:by|beside|with|alongside|next\s+to))\s")  # "Seated beside ..."
_INFINITIVE = re.compile(r"To\s+(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|date|some|many|most|all"
                         r"|each|every)\s)[a-z]+\s")  # (and a purpose: "To take cover after North Korea fired")
# A thing named, not a deed: "A photo and an audio clip released by the Islamic State group", "A
# diplomat accused of making an obscene comment" (its only verb a participle after its noun).
_PARTICIPLE_AFTER_NOUN = re.compile(rf"\b(?!(?:{AUXILIARY_WORDS}|been|be)\b)[a-z]+\s+"
                                    r"(?P<participle>[a-z]{3,}ed(?=\s+by\s+(?:the|an?|[A-Z]))|(?:accused|suspected|convicted)(?=\s+of\b))")
_AUXILIARY = re.compile(rf"\b(?:{AUXILIARY_WORDS})\b")
# A Japanese or Korean clause left unfinished: "...の軍事情報包括保護協定について" (about), "...決定されたため"
# (because), "...通告しており" (and), a verb in its joining form ("...GSOMIA終了を通知し", "...署名され"), or a
# copula whose date was the predicate ("...맡긴 날은 이다").
# ("...通告しましたが": but; "...黙ったままでいるとして": saying that)
_UNFINISHED_CLAUSE = re.compile(r"(?:について|ため|ので|ており|けれど|ものの|(?<=[\u4e00-\u9fff])(?:し|して|され|させ)|\s이다"
                                r"|(?<=た)が|として)$")
# ... or a Japanese clause ending in its hearsay, what is said or reported of it ("...共有されたという", "...署名したと伝えた")
_JAPANESE_HEARSAY_ENDING = re.compile(r"(?:という|とされる|とみられる|と伝えた|と報じた)$")
# A Chinese, Japanese or Korean title still holding a date after its own was taken out: a clause of another day run
# in ("…통보했다가 11월 통보의 효력을 정지시켰다", "…通知しましたが、11月にその通知の効力を停止しました", "그해 10월 9일 첫
# 핵실험을 했다"); not a span of days ("2日間の日程で", "사흘째") nor "every year" ("1年ごとに")
_ANOTHER_CJK_DATE = re.compile(CJK_DATE)
# A title that ends with its saying, "President Lee Myung-bak said" (what he said was a quotation), or
# with a verb that tells only that something came ("Tokyo's first retaliatory step came", when ...).
_TELLS_NOTHING = re.compile(r"\b(?:said|says|told|stated|added|noted|remarked|declared|stressed|wrote|asked|came)$")
# A title told under "will" or "would": "Seoul would not revisit its decision to let the pact lapse"; or "must" or
# "should", a rule ("Each side must give notice of withdrawal within a three-month window"), after a setting or not
# ("Under the deal, Seoul will scrap tariffs on most goods").
_MODAL_TITLE = re.compile(r"(?:(?:Under|In|At|After|Before|By|With|From|For|On|As)\s[^,]{1,60},\s+)?"
                          r"(?:[\w.'\u2019-]+\s+){1,4}?(?:will|would|shall|must|should)\s")
# A verb in a relative clause, its title a noun phrase: "Seven of the sites that Unesco chose",
# "Yoon, who met survivors" (not "officials said that Seoul chose").
_RELATIVE_BEFORE = re.compile(r"(?:,?\s+(?:who|which)|(?<=[\w\u201d\")])\s+(?P<that>that))\s+(?:[\w'\u2019.-]+\s+){0,3}?$"
                              # round 36: where a thing happened, shown or asked ("shows on a map where the
                              # seismic waves in North Korea started")
                              r"|\b(?:shows?|showed|showing|points?\s+to|pointed\s+to|asks?|asked|knows?|knew)\s+"
                              r"(?:[\w'\u2019.-]+\s+){0,4}?(?:where|how|when|whether)\s+(?:[\w'\u2019.-]+\s+){0,6}?$")
# ... a "that" after a verb of saying opens what was said: "told lawmakers that Washington signed".
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|noted|added|argued|believes?|believed|thinks?|reported|announced"
                     r"|stressed|insisted|warned|confirmed|explained|recalled)\b")
# A happening named as what a future verb governs: "will hold the 44th Military Committee Meeting".
_FUTURE_OBJECT = re.compile(r"\b(?:will|shall)\s+(?:(?:also|not|\w+ly)\s+)?[a-z]{3,}\s+(?:the|a|an|their|its|his|her)\s+"
                            r"(?:[\w'\u2019-]+\s+){0,5}?$")


def worth_proposing(sentence: str, verb: tuple[int, int] | None, title: str) -> bool:
    """Whether a happening no listed event claims reads as one of its own. Not when its title
    - has a subject that points back to another sentence's ("They also agreed to ...", "In rain, he picked
      ...", "The two were detained"), an owner ("His party lost ...") or a speaker ("I held talks with ...")
      told elsewhere, or such an object ("Police arrested him", "State TV announced it", "X signed this accord"),
      or is an office or a person it does not name (`index.title_unnamed`: "The US President opened …", "The man
      went missing");
    - is a noun with only a relative clause ("The attack, which killed two Marines");
    - is a saying of a plan, a conjecture or a state ("X confirmed that Biden will host ...", "X said Seoul
      wants ..."; not an announcement, which is itself the news);
    - is a saying of what another had done before it ("Kim said Japan had brought about ...");
    - tells nothing in the past, an English phrase or a caption in the present (`index.title_tense`: "The
      North's previous nuclear test", "Lee chairs a meeting in Seoul");
    - holds a link (page text);
    - is a quotation or starts inside one ('"We will take steps to ...', '期限目前で...」との見出しで');
    - tells a state ("Yoon appears intent on ...", "The missile ... was the Hwasong-17", "Smoke still rose"), a
      conjecture ("North Korea appears to have carried out ...") or a saying cut in its said clause ("Lee charged
      that Seoul was…"), `index.title_states`;
    - voices a view or a call, its main verb one of blame, praise, a feeling, a stance or a call on someone to act
      (`index.title_views`: "Moon condemned North Korea", "Tokyo welcomed Seoul's announcement", "The opposition
      pressed the government to step in");
    - ends with a saying without what was said ("President Lee said", before a quotation) or a
      coming without what came ("Tokyo's first step came");
    - ends with a feeling voiced, a protest, a signing, a reaction or an agreement without what about, or a
      quotation's source without its words, or tells a beginning of nothing it names (`index.title_matter`: "Kono
      voiced unease", "China protested strongly to Japan", "Washington signed", "People reacted with disbelief",
      "X and Y agreed at a landmark meeting", "KCNA quoted a commentator", "Formal negotiations began");
    - ends with the room's cut after an ordinal that lost its noun or a word that opens a phrase
      (`index.title_cut_short`: "… held their second…", "… described the minister as…");
    - tells a plan ("Milley was due to raise …"), denies its verb, a state ("Tokyo had not yet changed its
      policy"), or has a weekday for its subject, a dateline's word ("Monday won the Oscar");
    - ends with the room's cut inside a preposition's quantifier or "what" (`corpus.title_cuts`: "… images taken
      from video of what it calls…");
    - is an infinitive ("To have fired ...", "To take cover after ...");
    - is a Chinese, Japanese or Korean title still holding a date, its own taken out: another day's clause run in
      ("…통보했다가 11월 통보의 효력을 정지시켰다");
    - is a Japanese or Korean clause left unfinished ("...について", "...ため", "...通知し", "...날은 이다") or a
      ("...通告しましたが", "...黙ったままでいるとして") or a Japanese one ending in its hearsay ("...共有されたという", "...署名したと伝えた");
    - tells only what it came after ("The announcement followed ...") or has "one" for its subject ("One fired");
    - only says where or when, with no comma and no deed: a phrase under a preposition ("At a
      meeting with officials ..."), a participle or a time before a clause that is not there
      ("Seated beside ...", "Hours after ...");
    - only names a thing, its only verb a participle after its noun ("A photo and an audio clip
      released by the Islamic State group");
    - is a phrase with no clause of its own (`index.title_verbless`: "Setting aside years of ill
      will", "Kumamoto Castle, damaged by strong earthquakes");
    nor, when the happening has a verb, when that verb is what a future verb governs ("Milley will
    hold the 44th Military Committee Meeting ... on Thursday"), stands in a relative clause ("the
    sites that Unesco chose") or was cut off with the title's room, the title telling no other deed
    ("Seoul would not revisit its decision ... unless Tokyo gives…", for "it imposed in July"), or
    when the title is told under "will", "would", "must" or "should" ("Seoul would not revisit its decision to let
    the pact lapse", "Each side must give notice")."""
    return not (_points_back(title) or _IN_QUOTES.match(title) or _ONLY_A_RELATIVE.match(title)
                or _SAYING_OF_A_PLAN.match(title) or _A_LINK.search(title) or _A_STATE.match(title)
                or _DENIED.match(title) or _A_PLAN.match(title)
                or _TELLS_NOTHING.search(title) or _INFINITIVE.match(title) or _UNFINISHED_CLAUSE.search(title)
                or _JAPANESE_HEARSAY_ENDING.search(title) or _SAYING_OF_WHAT_HAD_BEEN.match(title)
                or _ANOTHER_CJK_DATE.search(title)
                or tells_nothing_past(title) or tells_a_state(title) or tells_a_view(title) or matter_lost(title)
                or still_cut_inside_a_phrase(title) or cut_short(title)
                or _only_a_setting(title) or _only_a_thing(title) or verbless(title)
                or verb is not None and _verb_tells_no_happening(sentence, verb, title))


def _points_back(title: str) -> bool:
    return bool(_POINTS_BACK.match(title) or _OWNER_POINTS_BACK.match(title) or _POINTS_BACK_LATER.match(title)
                or _POINTING_OBJECT.search(title) or _IT_BEFORE_A_PHRASE.match(title)
                or _ONLY_WHAT_IT_FOLLOWED.match(title) or _NAMED_BEFORE_SUBJECT.match(title) and " by " not in title
                or unnamed_subject(title) or _THIS_INSIDE.search(title) or _HERE_INSIDE.search(title)
                or _A_WEEKDAY_SUBJECT.match(title)
                or _NAMED_BEFORE_OBJECT.search(title) or _DID_THE_SAME.search(title) or _CJK_POINTS_BACK.match(title))


def cut_by_the_page(passage: str, title: str) -> bool:
    """Whether the passage stops inside its last sentence, in a word or after it, with no closing mark ("... by
    carrying out its firs": a preview the page cut), and the title runs to that end: not proposed
    (`index.proposals`)."""
    stripped = passage.rstrip()
    return bool(_ENDS_IN_A_WORD.search(stripped)) and title.endswith(stripped.rsplit(None, 1)[-1])


def _verb_tells_no_happening(sentence: str, verb: tuple[int, int], title: str) -> bool:
    return bool(_FUTURE_OBJECT.search(sentence, 0, verb[0]) or _in_a_relative_clause(sentence, verb[0])
                or _verb_cut_off(sentence, verb, title) or _MODAL_TITLE.match(title))


def _only_a_setting(title: str) -> bool:
    return bool(_A_SETTING.match(title)) and "," not in title and not plain_verbs(title, "event")


def _only_a_thing(title: str) -> bool:
    participles = {found.span("participle") for found in _PARTICIPLE_AFTER_NOUN.finditer(title)}
    verbs = set(plain_verbs(title, "event"))
    return bool(participles) and verbs <= participles and not _AUXILIARY.search(title)


def _verb_cut_off(sentence: str, verb: tuple[int, int], title: str) -> bool:
    """Whether the title lost the happening's verb, cut to its room or taken off with a saying
    ("South Korea told the World Trade Organization on Monday that ..." -> "Trade Organization
    on Monday"), and tells no other deed."""
    words = sentence[verb[0]:verb[1]]
    return words.isascii() and words not in title and not plain_verbs(title, "event")


def _in_a_relative_clause(sentence: str, verb_at: int) -> bool:
    relative = _RELATIVE_BEFORE.search(sentence, 0, verb_at)
    return bool(relative) and not (relative["that"] and _SAYING.search(sentence, 0, relative.start()))

"""A paywall's pitch for access to the site, in the words many sites print around a story: not the article.

* an offer of access: "Get full access to X content across all your devices.", "Try unlimited access", "Unlimited
  access to all of X: reporting, investigations, analysis", "Subscribers have full unlimited access to X.";
* a meter's free stories and a trial's price: "Registered users get 2 free articles in 30 days.", "Not signed up? New
  users get 2 free articles per month, plus a 7-day unlimited free trial.", "Only $1 for four weeks";
* the wall itself: "Sign in to read on!", "Sign up for a free preview to unlock the rest of this article", "(… To view
  the full story, you will need to be a subscribed member of the … archive. …)", "To have fuller access to the X
  website, it is necessary to subscribe. …", "Log in or register" (Russian "Войдите или зарегистрируйтесь");
* in Chinese, a call to join the site's paying members ("建議您加入…付費會員…"); in Japanese, the site's monthly price
  with what the reader can then read ("月額800円の…。…記事を読むことができます。").

A line reporting such words is a story's: "Subscribers get 2 free articles, the company said." stays, as does a
sentence that only holds "unlimited access" ("Unlimited access to the zone was granted to inspectors.").

    >>> [is_access_pitch(line) for line in ("Try unlimited access", "Sign in to read on!")]
    [True, True]
    >>> is_access_pitch("The pact gives Tokyo full access to Seoul's radar data, officials said.")
    False
"""

from __future__ import annotations

import re

from corpus.reporting_verbs import ACCORDING, ANNOUNCING, SAYING, any_of

_LONGEST = 400
_CURRENCY = r"(?:\$|€|£|¥|US\$|A\$|S\$|RM)"
# An offer or a meter, short and no sentence of a story's: no stop inside it, at most one closing it.
_ACCESS_OFFERED = r"(?:get|try|enjoy|unlock|gain)\s+(?:\w+\s+){0,2}?(?:full|unlimited)\s+(?:digital\s+)?access\b"
_WHAT_READERS_HAVE = (r"(?:[^.!?]{1,40}\?\s+)?(?:subscribers|registered\s+users|new\s+users|premium\s+members)\s+"
                      r"(?:have|get|enjoy)\s+(?:(?:full\s+|unlimited\s+|digital\s+){1,3}access"
                      r"|\d{1,2}\s+free\s+(?:articles|stories))\b")
_ACCESS_AS_A_NOUN = r"(?:full|unlimited)\s+(?:digital\s+)?access\s+to\s[^.!?]{1,160}$"  # no stop closing it
_PRICE_FOR_A_TIME = (rf"(?:only|just)\s+{_CURRENCY}\s?\d[\d.,]*\s+for\s+(?:the\s+first\s+)?(?:\w+\s+)?"
                     r"(?:day|week|month)s?\W*$")
_OFFER = re.compile(rf"(?i)^(?:{_ACCESS_OFFERED}|{_WHAT_READERS_HAVE})[^.!?]{{0,160}}[.!]?$"
                    rf"|^{_ACCESS_AS_A_NOUN}|^{_PRICE_FOR_A_TIME}")
_REPORTING = re.compile("(?i)" + any_of(SAYING, ACCORDING, ANNOUNCING))
# The wall: what the reader must do to read on ("Sign in to read on!", "Sign up for a free preview to unlock …",
# "… To view the full story, you will need to be a subscribed member …", "To have fuller access to …, it is necessary
# to subscribe.", "Log in or register").
_WALL_FORMS = (
    r"\W*sign\s+(?:in|up)\s+to\s+(?:read\s+on|read\s+more|continue\s+reading|keep\s+reading)\W*$",
    r"\W*sign\s+up\s+for\s+(?:a\s+)?free\s+(?:preview|trial|account)\s+to\s+(?:unlock|read|continue)\b"
    r"[^.!?]{0,80}[.!]?$",
    r".{0,200}\bto\s+(?:view|read|see)\s+the\s+(?:full|whole|entire)\s+(?:story|article|text)\s*,\s*you\s+"
    r"(?:will\s+)?need\s+to\s+(?:be\s+an?\s+)?(?:subscribe\b|subscribed\s+member|paying\s+member|log\s+in"
    r"|sign\s+in).{0,200}$",
    r"to\s+have\s+full(?:er)?\s+access\s+to\s+[^.!?]{1,80}?,\s+(?:it\s+is\s+necessary|you\s+need|you\s+must)\s+"
    r"to\s+subscribe\b.{0,200}$",
    r"\W*(?:log\s*in|sign\s+in|войдите)\s+(?:or|или)\s+(?:register|sign\s+up|зарегистрируйтесь)\W*$",
)
_WALL = re.compile("(?i)" + "|".join("^" + form for form in _WALL_FORMS))
_CHINESE_MEMBERS = re.compile(r"^[^「」“”]{0,60}(?:建議|建议|請|请|歡迎|欢迎)您?(?:加入|成為|成为)[^,，。]{0,12}"
                              r"(?:付費|付费|訂閱|订阅)(?:會員|会员)[^「」“”]{0,60}$")
_JAPANESE_PRICE = re.compile(r"月額[\d,，]+円")
_JAPANESE_READ_ON = re.compile(r"読むことができ|読み放題|お読みいただけ")
_JAPANESE_REPORTED = re.compile(r"」と|た。?$")  # someone's words, or the past tense closing a story's sentence


def is_access_pitch(line: str) -> bool:
    """A paywall's offer, meter or wall (see the module's docstring)."""
    line = line.strip()
    if not line or len(line) > _LONGEST:
        return False
    if _WALL.match(line) or (_OFFER.match(line) and not _REPORTING.search(line)):
        return True
    return (len(line) <= 200 and _CHINESE_MEMBERS.match(line) is not None) or _japanese_price(line)


def _japanese_price(line: str) -> bool:
    return bool(_JAPANESE_PRICE.search(line) and _JAPANESE_READ_ON.search(line)) and not _JAPANESE_REPORTED.search(line)

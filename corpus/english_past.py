"""English past forms that do not end in "-ed", one list for every reader of a verb's tense: a title's
(`index.title_tense`, `index.title_worth`) and, but for those whose present is the same word, a sentence's
(`index.plain_verbs`): timeline round 92.

Each is a real past form ("let", "quit", "withdrew"); not a participle alone ("been", "done", "shown": it follows
"has" or "was", read there), nor a form that news text writes far more often as something else: "lay" (a caption's
present: "Leaders lay wreaths"), "bit" and "bid" (nouns: "a bit", "Japan's bid"), "upset" (an adjective).
"""

from __future__ import annotations

# Those whose present is the same word ("Seoul let the deadline pass", "An aide quit", "The storm set off floods"): a
# title reads them (its subject opens it), a sentence's verbs do not ("the statue set up outside the embassy", "the
# statue, put up by a civic group", "a cost-sharing deal": a participle, a noun; measured in round 92).
_SAME_AS_PRESENT = (
    "let", "set", "put", "cut", "quit", "cast", "broadcast", "shed", "split", "spread", "hurt", "cost", "read",
    "thrust", "hit", "shut", "burst", "beat",
)
_OWN_PAST = (
    "knew", "heard", "built", "bought", "thought", "taught", "felt", "dealt", "lent", "bent", "fed", "bled", "sped",
    "hung", "swung", "stuck", "sat", "laid", "rode", "drove", "arose", "woke", "stole", "sang", "rang", "drank",
    "did", "ate", "overcame", "forgot", "understood", "slept", "wept", "crept", "leapt", "shone", "sprang", "spun",
    "said", "told", "won", "led", "met", "held", "sent", "spent", "ran", "saw", "shot", "rose", "fell", "took",
    "went", "came", "made", "gave", "got", "left", "lost", "kept", "paid", "sold", "stood", "found", "brought",
    "began", "broke", "spoke", "chose", "wrote", "became", "fought", "struck", "sank", "flew", "grew", "drew",
    "threw", "blew", "withdrew", "tore", "wore", "swept", "slid", "fled", "froze", "shook", "bore", "caught",
    "sought", "wound", "dug", "hid", "lit", "knelt", "meant", "underwent", "overtook", "forbade", "swore",
)
IRREGULAR_PAST_WORDS = frozenset(_SAME_AS_PRESENT + _OWN_PAST)
PAST_UNLIKE_PRESENT_WORDS = frozenset(_OWN_PAST)


def _alternation(words: frozenset[str]) -> str:
    """The words as a regular expression's alternation, longest first (no word stops at a shorter one's end)."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


IRREGULAR_PAST = _alternation(IRREGULAR_PAST_WORDS)
PAST_UNLIKE_PRESENT = _alternation(PAST_UNLIKE_PRESENT_WORDS)

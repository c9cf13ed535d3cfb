"""English past forms that do not end in "-ed", one list for every reader of a verb's tense: a title's
(`index.title_tense`, `index.title_worth`) and a happening's wording (`corpus.happenings.in_past_form`: round 99);
but for most of those whose present is the same word, a sentence's (`index.plain_verbs`: round 92); and none of
those, a date's clause (`corpus.date_patterns.PAST_CUE`: round 99).

Each is a real past form ("let", "quit", "withdrew"); not a participle alone ("been", "done", "shown": it follows
"has" or "was", read there), nor a form that news text writes far more often as something else: "lay" (a caption's
present: "Leaders lay wreaths"), "bit" and "bid" (nouns: "a bit", "Japan's bid"), "upset" (an adjective).
"""

from __future__ import annotations

# Those whose present is the same word ("Seoul let the deadline pass", "An aide quit", "The storm set off floods"): a
# title reads them all (its subject opens it); a sentence's verbs only those a happening itself does ("the quake
# hit", "Lee beat Hwang"), not those after a noun as a participle or in a noun ("the statue set up outside the
# embassy", "the statue, put up by a civic group", "let go by the firm", "a cost-sharing deal", "twenty hurt"): 10 of
# the 18 proposals they added when a sentence read them all (round 92); without "hit", "beat", "broadcast" 5 real lost.
_DONE_BY_A_HAPPENING = ("hit", "beat", "broadcast", "spread", "burst", "shut")
_SAME_AS_PRESENT = _DONE_BY_A_HAPPENING + (
    "let", "set", "put", "cut", "quit", "cast", "shed", "split", "hurt", "cost", "read", "thrust",
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
# A date's clause takes its tense from its last cue, so a form like its present would turn "will hit on Friday",
# "will set out on Monday" to the past: only the forms no present shares.
OWN_PAST_WORDS = frozenset(_OWN_PAST)
SENTENCE_PAST_WORDS = frozenset(_OWN_PAST + _DONE_BY_A_HAPPENING)
# What "left" or "leaves" keeps as it was, right after the verb or after its object: "left open the question", "leaves
# the accord in doubt", "left it intact" tell of no deed (review 44); nor does "left unsigned" (an "un-" state).
LEFT_AS_IS = r"(?:in\s+(?:doubt|limbo|place|force|effect|tatters)|intact|unchanged|uncertain|open|hanging)"


def _alternation(words: frozenset[str]) -> str:
    """The words as a regular expression's alternation, longest first (no word stops at a shorter one's end)."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


IRREGULAR_PAST = _alternation(IRREGULAR_PAST_WORDS)
SENTENCE_PAST = _alternation(SENTENCE_PAST_WORDS)
OWN_PAST = _alternation(OWN_PAST_WORDS)

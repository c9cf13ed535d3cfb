"""Whether a page's pact is another one than the GSOMIA: the listed events' words for what they are
about ("@pact": "agreements?", "deals?", "treaty" ...) fit any pact, so a page that names another pact
(a free trade agreement, a troop cost-sharing or Special Measures Agreement, a currency swap, a
fisheries or defence treaty, New START ...) and never the GSOMIA itself (its names, the `gsomia`
aliases of `corpus/events.json`; intelligence or information sharing, military information) reports
none of the GSOMIA's happenings: "The pact was ratified on Tuesday ... the opposition parties quit
all legislative work", of the 2011 Korea-US FTA, is no decision to end the GSOMIA; "the cost-sharing
deal took effect on Wednesday" is not the GSOMIA's taking effect (issue 14, fix 21). Pure standard library.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.events import EventSpec, event_aliases

# Another pact, by the names news gives it (English; Korean, Japanese, Chinese). The English names'
# first letters, looked at first, spare the engine the names at every other character (perf24); the
# other scripts' names, without letters of two cases, are found by their first characters alone.
_ANOTHER_PACT_IN_ENGLISH = re.compile(
    r"(?i)(?=[fktcsmdn])\b(?:free[- ]trade\s+(?:agreements?|deals?|pacts?|accords?|talks|negotiations)|FTAs?|KORUS"
    r"|trade\s+(?:agreements?|deals?|pacts?|accords?)"
    r"|cost[- ]sharing\s+(?:agreements?|deals?|pacts?|accords?|talks|negotiations)|Special\s+Measures\s+Agreement|SMA"
    r"|currency[- ]swaps?|swap\s+(?:agreements?|deals?|lines?)"
    r"|fisher(?:y|ies)\s+(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies))"
    r"|(?:mutual\s+)?defen[cs]e\s+(?:treat(?:y|ies)|pacts?)|New\s+START)\b")
_ANOTHER_PACT_IN_OTHER_SCRIPTS = re.compile(
    r"자유무역협정|방위비\s*분담|특별협정|통화\s*스와프|어업\s*협정"
    r"|自由貿易協定|自由贸易协定|通貨スワップ|货币互换|漁業協定|渔业协定")
# The GSOMIA named, as well as by its `gsomia` aliases (no word's edges: "韓日GSOMIA").
_GSOMIA_TOO = (r"(?:intelligence|information)[- ]sharing", r"sharing\s+(?:military\s+)?(?:intelligence|information)",
               r"military\s+(?:intelligence|information)", r"intelligence\s+(?:pact|agreement|accord|deal|cooperation)",
               r"military\s+(?:pact|agreement|accord|deal)", r"information\s+(?:security|protection)\s+(?:pact|agreement)",
               r"군사\s*정보", r"정보\s*(?:보호\s*)?협정", r"軍事情報", r"情報(?:保護)?協定", r"军事情报", r"情报(?:保护)?协定")


@lru_cache(maxsize=None)
def _gsomia_named() -> re.Pattern[str]:
    return re.compile(r"(?i)(?:" + "|".join((*event_aliases()["gsomia"], *_GSOMIA_TOO)) + r")")


@lru_cache(maxsize=None)
def of_the_gsomia(spec: EventSpec) -> bool:
    """Whether the event is the GSOMIA's own: what it is about names the pact by its aliases ("@pact")."""
    return "GSOMIA" in spec.about


@lru_cache(maxsize=4)
def of_another_pact(text: str) -> bool:
    """Whether the page names another pact and never the GSOMIA: searched once a page, not once a passage."""
    named = _ANOTHER_PACT_IN_ENGLISH.search(text) or _ANOTHER_PACT_IN_OTHER_SCRIPTS.search(text)
    return named is not None and _gsomia_named().search(text) is None

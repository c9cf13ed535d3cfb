"""The officeholders' patterns asked only of a text holding what one of their forms needs
(corpus.required_text.branch_conditions): the same holders named as with every pattern asked."""

import re

import pytest

from corpus.intake import office_years
from corpus.intake.office_years import holders, named_in_office
from corpus.required_text import branch_conditions, meets_a_branch


def test_each_branch_conditions_are_read_from_the_pattern():
    pattern = re.compile(r"\bPresident\s+(?:(?i:J[oō]e)[-\s](?i:Biden))\b|(?<![가-힣])(?:拜登|바이든)\s?(?:总统)")
    assert branch_conditions(pattern, shortest=2) == ((("president",), ("biden",)), (("拜登", "바이든"), ("总统",)))


def test_a_branch_without_a_text_of_the_length_gives_no_conditions():
    assert branch_conditions(re.compile(r"\bab\s+x|President"), shortest=3) == ()


def test_a_text_meets_a_branch_only_holding_all_its_conditions():
    conditions = ((("president",), ("biden",)), (("拜登",), ("总统", "總統")))
    assert meets_a_branch(conditions, "president joe biden said", {})
    assert meets_a_branch(conditions, "拜登總統說", {})
    assert not meets_a_branch(conditions, "president moon said", {})
    assert not meets_a_branch(conditions, "拜登说", {})


def _ungated(text: str) -> list:
    """Every holder's pattern asked whose title the text prints (`_may_be_named`), no branch's words looked up."""
    window = office_years.read_window(text)
    return [holder for holder in office_years._may_be_named(window) if office_years._named_so(holder, window)]


def _texts() -> list[str]:
    """Each holder named by its title in the cases, long vowels and letters beyond ASCII a case-blind
    pattern takes, as a past holder, in its East Asian forms, and in long runs."""
    texts = []
    for holder in holders():
        name = " ".join(re.sub(r"\[(.)[^\]]*\]", r"\1", part).replace("\\", "")
                        for part in re.findall(r"\(\?i:([^)]*)\)", holder.pattern.pattern)[:2])
        for title in holder.latin_titles[:1]:
            texts += [f"{title} {form} said Tuesday." for form in (name, name.upper(), name.replace("o", "ō"),
                                                                    name.replace("s", "\u017f").replace("k", "\u212a"))]
            texts += [f"former {title} {name} said.", f"{title} {name} met in 2019.", f"{title} {name} " * 200]
        for east_asian in holder.east_asian_names[:1]:
            texts += [f"{east_asian} {title}" for title in holder.after_name_titles[:2]]
    return texts + ["President " * 5000, "Prime Minister Kishida " * 1000]


def test_the_gated_holders_are_the_ungated_ones():
    texts = _texts()
    assert sum(bool(_ungated(text)) for text in texts) > len(holders())  # (most texts name a holder)
    assert [named_in_office(text) for text in texts] == [_ungated(text) for text in texts]


@pytest.mark.parametrize("text", ["President Nobody said on Tuesday.", "대통령은 말했다."])
def test_a_title_without_a_holder_s_name_scans_no_pattern(text, monkeypatch):
    asked = []
    office_years._named_in_office.cache_clear()  # (a text read before is not read again)
    monkeypatch.setattr(office_years, "_named_so", lambda holder, window: asked.append(holder) or False)
    assert named_in_office(text) == [] and asked == []

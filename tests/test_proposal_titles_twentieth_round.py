"""Proposed events' titles, twentieth round (corpus/event_titles.py, corpus/title_cuts.py,
index/proposals.py). Sentences written for the purpose.

- A title too long for its room ends before the phrase the room would break ("... behind a
  single flag", not "... at the…"), unless that leaves too little or cuts a phrase bound to the
  word before ("a period of mourning", "materials used in chips", "charged that ..."); a cut
  inside what was feared ends before its "that"; a quotation a cut leaves open is closed, one
  the room cuts goes whole; a participle's phrase after a comma ends a clause.
- "after" that ends a span of time ("two months after") and "as" that names ("known as") end
  no clause; a span that ends on the date ("between 2006 and 2016") and a qualifier joined to
  it ("mid-") go with the date.
- Datelines, sayings and asides: "SEOUL\u2013Pope", "Speaking in parliament,", an aside between
  dashes go; a saying whose seeming subject holds the verb stays; a verb joined by "and" is
  titled with the sentence's subject; "he" in a subordinate clause is the person named before it.
- Not proposed: a title that starts inside a quotation (a straight quote closing it), a verb
  counted from another day ("a day after Lima chose"), a verb before
  "since she took office", the end of a span, a title whose owner points back ("Their summit").
- Korean: "에 따르면" (according to) goes, "...한 것으로 확인됐다" (was confirmed to have) is
  "...했다"; Japanese: a particle a date leaves ("3月16日に") goes with it.
"""

from __future__ import annotations

import pytest

from corpus.event_titles import event_title
from corpus.title_cuts import MAX_TITLE
from tests.test_timeline_eighteenth_round_pages import proposed


def titled(sentence: str, date: str, verb: str) -> str:
    at, verb_at = sentence.index(date), sentence.index(verb)
    return event_title(sentence, (at, at + len(date)), (verb_at, verb_at + len(verb)))


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # a long title ends before the phrase its room breaks
    ("Athletes of the two Koreas marched together behind a single flag on Friday at the opening of the "
     "Winter Games in the mountains.", "on Friday", "marched",
     "Athletes of the two Koreas marched together behind a single flag"),
    ("Seoul's Cabinet signed off on a pact to swap intelligence with Japan on Tuesday about the nuclear "
     "and missile programmes of the North.", "on Tuesday", "signed off",
     "Seoul's Cabinet signed off on a pact to swap intelligence with Japan"),
    ("Three Japanese lawmakers flew into a South Korean airport on Monday in spite of Seoul's repeated "
     "warnings against the trip.", "on Monday", "flew",
     "Three Japanese lawmakers flew into a South Korean airport"),
    # a span that ends on the date goes with it
    ("North Korea carried out four nuclear tests between 2006 and 2016, the ministry said.", "2016", "carried out",
     "North Korea carried out four nuclear tests"),
    ("The two navies held drills from 2014 to 2016 off Jeju.", "2016", "held", "The two navies held drills off Jeju"),
    # the verb in what looked like a saying's subject: the doing stays
    ("Peru's foreign ministry summoned Chile's ambassador in Lima on Friday and formally told Santiago it "
     "intends to leave the fishing treaty.", "on Friday", "summoned", "Peru's foreign ministry summoned Chile's ambassador"),
    ("Officials said Tuesday that Lima had ended the treaty on Aug. 22, a paper reported.", "Aug. 22", "ended",
     "Lima had ended the treaty"),  # a saying before the doer still goes
    # a leading "Speaking in ..." is where it was said
    ("Speaking in parliament on Tuesday, Peru's president rejected the offer.", "on Tuesday", "rejected",
     "Peru's president rejected the offer"),
    # a cut inside what was feared ends before its "that"
    ("In other news, the Chilean government on Tuesday again dismissed fears that new wording in the Fisheries "
     "Act could open the way to trawling, a paper reported.", "on Tuesday", "dismissed",
     "The Chilean government again dismissed fears"),
    # a quotation the cut leaves open is closed; one the room cuts goes whole
    ('The two countries agreed on Monday to share information classified below "level 2, secret," the ministry '
     'said.', "on Monday", "agreed", 'The two countries agreed to share information classified below "level 2"'),
    ('On Tuesday the Chilean president of the senate called the fishing treaty "a disgrace to every fisherman on '
     'the coast" in a speech.', "On Tuesday", "called", "The Chilean president of the senate called the fishing treaty\u2026"),
    # a capitals dateline joined by an en dash goes; a city in ordinary case joined to another is a name
    ("SEOUL\u2013Pope Francis arrived in Seoul on Thursday for a five-day visit.", "on Thursday", "arrived",
     "Pope Francis arrived in Seoul for a five-day visit"),
    ("Seoul\u2013Tokyo talks resumed on Thursday in Tokyo.", "on Thursday", "resumed", "Seoul\u2013Tokyo talks resumed in Tokyo"),
    # a verb joined by "and" to an earlier one: the subject and its own phrase
    ("Peru ended the treaty on Thursday amid a quarrel over fishing rights off the southern coast, and gave "
     "Chile formal notice on Friday.", "on Friday", "gave", "Peru gave Chile formal notice"),
    # Korean: "according to ..." goes, and what "was confirmed" done is told as done
    ("외교부에 따르면 지난 4월 23일 양국 실무자들이 도쿄에서 협정문에 가서명한 것으로 확인됐다.", "지난 4월 23일", "가서명",
     "양국 실무자들이 도쿄에서 협정문에 가서명했다"),
    ("국방부에 따르면 지난 5월 2일 협정안이 법제처 심사를 통과된 것으로 알려졌다.", "지난 5월 2일", "통과",
     "협정안이 법제처 심사를 통과됐다"),
    # an aside between dashes goes; a quotation's closing mark that went with the full stop comes back
    ("The three parties -- the Peru Party, the Lima Party and the Andes Party -- agreed on Monday to table a "
     "motion against the minister.", "on Monday", "agreed", "The three parties agreed to table a motion against the minister"),
    ('Last month the two countries agreed to share data classified below "level 2."', "Last month", "agreed",
     'The two countries agreed to share data classified below "level 2"'),
    # "he" in a subordinate clause is the person named last before it, not the main subject
    ("Peru may recall its envoy to Chile, Jorge Ramos, after he used a slur on Monday about the president.",
     "on Monday", "used", "Jorge Ramos used a slur about the president"),
    ("The minister was leaving Lima when he resigned on Monday.", "on Monday", "resigned", "The minister resigned"),
    # a participle's phrase after a comma ends the clause however short the title
    ("Lima stopped talks in March 2015, citing the envoy's remarks.", "in March 2015", "stopped", "Lima stopped talks"),
    # Japanese: a particle the date leaves goes with it
    ("2016年11月の締結以降、毎年自動で延長された。", "2016年11月", "延長", "締結以降、毎年自動で延長された"),
    ("日本は3月16日に協定の正常化を宣言した。", "3月16日", "宣言", "日本は協定の正常化を宣言した"),
    # "after" still ends a clause of its own
    ("The foreign ministers of the two countries met on Monday after Seoul asked for talks.", "on Monday", "met",
     "The foreign ministers of the two countries met"),
])
def test_titles(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize(("sentence", "date", "verb"), [
    # "of" binds to its noun: "a period" alone tells nothing
    ("The government has declared a period of national mourning on Sunday until midnight of the fifth "
     "of November for the victims.", "on Sunday", "declared"),
    # a participle's phrase: "three materials used" is no end
    ("Tokyo answered in July with export curbs on three materials used in chips and displays made by "
     "the country's biggest firms.", "in July", "answered"),
    # what was charged is the news: not "Lee Hae-chan charged"
    ("Former Prime Minister Lee Hae-chan charged on Friday that Seoul was trying to hand over military "
     "secrets to Tokyo in secret.", "on Friday", "charged"),
])
def test_a_cut_that_would_lose_the_news_keeps_its_ellipsis(sentence, date, verb):
    title = titled(sentence, date, verb)
    assert title.endswith("\u2026") and len(title) <= MAX_TITLE + 1


@pytest.mark.parametrize(("sentence", "date", "verb", "kept"), [
    # "after" that ends a span of time opens no clause
    ("The tremor came on Tuesday only two months after a larger quake shook the same coast.", "on Tuesday",
     "came", "The tremor came only two months after a larger quake"),
    # nor "as" that names
    ("The ministry on Friday released footage of the incident known as the radar dispute with Japan.",
     "on Friday", "released", "The ministry released footage of the incident known as the radar dispute"),
])
def test_a_span_of_time_or_a_name_does_not_end_the_clause(sentence, date, verb, kept):
    assert titled(sentence, date, verb).startswith(kept)


def test_a_qualifier_joined_to_the_date_goes_with_it():
    sentence = "Gen. Mark Milley agreed with Japanese officials in mid-November that the allies must work together."
    title = titled(sentence, "November", "agreed")
    assert title.startswith("Gen. Mark Milley agreed with Japanese officials that the allies") and "mid" not in title


def test_a_verb_counted_from_another_day_is_not_the_dates():
    page = ("Trade talks stalled this autumn.\n\n"
            "Peru's president on Friday called on Chile to keep its word, a day after Lima chose to end the "
            "fishing treaty.\n\n"
            "A week after the storm struck, rescuers found a survivor on Wednesday.\n\n"
            "Two weeks after Quito opened talks, Peru's fishing deal cleared a cabinet meeting on Thursday.")
    titles = proposed((page, "2019-11-15"))
    assert not any(title.startswith("Lima chose") for title in titles)  # Friday is the call's, not the choice's
    assert "Rescuers found a survivor" in titles  # (its leading distance dropped since round 67)
    assert not any("storm struck" in title and "rescuers" not in title for title in titles)
    assert any("fishing deal cleared a cabinet meeting" in title for title in titles)  # its own date


def test_a_title_whose_owner_points_back_is_not_proposed():
    page = ("Trade talks stalled this autumn.\n\n"
            "Peru and Chile held their first summit in three years on Sunday.\n\n"
            "Their summit at the palace in Lima on Monday ended early.")
    titles = proposed((page, "2019-11-15"))
    assert any(title.startswith("Peru and Chile held their first summit") for title in titles)
    assert not any(title.startswith("Their") for title in titles)


def test_a_participle_after_to_is_no_happening():
    page = ("Trade talks stalled this autumn.\n\n"
            "LIMA (Wire News / Andes Agency - 19th July, 2021) Lima is considering recalling its envoy, Jorge Ramos, "
            "after he used a slur to describe the president's approach to strained ties with Chile, a paper "
            "reported on Monday, citing a source.")
    titles = proposed((page, "2021-07-19"))
    assert not any("strained" in title for title in titles)


def test_the_end_of_a_span_and_a_date_after_since_date_no_earlier_verb():
    page = ("Trade talks stalled this autumn.\n\n"
            "Peru held four referendums between 2006 and February 2013, and has held none this year.\n\n"
            "Ramos had met Vargas at several summits but had refused to talk with him alone since she took office "
            "in February 2013.\n\n"
            "Peru has carried out seven naval drills since July 25, the latest on Saturday.")
    titles = proposed((page, "2019-08-26"))
    assert not any(title.startswith(("Peru held four referendums", "Ramos had met")) for title in titles)
    assert "Ramos took office" in titles  # "she": the person named before
    # "since July 25": a tally over a span, a state, not proposed since round 121 (proposed from round 20)
    assert not any(title.startswith("Peru has carried out seven naval drills") for title in titles)


def test_a_title_that_starts_inside_a_quotation_is_not_proposed():
    page = ("Trade talks stalled this autumn.\n\n"
            "\"Our stance has not changed that Lima could revisit the matter of the treaty if Chile backs out on "
            "its unjust sanctions against us after July,\" Prime Minister Ramos told a special budget committee "
            "meeting at the Congress on Thursday.")
    titles = proposed((page, "2019-11-08"))
    assert not any(title.startswith(("July", "made in July")) or '," Prime' in title for title in titles)

"""Round 107 (issue 14): a title the room cuts is titled without its names' offices when then it runs to its clause's
end ('Yoon and Kishida agreed to revive "shuttle diplomacy"'); a comma within a quotation's closing mark ends a clause
the title opened the quotation in; a verb's particle "in" or "on" stays at a clause's end ("… to step in"); a title
whose object is a deed the article told of before as its verb done ("launched", then "announced the launch"), or a
protest told before, is not proposed. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus import title_cuts
from corpus.event_titles import event_title
from corpus.title_referents import with_referent_named
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_proposal_titles_twentieth_round import titled


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # offices out, the title then runs to its clause's end
    ('At a summit in Halden on March 16, President Arne Solberg Dahl and Prime Minister Kari Nordmann Lie agreed to '
     'revive "ferry diplomacy," a key channel of contact.', "March 16", "agreed",
     'Arne Solberg Dahl and Kari Nordmann Lie agreed to revive "ferry diplomacy"'),
    ("Norlandic President Arne Dahl and Westlandic Prime Minister Kari Lie met on Monday in Halden for their first "
     "summit.", "Monday", "met", "Arne Dahl and Kari Lie met in Halden for their first summit"),
    # a comma within the closing mark ends the clause whose quotation the title opened
    ('Norland on Monday called the remarks "deeply regrettable," and summoned the envoy.', "Monday", "called",
     'Norland called the remarks "deeply regrettable"'),
    # a verb's particle before a comma or a conjunction stays
    ("Norland's opposition parties pressed the government on Friday to step in, as the pact appeared headed for its "
     "end.", "Friday", "pressed", "Norland's opposition parties pressed the government to step in"),
    ("The mayor of Halden held on on Friday, as the council voted against him.", "Friday", "held",
     "The mayor of Halden held on"),
    # offices stay when leaving them out would not end the title whole (a phrase the room breaks)
    ("Norlandic President Arne Dahl on Monday asked Westlandic and Eastlandic nations to stay behind the stalled "
     "peace process between the two harbours, saying it was vital.", "Monday", "asked",
     "Norlandic President Arne Dahl asked Westlandic and Eastlandic nations to stay…"),
    # a preposition a date or a "which" left stranded still goes
    ("Dahl, mayor from 1998 to 2003, is remembered above all for June 13, 2000, when he opened the bridge.",
     "June 13, 2000", "remembered", "Dahl, mayor from 1998 to 2003, is remembered above all"),
    ("Quito seemed on Friday to warm to a coming deal under which the two would share ports.", "Friday", "warm",
     "Quito seemed to warm to a coming deal"),
])
def test_a_title_runs_to_its_clause_s_end_or_keeps_its_offices(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


def test_a_title_of_no_known_verb_runs_to_its_clause_s_end_without_offices():
    sentence = ('President Arne Solberg Dahl and Prime Minister Kari Nordmann Lie agreed on March 16 to revive "ferry '
                'diplomacy," a key channel of contact.')
    date_at = sentence.index("March 16")
    made = event_title(sentence, (date_at, date_at + len("March 16")))
    assert made == 'Arne Solberg Dahl and Kari Nordmann Lie agreed to revive "ferry diplomacy"'


def test_a_comma_closing_a_quotation_opened_before_the_title_ends_no_clause():
    sentence = ('The Westland government has expressed its understanding," Arne Dahl, deputy head of the office, '
                'told a news conference on November 22.')
    assert not titled(sentence, "November 22", "expressed").endswith("understanding")  # (inside the quotation)


@pytest.mark.parametrize(("before", "title"), [
    ("Norland launched a long-range rocket from its west coast. ", "The state news agency announced the launch"),
    ("Lawmakers voted on the harbour levy. ", "The speaker confirmed the vote"),
    ("Westland tested a new missile over the strait. ", "Norland condemned the tests"),
    ("Norland carried out two launches in May. ", "Westland protested the launch"),
    ("Westland protested to Norland over the arrest. ", "Hu summoned the envoy to lodge the protest"),
])
def test_a_deed_told_before_as_its_verb_or_plural_is_not_proposable(before, title):
    assert with_referent_named(before, title) is None


@pytest.mark.parametrize(("before", "title"), [
    ("Crowds protested in Halden. ", "Norland carried out the test"),  # ("protested": no test)
    ("Norland launched a satellite in May. ", "Norland announced the launch of a rocket"),  # (the noun not at the end)
    ("Norland launched a rocket. ", "Westland held talks"),  # (no deed's object)
    ("", "Norland's state news agency announced the launch"),  # (nothing told before)
])
def test_a_title_whose_object_was_not_told_as_a_deed_stays(before, title):
    assert with_referent_named(before, title) == title


_HOSTILE = ["launched " * 11_000, "a-" * 50_000 + "launched", ',"' * 50_000, 'x,"' * 33_000 + " on",
            "President Arne " * 7_000 + "met", " in" * 33_000]


@pytest.mark.parametrize("text", _HOSTILE, ids=lambda text: text[:8])
def test_hostile_texts_are_read_quickly(text):
    assert_runs_quickly(lambda: with_referent_named(text, "Norland announced the launch"), what="deed")
    assert_runs_quickly(lambda: title_cuts.shortened(text, 4), what="shortened")
    assert_runs_quickly(lambda: title_cuts.ends_its_clause(text, text[:40]), what="ends")
    assert_runs_quickly(lambda: event_title("Norland met on Monday " + text, (12, 21), (8, 11)), what="title")
    assert_each_reads_quickly([title_cuts._CLAUSE_END, title_cuts._CLAUSE_ENDED], text)

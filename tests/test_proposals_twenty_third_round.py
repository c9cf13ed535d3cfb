"""Proposed events, the lead's work beside timeline round 23 (index/title_worth.py). Sentences
written for the purpose.

- A title that only says where something was, a phrase under a preposition with no deed ("At a
  meeting with officials and lawmakers of the ruling party", "Of the party's steering council"),
  is not proposed; with a deed ("At the talks he signed a protocol") or a comma before its clause
  ("In Lima, the minister resigned") it is.
- Nor an infinitive, what someone claims "to have fired"; nor a thing named with a participle after
  it and no deed ("A photo and a video clip released by the rebel group"), nor a participle or a
  time before a clause that is not there ("Seated beside ...", "Hours after ...").
- Nor a Japanese or Korean clause left unfinished: "...について" (about), "...ため" (because),
  "...しており" (and), a copula whose predicate was the date ("...날은 이다").
"""

from __future__ import annotations

from index.title_worth import worth_proposing
from tests.test_timeline_eighteenth_round_pages import proposed


def test_a_title_that_only_says_where_is_not_proposed():
    setting = ("At a meeting with government officials and lawmakers of the ruling Liberal Party at his "
               "office in Lima on Tuesday, President Ortega said he was setting up separate talks.")
    assert proposed((setting, "2019-12-03")) == []
    told = ("\u201cIt is regrettable that President Ortega has not answered our call to dismiss Prime "
            "Minister Ruiz,\u201d party chairman Rep. Luis Vega told a meeting of the party's supreme council "
            "on Monday. \u201cWe will hold a vote on Ruiz on Tuesday.\u201d")
    assert proposed((told, "2012-07-17")) == []


def test_a_setting_with_a_deed_or_a_clause_after_it_is_proposed():
    signed = "At the defence ministers' talks on Monday he signed a protocol on fishing."
    assert any("signed a protocol" in title for title in proposed((signed, "2009-04-20")))
    resigned = "In Lima on Monday, Fisheries Minister Ana Ruiz resigned over the quotas."
    assert any("Ana Ruiz resigned" in title for title in proposed((resigned, "2019-11-18")))


def test_a_comma_after_a_setting_opens_a_clause_of_its_own():
    # "quit" is none of the plain past verbs (no -ed, not listed): the comma alone keeps the title
    assert worth_proposing("In Lima, the minister quit.", None, "In Lima, the minister quit")
    assert not worth_proposing("In Lima the minister quit.", None, "In Lima the minister quit")


def test_an_infinitive_is_not_proposed():
    reported = ("Peru is reported to have fired a warning shot on Tuesday morning, only days after the first "
                "talks between Lima's new President Ana Ruiz and Chile's President Luis Vega.")
    assert proposed((reported, "2017-07-04")) == []


def test_a_thing_named_with_a_participle_and_no_deed_is_not_proposed():
    for sentence, page in (
            ("A photo and a video clip released by the rebel group on Saturday, Jan. 24, show that the two "
             "hostages are alive.", "2015-01-24"),
            ("Aug. 11 (Wire) -- A Peruvian diplomat accused of making a rude comment about President Luis "
             "Vega flew out of Chile on Wednesday after being reprimanded by senior officials in Lima.",
             "2021-08-11"),
            ("Seated beside Chilean President Luis Vega on Tuesday, Ortega told reporters that the quotas "
             "were unfair.", "2017-06-20")):
        assert proposed((sentence, page)) == [], sentence
    # with its deed it is one: "released by ... appeared online"
    assert proposed(("A video released by the rebel group appeared online on Saturday.", "2015-01-24")) \
        == ["A video released by the rebel group appeared online"]


def test_an_unfinished_japanese_or_korean_clause_is_not_proposed():
    for sentence, page in (
            ("ペルー政府は、チリが輸出管理を厳しくしたことへの対抗措置として、ことし8月に漁業協定の破棄を決めて"
             "チリ側に通告しており、協定は23日午前0時に失効する予定でした。", "2019-10-23"),
            ("この協定は、5月末に開かれた長官会議で締結方針が固まってから4日後の6月26日、非公開のまま閣議で"
             "決定されたため、「密室処理」だと批判されています。", "2012-07-04"),
            ("ペルー政府は22日、破棄を決めていたチリとの漁業協定(FTA=エフティーエー)について、23日午前0時の"
             "期限を目前にして、失効させない方針に転じた。", "2019-11-22"),
            ("정부가 가서명한 협정문의 심사를 법제처에 맡긴 날은 14일이다.", "2012-05-20")):
        assert proposed((sentence, page)) == [], sentence

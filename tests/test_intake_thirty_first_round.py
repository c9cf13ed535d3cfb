"""Issue 13's thirty-first intake round, on texts of our own: the wrong answer and the unknowns of the
odd halves of `holdout42` and `holdout43`. A positive failed before the round; a negative beside it
keeps what must not change."""

from __future__ import annotations

from corpus.intake.furniture import is_furniture
from tests.test_metadata_outlets import outlet_of

EN_STORY = ("Seven sailors were missing after a destroyer and a merchant ship collided off the coast "
            "before dawn Saturday, the navy and the coast guard said.")
EN_MORE = ("The coast guard said it got an emergency call from the merchant ship reporting the crash "
           "about 56 nautical miles southwest of the port.")
ZH_STORY = ("又有兩名餐廳員工出走,據報導她們在黨代會前離開,目前在第三國等待前往南韓。"
            "南韓統一部表示,目前無法證實相關報導。")


def _pictured_page(credit: str) -> str:
    return "\n".join(("Harbor Herald", "Seven sailors missing after destroyer collides with ship",
                      "The Associated Press", "June 17, 2017 1:12 AM", "Navy sailors carry an injured sailor ashore.",
                      credit, "Jane Roe", "TOKYO — " + EN_STORY, EN_MORE)) + "\n"


# A picture's credit on a line of its own, "<who> via AP": the photo wire's form, never the story's outlet

def test_a_picture_passed_on_by_a_photo_wire_credits_no_outlet():
    assert outlet_of(_pictured_page("Kyodo News via AP")) != "Kyodo News"
    assert is_furniture("Kyodo News via AP") and is_furniture("Japan's Defense Ministry via AP")
    assert is_furniture("Handout/via Reuters")
    # a story passed on by a site still credits its original
    assert outlet_of(_pictured_page("Kyodo News via Korea Bizwire")) == "Kyodo News"
    assert not is_furniture("Kyodo News via Korea Bizwire")


# A Chinese-language site's line asking the reader to join its fan page names the site

def test_a_line_asking_to_join_the_sites_fan_page_credits_it():
    page = "\n".join(("又有北韓餐廳員工出逃", "2016/05/23 22:13", ZH_STORY, "看更多!請加入自由時報粉絲團", "TOP")) + "\n"
    assert outlet_of(page) == "Liberty Times"
    # a picture taken from someone's fan page credits no one
    other = page.replace("看更多!請加入自由時報粉絲團", "(圖/擷取自自由時報粉絲專頁)")
    assert outlet_of(other) != "Liberty Times"


# Outlets the halves print on their mastheads: Defence Connect, the Hong Kong Commercial Daily,
# Free Press International, the Epoch Times' Japanese edition (エポックタイムズ)

def test_the_halves_outlets_on_their_mastheads():
    assert outlet_of("\n".join(("Defence Connect", "Key Enablers", "Forces can now work side by side",
                                "Jane Roe", "06 January 2022", EN_STORY, EN_MORE)) + "\n") == "Defence Connect"
    assert outlet_of("\n".join(("香港商報", "國際", "中國對鎵鍺實施出口管制", "2023-07-04 04:30", ZH_STORY)) + "\n") \
        == "Hong Kong Commercial Daily"
    assert outlet_of("\n".join(("Free Press International / September 27, 2020", "Troops kill official in the water",
                                EN_STORY, EN_MORE)) + "\n") == "Free Press International"
    # (its bare "FPI" is no alias since review 15: a line "FPI" alone is a front's or a fund's too)
    assert outlet_of("\n".join(("FPI / September 27, 2020", "Troops kill official in the water",
                                EN_STORY, EN_MORE)) + "\n") is None
    # an unlisted masthead stays unknown
    assert outlet_of("\n".join(("Harbor Defence Weekly", "Key Enablers", "Forces can now work side by side",
                                "Jane Roe", "06 January 2022", EN_STORY, EN_MORE)) + "\n") is None

"""The intake's cheap pre-checks and remembered readings answer as the full reading does."""
import datetime

from corpus import date_value
from corpus.intake.date_readings import first_reading
from corpus.intake.source_notes import _fields


def test_dates_in_any_scripts_digits_are_still_read():
    # the pre-check looks for a digit as the forms' `\d` does: full-width digits count
    assert first_reading("平成２８年１１月２３日").values == ("2016-11-23",)
    assert first_reading("On Wednesday the ministers signed the pact.") is None


def test_a_remembered_reading_follows_the_current_year(monkeypatch):
    # a two-digit year is read by the current year: a reading remembered in one is not another's
    assert first_reading("Nov. 23, 99").values == ("1999-11-23",)

    monkeypatch.setattr(date_value, "today", lambda: datetime.date(2098, 1, 1))
    assert first_reading("Nov. 23, 99").values == ("2099-11-23",)


def test_fields_labelled_with_a_full_width_colon_are_read():
    assert [field["label"] for field in _fields("来源：新华社 作者：佚名")] == ["来源", "作者"]

"""Review fixes, session 18: the reviewer's wrong links of timeline round 37 (a Japanese end declared,
denied, wished or on a condition; a normal use told in a denied report or a wish; a Korean intent to end
the pact denied, not told, only planned or a threat; a Chinese launch's outcome as a forecast, a rate or
another country's), and the caches of the speed-ups that kept big texts."""
from __future__ import annotations

import gc
import tracemalloc

import pytest

from corpus import about_words, named_before
from corpus.intake import furniture
from corpus.intake.printed_dates import _PERIOD_IN_BRACKETS, _period_in_brackets
from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked
from tests.hostile_timing import assert_runs_quickly


@pytest.mark.parametrize(("page", "date", "event"), [
    # a Japanese end declaration denied, or only on a condition
    ("前政権が2019年8月にGSOMIAの破棄を宣言したわけではないと主張した。", "2020-01-10", "termination-decision-2019"),
    ("専門家は、韓国が2019年8月にGSOMIAの破棄を宣言したら日米韓の連携は崩れると警告していた。", "2020-01-10",
     "termination-decision-2019"),
    # a normal use: its report denied, or only wished
    ("韓国政府は2023年3月に協定の運用を正常に戻すと日本側に伝えたとの報道を否定した。", "2024-01-10", "normalization-2023"),
    ("韓国は2023年3月、協定の運用を正常に戻すと伝えたいと述べた。", "2024-01-10", "normalization-2023"),
    # a Korean intent to end the pact: denied, a notice denied, a lawmakers' threat on a condition
    ("정부는 20일 지소미아를 끝내겠다는 것은 아니라고 밝혔다. 외교부는 협정이 유지되고 있다고 설명했다.", "2020-08-20",
     "termination-decision-2019"),
    ("정부는 2019년 8월 지소미아를 끝내겠다는 뜻을 일본에 통보하지 않았다고 밝혔다.", "2020-01-10", "termination-decision-2019"),
    ("일본이 규제를 철회하지 않으면 2019년 8월 지소미아를 끝내겠다고 일부 의원들이 주장했다.", "2020-01-10",
     "termination-decision-2019"),
    # a Chinese launch's outcome: a forecast, a rate, Iran's
    ("新华网4月10日电 专家认为此次卫星发射成功的可能性不大。“银河3号”火箭将从西海卫星发射场升空。", "2012-04-10", "rocket-april-2012"),
    ("新华网4月20日电 中国的卫星发射成功率很高。长征火箭从西昌卫星发射中心升空。", "2012-04-20", "rocket-april-2012"),
    ("新华网4月20日电 伊朗官方宣布，此次卫星发射成功。“使者”号火箭从塞姆南发射场升空。", "2012-04-20", "rocket-april-2012"),
    # the declaration's effect stopped only on a condition (the older code linked it too)
    ("韓国政府は2019年11月に破棄宣言の効力を停止した場合の影響を検討していた。", "2020-01-10", "termination-suspended-2019"),
])
def test_the_reviewers_pages_link_nothing(page, date, event):
    assert event not in linked((page, date))


@pytest.mark.parametrize(("text", "kind"), [
    ("韓国は協定の破棄を宣言したいと述べた。", "terminate"),
    ("韓国はGSOMIAの破棄を宣言したことはないと反論した。", "terminate"),
    ("韓国が協定の破棄を宣言していたら、日米関係は悪化していただろう。", "terminate"),
    ("韓国が破棄宣言の効力を停止した場合、日本は歓迎する。", "extend"),
    ("政府は破棄宣言の効力を停止したいと説明した。", "extend"),
    ("韓国が運用を正常に戻すと伝えた場合、日本も応じる。", "normalize"),
    ("정부는 지소미아를 끝내겠다는 입장을 일본에 통보할 계획이다.", "terminate"),
    ("한국이 지소미아를 끝내겠다고 나오면 미국이 반발할 것이다.", "terminate"),
    ("일본이 수출규제를 철회하지 않으면 지소미아를 끝내겠다고 통보했다.", "terminate"),
    ("如果卫星发射失败，朝鲜将再次尝试。", "launch"),
    ("朝鲜正在准备，力争卫星发射成功。", "launch"),
    ("一旦卫星发射成功，朝鲜将拥有远程导弹技术。", "launch"),
    ("北朝鮮が実験を強行すれば、核実験は4回目で、2013年2月以来となる。", "nuclear-test"),
    ("実施されれば核実験は5回目だ。", "nuclear-test"),
])
def test_a_wish_a_denial_a_plan_or_a_condition_is_not_reported(text, kind):
    assert not reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("韓国は同年8月にGSOMIAの破棄を宣言した。", "terminate"),
    ("韓国政府は破棄宣言の「効力を停止」した。", "extend"),
    ("韓国政府は協定の運用を正常に戻すと日本側に書面で正式に伝えた。", "normalize"),
    ("정부는 지소미아를 끝내겠다는 정부 뜻을 일본에 공식 통보했다.", "terminate"),
    ("朝鲜宣布此次卫星发射失败。", "launch"),
    ("北朝鮮は核実験を行ったと発表した。核実験は5回目で、今年1月以来となる。", "nuclear-test"),
])
def test_what_was_done_is_still_reported(text, kind):
    assert reported(text, kind)


def test_a_done_declaration_still_links_its_event():
    assert "termination-decision-2019" in linked(("韓国政府は2019年8月22日、GSOMIAの破棄を宣言した。", "2019-08-23"))


# --- the caches


def _retained(make, count: int) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        for i in range(count):
            make(i)
        gc.collect()
        return tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()


def test_a_long_lines_answer_is_not_kept_with_it():
    long_line = "the minister said the pact would be reviewed again " * 10_000  # 0.5 MB
    before = furniture._short_furniture.cache_info().currsize, furniture._short_caption.cache_info().currsize
    retained = _retained(lambda i: (furniture.is_furniture(f"{long_line}{i}"), furniture.is_caption(f"{long_line}{i}")), 10)
    assert retained < 1_000_000  # (ten lines of 0.5 MB: 5 MB when kept)
    after = furniture._short_furniture.cache_info().currsize, furniture._short_caption.cache_info().currsize
    assert after == before


def test_short_lines_are_still_answered_from_the_cache():
    furniture.is_furniture("Read more: the pact")
    hits = furniture._short_furniture.cache_info().hits
    assert furniture.is_furniture("Read more: the pact") == furniture._is_furniture("Read more: the pact")
    assert furniture._short_furniture.cache_info().hits == hits + 1
    assert not furniture.is_caption("x" * 400) and not furniture.is_caption("(Yonhap) " * 60)


def test_only_the_last_pages_sentences_are_kept():
    def ask(i: int) -> None:
        page = f"Seoul signed the pact with Tokyo on Nov. 23, 2016. Officials welcomed it. {i} " \
               + "The lawmakers discussed the budget at length. " * 6000  # 0.28 MB
        named_before._first_and_before(page, 51, 80)
    ask(-1)
    assert _retained(ask, 8) < 600_000  # (eight pages of 0.28 MB, 2.2 MB when each is kept)
    assert named_before._last[0].startswith("Seoul") and list(named_before._last[1]) == [(51, 80)]


def test_the_first_and_before_are_tuples_and_the_same_on_asking_again():
    text = "Seoul named the pact. Seoul signed it. Tokyo welcomed it."
    first, before = named_before._first_and_before(text, 22, 38)
    assert isinstance(first, tuple) and isinstance(before, tuple)
    assert named_before._first_and_before(text, 22, 38) == (first, before)
    assert named_before._first_and_before(text + " ", 22, 38) == (first, before)  # (another text: split again)


def test_the_terms_left_out_are_kept_for_a_bounded_number():
    assert about_words._without.cache_info().maxsize is not None


# --- a slow path


def test_a_long_run_of_words_without_a_bracket_is_read_at_once():
    def read() -> None:
        assert not _period_in_brackets("a " * 4000)
    assert_runs_quickly(read, limit=0.05)  # (the pattern alone: over a second)
    for before in ("Country Report: South Korea (", "Monthly Review [ ", "Monthly Review", "(", "Report ( x", "a (\n"):
        assert _period_in_brackets(before) == bool(_PERIOD_IN_BRACKETS.search(before))

"""`python -m bench.intake_stages`: each stage of an add worker's work timed over generated articles."""

from bench.generate import write_corpus
from bench.intake_stages import STAGES, main, stage_times


def test_each_stage_is_timed_over_the_counted_articles(tmp_path):
    write_corpus(3, tmp_path, formats=("jsonl",))
    times = stage_times(tmp_path / "articles.jsonl", skip=1, count=2)
    assert set(times) == set(STAGES)
    assert all(value > 0 for value in times.values())


def test_a_missing_file_or_code_is_one_line_and_status_2(tmp_path, capsys):
    assert main([str(tmp_path / "none.jsonl")]) == 2
    write_corpus(1, tmp_path, formats=("jsonl",))
    assert main([str(tmp_path / "articles.jsonl"), "--code", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 2

"""Untrusted text loses every terminal sequence and control character where it enters."""

from __future__ import annotations

from corpus.loader import article_from_raw
from corpus.sanitize import clean_line, clean_untrusted

HOSTILE = (
    "Title [/] [bold]x[/bold] [@click=app.quit]x[/]\n\n"
    "Body \x1b]0;pwned title\x07 with \x1b]52;c;aGVsbG8=\x1b\\ clipboard, \x1b[2J wipe, "
    "\x9b31m C1 CSI, \x1b[6n report, bell\x07, back\x08space, nul\x00, del\x7f, "
    "bidi \u202eevil\u202c and zero\u200bwidth, [link=file:///etc/passwd]link[/link]."
)


def test_every_escape_and_control_sequence_is_removed():
    cleaned = clean_untrusted(HOSTILE)
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in cleaned)
    assert not any(0x7F <= ord(ch) <= 0x9F for ch in cleaned)
    assert "\u202e" not in cleaned and "\u200b" not in cleaned
    assert "pwned title" not in cleaned and "aGVsbG8" not in cleaned
    assert "[@click=app.quit]x[/]" in cleaned  # markup is kept as literal text
    assert "[link=file:///etc/passwd]" in cleaned


def test_line_breaks_are_normalised_and_lines_folded():
    assert clean_untrusted("a\r\nb\rc") == "a\nb\nc"
    assert clean_line("  many\n  spaces\there ") == "many spaces here"


def test_a_hostile_article_is_clean_when_loaded():
    article = article_from_raw(HOSTILE, {"outlet": "Evil \x1b[31mNews"}, "hostile.txt")
    for value in (article.clean_text, article.headline, article.outlet):
        assert "\x1b" not in value and "\x9b" not in value and "\x07" not in value
    assert article.outlet == "Evil News"


def test_an_unended_string_sequence_or_a_stray_c1_removes_only_itself():
    rest = "the rest of the article\n\nand the next paragraph"
    for junk in ("\x1b]0;", "\x1b]52;c;", "\x1bP", "\x90", "\x9d", "\x9e", "\x9f", "\x98"):
        assert clean_untrusted(f"before {junk}{rest}") == f"before {rest}"
    # ended on its own line, a sequence still goes whole
    assert clean_untrusted("a \x1b]0;title\x07b \x9d8;;http://x\x9cc") == "a b c"


def test_invisible_and_separating_characters_go_and_soft_hyphens_fold():
    text = "Arabic\u061cmark tag\U000e0041\U000e007fs line\u2028break para\u2029break inter\u00adnational"
    assert clean_untrusted(text) == "Arabicmark tags line break para break international"
    assert clean_line("a\u2028b") == "a b"

"""Read article files of several formats into text plus the facts they state.

Plain text like the seeds; Markdown with optional front matter; HTML pages (main text and
metadata by trafilatura, made for news pages); JSON and JSON Lines records. Encodings are
detected by charset-normalizer. A file that cannot be read raises `Unreadable` with a
one-line reason; it never stops the others.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

MAX_FILE_BYTES = 5 * 1024 * 1024
TEXT_FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
                ".ndjson": "jsonl", ".mhtml": "web archive", ".mht": "web archive"}
# What is never an article, by file name ending (what a page saved whole brings with it, and
# documents this tool cannot read): skipped with the reason, never read as text.
_SCRIPTS, _FONTS = ".js .mjs .css .map", ".woff .woff2 .ttf .otf .eot"
_PICTURES = ".png .jpg .jpeg .gif .webp .svg .ico .bmp .tif .tiff .avif .heic"
_MEDIA, _ARCHIVES = ".mp3 .mp4 .m4a .wav .ogg .webm .mov", ".zip .gz .tgz .tar .7z .rar .bz2 .xz"
_DOCUMENTS = ".pdf .doc .docx .odt .rtf .epub .xls .xlsx .ppt .pptx .webarchive"
NOT_ARTICLES = {ending: why for endings, why in (
    (_SCRIPTS, "a page's scripts and styles, not articles"), (_PICTURES, "pictures, not articles"),
    (_FONTS, "fonts, not articles"), (_MEDIA, "sound and video are not read"),
    (_ARCHIVES, "archives are not opened: unpack it, then add what it holds"),
    (_DOCUMENTS, "not read: save it as text, Markdown or HTML, then add that"),
) for ending in endings.split()}
# Field names a record may use, in order of preference.
FIELD_NAMES = {
    "text": ("text", "body", "content", "article", "maintext"),
    "headline": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "sitename", "publisher"),
    "date": ("date", "published", "published_at", "pubdate", "date_publish"),
    "url": ("url", "link", "permalink"),
    "byline": ("byline", "author", "authors"),
}


class Unreadable(Exception):
    """A file (or a record in it) that cannot be added, and why, in one line."""


@dataclass(frozen=True)
class Received:
    """One article as received: its text, the facts the file states, and how it was read."""

    text: str
    stated: dict[str, str] = field(default_factory=dict)  # headline, outlet, date, url, byline
    format: str = "text"
    encoding: str = "utf-8"
    record: int | None = None  # the record's number in a JSON (Lines) file


def read_articles(path: Path) -> Iterator[Received | Unreadable]:
    """The articles in one file; a bad record comes out as `Unreadable`, the rest still do.

    Raises Unreadable when the file as a whole cannot be read."""
    kind = TEXT_FORMATS.get(path.suffix.lower(), "text")
    if kind in ("json", "jsonl") and _size(path) > MAX_FILE_BYTES:
        yield from _from_big_json(path, kind)  # an export: the limit is per article
        return
    if kind == "web archive":  # (its pictures may weigh more than the limit; its page may not)
        from corpus.web_archives import WEB_ARCHIVE_BYTES, saved_page

        yield _from_html(*saved_page(_read_bytes(path, WEB_ARCHIVE_BYTES), MAX_FILE_BYTES))
        return
    data = _read_bytes(path)
    text, encoding = decode(data)
    if kind == "html":
        yield _from_html(text, encoding)
    elif kind == "markdown":
        yield _from_markdown(text, encoding)
    elif kind in ("json", "jsonl"):
        yield from _from_json(text, encoding, lines=(kind == "jsonl"))
    else:
        yield Received(text, {}, "text", encoding)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as error:
        raise Unreadable(f"cannot be read: {error.strerror or error}") from error


def _from_big_json(path: Path, kind: str) -> Iterator[Received | Unreadable]:
    """A large JSON (Lines) export, one record at a time (corpus.json_stream)."""
    from corpus.json_stream import RecordProblem, json_lines, json_list

    lines = kind == "jsonl"
    name = "line" if lines else "record"
    records = json_lines(path, MAX_FILE_BYTES) if lines else json_list(path, MAX_FILE_BYTES)
    for number, record in records:
        if isinstance(record, RecordProblem):
            yield Unreadable(f"{name} {number}: {record}")
            continue
        try:
            if lines:
                text, encoding = decode(record)
                record = _json_value(text, in_line=True)
            yield _from_record(record, f"{name} {number}", number,
                               encoding if lines else "utf-8", kind)
        except Unreadable as problem:
            yield Unreadable(f"{name} {number}: {problem}")


def _read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise Unreadable(f"{size / 1024 / 1024:.1f} MB is over the "
                             f"{limit // 1024 // 1024} MB limit for one file")
        data = path.read_bytes()
    except OSError as error:
        raise Unreadable(f"cannot be read: {error.strerror or error}") from error
    if not data.strip():
        raise Unreadable("the file is empty")
    return data


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> text, trusting a byte-order mark that the bytes bear out, then UTF-8, then
    charset detection."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                if encoding == "utf-8-sig" or not _plain_ascii(data[2:]):
                    return data.decode(encoding), encoding
            except UnicodeDecodeError:
                pass
            data = data.removeprefix(codecs.BOM_UTF8)  # (a mark that lies: read as without one)
            break
    head = data[:8192]
    if _looks_binary(head):
        if _looks_like_utf16(data):
            return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"), "utf-16"
        raise Unreadable("a binary file, not text")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _utf8_with_stray_bytes(data) or _detected(data)
    if _mostly_unprintable(text):
        raise Unreadable(f"not readable text (mostly control characters as {encoding})")
    return text, encoding


def _detected(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise Unreadable("the text's encoding could not be recognised")
    return str(best), best.encoding


_STRAY_BYTE = re.compile("[\udc80-\udcff]")


def _utf8_with_stray_bytes(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few bytes that are not (a Latin-1 "é" pasted into a UTF-8 file): the
    UTF-8 stays UTF-8 and each stray byte is read as Windows-1252. Only when the file's
    valid multi-byte characters outnumber its stray bytes: else it is another encoding."""
    text = data.decode("utf-8", errors="surrogateescape")
    strays = len(_STRAY_BYTE.findall(text))
    multibyte = sum(ord(ch) > 0x7F for ch in text) - strays
    if multibyte <= strays:
        return None
    fixed = _STRAY_BYTE.sub(
        lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), text)
    return fixed, f"utf-8 ({strays} stray byte{'s' if strays > 1 else ''} read as cp1252)"


_LINE_BREAKS_AND_TABS = re.compile(r"[\n\r\t]+")
_C0_CONTROLS = bytes(b for b in range(32) if b not in b"\t\n\r\f")


def _looks_binary(head: bytes) -> bool:
    """A stray NUL or escape is junk in a text (cleaned later); many of them mean binary."""
    controls = len(head) - len(head.translate(None, _C0_CONTROLS))
    return head.count(0) > len(head) // 100 or controls > len(head) // 20


_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n\r"


def _plain_ascii(data: bytes) -> bool:
    """Bytes that read as ASCII text, never as UTF-16: text in UTF-16 has a zero byte in every
    space, digit or Latin letter, and CJK text's marks and line ends are not printable ASCII."""
    sample = data[:4096]
    return b"\x00" not in sample and len(sample.translate(None, _PRINTABLE_ASCII)) < len(sample) // 10


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    zeros_odd = sample[1::2].count(0)
    zeros_even = sample[0::2].count(0)
    return max(zeros_odd, zeros_even) > len(sample) // 4 and min(zeros_odd, zeros_even) == 0


def _mostly_unprintable(text: str) -> bool:
    if text and _LINE_BREAKS_AND_TABS.sub("", text).isprintable():
        return False  # the common case, decided without a loop over every character
    printable = sum(ch.isprintable() or ch.isspace() for ch in text)
    return printable < 0.95 * max(len(text), 1)


def _from_html(text: str, encoding: str, address: str | None = None) -> Received:
    """A page's main text and what its markup states; `address` is where it was saved from."""
    import trafilatura

    document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    body = getattr(document, "text", None) if document else None
    if not body:
        raise Unreadable("no article text found in the HTML page")
    stated = {
        "headline": document.title, "outlet": document.sitename,
        "date": publication_date(text, document.url or address), "url": document.url or address,
        "byline": document.author,
    }
    return Received(_drop_repeated_title(body, document.title), _present(stated), "html", encoding)


def publication_date(html: str, url: str | None = None) -> str | None:
    """The date a page's markup gives (meta tags, time elements, structured data, address),
    by htmldate without its extensive search: a footer's "© 2019" or a bare year in the text
    is never taken for a day (trafilatura's own date falls back on them)."""
    from htmldate import find_date

    try:
        return find_date(html, extensive_search=False, original_date=True, url=url)
    except (ValueError, TypeError):
        return None


def _drop_repeated_title(body: str, title: str | None) -> str:
    first, _, rest = body.partition("\n")
    return f"{title}\n\n{rest if title and first.strip() == title.strip() else body}" if title \
        else body


_FRONT_MATTER = re.compile(r"\A---\s*\n(?P<meta>.*?)\n---\s*\n", re.DOTALL)


def _from_markdown(text: str, encoding: str) -> Received:
    stated: dict[str, Any] = {}
    if match := _FRONT_MATTER.match(text.lstrip("\ufeff")):
        import frontmatter

        try:
            stated = dict(frontmatter.loads(match.group(0)).metadata)
        except Exception as error:  # YAML errors come in many types
            raise Unreadable(f"the front matter is not valid YAML: {str(error).splitlines()[0]}")
        text = text.lstrip("\ufeff")[match.end():]
    stated = {key: _first(stated, names) for key, names in FIELD_NAMES.items() if key != "text"}
    title, body = _markdown_title(text)
    stated["headline"] = stated.get("headline") or title
    return Received(_plain_markdown(body, stated.get("headline")), _present(stated), "markdown",
                    encoding)


def _markdown_title(text: str) -> tuple[str | None, str]:
    match = re.search(r"^#\s+(.+?)\s*#*\s*$", text, flags=re.MULTILINE)
    if match and not text[:match.start()].strip():
        return match.group(1), text[match.end():]
    return None, text


def _plain_markdown(text: str, headline: str | None) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their words
    text = re.sub(r"^#{1,6}\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*(?:[-*+]|>)\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1", r"\2", text)
    return f"{headline}\n\n{text.strip()}" if headline else text.strip()


def _from_json(text: str, encoding: str, lines: bool) -> Iterator[Received | Unreadable]:
    if lines:
        yield from _from_json_lines(text, encoding)
        return
    records = _json_value(text)
    if isinstance(records, dict) and "articles" not in records:
        yield _from_lone_object(records, encoding)
        return
    if isinstance(records, dict):
        records = records["articles"]
    if not isinstance(records, list):
        raise Unreadable("JSON must be an article object or a list of them")
    for number, record in enumerate(records, start=1):
        yield _from_record(record, f"record {number}", number, encoding, "json")


def _from_lone_object(record: dict, encoding: str) -> Received | Unreadable:
    """A file of one JSON object is one article, or a file of another kind (a settings or labels file):
    it is told as the file's one object, not as "record 1" of a list it is not."""
    if _first(record, FIELD_NAMES["text"]):
        return _from_record(record, "record 1", 1, encoding, "json")
    return Unreadable("one JSON object that is not an article: it has no text (fields: text, body or content)")


def _from_json_lines(text: str, encoding: str) -> Iterator[Received | Unreadable]:
    """One record per line; a bad line is reported by its number in the file, and the
    others are still read."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = _json_value(line, in_line=True)
        except Unreadable as problem:
            yield Unreadable(f"line {number}: {problem}")
            continue
        yield _from_record(record, f"line {number}", number, encoding, "jsonl")


def _json_value(text: str, in_line: bool = False) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"column {error.colno}" if in_line else f"line {error.lineno}"
        raise Unreadable(f"not valid JSON ({where}: {error.msg})") from error
    except RecursionError:
        raise Unreadable("not readable JSON: nested too deeply to be an article") from None


def _from_record(record: Any, name: str, number: int, encoding: str, kind: str
                 ) -> Received | Unreadable:
    if not isinstance(record, dict):
        return Unreadable(f"{name} is not an object")
    body = _first(record, FIELD_NAMES["text"])
    if not body:
        return Unreadable(f"{name} has no text (fields: text, body or content)")
    stated = {key: _first(record, names) for key, names in FIELD_NAMES.items() if key != "text"}
    headline = stated.get("headline")
    return Received(f"{headline}\n\n{body}" if headline else body, _present(stated), kind,
                    encoding, number)


def _first(record: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if value not in (None, ""):
            return str(value)
    return None


def _present(stated: dict[str, Any]) -> dict[str, str]:
    return {key: str(value).strip() for key, value in stated.items() if value and str(value).strip()}

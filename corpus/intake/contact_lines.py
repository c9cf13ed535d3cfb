"""A reporter's contact line and a line naming the story's source, in any language: not the article.

* a contact line: an e-mail address with a few words of name, title or desk and no sentence, as papers print it under
  the story ("조현우 기자 canne@kmib.co.kr", "[뉴스핌 Newspim] 김선엽 기자 (sunup@newspim.com)", "JANE ROE /
  JROE@EXAMPLE.COM", "▷ 이메일 tips@example.co.kr"); a sentence holding an address ("Write to us at x@example.com.",
  "… 으로 문의하면 된다.") stays a passage;
* a source line: a label for "source" in one of several languages, then a name ("Fonte: G1.", "Kaynak: AA",
  "Источник: …", "Source : Le Monde.fr", "Source: VOV5", "来源 | 新华网", "新闻来源:互联网", "(来源:…)"); a
  sentence after the label ("Source: officials said the talks would resume.") stays a passage; in the press of
  Spain, Portugal, Latin America and Europe (intake round 70) a source's or a credit's label takes any words
  without a full stop ("Fuente: agencias", "FUENTE Y FOTOS: …", "Quelle: dpa", "Autor: … / Źródło: …");
* either line with a date or a time stays for the date's rules ("Source: Xinhua, June 29, 2012"), a byline with
  its address for the byline's ("By Jane Roe[jroe@example.com]"), a Chinese source run into a dateline ("来源:新华社
  记者 王小明 北京电") for the dateline's.

    >>> is_contact_or_source_line("박은하 기자 eunha999@example.com"), is_contact_or_source_line("Kaynak: AA")
    (True, True)
    >>> is_contact_or_source_line("Questions can be sent to desk@example.com.")
    False
"""

from __future__ import annotations

import re

from corpus.east_asian_letters import EAST_ASIAN_LETTER

EMAIL_ADDRESS = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"  # (also a whole furniture line's form)
# The same form unbounded (a name, a domain and labels of any length, any number of labels): the address as the
# rules written before the bounded form read it, kept so that they read the same lines.
EMAIL_ADDRESS_UNBOUNDED = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_EMAIL = re.compile(EMAIL_ADDRESS)
# A date or a time: the line is a date line, read for the page's date ("Source: Xinhua, June 29, 2012").
_DATE_OR_TIME = re.compile(r"(?:19|20)\d\d|\d{1,2}\s?[/:.]\s?\d{1,2}")
# "By Jane Roe[jroe@example.com]": a byline, read as the page's (a closing byline is taken from the passages)
_BYLINE = re.compile(r"^\W*(?:By|BY)\s")
_SENTENCE_END = re.compile(r"(?:[.!?。]|다\.?)\W*$")
_CONTACT_WORDS_AT_MOST = 6

_SOURCE_LABEL = (r"(?:news\s+)?sources?|fonte|fuente|quelle|kaynak|источник|nguồn|sumber"
                 r"|(?:新聞|新闻|資料|资料|消息)?(?:來源|来源)|출처")
_SOURCE_LINE = re.compile(rf"(?i)^\W{{0,3}}(?:{_SOURCE_LABEL})\s*[:|：︰]\s*(?P<name>[^:：]{{1,80}}?)\s*\)?$")
# A name, not a sentence: it starts with a capital, a digit or a letter of another script, and holds no full stop
# but one closing an abbreviated name ("Fonte: G1.") or within a word ("Le Monde.fr", "Yahoo!ニュース").
_NAME = re.compile(r"^[^\W\da-z_](?:[^.!?。]|[.!](?=\w)){0,79}\.?$")
_NAME_WORDS_AT_MOST = 10
# Round 70's source or credit line: its labels take any words without a full stop, where the lines above want a name.
_CREDIT_LINE = re.compile(
    r"(?i:(?:fuente|fonte|quelle|źródło|zdroj|forrás|kilde|källa)(?:\s+y\s+fotos?|\s+e\s+fotos?)?"
    r"\s*:\s*[^.!?]{1,100}|autor\s*:\s*.{1,40}?\s/\s*źródło\s*:\s*[^.!?]{1,100})")


def is_contact_or_source_line(line: str) -> bool:
    return is_contact_line(line) or is_source_line(line)


def is_contact_line(line: str) -> bool:
    if "@" not in line or len(line) > 120:
        return False
    address = _EMAIL.search(line)
    if address is None or _SENTENCE_END.search(line) or _BYLINE.match(line):
        return False
    rest = line[:address.start()] + " " + line[address.end():]
    return len(rest.split()) <= _CONTACT_WORDS_AT_MOST and not _DATE_OR_TIME.search(rest)


def is_source_line(line: str) -> bool:
    return _is_named_source(line) or bool(_CREDIT_LINE.fullmatch(line.strip()))


def _is_named_source(line: str) -> bool:
    if len(line) > 100 or not any(mark in line for mark in ":|：︰"):
        return False
    source = _SOURCE_LINE.match(line.strip())
    if source is None:
        return False
    name = source["name"].strip()
    if EAST_ASIAN_LETTER.match(name) and re.search(r"\s", name):
        return False  # "来源:新华社 记者 王小明 北京电 今天上午": a source opening a story's dateline
    return bool(_NAME.match(name)) and not _DATE_OR_TIME.search(name) and len(name.split()) <= _NAME_WORDS_AT_MOST

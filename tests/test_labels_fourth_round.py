"""The labels of a page crediting a copied story only by its source's web address follow one reading (the
development set's README, "An address alone under a copied story"): the address is the credit a reader would cite, so
the page is labelled with the outlet the address belongs to, never `null`. A portal's address (the carrier, not the
story's outlet) and a compiled page's references name no outlet. Checked on the readable sets only (the default sets,
without the unread even halves)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from bench.metadata_eval import outlet_verdict
from corpus.intake.outlets import outlets
from tests.readable_labels import READABLE, text_of

ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
# A line that is only an address, bare or after a word pointing to the source; a forum may shorten it ("a ... b/").
ADDRESS_LINE = re.compile(
    r"(?:(?:Source Article from|Source:|Read more(?: at:?)?|Read full article at|参考記事;)\s*)?"
    r"((?:https?://|www\.)\S+(?: \.\.\. \S+)?)"
)


def _host(address: str) -> str:
    return urlsplit(address if "://" in address else "http://" + address).hostname or ""


def _address_lines(text: str) -> list[str]:
    return [match[1] for line in text.splitlines() if (match := ADDRESS_LINE.fullmatch(line.strip()))]


def _pages_crediting_a_listed_outlets_address():
    """Readable pages printing one address, on a line of its own, at a listed outlet's domain."""
    for pid, text, label in READABLE:
        lines = _address_lines(text)
        if len(ADDRESS.findall(text)) == 1 and len(lines) == 1 and (owner := outlets().at_host(_host(lines[0]))):
            yield pid, text, label, owner


def _named_outside_addresses(text: str, names: list[str]) -> bool:
    prose = ADDRESS.sub(" ", text).casefold()
    return any(name.casefold() in prose for name in names)


def test_a_page_crediting_only_a_listed_outlets_address_is_labelled_with_that_outlet():
    pages = list(_pages_crediting_a_listed_outlets_address())
    ids = {pid for pid, *_ in pages}
    assert {"holdout10/019", "holdout43/020", "holdout57/026", "holdout29/015", "dev2/005", "holdout53/022"} <= ids
    assert [pid for pid, _, label, _ in pages if label["outlet"] is None] == []
    only_the_address = [(pid, label["outlet"], owner) for pid, text, label, owner in pages
                        if not _named_outside_addresses(text, label["outlet"])]
    assert len(only_the_address) >= 8
    assert [page for page in only_the_address if outlet_verdict(page[2], page[1]) != "right"] == []


def test_the_address_of_a_page_printing_another_credit_does_not_overrule_it():
    # STT's Finnish story cites Yonhap and prints Yonhap's address above its own credit: the page is STT's.
    pid, text, label, owner = next(page for page in _pages_crediting_a_listed_outlets_address()
                                   if page[0] == "holdout10/037")
    assert owner == "Yonhap" and text.rstrip().endswith("STT")
    assert outlet_verdict(owner, label["outlet"]) == "wrong"


@pytest.mark.parametrize("page_id, line, outlet", [
    # null as written, labelled with the source on 2026-12-07
    ("holdout10/019", "https://www3.nhk.or.jp/news/html/20191122/k10012187581000.html?utm_int=all_contents_just-in_001",
     "NHK"),
    ("holdout43/020", "https://www3.nhk.or.jp/news/html/20181214/k10011746901000.html", "NHK"),
    ("holdout57/026", "http://www3.nhk.or.jp/news/html/20160909/k10010678081000.html", "NHK"),
    ("holdout24/025", "http://thediplomat.com/2015/10/japans-s ... elivering/", "The Diplomat"),
    ("holdout30/023", "http://www.newdaily.co.kr/site/data/html/2024/09/15/2024091500010.html", "New Daily"),
    ("holdout53/022", "Source Article from https://www.nytimes.com/2019/11/10/world/americas/evo-morales-bolivia.html",
     "The New York Times"),
    ("holdout63/009", "Read full article at www.theasanforum.org.", "The Asan Forum"),
    # a repost blog printing its poster's name too: the source first, the blog a fair second answer (2026-12-07)
    ("holdout66/002", "https://www3.nhk.or.jp/shutoken-news/20190822/1000034685.html", "NHK"),
    # labelled with the source as written, kept
    ("holdout29/015", "http://www3.nhk.or.jp/news/html/20160527/k10010537591000.html", "NHK"),
    ("holdout14/027", "http://www.chosunonline.com/m/svc/article.html?contid=2020080480298", "The Chosun Ilbo"),
    ("holdout78/027", "参考記事;https://www.bloomberg.co.jp/news/articles/2018-10-30/PHE3SO6S972D01?srnd=cojp-v2",
     "Bloomberg"),
    ("holdout87/034",
     "Source Article from http://www.presstv.ir/detail/2013/12/07/338638/japanese-protest-statesecrets-law/",
     "Press TV"),
    # a portal's address names the carrier, not the outlet whose story it is; a compiled page's references none
    ("holdout34/013", "https://headlines.yahoo.co.jp/hl?a=20181221-00000099-mai-pol", None),
    ("holdout30/004", "https://news.yahoo.co.jp/articles/39f8f7f5b607fd00beaaca87754de278c1c00676", None),
    ("holdout61/039", "http://www.theguardian.com/science/2014/nov/12/rosetta-mission-philae-historic-landing-comet",
     None),
])
def test_the_address_line_that_decides_a_page_decides_its_label(page_id, line, outlet):
    label = next(label for pid, _, label in READABLE if pid == page_id)
    assert line in text_of(page_id).splitlines()
    assert outlet_verdict(outlet, label["outlet"]) == "right"

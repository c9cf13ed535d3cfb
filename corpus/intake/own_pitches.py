"""A site's pitch for itself, on a line of its own, naming the site: read as its outlet.

    >>> from corpus.intake.outlets import outlets
    >>> own_pitch_credit("Gain unlimited access to Janes news and more...", outlets())
    'Janes'

Forms the site's own page prints around its stories, in several languages:
* its subscription: "Unlimited access to all of NK News: reporting, …", "Gain unlimited access to
  Janes news and more...", "Subscribers have full unlimited access to FinanceAsia.", Russian
  "Подписаться на Москва 24" ("subscribe to …"); not an offer naming no site ("Get unlimited access
  to all stories at $0.99/month", "Unlimited access to the web and app.");
* its letter to its readers: "A Message from The Moscow Times:";
* its links to its other stories by its address: "Also on rt.com US military complains …";
* its call to keep reading it, closing a paragraph: "… Stay tuned with ibtimes.co.in for all the
  latest updates.";
* its call for tips: "Contact NK News reporters with tips or requests for reporting";
* Japanese: "この記事をSputnikで読む" ("read this article on Sputnik"), the site's own accounts:
  "ハフィントンポスト日本版はTwitterでも情報発信しています。" ("… also posts on Twitter"), its paywall:
  "日刊ゲンダイDIGITALに有料会員登録すると続きをお読みいただけます。" ("sign up to X to read on").
A listed outlet only (its name, or an address at its domain): the lines are the site's, but
a wrong name is worse than none.
"""

from __future__ import annotations

import re

from corpus.intake.credits import tidy_credit
from corpus.intake.outlets import OutletDirectory

_NAME = r"(?P<{group}>[A-Z@][\w&.'’ -]{{1,50}}?|[\w.-]+\.[a-z]{{2,6}})"
_CYRILLIC_NAME = r"(?P<{group}>[А-ЯЁA-Z][\w&.'’ -]{{1,40}}?)"
_JAPANESE_NAME = r"(?P<{group}>[\w・&.' -]{{2,30}}?)"
_SOCIAL = r"(?:Twitter|X|Facebook|Instagram|LINE|YouTube|Threads|TikTok|フェイスブック|ツイッター|インスタグラム)"

_PITCHES = re.compile(
    r"^(?:(?i:get|gain|enjoy)\s+|(?i:subscribers|members)\s+(?:have|get|enjoy)\s+)?(?:(?i:full)\s+)?"
    rf"(?i:unlimited\s+access\s+to)\s+(?:(?i:all)\s+(?:(?i:of)\s+)?)?(?:(?i:the)\s+)?{_NAME.format(group='access')}"
    r"(?P<kind>(?i:['’]s)?\s+(?i:news|journalism|reporting|stories|articles|content))?"
    r"\s*(?:[:.!]|\.{3}|…|\s+and\s+more\b|$)"
    rf"|^(?i:a\s+message\s+from)\s+{_NAME.format(group='message')}\s*:\s*$"
    rf"|^(?i:also\s+on)\s+(?P<also>[\w-]+(?:\.[\w-]+)*\.[a-z]{{2,6}})\s+\S"
    rf"|(?:^|[.!?]\s+)(?i:stay\s+tuned\s+(?:with|to))\s+{_NAME.format(group='tuned')}\s+(?i:for)\b[^.!?]*[.!]?\s*$"
    rf"|^(?i:contact)\s+{_NAME.format(group='tips')}\s+(?i:reporters|journalists|editors)\s+(?i:with)\s+(?i:tips)\b"
    rf"|^\W*(?:Подписаться|Подписывайтесь|Подпишитесь)\s+на\s+{_CYRILLIC_NAME.format(group='cyrillic')}\s*$"
    rf"|^この記事を{_JAPANESE_NAME.format(group='read_on')}で読む\s*$"
    rf"|^{_JAPANESE_NAME.format(group='own_account')}は{_SOCIAL}でも(?:情報)?(?:発信|配信)"
    rf"|^{_JAPANESE_NAME.format(group='paywall')}(?:に|で|の)有料会員(?:に)?(?:登録|なる)(?:する)?と.{{0,12}}(?:続き|全文)を")


def own_pitch_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a site's line pitching itself names, as printed."""
    match = _PITCHES.search(line.strip())
    if match is None:
        return None
    credit = next(value for group, value in match.groupdict().items() if value and group != "kind")
    credit = tidy_credit(credit)
    if match["kind"] and not directory.named_alone(credit):
        credit += match["kind"]  # "all of NK News: …": the name's own last word, not the kind of content
    if directory.named_alone(credit):
        return credit
    host = credit.lower()
    return credit if re.fullmatch(r"[\w.-]+\.[a-z]{2,6}", host) and directory.at_host(host) else None

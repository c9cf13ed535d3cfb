"""Addresses a page prints on lines of their own, read for whose they are."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from corpus.intake.outlets import OutletDirectory, name_key

_ADDRESS_ALONE = re.compile(r"^<?(?P<url>https?://[^\s<>]+)>?$", re.I)


def addresses_of_several_outlets(lines, directory: OutletDirectory) -> bool:
    """Whether addresses alone on their lines belong to two or more listed outlets: a blog or a forum pasting
    several outlets' stories, each under its link ("<tokyo-np.co.jp address>" / story / "<jiji.com address>" /
    story), where the first address is one source among others, not the page's own."""
    owners = {name_key(owner) for line in lines if (match := _ADDRESS_ALONE.match(line.strip()))
              and (owner := directory.at_host(urlparse(match["url"]).hostname or ""))}
    return len(owners) > 1

"""A page a browser saved as one file ("Webpage, Single File": `.mhtml`, `.mht`).

The file is a MIME message: the page's HTML is its first `text/html` part (the frames and
pictures follow), with the address it was saved from. What is returned goes to the HTML
reader like any saved page. The message's own `Date:` is when the page was saved, never
taken for when it was published.
"""

from __future__ import annotations

import email
from email import policy
from email.message import Message

from corpus.formats import Unreadable, decode

# A saved archive carries the page's pictures too: a news page with a few photographs is
# often over the 5 MB limit of one file, while its HTML part stays far under it.
WEB_ARCHIVE_BYTES = 50 * 1024 * 1024


def saved_page(data: bytes, page_limit: int) -> tuple[str, str, str | None]:
    """The saved page's HTML, its encoding and the address it was saved from."""
    archive = email.message_from_bytes(data, policy=policy.compat32)
    page = next((part for part in archive.walk() if part.get_content_type() == "text/html"), None)
    if page is None:
        raise Unreadable("no web page in the saved archive (no text/html part)")
    html = page.get_payload(decode=True) or b""
    if len(html) > page_limit:
        raise Unreadable(f"its page of {len(html) / 1024 / 1024:.1f} MB is over the "
                         f"{page_limit // 1024 // 1024} MB limit for one page")
    if not html.strip():
        raise Unreadable("the saved archive's web page is empty")
    text, encoding = _page_text(page, html)
    return text, encoding, _address(page) or _address(archive)


def _page_text(page: Message, html: bytes) -> tuple[str, str]:
    charset = page.get_content_charset()
    try:
        return (html.decode(charset), charset) if charset else decode(html)
    except (LookupError, UnicodeDecodeError):  # a charset named wrongly or unknown
        return decode(html)


def _address(part: Message) -> str | None:
    for header in ("Content-Location", "Snapshot-Content-Location"):
        value = str(part.get(header) or "").strip()
        if value.lower().startswith(("http://", "https://")):
            return value
    return None

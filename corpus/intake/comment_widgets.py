"""A site's comment box and link lines around the story, in the forms of the press of the Middle East and
Africa and the wires it carries (intake round 64): not the article.

* the comment box's buttons and labels: "Add Comments", "Facebook comments", "Join the conversation",
  "You are replying to: …", Turkish "yorumunuz" (your comment) and "Ekler" (attachments);
* an Arabic site's policy on comments ("نعلم قراءنا الأعزاء أنه لا يتم إدراج سوى التعليقات البناءة …",
  we inform our dear readers that only constructive comments are published) and its thanks for the
  reader's understanding ("و نشكر لكم تفهمكم.");
* links: "Back to News", "Connect with us", "Read also: <another story's title>";
* a picture search's caption copied with its picture ("Image result for south korea and japan conflict");
* an agency's number of the story ("News ID 1909021").

    >>> [is_comment_widget(line) for line in ("Add Comments", "Read also: Brussels scare", "News ID 1909021")]
    [True, True, True]
    >>> is_comment_widget("Readers can add comments below the story, the editor said.")
    False
"""
from __future__ import annotations

import re

_WIDGET = re.compile(
    r"(?i:^(?:add|post|leave|write)\s+(?:a\s+)?comments?$|^(?:facebook|disqus)\s+comments?$"
    r"|^join\s+the\s+(?:conversation|discussion)$|^you\s+are\s+replying\s+to\s*:.{0,100}$"
    r"|^(?:yorumunuz|ekler)$|^back\s+to\s+(?:news|home)$|^connect\s+with\s+us$"
    r"|^read\s+also\s*:\s*\S.{0,150}$|^image\s+result\s+for\s+\S.{0,120}$|^news\s+id\s*:?\s*\d{4,}$)"
    r"|^.{0,40}قراءنا\s+الأعزاء.{0,80}التعليقات.{0,200}$|^و?\s*نشكر\s+لكم\s+تفهمكم\s*\.?$")


def is_comment_widget(line: str) -> bool:
    """A comment box's line, a link or a picture search's caption (see the module's docstring)."""
    return _WIDGET.match(line.strip()) is not None

"""A site's offers and buttons around the story, the lines of a paywall's plans and a share prompt: not the
article.

* a subscription's plans, as a paywall lists them between the story's paragraphs: "Limited time offer:", "Just
  RM5 per month.", "Monthly Plan", "RM13.90/month", "Billed as RM5/month for the 1st 6 months …", "1 month", "Free
  Trial", "For new subscribers only", "Cancel anytime. No ads. …", "Save 30% OFF The Star Digital Access", an
  e-paper shop's "Start your 7-day … free trial …";
* a share prompt ("Help keep family & friends informed by sharing this article"), a summary's warning ("This is
  AI generated summarization, which may have errors. …"), buttons ("Unlocking Article", "View Comments",
  "Advertising"), a Vietnamese page's label of a picture's caption ("Chú thích ảnh"), an Indonesian page's link
  to another story ("Baca juga: …");
* a publisher's disclaimer of the views it carries ("The following information reflects the reporting of the cited
  news media and does not reflect …", "… the views represented herein are those of the author(s) and …");
* an e-paper shop's note of the issue the story comes from (`corpus.intake.issue_notes`: the intake reads it for
  the outlet and the date).

    >>> [is_offer_line(line) for line in ("RM13.90/month", "Billed as RM148.00/year", "Free Trial")]
    [True, True, True]
    >>> is_offer_line("The plan costs RM13.90 a month, the ministry said.")
    False
"""

from __future__ import annotations

import re

from corpus.intake.issue_notes import issue_note

_CURRENCY = r"(?:RM|Rp\.?|S\$|A\$|US\$|NZ\$|\$|€|£|¥|₹|Rs\.?)"
_PERIOD = r"(?:month|year|week|mo|yr)"
_OFFER = re.compile(
    rf"(?i:^(?:just\s+)?{_CURRENCY}\s?\d[\d,.]*\s*(?:/\s*|per\s+|a\s+){_PERIOD}\.?$"
    rf"|^billed\s+(?:as|at)\s+{_CURRENCY}\s?\d.{{0,100}}$"
    r"|^(?:monthly|annual|yearly|weekly|digital|premium)\s+plan$|^(?:\d+-day\s+)?free\s+trial$"
    r"|^for\s+new\s+subscribers\s+only\.?$|^limited[- ]time\s+offer\W*$|^\d{1,2}\s+(?:month|year|week)s?$"
    r"|^cancel\s+anytime\b.{0,200}$|^save\s+\d{1,2}\s?%\s+off\b.{0,60}$"
    r"|^start\s+your\s+\d{1,2}-day\b.{0,60}\bfree\s+trial\b.{0,200}$)"
    r"|^Help\s+keep\s+.{1,30}\s+informed\s+by\s+sharing\s+this\s+(?:article|story)\.?$"
    r"|^This\s+is\s+(?:an\s+)?AI[- ]generated\s+summari[sz]ation\b.{0,120}$"
    r"|^(?:Unlocking\s+Article|View\s+Comments|Advertising|Chú\s+thích\s+ảnh)$"
    r"|^Baca\s+[Jj]uga\s*:\s*\S.{0,150}$"  # an Indonesian page's link to another story ("read also: …")
    # a publisher's disclaimer of the views it carries (read for the outlet by `official_names`)
    r"|^The\s+following\s+information\s+reflects\s+the\s+reporting\s+of\b.*"
    r"|^.{0,120}\bthe\s+views\s+(?:represented|expressed)\s+(?:herein|here|in\s+this\s+\w+)\s+are\s+"
    r"(?:those\s+of\s+the\s+authors?(?:\(s\))?|the\s+authors?['’]s?\s+own).*")
_LONGEST = 400


def is_offer_line(line: str) -> bool:
    """A line of a paywall's plans, a share prompt or a button (see the module's docstring)."""
    line = line.strip()
    return bool(line) and len(line) <= _LONGEST and (_OFFER.match(line) is not None or issue_note(line) is not None)

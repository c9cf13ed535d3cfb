"""A site's prompts to its readers and its notes around the story, as many sites print them:
not the article.

* a paywall's and a newsletter's lines: "You have reached your article limit for this month.",
  "Subscribe now and enjoy unlimited digital access to X", "Unlimited Digital Access", "Subscribe
  for access", "Already a X subscriber? Activate or Log in", "… To continue reading this story …
  please subscribe or log in.", "Get X in your inbox!", "Thank you
  for subscribing!", a newsletter's blurb "… Delivered every weekday.", the reCAPTCHA notice
  Google asks every form to print;
* an aggregator's link to the story it quotes ("View Original Article"), a paper's call for tips
  ("We want to hear from you! Send us a message on WhatsApp …");
* comment boxes' and share bars' widgets ("Inline Feedbacks", "View all comments", "Be social.
  Share!", "scroll to top"), a list's labels ("Filed under: …", "Related readings:", "Previous
  Page 1 2 Next Page"), a picture's "| License Photo" and "Download: Full Size (1.86 MB)", a wire's
  "THIS IS A BREAKING NEWS UPDATE. …", a portal's note on its comments ("Our goal is to create a
  safe and engaging place …");
* a paywall's price ("… for as little as 99¢!"), an appeal for donations ("… Make a charitable
  donation …!"), a disclaimer in brackets ("(… do not reflect the opinions of X …)");
* a picture's credit alone ("Kim Jae-hwan, Getty Images", "/ Korea Times Photo"), a reporter's
  title alone ("Staff Reporter"), a section's links ("In depth", "Video: …", "RELATED <headline>"), a site's
  request to be followed on Google News;
* a broadcaster's note of the wires it drew on ("Some information for this report was provided
  by AFP, AP and Reuters."), a web editor's names in brackets ("(Web editor: Jane Roe, John
  Doe)"), a row of page numbers ("1 2 3").
"""

from __future__ import annotations

import re

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PROMPTS = re.compile("|".join((
    r"^\W*+you(?:['’]ve|\s+have)\s+reached\s+your\s+(?:free\s+)?(?:article|story)\s+limit\b.{0,60}$",
    r"^\W*+you(?:['’]ve|\s+have)\s+reached\s+your\s+limit\s+of\s+free\s+(?:articles|stories)\b.{0,60}$",
    r"^\W*+subscribe\s+(?:now\s+)?(?:and|to)\s+enjoy\s+unlimited\s+(?:digital\s+)?access\b.{0,80}$",
    r"^\W*+(?:unlimited\s+digital\s+access|subscribe\s+for\s+(?:full\s+)?access)\W*$",
    r"^\W*+already\s+an?\s+.{1,40}\s+subscriber\s*\?.{0,40}\blog\s*in\W*$",
    r"^.{0,80}\bto\s+continue\s+reading\b.{0,120}\b(?:subscribe|log\s*in|sign\s*in)\W*$",
    r"^\W*+get\s+.{1,40}\s+in\s+your\s+inbox\W*$",
    r"^\W*+thank(?:s|\s+you)\s+for\s+(?:subscribing|signing\s+up)\W*$",
    rf"^\W*+(?:.{{1,160}}|(?<=\W))\bdelivered\s+(?:every|each)\s+(?:day|weekday|morning|evening|week|{_WEEKDAY})\W*$",
    r"^\W*+this\s+site\s+is\s+protected\s+by\s+recaptcha\b.{0,120}$",
    r"^\W*+view\s+(?:the\s+)?original\s+(?:article|story|post)\W*$",
    r"^\W*+we\s+want\s+to\s+hear\s+from\s+you\s*!.{0,200}$",
    r"^\W*+(?:some\s+)?(?:information|material)\s+for\s+this\s+(?:report|story|article)\s+(?:was\s+)?"
    r"(?:provided|contributed)\s+by\s+[^.]{2,80}\.?$",
    r"^\(\s*(?:web\s+)?editors?\s*:\s*[^()]{2,80}\)$",
    r"^\s*(?:[1-9]\d?\s+){1,9}[1-9]\d?\s*$",
    r"^\W*+(?:previous\s+page\s+)?(?:[1-9]\d?\s+){1,9}next\s+page\W*$",
    # comment boxes' and share bars' widgets (WordPress's wpDiscuz among them), a picture's license
    r"^\W*+(?:scroll\s+to\s+top|be\s+social\.\s+share!?|inline\s+feedbacks|view\s+all\s+comments"
    r"|would\s+love\s+your\s+thoughts,\s+please\s+comment\.?\w?|license\s+photo|post\s+by\s*:"
    r"|related\s+readings?\s*:|filed\s+under\s*:.{0,120})\W*$",
    r"^\W*+download\s*:\s*full\s+size\s*\([\d.]+\s*[km]b\)\W*$",
    r"^\W*+view\s+on\s+[\w&.'’ -]{2,40}$", r"^\W*+read\s+the\s+full\s+post\s+(?:at|on)\s+[\w&.'’ -]{2,40}\.?$",
    r"^\W*+this\s+is\s+a\s+breaking\s+news\s+update\b.{0,200}$",
    r"^.{0,80}\bfor\s+(?:as\s+little\s+as|only)\s+(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?¢).{0,40}$",
    r"^.{0,40}\bmake\s+a\s+(?:charitable\s+|tax-deductible\s+)?donation\b.{0,80}!$",
    r"^\(.{0,400}\bdo(?:es)?\s+not\s+(?:necessarily\s+)?reflect\s+the\s+(?:opinions?|views?)\s+of\b.{0,300}\)$",
    # a picture's credit alone ("Kim Jae-hwan, Getty Images", "/ Korea Times Photo"), a reporter's
    # title alone, a section's links ("In depth", "Video: The life of …", "RELATED <headline>")
    r"^[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,3},?\s+(?:AFP\s*/\s*)?Getty\s+Images$",
    r"^\W*/\s*[^/]{2,40}\b(?i:photo|file\s+photo)$",
    r"^\W*+(?:staff|senior|foreign)\s+(?:reporter|writer|correspondent)s?\W*$",
    r"^\W*+(?:in\s+depth|(?:video|gallery|in\s+pictures|obituary|timeline)\s*:\s*[^.!?]{2,80})$",
    r"^(?-i:RELATED\s+[A-Z][^.!?]{5,120})$",
    r"^\W*+our\s+goal\s+is\s+to\s+create\s+a\s+safe\s+and\s+engaging\s+place\b.{0,300}$",
    # a site asking to be followed on Google News ("Temukan berita-berita … dari X di Google News.", "Untuk mengikuti
    # silakan klik tanda bintang.")
    r"^\W*+(?:temukan|ikuti|follow|find)\b.{0,120}\b(?:di|on)\s+google\s+news\W*$",
    r"^\W*+untuk\s+mengikuti\s*,?\s+silakan\s+klik\s+tanda\s+bintang\W*$",
)), re.IGNORECASE)


def is_reader_prompt(line: str) -> bool:
    """A line of a site's prompts or notes (see the module's docstring)."""
    return bool(_PROMPTS.match(line.strip()))

"""A site's widgets and notes around the story, in the forms of the press of Latin America, Spain, Portugal and
Europe (intake round 66): not the article.

* a Brazilian site's form for reporting an error ("Se você encontrou algum erro nesta notícia, …", "Corrigir
  texto") and its label over an advertiser's content ("Conteúdo Publicitário");
* an image's alternative text copied alone ("Responsive image") and an icon's name before a picture's credit
  ("photo_camera Fotó: …");
* a French site's comment box ("Vous devez être membre pour ajouter des commentaires.", "Aucun commentaire
  n'est disponible pour l'instant") and Reuters' French service's note of its reporters ("(X, Y pour le service
  français)");
* Lusa's sign-off of its editors' initials ("RJP // PDF");
* a German site's note that the story comes from a wire's automatic feed ("Hinweis Diese Meldung ist Teil des
  automatisierten Nachrichten-Feeds …");
* a Czech site's button to share a video ("Sdílet video na FB").

Each form is read on a line alone, in any case but Lusa's initials.
"""
from __future__ import annotations

import re

_FORMS = (
    r"se\s+voc[êe]\s+encontrou\s+(?:algum\s+)?erro\s+nesta\s+not[íi]cia\b.{0,250}",  # Brazil: reporting an error
    r"(?:coment[áa]rios\s+)?corrigir\s+texto", r"conte[úu]do\s+publicit[áa]rio",
    r"responsive\s+image", r"photo_camera\s+\S.{0,150}",  # an image's alt text, an icon's name
    r"vous\s+devez\s+[êe]tre\s+membre\s+pour\s+ajouter\s+des\s+commentaires\.?",  # a French comment box
    r"devenez\s+membre,?\s+ou\s+connectez-vous\.?", r"aucun\s+commentaire\s+n.est\s+disponible\b.{0,40}",
    r"\([^()]{3,120}\spour\s+le\s+service\s+fran[çc]ais\)",  # Reuters' French service's reporters
    r"(?:info\s+)?hinweis\s+diese\s+meldung\s+ist\s+teil\s+des\s+automatisierten\s+nachrichten-feeds\b.{0,300}",
    r"sd[íi]let\s+(?:video|článek|clanek)?\s*(?:na\s+)?(?:fb|facebook|x|twitter)?",  # Czech: share
)
_WIDGET = re.compile(rf"(?i:{'|'.join(_FORMS)})")
_LUSA_INITIALS = re.compile(r"[A-Z]{2,4}\s*//\s*[A-Z]{2,4}")  # "RJP // PDF"


def is_european_widget(line: str) -> bool:
    """Whether `line` is one of these widgets: "Corrigir texto" and "Sdílet video na FB" are; a sentence is not."""
    line = line.strip()
    return bool(_WIDGET.fullmatch(line) or _LUSA_INITIALS.fullmatch(line))

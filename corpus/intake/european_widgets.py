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
* a Czech site's button to share a video ("Sdílet video na FB");
* (intake round 70) a credit alone on a line, under the story ("Via …", "AGENCIAS"; a source's label and its name,
  "Fuente: AFP", is `contact_lines`' source line), PAP's sign-off of its editors' initials ("ab/ cd/");
  a button to share ("Compartir"), a byline's label alone ("Publicado por"), an advertisement's label ("ANNONS",
  "Artikkelen fortsetter under annonsen"), a note that the story is old ("Denne artikkelen er over ett år gammel …"),
  a recirculation heading or link ("Mest läst i kategorin", "Nyheter från förstasidan", "Le puede interesar: …",
  "Leia também: …"), a request to follow the site ("Siga a … no Google News …"), a comment box's disclaimer ("Los
  comentarios publicados son de exclusiva responsabilidad de sus autores …"), a tweet's embed signed "— Name
  (@handle) <date>".

Each form is read on a line alone, in any case but Lusa's and PAP's initials, and the names after "Via".
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
    r"agencias|ag[êe]ncias|agenzie|agences|agenturen",
    r"compartir\s*:?|compartilhar\s*:?|publicado\s+por|annons|annonse|anzeige",
    r"artikkelen\s+fortsetter\s+under\s+annonsen|(?:artikeln|texten)\s+forts[äa]tter\s+under\s+annonsen",
    r"denne\s+artikkelen\s+er\s+over\s+(?:ett|\d+)\s+år\s+gammel\b.{0,150}",
    r"mest\s+l[äa]st(?:\s+i\s+kategorin)?|mest\s+lest|nyheter\s+fr[åa]n\s+f[öo]rstasidan",
    r"(?:le|te)\s+puede\s+interesar\s*:.{0,200}|lee\s+tambi[ée]n\s*:.{0,200}|leia\s+tamb[ée]m\s*:.{0,200}",
    r"siga\s+(?:a|o)\s+.{1,40}\s+no\s+google\s+news\b.{0,100}",
    r"los\s+comentarios\s+publicados\s+son\s+de\s+(?:exclusiva\s+)?responsabilidad\s+de\s+sus\s+autores\b.{0,400}",
)
_WIDGET = re.compile(rf"(?i:{'|'.join(_FORMS)})")
_LUSA_INITIALS = re.compile(r"[A-Z]{2,4}\s*//\s*[A-Z]{2,4}")  # "RJP // PDF"
_PAP_INITIALS = re.compile(r"(?:[a-z]{2,4}/\s?){2,3}")  # "ab/ cd/"
_VIA_NAME = re.compile(r"(?i:via)\s+[A-Z][^.!?]{1,40}")  # "Via Comex do Brasil"
# a tweet's embed: "… — Jane Roe (@jroe) 29. august 2017"
_TWEET_EMBED = re.compile(r".{1,300}\s[—–]\s[^()]{1,60}\(@\w{1,30}\)\s+[^!?]{4,40}")


def is_european_widget(line: str) -> bool:
    """Whether `line` is one of these widgets: "Corrigir texto" and "Sdílet video na FB" are; a sentence is not."""
    line = line.strip()
    return bool(_WIDGET.fullmatch(line) or _LUSA_INITIALS.fullmatch(line) or _PAP_INITIALS.fullmatch(line)
                or _VIA_NAME.fullmatch(line) or ("(@" in line and _TWEET_EMBED.fullmatch(line)))

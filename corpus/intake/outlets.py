"""News outlets by the names, abbreviations and web domains a page may give them.

The list is data: `corpus/outlets.json` (wires, national papers and broadcasters worldwide),
extended by the user's own `outlets.json` in the config directory (platformdirs'
`user_config_dir("gsomia-tui")`, or $GSOMIA_TUI_CONFIG). Each entry is
`{"name": shown name, "aliases": [...], "domains": [...]}`, with `"common_word": true` when its
one-word names are also ordinary words (never taken from a line holding nothing else), `"common_phrase": true`
when all its names are (a section's label: "Última Hora", "latest news"); a user's
entry with the name of a listed outlet replaces it. A credit the list does not know is still the outlet, as printed.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from corpus.intake.date_readings import MONTH_NAME

from corpus.paths import CONFIG_ENV, config_root

BUNDLED_OUTLETS = Path(__file__).resolve().parent.parent / "outlets.json"
USER_FILE = "outlets.json"
_HANDLE = re.compile(r"[a-z][a-z0-9_]{3,30}")
# Labels of a domain that are not the outlet's own ("www3", "english", the "co" of ".co.kr").
_NOT_OWN_LABELS = frozenset({"www", "www3", "m", "amp", "en", "eng", "english", "news", "edition",
                             "world", "asia", "co", "com", "or", "ne", "go", "ac", "org", "net",
                             "gov", "info"})


_OPENING = 6  # (the names' openings kept, of up to this many characters)


@dataclass(frozen=True)
class OutletDirectory:
    by_name: dict[str, str]  # normalised name or alias -> shown name
    by_domain: dict[str, str]  # domain -> shown name
    problem: str | None = None  # why the user's file was not used (the bundled list still is)
    common_words: frozenset[str] = frozenset()  # names that are also ordinary words or phrases
    by_handle: dict[str, str] = field(default_factory=dict)  # "theguardian" -> The Guardian
    lower_case_spellings: frozenset[str] = frozenset()  # names an outlet spells in lower case first: "dpa", "taz"

    def handle(self, text: str) -> str | None:
        """The outlet a credit names by its handle, as reposts print it ("via theguardian",
        "@nytimes"): its name without spaces or its web domain's own label."""
        text = text.strip()
        if not (text.startswith("@") or text.islower() or re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]", text)):
            return None  # "Seoul" is a place, not the handle of seoul.co.kr; "ManilaTimes", "TRTWorld" are
        key = text.lstrip("@").casefold()
        return self.by_handle.get(key) if _HANDLE.fullmatch(key) else None

    def named_alone(self, text: str) -> str | None:
        """The outlet a line names on its own, unless the name is also an ordinary word
        ("Metro", "Time", "Insider" stand alone as section names and labels too)."""
        return None if name_key(text) in self.common_words else self.named(text)

    def named(self, text: str) -> str | None:
        """The outlet `text` names exactly ("AP", "the Korea Herald", "Yonhap News Agency"), or
        with its edition or abbreviation after it ("Global Times English", "The Japan Times
        Online", "Yonhap News Agency (YNA)")."""
        key = name_key(text)
        if not self._starts_with_a_name(key):
            return None  # (cheaply: `_EDITION` only cuts what follows a name; a line of prose starts with none)
        return self.by_name.get(key) or self.by_name.get(_EDITION.sub("", key) or key)

    def _starts_with_a_name(self, key: str) -> bool:
        for length in self._name_lengths:
            if length > len(key):
                return False
            if key[:length] in self.by_name:
                return True
            if length <= _OPENING and key[:length] not in self._openings:
                return False  # (no name opens so: nor is a longer start of the key a name)
        return False

    @cached_property
    def _openings(self) -> frozenset[str]:
        """The names' first characters, up to `_OPENING` of them."""
        return frozenset(key[:length] for key in self.by_name for length in range(1, _OPENING + 1))

    @cached_property
    def _name_lengths(self) -> tuple[int, ...]:
        return tuple(sorted({len(key) for key in self.by_name}))

    def keys_of(self, outlet: str) -> tuple[str, ...]:
        """Every name and alias (in `name_key`'s form) the directory knows `outlet` by; () for an unlisted one."""
        return self._keys_by_outlet.get(outlet, ())

    @cached_property
    def _keys_by_outlet(self) -> dict[str, tuple[str, ...]]:
        keys: dict[str, list[str]] = {}
        for key, outlet in self.by_name.items():
            keys.setdefault(outlet, []).append(key)
        return {outlet: tuple(found) for outlet, found in keys.items()}

    def named_twice(self, text: str) -> str | None:
        """The printed name of the outlet `text` names twice over, a name then another of its
        spellings or its address: "中國報 China Press", "Xinhua English.news.cn"."""
        words = text.split()
        for cut in range(1, min(len(words), 6)):
            first, second = " ".join(words[:cut]), " ".join(words[cut:])
            name = self.named(first)
            if name and (self.named(second) == name or ("." in second and self.at_host(second) == name)):
                return first
        return None

    def at_host(self, host: str) -> str | None:
        """The outlet whose web domain `host` is or belongs to ("edition.cnn.com" -> CNN)."""
        host = host.lower().rstrip(".")
        while host:
            if host in self.by_domain:
                return self.by_domain[host]
            _, _, host = host.partition(".")
        return None


# What follows a name for its edition or as its abbreviation (in `name_key`'s form).
_EDITION = re.compile(r"(?:\s+\([a-z0-9&]{2,8}\)|\s+(?:online|english(?:\s+edition)?|digital"
                      r"|english\s+version|e-?paper|epaper)"
                      # "中国網日本語版(チャイナネット)": an edition in another language, its other name
                      r"|\s*[(（][\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{1,12}[)）]"
                      r"|\s*(?:日本語版|中国語版|韓国語版|英語版|中文版|英文版|한국어판|일본어판|영문판)"
                      # a site's digital, news or language edition: "朝日新聞デジタル", "日経電子版",
                      # "NHKニュース", "KBS 뉴스", "BBC中文", "VOA 한국어", "Sputnik 日本"
                      r"|\s*・?(?:デジタル版?|電子版|オンライン|ニュース|뉴스|中文网|中文網|中文|코리아|한국어|日本)"
                      # "文藝春秋digital": a Latin edition word glued to a name in Japanese, Chinese or Korean
                      r"|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:digital|online|web))+$")

# A credit of only such words names no one: "Source: Agency", "(Agencies)", "Wire services",
# "(Agenturen)".
_GENERIC_CREDIT = re.compile(
    r"(?i)^(?:(?:the|and|&|news|agency|agencies|wires?|services?|reports?|media|online|web|"
    r"desk|staff|international|foreign|local|correspondents?"
    r"|undated"  # "(Undated) —", as AP's "UNDATED (AP) —": a story of no one place
    # the same in other languages: "(Agenturen)", "(Agencias)", "(Agences)", "(Agenzie)", "(Агентства)"
    r"|agenturen|agencias|agences|agenzie|ag[eê]ncias|agensi|ajanslar|redacci[oó]n|r[ée]daction"
    r"|redaktion|агентства|информагентства)\b[\s,/&.-]*)+$")
# "... in the Indo-Pacific. [Full Text]": a link's label closing a paragraph names no one
_LINK_LABEL = re.compile(r"(?i)^(?:(?:read\s+(?:the\s+)?)?full\s+(?:text|story|statement|transcript|article|report)"
                         r"|read\s+more|pdf|download|link|more\s+details|details)$")
# "... after the explosion. (April 21)": AP's video captions close on the day, which names no one
_DAY_OF_MONTH = re.compile(rf"{MONTH_NAME}\.?\s+[0-3]?\d(?:,?\s+(?:19|20)\d\d)?")


# Between credits sharing one: "AFP/Jiji", "CNN & Reuters", MENAFN's "MENAFN- The Rio Times",
# "APP - UrduPoint".
JOINED_CREDITS = re.compile(r"\s*/\s*|\s+&\s+|(?<=\w)-\s+|\s+[-–—]\s+")


# "MENAFN- The Rio Times": a syndicator glued to its hyphen, then the source it carries.
_CARRIED = re.compile(r"^[^\s-]+-\s+(?P<source>\S.*)$")


def carried_source(credit: str) -> str | None:
    """The source a syndicator's credit carries ("MENAFN- The Rio Times" -> "The Rio Times")."""
    match = _CARRIED.match(credit.strip())
    return match["source"] if match else None


def credit_parts(credit: str) -> list[str]:
    """The credits a joint credit shares: "dpa/MIA" -> ["dpa", "MIA"]."""
    return [part.strip() for part in JOINED_CREDITS.split(credit) if part.strip()]


def one_listed_part(credit: str, directory: "OutletDirectory") -> str | None:
    """The first part of a credit joined by "&" or "/" when every part names the same listed
    outlet (by its name or its domain): a paper and its website ("Chosunilbo & Chosun.com"),
    a paper and its edition in another language ("中央日報/中央日報日本語版")."""
    parts = credit_parts(credit)
    if len(parts) < 2 or directory.named(credit):
        return None
    names = {directory.named(part) or directory.at_host(part.lower()) for part in parts}
    return parts[0] if len(names) == 1 and None not in names else None


def spelled_otherwise(abbreviation: str, parts, directory: "OutletDirectory") -> bool:
    """An abbreviation beside words whose initials spell it, words that name another outlet or
    none: "DN - Defence Notes" is not Dagens Nyheter's "DN"."""
    if not re.fullmatch(r"[A-Z]{2,5}", abbreviation):
        return False
    return any("".join(word[0] for word in re.findall(r"[A-Za-z][\w'’-]*", part)).upper() == abbreviation
               and directory.named(part) != directory.named(abbreviation)
               for part in parts if part != abbreviation)


# Small words an abbreviation skips: "American Society of International Law (ASIL)".
_SKIPPED_IN_INITIALS = frozenset("of the and for de la le les du des et der die und".split())


def spelled_before(abbreviation: str, before: str) -> bool:
    """An abbreviation in capitals that the words just before it spell, as a sentence defines
    it: "... with the American Expeditionary Forces (AEF)", "... the Department of Defense (DOD)"."""
    if not re.fullmatch(r"[A-Z]{2,6}", abbreviation):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", before[-200:])
    kept = [word for word in words if word.lower() not in _SKIPPED_IN_INITIALS]
    return any("".join(word[0] for word in spelled[-len(abbreviation):]).upper() == abbreviation
               for spelled in (words, kept))  # "Department of Defense (DOD)", "... of International Law (ASIL)"


def sentence_abbreviation(abbreviation: str, before: str) -> bool:
    """An abbreviation in brackets that is the sentence's own, not a credit: one the words before it spell,
    or a party's after a politician's name."""
    return spelled_before(abbreviation, before) or party_after_name(abbreviation, before)


def party_after_name(abbreviation: str, before: str) -> bool:
    """A party's short name in title case right after a person's name, as Nordic papers tag a politician: "...,
    sier forsvarsminister Tore O. Sandvik (Ap)." (Labour, not the wire, which prints itself in capitals)."""
    return bool(re.fullmatch(r"[A-Z][a-zåäöæø]{1,2}", abbreviation)
                and re.search(r"\b[A-Z][\w'’-]+\s*$", before))


def names_no_one(credit: str) -> bool:
    """Whether a credit is made only of words any outlet's could be ("Agencies", "News Desk"), or
    is a day ("April 21") or a link's label ("Full Text")."""
    return bool(_GENERIC_CREDIT.match(credit.strip()) or _DAY_OF_MONTH.fullmatch(credit.strip())
                or _LINK_LABEL.match(credit.strip()))


def name_key(text: str) -> str:
    """The form names are compared in: case, dots, hyphens do not count, nor a leading "The"
    before two words or more ("the Korea Herald"). "The National" stays whole: "NATIONAL"
    alone is a section's name, not the outlet."""
    folded = text.casefold().replace(".", "").replace("-", " ").replace("\u2019", "'")
    words = folded.strip(" \t•·*|:;,–—@「」『』《》").split()  # "@Reuters": by its handle
    if len(words) > 2 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def config_dir() -> Path:
    return _config_dir(*_config_settings())


def _config_settings() -> tuple[str | None, ...]:
    return (os.environ.get(CONFIG_ENV), os.environ.get("XDG_CONFIG_HOME"), os.environ.get("HOME"),
            os.environ.get("APPDATA"))


@lru_cache(maxsize=8)
def _config_dir(*settings: str | None) -> Path:
    """`config_root()`, once per setting of the variables it depends on (the cache's key; platformdirs
    finding it was a third of reading a page's outlet, asked for on every line)."""
    return config_root()


def outlets() -> OutletDirectory:
    """The bundled list extended by the user's file (read once per process). A user's file
    that cannot be used is left out, and `problem` says why: it never stops the reading."""
    return _user_file_loaded(*_config_settings())


@lru_cache(maxsize=8)
def _user_file_loaded(*settings: str | None) -> OutletDirectory:
    """`_load` of the user's file, once per setting of the variables `config_dir` reads (asked for on every line)."""
    return _load(str(_config_dir(*settings) / USER_FILE))


@lru_cache(maxsize=4)
def _load(user_file: str) -> OutletDirectory:
    entries = _entries(json.loads(BUNDLED_OUTLETS.read_text(encoding="utf-8")), BUNDLED_OUTLETS)
    path, problem = Path(user_file), None
    if path.is_file():
        try:
            user_entries = _entries(json.loads(path.read_text(encoding="utf-8")), path)
        except (OSError, ValueError, RecursionError) as error:
            user_entries = []
            problem = (f"{path}: not used ({str(error).splitlines()[0][:160]}); "
                       "fix it or remove it (the bundled list of outlets is used meanwhile)")
        replaced = {entry["name"] for entry in user_entries}
        entries = [e for e in entries if e["name"] not in replaced] + user_entries
    by_name: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    common_words: set[str] = set()
    lower_case: set[str] = set()
    for entry in entries:  # later entries (the user's) win
        for name in (entry["name"], *entry["aliases"]):
            by_name[name_key(name)] = entry["name"]
            lower_case.update({name} if name[:1].islower() else ())
            if entry["common_phrase"] or entry["common_word"] and " " not in name_key(name):
                common_words.add(name_key(name))
        for domain in entry["domains"]:
            by_domain[domain.lower().removeprefix("www.")] = entry["name"]
    return OutletDirectory(by_name, by_domain, problem, frozenset(common_words),
                           _handles(by_name, by_domain), frozenset(lower_case))


def _handles(by_name: dict[str, str], by_domain: dict[str, str]) -> dict[str, str]:
    """Handle -> outlet, for the handles that name one outlet only."""
    seen: dict[str, set[str]] = {}
    for key, name in by_name.items():
        seen.setdefault(key.replace(" ", "").replace("'", ""), set()).add(name)
    for domain, name in by_domain.items():
        # only the domain's first own label: "rakyatsulsel.fajar.co.id" is Rakyat Sulsel's, "fajar" its
        # group's (another paper), "laaska.wordpress.com"'s "wordpress" a host of many
        own = next((label for label in domain.split(".")[:-1] if label not in _NOT_OWN_LABELS), None)
        if own:
            seen.setdefault(own, set()).add(name)
    return {handle: names.pop() for handle, names in seen.items()
            if len(names) == 1 and _HANDLE.fullmatch(handle)}


def _entries(data, path: Path) -> list[dict]:
    """Validated entries of an outlets file: a list, or an object with an "outlets" list."""
    items = data.get("outlets") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ValueError('expected a list of outlets, or {"outlets": [...]}')
    entries = []
    for number, item in enumerate(items, start=1):
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"entry {number} has no \"name\"")
        common_word = item.get("common_word", False)
        if not isinstance(common_word, bool):
            raise ValueError(f"entry {number}: \"common_word\" must be true or false")
        common_phrase = item.get("common_phrase", False)
        if not isinstance(common_phrase, bool):
            raise ValueError(f"entry {number}: \"common_phrase\" must be true or false")
        entries.append({"name": name.strip(),
                        "aliases": _names(item.get("aliases"), number),
                        "domains": [_domain(v, number) for v in _strings(item.get("domains"), number, "domains")],
                        "common_word": common_word, "common_phrase": common_phrase})
    return entries


def _names(value, number: int) -> list[str]:
    """Aliases, each with something a page could print ("." or "-" alone would name every rule line)."""
    aliases = _strings(value, number, "aliases")
    if empty := next((alias for alias in aliases if not name_key(alias)), None):
        raise ValueError(f"entry {number}: the alias {empty!r} has no letters or digits")
    return aliases


def _domain(value: str, number: int) -> str:
    """A domain as written, or the host of an address given for it ("https://www.example.com/news")."""
    host = value.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower().removeprefix("www.")
    if "." not in host or " " in host:
        raise ValueError(f"entry {number}: {value!r} is not a domain (write it as \"example.com\")")
    return host


def _strings(value, number: int, field: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"entry {number}: \"{field}\" must be a list of strings")
    return [v.strip() for v in value if v.strip()]

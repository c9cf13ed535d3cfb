"""Deterministic news-like articles for the benchmarks.

    python -m bench.generate --count 1000 --out DIR [--format txt|jsonl|both] [--seed 7] [--json]

Each article is built from its own random stream (seeded by the corpus seed and its number),
so the first 1,000 articles of a 10k corpus are the 1k corpus, and a seed always gives the
same text. Words are drawn from a Zipf curve over a vocabulary that puts English function
words first, then news and defence/diplomacy words, then a long tail of rare made-up words
(a real index has many terms seen once). Recurring names ("Han Min-koo", "Yasumasa Nagamine",
"Kim Kwan-jin", ...) and phrases ("intelligence sharing", "General Security of Military
Information Agreement", ...) are woven into sentences, so name and phrase queries hit.

Output formats:
* ``txt``: one ``NNNNNN_<id>.txt`` per article (headline line, blank line, paragraphs separated
  by blank lines, like the bundled seeds) plus a ``manifest.json`` in the bundled layout, so
  ``corpus.loader.load_bundled(DIR)`` reads it;
* ``jsonl``: ``articles.jsonl``, one object a line with text/title/outlet/date/url.

In process, ``generate_articles(n, seed)`` yields `Article` objects through
``corpus.loader.article_from_raw`` with known metadata, so benchmarks need not parse files.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import itertools
import json
import random
import time
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from bench.common import exit_with

DEFAULT_SEED = 7
MIN_WORDS, MAX_WORDS = 300, 900
ZIPF_EXPONENT = 1.07
TAIL_WORDS = 30_000  # made-up rare words after the real vocabulary
FIRST_DAY = dt.date(2010, 1, 1)
DAYS = (dt.date(2019, 12, 31) - FIRST_DAY).days + 1  # ten years

OUTLETS = (
    ("korea-herald", "The Korea Herald"),
    ("korea-joongang-daily", "Korea JoongAng Daily"),
    ("yonhap", "Yonhap News Agency"),
    ("kbs-world-radio", "KBS World Radio"),
    ("korea-times", "The Korea Times"),
    ("chosun-ilbo", "The Chosun Ilbo"),
    ("hankyoreh", "The Hankyoreh"),
    ("japan-times", "The Japan Times"),
    ("asahi-shimbun", "The Asahi Shimbun"),
    ("nikkei-asia", "Nikkei Asia"),
    ("the-diplomat", "The Diplomat"),
    ("reuters", "Reuters"),
)

# The most frequent English words, in rough order of frequency (stop words among them).
FUNCTION_WORDS = """
the of and to a in that is was he for it with as his on be at by i this had not are but from
or have an they which one you were her all she there would their we him been has when who will
more no if out so said what up its about into than them can only other new some could time these
two may then do first any my now such like our over man me even most made after also did many
before must through back years where much your way well down should because each just those
people how too little state good very make world still own see men work long get here between
both life being under never day same another know while last might us great old year off come
since against go came right used take three
""".split()

# Ordinary news words, interleaved with the domain words below.
NEWS_WORDS = """
government official officials minister ministry president country countries week month
statement report reports reported told according spokesman spokeswoman press conference
meeting talks agreement deal issue issues plan plans public opposition party lawmakers
parliament assembly national political policy policies decision support concerns concern
leader leaders relations relationship history historical economic economy trade power
region regional international foreign domestic security information cooperation efforts
process move step steps response critics criticism protest protests public poll survey
citizens voters media newspaper broadcast interview source sources analyst analysts expert
experts university institute research study professor former current future recent
expected likely possible important major key senior vice deputy chief director general
secretary committee council office spokesperson announcement announced confirmed denied
warned urged called added noted stressed agreed signed signing sign signs sought seeking
hold held holding visit visited visiting trip summit bilateral multilateral trilateral
tension tensions dispute disputes apology apologies compensation victims wartime colonial
rule occupation legacy island islands territorial claim claims sovereignty fishing waters
exports imports sanctions measures restrictions tariffs market markets companies business
industry technology materials semiconductor chips supply chain production billion million
percent rate growth budget spending funds cost costs price tax law laws bill bills court
ruling judge justice case cases legal constitution amendment vote votes election elections
campaign candidate candidates administration cabinet prime presidential impeachment scandal
approval rating ratings popular support opposed oppose opposes opposition backlash anger
""".split()

DOMAIN_WORDS = """
military defense defence intelligence sharing missile missiles nuclear north korea korean
south japan japanese pact accord treaty alliance allies ally troops forces army navy air
force naval submarine submarines launch launches launched test tests tested ballistic
warhead warheads weapons weapon program programme threat threats deterrence deterrent
surveillance radar satellite satellites data classified information exchange protocol
framework arrangement memorandum understanding negotiations negotiators negotiate
ratification ratify ratified parliamentary approval cabinet diplomacy diplomatic diplomat
diplomats embassy ambassador consulate envoy summit defense ministers chiefs staff joint
exercise exercises drills drill maritime peninsula denuclearization provocation
provocations aggression hostile regime pyongyang seoul tokyo washington beijing moscow
china chinese united states american russia russian pentagon white house state department
blue house self-defense constitution pacifist article nine reinterpretation collective
strategic strategy geopolitical balance containment escalation stability peace security
council resolution resolutions un nations sanctions enforcement interception aegis
destroyer destroyers thaad battery deployment deployed deploy interceptor interceptors
early warning detection tracking real-time secret secrets leak leaks espionage spy
agency agencies nis nsc command commander commanders garrison base bases installation
""".split()

# Rare but real words: placed deep in the Zipf curve so that each is in a few articles.
RARE_WORDS = """
ratification quorum abrogation memorandum reciprocity interoperability cryptographic
sigint humint telemetry apogee trajectory hypersonic countermeasure countermeasures
demarcation armistice annexation reparations plenipotentiary communique caveat
addendum extradition accreditation attache consular
""".split()

NAMES = (
    "Han Min-koo", "Yasumasa Nagamine", "Kim Kwan-jin", "Fumio Kishida", "Park Geun-hye",
    "Shinzo Abe", "Tomomi Inada", "Yun Byung-se", "Ashton Carter", "Moon Jae-in",
    "Kim Jong-un", "Lee Myung-bak", "Yoshihide Suga", "Kang Kyung-wha", "Taro Kono",
)

PHRASES = (
    "General Security of Military Information Agreement", "intelligence sharing",
    "military intelligence", "North Korean nuclear and missile threats", "trilateral security cooperation",
    "comfort women", "Ministry of National Defense", "Ministry of Foreign Affairs",
    "ballistic missile launch", "Korean Peninsula", "Self-Defense Forces", "security council resolution",
    "information sharing pact", "national security", "defense ministry spokesman",
    "East Sea", "the two allies", "real-time missile warning data",
)

SAYING = ("said", "told reporters", "said in a statement", "said on Wednesday", "said on Monday",
          "told a press briefing", "said in an interview")

_SYLLABLES = ("ka ri to mo sen ha jin lu pra vel dor min eko sta bul gra tem qua zel ron fis"
              " nar obi te cu wen lar dis ump kor jat yun hae gyo sho ta ne ba").split()


@lru_cache(maxsize=None)
def _vocabulary() -> tuple[tuple[str, ...], tuple[float, ...]]:
    """(words, cumulative Zipf weights): function words first, the rare tail last."""
    rng = random.Random("gsomia-bench-vocabulary")
    middle = [w for w in dict.fromkeys(NEWS_WORDS + DOMAIN_WORDS) if w not in RARE_WORDS]
    rng.shuffle(middle)
    # A few domain words always rank high, as they would in coverage of this story.
    for position, word in enumerate(("military", "korea", "japan", "intelligence", "defense",
                                     "agreement", "security", "north", "south", "missile")):
        middle.remove(word)
        middle.insert(position * 3, word)
    words = list(dict.fromkeys(FUNCTION_WORDS[:60] + middle[:40] + FUNCTION_WORDS[60:] + middle[40:]))
    tail: list[str] = []
    seen = set(words) | set(RARE_WORDS)
    while len(tail) < TAIL_WORDS:
        made = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        if made not in seen:
            seen.add(made)
            tail.append(made)
    # Rare real words sit at ranks ~2,000-6,000: a handful of articles per thousand.
    for offset, word in enumerate(RARE_WORDS):
        tail.insert(1_500 + offset * 150, word)
    words += tail
    cumulative = list(itertools.accumulate(1.0 / (rank ** ZIPF_EXPONENT)
                                           for rank in range(1, len(words) + 1)))
    return tuple(words), tuple(cumulative)


def _draw(rng: random.Random, count: int) -> list[str]:
    words, cumulative = _vocabulary()
    total = cumulative[-1]
    return [words[bisect.bisect(cumulative, rng.random() * total)] for _ in range(count)]


def _sentence(rng: random.Random, names: list[str], phrases: list[str]) -> str:
    parts = _draw(rng, rng.randint(7, 20))
    roll = rng.random()
    if roll < 0.30:
        parts.insert(rng.randint(0, len(parts)), rng.choice(phrases))
    if rng.random() < 0.25:
        parts.insert(rng.randint(0, len(parts)), rng.choice(names))
    text = " ".join(parts)
    if rng.random() < 0.2:
        text = f"{text}, {rng.choice(names)} {rng.choice(SAYING)}"
    return text[0].upper() + text[1:] + "."


def _article_rng(seed: int, number: int) -> random.Random:
    return random.Random(f"gsomia-bench-{seed}-{number}")


def article_id(seed: int, number: int) -> str:
    return hashlib.sha256(f"gsomia-bench-{seed}-{number}".encode()).hexdigest()[:16]


def make_raw(seed: int, number: int) -> tuple[str, dict]:
    """(raw text as a file would hold it, what is known about it) for article `number`."""
    rng = _article_rng(seed, number)
    outlet_id, outlet = OUTLETS[rng.randrange(len(OUTLETS))]
    # A third of the coverage falls in 2016, the year of the pact; the rest over ten years.
    if rng.random() < 0.33:
        day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(366))
    else:
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    names = rng.sample(NAMES, 4)
    phrases = rng.sample(PHRASES, 6)
    target = rng.randint(MIN_WORDS + 20, MAX_WORDS - 40)
    paragraphs: list[str] = []
    words = 0
    while words < target:
        sentences = [_sentence(rng, names, phrases) for _ in range(rng.randint(2, 5))]
        paragraph = " ".join(sentences)
        size = len(paragraph.split())
        if words + size > MAX_WORDS:
            break
        paragraphs.append(paragraph)
        words += size
    headline_words = _draw(rng, rng.randint(3, 6))
    headline = " ".join([rng.choice(names).split()[0], *headline_words, rng.choice(phrases)])
    headline = headline[0].upper() + headline[1:]
    raw = headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
    known = {
        "id": article_id(seed, number),
        "outlet": outlet,
        "outlet_id": outlet_id,
        "date": day.isoformat(),
        "date_precision": "day",
        "date_provenance": "generated",
        "headline": headline,
        "url": f"https://example.org/{outlet_id}/{day.isoformat()}/{number}",
    }
    return raw, known


def generate_raw(count: int, seed: int = DEFAULT_SEED) -> Iterator[tuple[str, dict]]:
    for number in range(count):
        yield make_raw(seed, number)


def generate_articles(count: int, seed: int = DEFAULT_SEED):
    """`count` `Article` objects, made through `article_from_raw` with known metadata."""
    from corpus.loader import article_from_raw

    for number, (raw, known) in enumerate(generate_raw(count, seed)):
        yield article_from_raw(raw, known, f"generated:{seed}:{number}")


def generate_corpus(count: int, seed: int = DEFAULT_SEED):
    from corpus.loader import Corpus

    return Corpus(tuple(generate_articles(count, seed)))


def body_of(raw: str) -> str:
    """The paragraphs of a raw generated article (everything after the headline)."""
    return raw.split("\n\n", 1)[1].strip()


def write_corpus(count: int, out: Path, seed: int = DEFAULT_SEED, formats=("txt", "jsonl")) -> dict:
    """Write `count` articles to `out` in the given formats; returns what was written."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    jsonl = (out / "articles.jsonl").open("w", encoding="utf-8") if "jsonl" in formats else None
    try:
        for number, (raw, known) in enumerate(generate_raw(count, seed)):
            if "txt" in formats:
                name = f"{number:06d}_{known['id']}.txt"
                (out / name).write_text(raw, encoding="utf-8")
                manifest.append({"file": name, **known})
            if jsonl:
                jsonl.write(json.dumps({"text": body_of(raw), "title": known["headline"],
                                        "outlet": known["outlet"], "date": known["date"],
                                        "url": known["url"]}, ensure_ascii=False) + "\n")
    finally:
        if jsonl:
            jsonl.close()
    if "txt" in formats:
        about = f"generated by bench.generate: {count} articles, seed {seed}"
        (out / "manifest.json").write_text(json.dumps({"about": about, "articles": manifest},
                                                      indent=1), encoding="utf-8")
    return {"count": count, "seed": seed, "out": str(out), "formats": list(formats)}


def describe_corpus(count: int, seed: int = DEFAULT_SEED) -> dict:
    """Statistics of a generated corpus: words per article, vocabulary, top words."""
    from collections import Counter

    lengths, vocabulary, outlets, years = [], Counter(), Counter(), Counter()
    for raw, known in generate_raw(count, seed):
        words = body_of(raw).split()
        lengths.append(len(words))
        vocabulary.update(w.strip(".,").lower() for w in words)
        outlets[known["outlet_id"]] += 1
        years[known["date"][:4]] += 1
    lengths.sort()
    return {
        "articles": count,
        "words_min": lengths[0], "words_median": lengths[len(lengths) // 2], "words_max": lengths[-1],
        "distinct_words": len(vocabulary),
        "top_words": [w for w, _ in vocabulary.most_common(12)],
        "outlets": len(outlets),
        "years": dict(sorted(years.items())),
    }


def run(count: int = 1000, seed: int = DEFAULT_SEED) -> dict:
    started = time.perf_counter()
    report = describe_corpus(count, seed)
    report["seconds"] = round(time.perf_counter() - started, 2)
    return report


def render(report: dict) -> str:
    return "\n".join(f"{key:>18}  {value}" for key, value in report.items())


def smoke() -> dict:
    """Tiny run: determinism, counts and word ranges (structure only)."""
    first = [a.clean_text for a in generate_articles(5, seed=3)]
    again = [a.clean_text for a in generate_articles(5, seed=3)]
    other = [a.clean_text for a in generate_articles(5, seed=4)]
    stats = describe_corpus(20, seed=3)
    return {"deterministic": first == again, "seed_changes_text": first != other,
            "count": len(first), **stats}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n")[0])
    parser.add_argument("--count", "-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, help="directory to write (omit to print statistics only)")
    parser.add_argument("--format", choices=("txt", "jsonl", "both"), default="both")
    parser.add_argument("--smoke", action="store_true", help="tiny run for CI")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.smoke:
        report = smoke()
    else:
        report = run(args.count, args.seed)
        if args.out:
            formats = ("txt", "jsonl") if args.format == "both" else (args.format,)
            report.update(write_corpus(args.count, args.out, args.seed, formats))
    print(json.dumps(report, indent=1) if args.json else render(report))
    return 0


if __name__ == "__main__":
    exit_with(main)

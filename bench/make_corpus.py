"""Generate a realistic corpus of N dated articles with known gold dates.

Each article is made of sentences of the seed page (tests/data/seed/) drawn at random and
RE-DATED: it gets a new publication date D (a weekday between 2015 and 2016) and every
time expression of the seed gold (tests/data/seed/seed-timex.yml) in its sentences is
rewritten for D -- « mercredi » (= publication day) becomes D's weekday name, « mardi »
(= the day before) the name of D-1, « le 30 septembre » (= a week before) the date D-7 in
words, « lors du week-end » the weekend before D -- so the value each expression must
resolve to is known exactly.

Writes ``OUT/content/*.md`` (Markdown + front matter, like content/) and ``OUT/gold.jsonl``:
one line per article ``{"doc_id", "dct", "path", "text", "timexes": [...]}`` with offsets
into the whole file text, in the format of ``timeline eval`` gold files (so ``timeline tag
--jsonl OUT/gold.jsonl`` + ``timeline eval`` score a tagger on it).

    python bench/make_corpus.py 1000 --out bench/out/corpus-1000 --seed 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from slugify import slugify

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "tests" / "data" / "seed" / "000_2c733891f9fe3bf4.txt"
SEED_GOLD = ROOT / "tests" / "data" / "seed" / "seed-timex.yml"
NORMALIZATION = ROOT / "timeline" / "lang" / "fr" / "normalization.yml"
SEED_DCT = dt.date(2015, 10, 7)
PERIOD = (dt.date(2015, 1, 5), dt.date(2016, 12, 30))
SOURCES = [
    "lemonde.fr",
    "lefigaro.fr",
    "liberation.fr",
    "francetvinfo.fr",
    "fr.sputniknews.com",
    "lesechos.fr",
    "afp.com",
    "rfi.fr",
]
_SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[«\"A-ZÀÂÉÈÊÎÔÛÇ])")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


@dataclass
class Expression:
    start: int  # offsets in the sentence
    end: int
    entry: dict[str, Any]


@dataclass
class Sentence:
    text: str
    expressions: list[Expression] = field(default_factory=list)


def _calendar_words() -> tuple[dict[int, str], dict[int, str]]:
    """French weekday (0=Monday) and month (1..12) names, from the tagger's data."""
    data = yaml.safe_load(NORMALIZATION.read_text(encoding="utf-8"))
    weekdays: dict[int, str] = {}
    for word, number in data["weekday"].items():
        if word.isalpha() and not word.endswith("s"):
            weekdays.setdefault(int(number) - 1, word)
    months: dict[int, str] = {}
    for word, number in data["month"].items():
        if word.isalpha() and len(word) > 4 or word in ("mars", "mai", "juin", "août"):
            months.setdefault(int(number), word)
    return weekdays, months


WEEKDAYS, MONTHS = _calendar_words()
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS.values()) + r")\b", re.IGNORECASE)
_DAY_MONTH_RE = re.compile(r"\b(1er|\d{1,2}) (" + "|".join(MONTHS.values()) + r")\b")


def seed_sentences() -> list[Sentence]:
    """Sentences of the seed page (header dropped), with the gold expressions they hold."""
    text = SEED_TEXT.read_text(encoding="utf-8")
    gold = yaml.safe_load(SEED_GOLD.read_text(encoding="utf-8"))
    flat = text.translate(_SPACES)
    placed: list[tuple[int, int, dict[str, Any]]] = []
    for entry in gold["timexes"] + gold.get("optional", []):
        if entry.get("role") == "publication-date":
            continue
        where = flat.find(entry["context"])
        if where < 0:
            raise SystemExit(f"seed gold context not found: {entry['context']!r}")
        start = where + entry["context"].index(entry["text"])
        placed.append((start, start + len(entry["text"]), entry))
    sentences: list[Sentence] = []
    pos = text.index("\n") + 1  # skip the page header line (the publication date)
    for block in re.split(r"(\n+)", text[pos:]):
        for piece in _SENTENCE_END.split(block):
            offset = text.find(piece, pos)
            if offset < 0 or not piece.strip():
                continue
            pos = offset + len(piece)
            stripped = piece.strip()
            if len(stripped.split()) < 6:  # headings, "Lire aussi"
                continue
            begin = offset + piece.index(stripped)
            sentence = Sentence(stripped)
            for start, end, entry in placed:
                if begin <= start and end <= begin + len(stripped):
                    sentence.expressions.append(Expression(start - begin, end - begin, entry))
            sentences.append(sentence)
    return sentences


def _date_words(day: dt.date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month]}"


def _minus_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _last_weekend(day: dt.date) -> tuple[dt.date, dt.date]:
    saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7 or 7)
    return saturday, saturday + dt.timedelta(days=1)


def redate(entry: dict[str, Any], surface: str, dct: dt.date) -> tuple[str, dict[str, Any]]:
    """The expression's new surface and gold (type, value, span...) for publication ``dct``."""
    delta = dct - SEED_DCT
    gold: dict[str, Any] = {"type": entry.get("type")}
    value = str(entry.get("value", ""))
    for key in ("mod", "open_start", "accept"):
        if key in entry:
            gold[key] = entry[key]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        new = dt.date.fromisoformat(value) + delta
        gold["value"] = new.isoformat()
        surface = _rename_day(surface, new)
    elif value.endswith("-WE"):
        saturday, sunday = _last_weekend(dct)
        year, week, _ = saturday.isocalendar()
        gold["value"] = f"{year}-W{week:02d}-WE"
        gold["span"] = [saturday.isoformat(), sunday.isoformat()]
    else:
        gold["value"] = value
    if "span" in entry and "span" not in gold:
        first, last = (dt.date.fromisoformat(d) for d in entry["span"])
        years = re.fullmatch(r"P(\d+)Y", value)
        first = _minus_years(dct, int(years.group(1))) if years else first + delta
        gold["span"] = [first.isoformat(), (last + delta).isoformat()]
    if "accept_text" in entry:
        new_day = _iso_day(gold["value"])
        gold["accept_text"] = [
            _rename_day(text, new_day) if new_day else text for text in entry["accept_text"]
        ]
    if entry.get("type") is None:
        gold.pop("type")
    return surface, gold


def _iso_day(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def _rename_day(surface: str, day: dt.date) -> str:
    """« mercredi » -> the weekday of ``day``; « 30 septembre » -> ``day`` in words."""
    surface = _WEEKDAY_RE.sub(lambda m: _match_case(m.group(0), WEEKDAYS[day.weekday()]), surface)
    return _DAY_MONTH_RE.sub(_date_words(day), surface)


def _match_case(original: str, word: str) -> str:
    return word.capitalize() if original[:1].isupper() else word


def rewrite(sentence: Sentence, dct: dt.date) -> tuple[str, list[dict[str, Any]]]:
    """The sentence re-dated for ``dct`` and its expressions (offsets in the new text)."""
    text = sentence.text
    out: list[dict[str, Any]] = []
    pieces: list[str] = []
    cursor = 0
    length = 0
    for expr in sorted(sentence.expressions, key=lambda e: e.start):
        before = text[cursor : expr.start]
        surface, gold = redate(expr.entry, text[expr.start : expr.end], dct)
        pieces += [before, surface]
        start = length + len(before)
        length = start + len(surface)
        cursor = expr.end
        record = {"start": start, "end": length, "text": surface, **gold}
        if expr.entry in OPTIONAL:
            record["optional"] = True
        out.append(record)
    pieces.append(text[cursor:])
    return "".join(pieces), out


OPTIONAL: list[dict[str, Any]] = yaml.safe_load(SEED_GOLD.read_text(encoding="utf-8")).get(
    "optional", []
)


def _publication_day(rng: random.Random) -> dt.date:
    span = (PERIOD[1] - PERIOD[0]).days
    while True:
        day = PERIOD[0] + dt.timedelta(days=rng.randrange(span + 1))
        if day.weekday() < 5:  # news days: Monday to Friday
            return day


def _title(first_sentence: str, rng: random.Random) -> str:
    words = first_sentence.replace("«", "").replace("»", "").replace('"', "").split()
    cut = min(len(words), rng.randint(6, 11))
    return " ".join(words[:cut]).rstrip(",;:") + ("…" if cut < len(words) else "")


def _front_matter_expressions(
    front: str, title: str, first: list[dict[str, Any]], dct: dt.date
) -> list[dict[str, Any]]:
    """The front matter's own dates (its ``date:`` field, expressions kept in the title):
    optional in the gold -- a tagger run on the whole file may tag them or not."""
    found = []
    title_at = front.index(json.dumps(title, ensure_ascii=False)) + 1
    for expr in first:
        where = title.find(expr["text"])
        if where >= 0:
            start = title_at + where
            found.append({**expr, "start": start, "end": start + len(expr["text"])})
    date_at = front.index("\ndate: ") + len("\ndate: ")
    found.append(
        {
            "start": date_at,
            "end": date_at + 10,
            "text": dct.isoformat(),
            "type": "DATE",
            "value": dct.isoformat(),
            "role": "publication-date",
        }
    )
    for expr in found:
        expr["optional"] = True
    return sorted(found, key=lambda e: e["start"])


def make_article(
    index: int, rng: random.Random, pool: list[Sentence]
) -> tuple[str, str, dt.date, list[dict[str, Any]]]:
    """(file name, file text, publication date, gold expressions with file offsets)."""
    dct = _publication_day(rng)
    dated = [s for s in pool if s.expressions]
    plain = [s for s in pool if not s.expressions]
    count = rng.randint(7, 14)
    picked = rng.sample(dated, min(len(dated), rng.randint(2, 5)))
    picked += rng.sample(plain, min(len(plain), count - len(picked)))
    rng.shuffle(picked)
    rewritten = [rewrite(s, dct) for s in picked]
    title = _title(rewritten[0][0], rng)
    front = (
        f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndate: {dct.isoformat()}\n"
        f"source: {rng.choice(SOURCES)}\nlang: fr\n---\n\n"
    )
    text = front
    timexes = _front_matter_expressions(front, title, rewritten[0][1], dct)
    i = 0
    while i < len(rewritten):
        size = rng.randint(1, 3)
        for j, (sentence, exprs) in enumerate(rewritten[i : i + size]):
            if j:
                text += " "
            for expr in exprs:
                timexes.append(
                    {**expr, "start": expr["start"] + len(text), "end": expr["end"] + len(text)}
                )
            text += sentence
        text += "\n\n"
        i += size
    text = text.rstrip("\n") + "\n"
    name = f"{dct.isoformat()}-{slugify(title, max_length=60, word_boundary=True)}-{index:05d}.md"
    return name, text, dct, timexes


def make_corpus(n: int, out: Path, seed: int = 1, start_index: int = 0) -> list[Path]:
    """Write ``n`` articles into ``out/content`` and append their gold to ``out/gold.jsonl``."""
    rng = random.Random(f"{seed}-{start_index}")
    pool = seed_sentences()
    content = out / "content"
    content.mkdir(parents=True, exist_ok=True)
    written = []
    mode = "a" if start_index else "w"
    with (out / "gold.jsonl").open(mode, encoding="utf-8") as gold:
        for index in range(start_index, start_index + n):
            name, text, dct, timexes = make_article(index, rng, pool)
            path = content / name
            path.write_text(text, encoding="utf-8")
            for t in timexes:
                assert text[t["start"] : t["end"]] == t["text"], (name, t)
            record = {
                "doc_id": path.stem,
                "dct": dct.isoformat(),
                "path": f"content/{name}",
                "text": text,
                "timexes": timexes,
            }
            gold.write(json.dumps(record, ensure_ascii=False) + "\n")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--out", type=Path, default=None, help="default bench/out/corpus-N")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--start", type=int, default=0, help="index of the first article (to add more later)"
    )
    args = parser.parse_args(argv)
    out = args.out or ROOT / "bench" / "out" / f"corpus-{args.n}"
    paths = make_corpus(args.n, out, args.seed, args.start)
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} articles ({total / 1e6:.2f} MB) in {out / 'content'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

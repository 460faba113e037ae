"""The TempEval-3 style scorer and the seed gold loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from timeline.articles import load_articles
from timeline.errors import TimelineError
from timeline.temporal.evaluate import (
    evaluate,
    gold_doc_from_seed,
    load_seed_gold,
    match,
    normalize_spaces,
    unplaced_seed_entries,
)
from timeline.temporal.model import Timex

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "tests" / "data" / "seed"
SEED_TEXT = SEED_DIR / "000_2c733891f9fe3bf4.txt"
SEED_GOLD = SEED_DIR / "seed-timex.yml"
FTIB_DEV = ROOT / "tests" / "data" / "ftib" / "dev.jsonl"
CONTENT = ROOT / "content"

TEXT = "x" * 60


def t(start: int, end: int, value: str = "2015-10-07", type_: str = "DATE", **extra) -> dict:
    return {"start": start, "end": end, "type": type_, "value": value, **extra}


def score_of(gold: list[dict], system: list[dict], negatives: list[dict] | None = None):
    doc = {"doc_id": "d", "text": TEXT, "timexes": gold, "negatives": negatives or []}
    return evaluate([doc], [{"doc_id": "d", "timexes": system}])


# (case, gold, system, expected counts)
CASES = [
    ("exact", [t(0, 8)], [t(0, 8)], dict(strict=1, relaxed=1, value=1, type=1, system=1, gold=1)),
    (
        "overlap is relaxed only",
        [t(0, 8)],
        [t(3, 8)],
        dict(strict=0, relaxed=1, value=1, type=1, system=1, gold=1),
    ),
    (
        "no overlap: touching extents",
        [t(0, 8)],
        [t(8, 12)],
        dict(strict=0, relaxed=0, value=0, type=0, system=1, gold=1),
    ),
    (
        "one gold, two system parts: one match",
        [t(0, 20)],
        [t(0, 5), t(6, 20)],
        dict(strict=0, relaxed=1, value=1, type=1, system=2, gold=1),
    ),
    (
        "one system over two gold: one match",
        [t(0, 5), t(6, 12)],
        [t(0, 12)],
        dict(strict=0, relaxed=1, value=1, type=1, system=1, gold=2),
    ),
    (
        "one more pair beats a right value",
        [t(0, 10), t(12, 20, "B")],
        [t(5, 15), t(0, 4, "X")],
        dict(strict=0, relaxed=2, value=0, type=2, system=2, gold=2),
    ),
    (
        "maximum matching, not greedy",
        [t(0, 10), t(12, 20)],
        [t(5, 15), t(0, 4)],
        dict(strict=0, relaxed=2, value=2, type=2, system=2, gold=2),
    ),
    (
        "the exact extent is preferred among overlapping candidates",
        [t(10, 20)],
        [t(5, 12), t(10, 20)],
        dict(strict=1, relaxed=1, value=1, type=1, system=2, gold=1),
    ),
    (
        "wrong value",
        [t(0, 8, "2015-10-07")],
        [t(0, 8, "2015-10-14")],
        dict(strict=1, relaxed=1, value=0, type=1, system=1, gold=1),
    ),
    (
        "accepted alternative value",
        [t(0, 8, "2015-10-07", accept=["PRESENT_REF"])],
        [t(0, 8, "PRESENT_REF")],
        dict(strict=1, relaxed=1, value=1, type=1, system=1, gold=1),
    ),
    (
        "accepted alternative extent is strict",
        [t(10, 18, accept_spans=[[5, 18]])],
        [t(5, 18)],
        dict(strict=1, relaxed=1, value=1, type=1, system=1, gold=1),
    ),
    (
        "accepted extent may overlap where the main one does not",
        [t(10, 18, accept_spans=[[5, 18]])],
        [t(5, 9)],
        dict(strict=0, relaxed=1, value=1, type=1, system=1, gold=1),
    ),
    (
        "wrong type",
        [t(0, 8, "P1W", "DURATION")],
        [t(0, 8, "P1W", "DATE")],
        dict(strict=1, relaxed=1, value=1, type=0, system=1, gold=1),
    ),
    (
        "optional matched: neither gold nor system",
        [t(0, 8), t(20, 30, optional=True)],
        [t(0, 8), t(20, 30)],
        dict(strict=1, relaxed=1, value=1, type=1, system=1, gold=1, optional=1),
    ),
    (
        "optional missed: no miss",
        [t(0, 8), t(20, 30, optional=True)],
        [t(0, 8)],
        dict(strict=1, relaxed=1, value=1, type=1, system=1, gold=1, optional=0),
    ),
    (
        "required gold is matched before an optional one",
        [t(0, 10), t(8, 20, optional=True)],
        [t(5, 12)],
        dict(strict=0, relaxed=1, value=1, type=1, system=1, gold=1, optional=0),
    ),
    (
        "spurious",
        [t(0, 8)],
        [t(0, 8), t(30, 35)],
        dict(strict=1, relaxed=1, value=1, type=1, system=2, gold=1),
    ),
    (
        "empty system",
        [t(0, 8), t(10, 12)],
        [],
        dict(strict=0, relaxed=0, value=0, type=0, system=0, gold=2),
    ),
    ("empty both", [], [], dict(strict=0, relaxed=0, value=0, type=0, system=0, gold=0)),
]


@pytest.mark.parametrize(
    ("gold", "system", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_counts(gold, system, expected):
    score = score_of(gold, system)
    assert score.strict.tp == expected["strict"]
    assert score.relaxed.tp == expected["relaxed"]
    assert score.value.tp == expected["value"]
    assert score.type.tp == expected["type"]
    assert score.system == expected["system"]
    assert score.gold == expected["gold"]
    if "optional" in expected:
        assert score.optional_matched == expected["optional"]


@pytest.mark.parametrize(
    ("gold", "system", "strict", "relaxed", "value_f1", "value_acc"),
    [
        # 2 gold, 3 system; relaxed 2, strict 1, one right value
        ([t(0, 8), t(10, 20)], [t(0, 8), t(12, 20, "X"), t(40, 45)], 1 / 2.5, 2 / 2.5, 0.4, 0.5),
        ([t(0, 8)], [], 0.0, 0.0, 0.0, 0.0),
        ([], [t(0, 8)], 0.0, 0.0, 0.0, 0.0),
    ],
)
def test_rates(gold, system, strict, relaxed, value_f1, value_acc):
    score = score_of(gold, system)
    assert score.strict.f1 == pytest.approx(strict)
    assert score.relaxed.f1 == pytest.approx(relaxed)
    assert score.value.f1 == pytest.approx(value_f1)
    assert score.value_accuracy == pytest.approx(value_acc)


def test_precision_and_recall_sides():
    score = score_of([t(0, 8), t(10, 20)], [t(0, 8), t(30, 40), t(50, 55), t(56, 58)])
    assert score.strict.precision == pytest.approx(1 / 4)
    assert score.strict.recall == pytest.approx(1 / 2)


@pytest.mark.parametrize(
    ("system", "tagged"),
    [
        ([t(0, 4)], ["Su-24M"]),  # overlap at the start
        ([t(5, 8)], ["Su-24M"]),  # inside
        ([t(6, 9)], []),  # touching the end is no overlap
        ([t(0, 4), t(20, 22)], ["Su-24M", "mer"]),
        ([], []),
    ],
)
def test_negatives(system, tagged):
    negatives = [{"start": 0, "end": 6, "text": "Su-24M"}, {"start": 20, "end": 23, "text": "mer"}]
    score = score_of([], system, negatives)
    assert score.negatives_total == 2
    assert [n["negative"] for n in score.negatives_tagged] == tagged


def test_errors_list_kinds():
    score = score_of(
        [t(0, 8), t(10, 20), t(30, 35, "2015-01-01")],
        [t(0, 8), t(31, 35, "1999-01-01"), t(50, 55)],
    )
    kinds = sorted(e["kind"] for e in score.errors)
    assert kinds == ["missed", "spurious", "wrong_extent", "wrong_value"]


def test_per_type_breakdown():
    score = score_of(
        [t(0, 8), t(10, 20, "P1W", "DURATION")],
        [t(0, 8), t(10, 20, "P2W", "DURATION"), t(30, 32, "T", "TIME")],
    )
    assert score.per_type["DATE"].to_dict() == dict(
        gold=1, found=1, strict=1, value_ok=1, system=1, spurious=0
    )
    assert score.per_type["DURATION"].value_ok == 0
    assert score.per_type["TIME"].spurious == 1


def test_timex_objects_accepted_as_system():
    gold = {"doc_id": "d", "text": TEXT, "timexes": [t(0, 8)]}
    timex = Timex(start=0, end=8, text=TEXT[:8], type="DATE", value="2015-10-07")
    assert evaluate([gold], {"d": [timex]}).strict.tp == 1


def test_missing_system_doc_is_empty_and_unknown_doc_is_an_error():
    gold = [{"doc_id": "a", "text": TEXT, "timexes": [t(0, 8)]}]
    assert evaluate(gold, []).relaxed.recall == 0.0
    with pytest.raises(ValueError, match="zzz"):
        evaluate(gold, [{"doc_id": "zzz", "timexes": []}])


def test_match_pairs_one_to_one():
    pairs = match([t(0, 10), t(12, 20)], [t(5, 15), t(0, 4), t(16, 18)])
    assert len({g for g, _ in pairs}) == len({s for _, s in pairs}) == len(pairs) == 2


def test_gold_against_itself_is_perfect():
    with FTIB_DEV.open(encoding="utf-8") as handle:
        gold = [json.loads(line) for line in handle]
    score = evaluate(gold, gold)
    assert score.gold == 230
    assert score.strict.f1 == score.value.f1 == score.type_accuracy == 1.0
    assert not score.errors


# --------------------------------------------------------------------------- seed gold


@pytest.fixture(scope="module")
def seed():
    return load_seed_gold(SEED_GOLD)


@pytest.fixture(scope="module")
def seed_yaml():
    return yaml.safe_load(SEED_GOLD.read_text(encoding="utf-8"))


def test_seed_gold_on_the_raw_page(seed, seed_yaml):
    text = SEED_TEXT.read_text(encoding="utf-8")
    doc = gold_doc_from_seed(seed, "seed", text)
    required = [x for x in doc["timexes"] if not x.get("optional")]
    assert len(required) == len(seed_yaml["timexes"])
    assert len(doc["timexes"]) == len(seed_yaml["timexes"]) + len(seed_yaml["optional"])
    for timex in doc["timexes"]:
        assert normalize_spaces(text[timex["start"] : timex["end"]]) == timex["text"]
    for found, entry in zip(required, seed_yaml["timexes"], strict=True):
        assert (found["text"], found["value"]) == (entry["text"], entry["value"])
    assert {n["text"] for n in doc["negatives"]} == set(seed_yaml["negatives"])
    assert evaluate([doc], [{"doc_id": "seed", "timexes": required}]).value.f1 == 1.0


def test_seed_accept_text_becomes_spans_around_the_surface(seed):
    text = SEED_TEXT.read_text(encoding="utf-8")
    doc = gold_doc_from_seed(seed, "seed", text)
    week_end = next(x for x in doc["timexes"] if x["text"] == "week-end")
    alternatives = sorted(normalize_spaces(text[s:e]) for s, e in week_end["accept_spans"])
    assert alternatives == ["du week-end", "lors du week-end"]
    for s, e in week_end["accept_spans"]:
        assert s <= week_end["start"] and e >= week_end["end"]


def test_seed_gold_on_the_split_articles(seed, seed_yaml):
    articles = load_articles(CONTENT)
    docs = [gold_doc_from_seed(seed, a.slug, a.text, a.date) for a in articles]
    required = [x for d in docs for x in d["timexes"] if not x.get("optional")]
    header = [e for e in seed_yaml["timexes"] if e.get("role") == "publication-date"]
    assert len(required) == len(seed_yaml["timexes"]) - len(header)
    assert unplaced_seed_entries(seed, [a.text for a in articles]) == header
    for doc, article in zip(docs, articles, strict=True):
        assert doc["dct"] == article.date.isoformat()
        for timex in doc["timexes"]:
            assert timex["start"] >= article.body_start
            assert article.text[timex["start"] : timex["end"]] == timex["text"]


def test_seed_context_found_twice_is_an_error(seed):
    text = SEED_TEXT.read_text(encoding="utf-8")
    with pytest.raises(TimelineError, match="occurs 2 times"):
        gold_doc_from_seed(seed, "twice", text + "\n" + text)

"""The benchmark's data: the seed gold, FTiB dev, and a ~1 MB speed corpus of French news.

Everything is read from ``tests/data/`` (the repository alone, no shared folder).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path
from typing import Any

from timeline.fileio import write_atomic
from timeline.temporal.evaluate import gold_doc_from_seed, load_seed_gold

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "tests" / "data" / "seed"
SEED_TEXT = SEED_DIR / "000_2c733891f9fe3bf4.txt"
SEED_GOLD = SEED_DIR / "seed-timex.yml"
FTIB_DEV = ROOT / "tests" / "data" / "ftib" / "dev.jsonl"

SPEED_DOCS = 100
SPEED_BYTES = 1_048_576  # 1 MiB of UTF-8 text in all
SPEED_SEED = 20151007

# A sentence ends with . ! ? or a closing quote after one, before a space and a capital.
_SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[«\"A-ZÀÂÉÈÊÎÔÛÇ0-9])")


def seed_gold_docs() -> list[dict[str, Any]]:
    """The raw seed page as one gold document (dct 2015-10-07)."""
    seed = load_seed_gold(SEED_GOLD)
    text = SEED_TEXT.read_text(encoding="utf-8")
    return [gold_doc_from_seed(seed, "seed", text, seed.dct)]


def ftib_gold_docs() -> list[dict[str, Any]]:
    """French TimeBank dev: 56 documents, 230 gold expressions."""
    return read_jsonl(FTIB_DEV)


def news_gold_docs(split: str) -> list[dict[str, Any]]:
    """Real French news 2017-2025 (tests/data/news): split "dev" or "heldout"[-2, ..., -5]."""
    return read_jsonl(ROOT / "tests" / "data" / "news" / f"{split}.jsonl")


def sentences(texts: list[str]) -> list[str]:
    """Sentences (and headlines) of the given texts, whitespace-trimmed, non-empty."""
    found = []
    for text in texts:
        for block in re.split(r"\n\s*\n|\n", text):
            found.extend(s.strip() for s in _SENTENCE_END.split(block) if len(s.strip()) > 1)
    return found


def speed_corpus(
    n_docs: int = SPEED_DOCS, total_bytes: int = SPEED_BYTES, seed: int = SPEED_SEED
) -> list[dict[str, Any]]:
    """``n_docs`` documents of sentences drawn at random (fixed seed) from the seed page and
    FTiB dev, about ``total_bytes`` of UTF-8 in all; paragraphs of 1-5 sentences."""
    ftib = ftib_gold_docs()
    pool = sentences([SEED_TEXT.read_text(encoding="utf-8")] + [d["text"] for d in ftib])
    dcts = [dt.date(2015, 10, 7).isoformat()] + sorted({d["dct"] for d in ftib})
    rng = random.Random(seed)
    per_doc = total_bytes // n_docs
    docs = []
    for number in range(n_docs):
        paragraphs, size = [], 0
        while size < per_doc:
            paragraph = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 5)))
            paragraphs.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
        docs.append(
            {
                "doc_id": f"speed-{number:03d}",
                "dct": rng.choice(dcts),
                "text": "\n\n".join(paragraphs),
            }
        )
    return docs


def corpus_bytes(docs: list[dict[str, Any]]) -> int:
    return sum(len(d["text"].encode("utf-8")) for d in docs)


def write_jsonl(path: Path, docs: list[dict[str, Any]]) -> None:
    """Write documents as JSON Lines, atomically (temp file in the same folder, then rename)."""
    write_atomic(path, "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]

"""Turn sources.yml (texts + hand annotations) into dev.jsonl and the heldout*.jsonl files.

Run from the repository root: ``.venv/bin/python tests/data/news/make_gold.py``.
Each annotation names its text and, when it occurs more than once, which occurrence (``n``,
1-based, whole words, case-sensitive); the offsets are computed here, so the gold never
carries hand-counted offsets. Fails with the document and annotation when a text is missing.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
KEYS = ("type", "value", "accept", "mod", "optional")


def locate(text: str, surface: str, n: int) -> tuple[int, int]:
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    hits = [m.span() for m in pattern.finditer(text)]
    if len(hits) < n:
        raise ValueError(f"{surface!r} occurrence {n} not found ({len(hits)} found)")
    return hits[n - 1]


def gold_document(doc: dict[str, Any]) -> dict[str, Any]:
    text = doc["text"]
    timexes = []
    for number, ann in enumerate(doc["timexes"], 1):
        start, end = locate(text, ann["text"], int(ann.get("n", 1)))
        timex: dict[str, Any] = {"start": start, "end": end, "text": ann["text"]}
        timex.update({k: ann[k] for k in KEYS if k in ann})
        spans = []
        for alternative in ann.get("accept_text") or ():
            for m in re.finditer(re.escape(alternative), text):
                if m.start() < end and start < m.end():
                    spans.append([m.start(), m.end()])
        if spans:
            timex["accept_spans"] = spans
        timex["tid"] = f"t{number}"
        timexes.append(timex)
    timexes.sort(key=lambda t: (t["start"], t["end"]))
    starts = [(t["start"], t["end"]) for t in timexes]
    for (s1, e1), (s2, _) in zip(starts, starts[1:], strict=False):
        if s2 < e1:
            raise ValueError(f"overlapping annotations at {s1}-{e1} and {s2}")
    return {
        "doc_id": doc["id"],
        "dct": doc["dct"],
        "outlet": doc["outlet"],
        "url": doc["url"],
        "text": text,
        "timexes": timexes,
    }


def gold_lines(sources: Path = HERE / "sources.yml") -> dict[str, list[str]]:
    """The JSON Lines of each split, from the annotated sources."""
    data = yaml.safe_load(sources.read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {
        "dev": [],
        "heldout": [],
        "heldout-2": [],
        "heldout-3": [],
        "heldout-4": [],
        "heldout-5": [],
    }
    for doc in data["documents"]:
        try:
            gold = gold_document(doc)
        except ValueError as exc:
            raise ValueError(f"{sources.name}: {doc['id']}: {exc}") from None
        out[doc["split"]].append(json.dumps(gold, ensure_ascii=False))
    return out


def main() -> int:
    try:
        out = gold_lines()
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    for split, lines in out.items():
        (HERE / f"{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Headlines with no finite verb, counted on each set (issue 9: a headline is a clause).

    .venv/bin/python bench/headline_verbs.py [--only dev dev2 ...] [--list]

A headline says what its sentence says: a subject and its verb ("Les passagers ont été
évacués du navire"). A cut made in the wrong place leaves a noun phrase ("Les passagers, de
plusieurs nationalités"), an adverbial ("Poussés par des vents de 50 km/h") or a participle's
clause ("Jackson s'avérant totalement sans réponse"), which no figure of ``bench/events.py``
counts. This check builds each set (as ``bench/events.py`` does) and parses every published
headline with the pipeline's spaCy model: a headline with no word that spaCy's morphology
reads as finite (``VerbForm=Fin``: indicative, subjunctive, conditional, imperative) is
counted. spaCy misreads a few (a verb read as a noun), so the figure is a count to compare
before and after a change, not a proof. ``--list`` prints the headlines counted (not for a
blind set: its figures only).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eventscore  # noqa: E402  (bench/eventscore.py)

from timeline.chronology import assemble_chronology  # noqa: E402
from timeline.events.nlp import get_nlp  # noqa: E402


def finite(doc: Any) -> bool:
    """Does the parsed headline hold a finite verb (``VerbForm=Fin``)?"""
    return any("Fin" in token.morph.get("VerbForm") for token in doc)


def headlines(name: str, tmp: Path) -> list[str]:
    """The published headlines of set ``name``, built as ``bench/events.py`` builds it."""
    folder, articles, extractions = eventscore.extracted_set(name, tmp)
    chronology = assemble_chronology(articles, extractions, folder)
    return [e.title for e in eventscore.published(chronology)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", default=list(eventscore.REALNEWS_SETS))
    parser.add_argument("--list", action="store_true", help="print the headlines counted")
    args = parser.parse_args(argv)
    unknown = [name for name in args.only if not (eventscore.REALNEWS / name).is_dir()]
    if unknown:
        parser.error(f"no such set: {' '.join(unknown)}")
    nlp = get_nlp()
    total = counted = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only:
            found = headlines(name, Path(tmp))
            verbless = [t for t, doc in zip(found, nlp.pipe(found), strict=True) if not finite(doc)]
            print(f"## {name}: {len(verbless)} of {len(found)} headlines with no finite verb")
            if args.list and name not in eventscore.BLIND_SETS | eventscore.UNSEEN_SETS:
                for title in sorted(verbless):
                    print(f"    {title}")
            total += len(found)
            counted += len(verbless)
    print(f"## all: {counted} of {total} headlines with no finite verb")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

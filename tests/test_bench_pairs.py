"""bench/archive.py's verdict on the dossier's pairs of builds: a pair whose dossier build
extracted articles (the first after the extraction code changed) measures extraction, not
the site, and is left out of the median."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import archive  # noqa: E402


def pair(dossier: float, plain: float, extracted: int = 0) -> dict[str, Any]:
    return {
        "dossier_build": {"seconds": dossier, "extracted": extracted},
        "plain_build": {"seconds": plain},
        "dossier_vs_plain": round(dossier / plain, 2),
        "dossier_vs_plain_cpu": round(dossier / plain, 2),
    }


def test_a_pair_that_extracted_is_left_out_of_the_verdict():
    runs = [pair(19.0, 4.4, extracted=202), pair(6.0, 5.0), pair(7.0, 5.0), pair(8.0, 5.0)]
    verdict = archive.pairs_summary(runs)
    assert verdict["pairs"] == 3 and verdict["pairs_left_out"] == 1
    assert verdict["median_ratio"] == 1.4
    assert verdict["dossier_seconds"]["max"] == 8.0


def test_every_pair_counts_when_none_extracted():
    runs = [pair(6.0, 5.0), pair(9.0, 5.0)]
    verdict = archive.pairs_summary(runs)
    assert verdict["pairs"] == 2 and verdict["pairs_left_out"] == 0
    assert verdict["median_ratio"] == 1.5


def test_no_verdict_from_extracting_pairs_alone():
    assert archive.pairs_summary([pair(19.0, 4.4, extracted=202)]) == {}

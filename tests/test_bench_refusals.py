"""The rule benches never print a blind or unseen set's sentences.

``bench/kinds_rules.py``, ``bench/dating_rules.py`` and ``bench/merge_pairs.py`` (which
``merge_explain`` and ``merge_speakers`` read) each hold the sets they give counts of only:
every blind held-out set and the round's unseen check (``eventscore.UNSEEN_SETS``). A bench
that imports a name its neighbour no longer defines fails here, not in a helper's hands.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eventscore  # noqa: E402

REFUSED = eventscore.BLIND_SETS | eventscore.UNSEEN_SETS


@pytest.mark.parametrize("module", ["kinds_rules", "dating_rules", "merge_pairs"])
def test_rule_bench_refuses_the_blind_and_the_unseen_sets(module: str) -> None:
    bench = importlib.import_module(module)
    assert REFUSED <= bench.BLIND
    assert eventscore.UNSEEN_SETS  # the round's unseen check is registered


@pytest.mark.parametrize("module", ["kinds_rules", "dating_rules"])
def test_development_sets_are_listed(module: str) -> None:
    bench = importlib.import_module(module)
    assert "dev" in bench.SETS and not {"dev", "dev2"} & bench.BLIND

"""A set is assembled in a folder of its own, never in its data folder (issue 9's benches):
an assembly writes its ID registry (``ids.yml``) into the folder it builds in, and sets once
assembled in ``tests/data/realnews/<set>/`` left 31 registries there (7 December 2026,
afternoon). ``eventscore.build_folder`` refuses any folder inside ``tests/data``;
``bench/events.py``'s ``build`` and ``eventscore.extracted_set`` make theirs with it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import events as bench_events  # noqa: E402
import eventscore  # noqa: E402

DATA = ROOT / "tests" / "data"


@pytest.mark.parametrize(
    "inside",
    [
        "realnews/dev",  # a set's own data folder (the registries' case)
        "realnews/dev/built",  # a folder made inside it
        "realnews/dev31-build",  # a folder beside the sets
        "seed",  # any data folder
    ],
)
def test_a_folder_inside_the_data_is_refused_and_not_made(inside):
    folder = DATA / inside
    existed = folder.exists()
    with pytest.raises(ValueError, match="never in tests/data"):
        eventscore.build_folder(folder)
    assert folder.exists() == existed


def test_a_folder_of_its_own_is_made(tmp_path):
    folder = tmp_path / "dev" / "c"
    assert eventscore.build_folder(folder) == folder
    assert folder.is_dir()


def test_building_a_set_writes_its_registry_in_the_build_folder_not_the_data(tmp_path):
    data = eventscore.REALNEWS / "dev"
    files = sorted(data.glob("*.md"))[:2]
    listing = sorted(p.name for p in data.iterdir())
    bench_events.build(files, tmp_path / "dev")
    assert (tmp_path / "dev" / "ids.yml").is_file()  # the registry an assembly writes ...
    assert sorted(p.name for p in data.iterdir()) == listing  # ... and nothing in the data


def test_the_data_folder_itself_cannot_be_built_in():
    files = sorted((eventscore.REALNEWS / "dev").glob("*.md"))[:1]
    with pytest.raises(ValueError):
        bench_events.build(files, eventscore.REALNEWS / "dev")

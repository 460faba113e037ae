"""The folder maker of the generated pages (timeline/mkdocs_plugin/folders.py): stopped
before a fork, it ends once its current folder is made; started again, it makes the
others, each once, in order."""

from __future__ import annotations

import threading
from pathlib import Path

from timeline.mkdocs_plugin.folders import FolderMaker, make_folder


def test_a_stop_waits_for_the_current_folder_only_and_a_start_makes_the_others():
    made: list[str] = []
    entered, last = threading.Event(), threading.Event()
    maker: FolderMaker

    def make(path: str) -> None:
        if path == "a":  # slow, as a folder on some file systems: it spans the stop
            entered.set()
            assert maker.stopping.wait(timeout=60)
        made.append(path)
        if path == "d":
            last.set()

    maker = FolderMaker(["a", "b", "c", "d"], make=make)
    maker.start()
    assert entered.wait(timeout=60)
    maker.stop()
    assert not maker.at_work and made == ["a"] and maker.made == 1
    maker.start()
    assert last.wait(timeout=60)
    maker.stop()
    assert made == ["a", "b", "c", "d"] and not maker.at_work
    maker.start()  # nothing left: no thread
    assert not maker.at_work and made == ["a", "b", "c", "d"]


def test_folders_are_made_and_one_that_cannot_be_is_left_to_mkdocs(tmp_path: Path):
    (tmp_path / "file").write_text("in the way", encoding="utf-8")
    wanted = [tmp_path / "a" / "b", tmp_path / "file" / "c", tmp_path / "d"]
    done = threading.Event()

    def make(path: str) -> None:
        make_folder(path)
        if path == str(wanted[-1]):
            done.set()

    maker = FolderMaker([str(p) for p in wanted], make=make)
    maker.start()
    assert done.wait(timeout=60)
    maker.stop()
    assert wanted[0].is_dir() and wanted[2].is_dir() and not wanted[1].exists()

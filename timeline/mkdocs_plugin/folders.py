"""The output folders of the generated pages, made on a thread of their own while MkDocs
reads and renders: folder creation is slow on some file systems and waits on the kernel,
not on Python (MkDocs would otherwise make each page's folder as it writes the page).

Before the build forks a second process (forked.py) no thread of its own may be at work,
since the child would inherit a lock it held taken: ``stop`` ends the thread once the
folder it is making is made, not once all are (waiting for the thousand folders of a
dossier's first build put 0.27–0.38 s on its critical path), and ``start`` goes on with the
others after the fork. MkDocs makes a page's folder when it is still missing at the page's
write, so a folder left unmade changes nothing but the time."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterable


def make_folder(path: str) -> None:
    """A folder and its parents; an existing one, or one that cannot be made, is left to
    MkDocs (it makes it, or reports, when it writes the page)."""
    with contextlib.suppress(OSError):
        os.makedirs(path, exist_ok=True)


class FolderMaker:
    """Makes ``folders`` in their order on a thread: ``start`` starts it (or goes on after
    a ``stop``), ``stop`` returns once it has ended, its current folder made."""

    def __init__(self, folders: Iterable[str], make: Callable[[str], None] = make_folder) -> None:
        self.folders = list(folders)
        self.made = 0  # how many of them, from the first
        self._make = make
        self.stopping = threading.Event()  # set: the thread ends after its current folder
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None or self.made >= len(self.folders):
            return
        self.stopping.clear()
        self._thread = threading.Thread(target=self._run, name="timeline-folders", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while self.made < len(self.folders) and not self.stopping.is_set():
            self._make(self.folders[self.made])
            self.made += 1

    def stop(self) -> None:
        """The thread ended (none at work, none holding anything); what is left is made
        by a later ``start``."""
        self.stopping.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    @property
    def at_work(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

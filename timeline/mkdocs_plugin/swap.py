"""The built site replaces the previous one at once: a build killed half-way (``kill -9``,
a power cut, an error) leaves the previous site complete.

The plugin points MkDocs at a staging folder beside the site (``.site.building-<pid>``);
when the build has succeeded, the previous site is renamed aside (``.site.old-<pid>``), the
staging folder renamed to the site's name and the old one deleted. Two renames in one
folder: a reader sees the old site or the new one, and between the two renames (a few
microseconds) no ``site/`` -- which the next build puts back from ``.site.old-<pid>``.
Folders left by a killed build (whose process is gone) are removed by the next one.

The previous site is deleted off the build's critical path: once the new site is in
place, it is renamed once more (``.site.deleted-<pid>``, a name never put back) and a
process of its own (``delete_beside``, detached from the build) removes it, while the
build returns. Deleting thousands of folders waits on the disk (each ``rmdir`` frees
blocks, which a file system mounted with online discard passes on to the disk one by
one) and on nothing else: the published site does not need it. A deletion that did not
finish (the machine stopped) is taken up by the next build, again beside it.

A page whose HTML is the same byte for byte as the previous site's file at the same place
(a page the memo gave: memo.py; the file's bytes are the memo's, or its sha256 the memo's
digest of a page it keeps compressed, checked before that HTML is decompressed:
``SiteSwap.same``) is not written again but linked
(``SiteSwap.reuse``, ``SiteSwap.link_same``: a hard link to the previous site's file, an
atomic operation): writing it costs disk writes, and
deleting the previous site then frees its data blocks, which on a file system mounted with
online discard (ext4 with ``discard``, as on the benchmark machine) waits on the disk for
each file. A link shares the file: the previous site's deletion only removes a name.
MkDocs writes nothing for a page whose output is empty; its notice of such a page is kept
out of the log for the pages linked (``SkippedPages``). Both are MkDocs' behaviour
(``mkdocs.commands.build``), not a documented event or setting (none lets a plugin skip a
page's write): ``tests/test_site_swap.py`` checks them on MkDocs itself, so that a MkDocs
that writes empty pages or words the notice otherwise fails there.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline.mkdocs_plugin.memo import content_digest

log = logging.getLogger("mkdocs.plugins.timeline")

BUILDING, OLD, DELETED = "building", "old", "deleted"

#: the deleting process's program: each folder named, removed whatever it holds
_DELETE = (
    "import shutil, sys\nfor path in sys.argv[1:]:\n    shutil.rmtree(path, ignore_errors=True)\n"
)


def _sibling(site_dir: Path, kind: str, pid: int) -> Path:
    return site_dir.parent / f".{site_dir.name}.{kind}-{pid}"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _left_over(site_dir: Path, kind: str) -> list[tuple[int, Path]]:
    """(pid, folder) of the ``kind`` folders of builds whose process is gone."""
    found = []
    for path in site_dir.parent.glob(f".{site_dir.name}.{kind}*-*"):
        suffix = path.name.rsplit("-", 1)[-1]
        if suffix.isdigit() and not _alive(int(suffix)):
            found.append((path.stat().st_mtime_ns, int(suffix), path))
    return [(pid, path) for _, pid, path in sorted(found)]


def recover(site_dir: Path) -> None:
    """Put back the site a killed build had renamed aside, and remove what it left; the
    previous sites whose deletion did not finish are deleted beside the build."""
    old = _left_over(site_dir, OLD)
    if old and not site_dir.exists():
        pid, path = old.pop()  # the latest
        os.rename(path, site_dir)
        log.info("timeline: previous site put back from %s", path.name)
    for _, path in old + _left_over(site_dir, BUILDING):
        shutil.rmtree(path, ignore_errors=True)
    deleted = [path for _, path in _left_over(site_dir, DELETED)]
    if deleted:
        delete_beside(deleted)


#: the processes deleting previous sites that this one started and has not seen end
_deleting: list[subprocess.Popen[bytes]] = []


def delete_beside(paths: Sequence[Path]) -> None:
    """Remove the folders ``paths`` in a process of their own, detached from this one
    (its own session: it goes on when the build has returned); here when none could be
    started."""
    _deleting[:] = [p for p in _deleting if p.poll() is None]
    try:
        process = subprocess.Popen(
            [sys.executable, "-I", "-c", _DELETE, *map(str, paths)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            start_new_session=True,
        )
    except OSError as exc:
        log.info("timeline: previous site deleted during the build (%s)", exc)
        for path in paths:
            shutil.rmtree(path, ignore_errors=True)
    else:
        _deleting.append(process)


def wait_deleted() -> None:
    """Until the previous sites this process set to delete are deleted (for programs and
    tests that must see the folder beside the site clean)."""
    while _deleting:
        _deleting.pop().wait()


def _to_delete(site_dir: Path) -> Path:
    """A free ``deleted`` name beside the site for this process (a build of the same
    process may still be deleting the one before)."""
    pid = os.getpid()
    for n in range(1, 1000):
        kind = DELETED if n == 1 else f"{DELETED}{n}"
        path = _sibling(site_dir, kind, pid)
        if not os.path.lexists(path):
            return path
    raise FileExistsError(_sibling(site_dir, DELETED, pid))


def _link(previous: Path, dest: Path) -> None:
    """``dest`` (a file of the staging folder) made a hard link to the previous site's
    file ``previous``, its folder made first."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    os.link(previous, dest)


class WarningCounter(logging.Handler):
    """Counts the warnings of a ``--strict`` build (MkDocs aborts such a build after every
    ``on_post_build``: the site is then not swapped in)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1

    @classmethod
    def attach(cls) -> WarningCounter:
        counter = cls()
        logging.getLogger("mkdocs").addHandler(counter)
        return counter

    def detach(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self)


#: MkDocs' notice of a page whose output is empty (mkdocs.commands.build._build_page)
SKIPPED_PREFIX, SKIPPED_SUFFIX = "Page skipped: '", "'. Generated empty output."


class SkippedPages(logging.Filter):
    """Drops MkDocs' notice of an empty page for the pages linked from the previous site
    (``uris``) and for those the plugin wrote itself (``written``: the second process's,
    forked.py, and those the memo keeps, encoded once), on the logger MkDocs writes it to
    while attached."""

    LOGGER = "mkdocs.commands.build"

    def __init__(self) -> None:
        super().__init__()
        self.uris: set[str] = set()
        self.written: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message.startswith(SKIPPED_PREFIX) and message.endswith(SKIPPED_SUFFIX):
            uri = message[len(SKIPPED_PREFIX) : -len(SKIPPED_SUFFIX)]
            return uri not in self.uris and uri not in self.written
        return True

    @classmethod
    def attach(cls) -> SkippedPages:
        skipped = cls()
        logging.getLogger(cls.LOGGER).addFilter(skipped)
        return skipped

    def detach(self) -> None:
        logging.getLogger(self.LOGGER).removeFilter(self)


class SiteSwap:
    """A staging folder for one build of ``site_dir``, swapped in by ``commit``."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = Path(site_dir).absolute()
        self.staging = _sibling(self.site_dir, BUILDING, os.getpid())
        #: destination -> (inode, size, modification time) of the previous site's file
        #: found to hold the bytes of the page to be written there (``same``)
        self._same: dict[Path, tuple[int, int, int]] = {}

    @classmethod
    def start(cls, site_dir: Path) -> SiteSwap | None:
        """A swap ready to build into, or None when the folder beside the site cannot be
        written (the build then writes the site in place, as MkDocs does)."""
        swap = cls(site_dir)
        try:
            swap.site_dir.parent.mkdir(parents=True, exist_ok=True)
            recover(swap.site_dir)
            shutil.rmtree(swap.staging, ignore_errors=True)
            swap.staging.mkdir()
        except OSError as exc:
            log.info("timeline: site built in place (no staging folder: %s)", exc)
            return None
        return swap

    def _previous(self, dest: Path) -> Path:
        return self.site_dir / Path(dest).relative_to(self.staging)

    def same(self, dest: Path, expected: str | bytes) -> bool:
        """Whether the previous site's file at the place of ``dest`` (a file of the staging
        folder) is a regular file holding ``expected``: those bytes, or bytes whose sha256
        is that digest; remembered for ``link_same``."""
        try:
            previous = self._previous(dest)
            found = previous.lstat()
            if not stat.S_ISREG(found.st_mode):
                return False
            if isinstance(expected, bytes):
                if found.st_size != len(expected) or previous.read_bytes() != expected:
                    return False
            elif content_digest(previous.read_bytes()) != expected:
                return False
        except (OSError, ValueError):
            return False
        self._same[Path(dest)] = (found.st_ino, found.st_size, found.st_mtime_ns)
        return True

    def link_same(self, dest: Path) -> bool:
        """Whether ``dest`` is now a hard link to the previous site's file that ``same``
        found to hold its bytes; False (nothing done) when that file changed since."""
        seen = self._same.pop(Path(dest), None)
        try:
            previous = self._previous(dest)
            found = previous.lstat()
            if seen != (found.st_ino, found.st_size, found.st_mtime_ns):
                return False
            _link(previous, Path(dest))
        except (OSError, ValueError):
            return False
        return True

    def reuse(self, dest: Path, content: bytes) -> bool:
        """Whether ``dest`` (a file of the staging folder, not yet written) is now a hard
        link to the previous site's file at the same place, which holds ``content`` byte
        for byte; False (nothing done) when there is no such file, it differs, or it
        cannot be linked."""
        try:
            previous = self._previous(dest)
            found = previous.lstat()
            if not stat.S_ISREG(found.st_mode) or found.st_size != len(content):
                return False
            if previous.read_bytes() != content:
                return False
            _link(previous, Path(dest))
        except (OSError, ValueError):
            return False
        return True

    def commit(self) -> None:
        """The staging folder becomes the site; the previous site is deleted beside the
        build (``delete_beside``)."""
        old = _sibling(self.site_dir, OLD, os.getpid())
        shutil.rmtree(old, ignore_errors=True)
        if self.site_dir.exists() or self.site_dir.is_symlink():
            os.rename(self.site_dir, old)
        os.rename(self.staging, self.site_dir)
        if old.is_dir() and not old.is_symlink():
            try:
                trash = _to_delete(self.site_dir)
                os.rename(old, trash)
            except OSError:
                shutil.rmtree(old, ignore_errors=True)
            else:
                delete_beside([trash])
        else:
            with contextlib.suppress(FileNotFoundError):
                old.unlink()

    def abandon(self) -> None:
        """A failed build: its staging folder goes, the previous site stays."""
        shutil.rmtree(self.staging, ignore_errors=True)

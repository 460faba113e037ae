"""Paired dossier builds: two versions of the code built alternately on the same dossier.

On a shared machine a single build's time varies by 10 % or more from one minute to the
next; two versions built alternately, each round in the other order, see the same load.
Each build starts from the state extraction leaves (as ``bench/archive.py --dossier-only``:
the chronology memo, ``ids.yml``, the page memo and the site removed) and imports a
byte-compiled copy of the code (``git archive`` of each revision, or the working tree);
the sites the two versions built in the first round are compared file by file.

    python bench/paired_builds.py main HEAD                 # main against this branch
    python bench/paired_builds.py 37b983a WORKTREE --rounds 6

The two versions should extract articles alike (the same ``timeline/events`` and
``timeline/temporal`` code): two versions that extract differently were seen to extract
the dossier's articles again at every build (about 30 s more a build), which is then what
is measured.

Needs the extracted archive of ``bench/archive.py`` (``bench/out/archive/archive-10000-1``,
``--project`` for another). Prints each build's wall clock and CPU time (the build process
and its threads), then the means and the ratio of the second version's to the first's.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "bench" / "out" / "archive" / "archive-10000-1"
SOURCE_DATE_EPOCH = "1444176000"
CHILD = (
    "import logging, sys\n"
    "logging.basicConfig(level=logging.ERROR)\n"
    "from mkdocs.__main__ import cli\n"
    "sys.argv[0] = 'mkdocs'\n"
    "cli()\n"
)


def code_copy(revision: str, into: Path) -> Path:
    """A byte-compiled copy of the package at ``revision`` (``WORKTREE``: as it is on disk)."""
    into.mkdir(parents=True)
    if revision == "WORKTREE":
        ignore = shutil.ignore_patterns("__pycache__")
        shutil.copytree(ROOT / "timeline", into / "timeline", ignore=ignore)
    else:
        archive = subprocess.run(
            ["git", "archive", revision, "timeline"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    compileall.compile_dir(into / "timeline", quiet=1)
    return into


def reset(project: Path, trash: Path) -> None:
    """Back to the state extraction leaves (``bench/archive.py``'s forget_chronologies),
    the previous site moved into ``trash`` rather than deleted just before the build
    (``bench/build.py``'s ``set_aside`` says why)."""
    (project / "archive" / "ids.yml").unlink(missing_ok=True)
    with closing(sqlite3.connect(project / ".timeline" / "cache.sqlite")) as conn, conn:
        conn.execute("DELETE FROM chronologies")
    (project / ".timeline" / "pages.sqlite").unlink(missing_ok=True)
    if (project / "site").exists():
        trash.mkdir(parents=True, exist_ok=True)
        (project / "site").rename(Path(tempfile.mkdtemp(dir=trash)) / "site")


def build(project: Path, code: Path, trash: Path) -> tuple[float, float, float]:
    """(wall clock, CPU time, CPU time in user mode) of one ``mkdocs build`` of ``project``
    importing ``code`` (the kernel's share of a build varies threefold with the load)."""
    reset(project, trash)
    env = {
        **os.environ,
        "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH,
        "PYTHONPATH": str(code),
        "NO_MKDOCS_2_WARNING": "1",
    }
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    command = [sys.executable, "-c", CHILD, "build", "-q", "-f", "mkdocs.yml"]
    subprocess.run(command, cwd=project, env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user = after.ru_utime - before.ru_utime
    return wall, user + after.ru_stime - before.ru_stime, user


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def compare(first: Path, second: Path) -> list[str]:
    """What differs between two sites: files in one only, files whose bytes differ."""
    one, two = site_files(first), site_files(second)
    lines = [f"only in the first: {name}" for name in sorted(set(one) - set(two))]
    lines += [f"only in the second: {name}" for name in sorted(set(two) - set(one))]
    lines += [f"differs: {name}" for name in sorted(set(one) & set(two)) if one[name] != two[name]]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", help="a git revision, or WORKTREE")
    parser.add_argument("second", help="a git revision, or WORKTREE")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--project", type=Path, default=PROJECT)
    args = parser.parse_args()
    if not (args.project / ".timeline" / "cache.sqlite").is_file():
        raise SystemExit(f"{args.project}: no extracted archive (run bench/archive.py first)")
    # the sites replaced, beside the project (the same file system), deleted at the end
    trash = args.project.parent / "paired-trash"
    with tempfile.TemporaryDirectory(prefix="paired-") as scratch:
        work = Path(scratch)
        codes = [
            code_copy(rev, work / f"code-{i}") for i, rev in enumerate([args.first, args.second])
        ]
        times: list[list[tuple[float, float, float]]] = [[], []]
        for round_number in range(args.rounds):
            order = (0, 1) if round_number % 2 == 0 else (1, 0)
            for which in order:
                load = os.getloadavg()[0]
                wall, cpu, user = build(args.project, codes[which], trash)
                times[which].append((wall, cpu, user))
                name = (args.first, args.second)[which]
                print(
                    f"round {round_number} {name}: wall {wall:.2f} s, CPU {cpu:.2f} s "
                    f"(user {user:.2f} s; load {load:.1f})",
                    flush=True,
                )
                if round_number == 0:
                    shutil.copytree(args.project / "site", work / f"site-{which}")
        differences = compare(work / "site-0", work / "site-1")
        print(f"sites of round 0: {len(differences)} differences")
        for line in differences[:50]:
            print(f"  {line}")
    shutil.rmtree(trash, ignore_errors=True)
    for which, name in enumerate((args.first, args.second)):
        walls = [w for w, _, _ in times[which]]
        cpus = [c for _, c, _ in times[which]]
        users = [u for _, _, u in times[which]]
        mean_wall, mean_cpu = sum(walls) / len(walls), sum(cpus) / len(cpus)
        print(
            f"{name}: wall {min(walls):.2f}-{max(walls):.2f} s (mean {mean_wall:.2f}),"
            f" CPU {min(cpus):.2f}-{max(cpus):.2f} s (mean {mean_cpu:.2f}),"
            f" user {min(users):.2f}-{max(users):.2f} s (median {statistics.median(users):.2f})"
        )
    ratio = sum(c for _, c, _ in times[1]) / sum(c for _, c, _ in times[0])
    print(f"CPU, second / first: {ratio:.3f}")
    users = [statistics.median(u for _, _, u in times[which]) for which in (0, 1)]
    print(f"user CPU, second / first (medians): {users[1] / users[0]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

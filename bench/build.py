"""Site build benchmark: the timeline plugin against a plain mkdocs-material build.

For each size N (default 10, 100, 1000 articles from ``bench/make_corpus.py``), in one run:

1. cold build (no cache, no site/),
2. rebuild with nothing changed,
2b. rebuild after a change to the assembly code alone (a comment appended to the frozen
   copy's ``timeline/events/titles.py``, or to the files ``--assembly-change`` names, e.g.
   ``events/headline.py lang/fr/headline.yml``): the chronology is assembled again from
   the cached extractions, nothing is extracted (issue 11), against the unchanged rebuild,
3. ``timeline add`` of one new article (timed apart: it extracts the article into the
   build cache), then the rebuild,
4. rebuild after dropping one more article straight into ``content/`` (the build extracts
   it: the NLP model is loaded by the build),

each ``mkdocs build`` timed in a fresh process, with its timeline (every 5 s: the CPU the
build process, the extraction workers' fork server and the workers used, the cores they
kept busy, and the CPU other processes of the machine took; printed for the cold build and
the "+1 dropped" rebuild), and its peak memory: the largest process
(``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` of a measuring wrapper; note that
extraction workers, in processes of their own, are not counted there) and
the whole process tree (build + extraction workers: proportional set size from /proc,
sampled every 0.5 s, the CPU every 0.1 s). The package is copied first and that frozen
copy is imported by every build, so one run measures one version of the code (the cache
keys on it). Then a plain
mkdocs-material build (search plugin, no timeline plugin) of as many Markdown pages as the
timeline build produced, made from the same article texts.

Targets (issue 5): 1000 articles cold <= 60 s on 2 cores and <= 1 GB; unchanged rebuild
<= 1.3x the plain build; +1 article <= 1.5x the plain build (shown for both ways of adding).

    python bench/build.py                       # 10, 100, 1000
    python bench/build.py --sizes 10 100 --timeout 600
    python bench/build.py --sizes 1000 --assembly-change events/headline.py lang/fr/headline.yml
    python bench/build.py --sizes 1000 --dropped-pairs main . --rounds 2   # two revisions
    python bench/build.py --sizes 1000 --cold-pairs main . --rounds 2      # two revisions

Results: a table on stdout and ``bench/results/build.json`` (git-ignored).
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "build"
RESULTS = ROOT / "bench" / "results" / "build.json"
SOURCE_DATE_EPOCH = "1444176000"  # 2015-10-07: reproducible 'generated' stamps
TARGETS = {"cold_seconds_1000": 60.0, "peak_mb": 1024.0, "unchanged": 1.3, "plus_one": 1.5}
FROZEN: Path | None = None  # see freeze_code()
_STATS_RE = re.compile(
    r"chronology: (\d+) articles \((\d+) cached, (\d+) extracted with (\d+) worker\(s\)\) "
    r"in ([\d.]+)s( \(memo\))?"
)
_PHASES_RE = re.compile(r"chronology phases: (.*)")
#: the building thread's CPU in assembly, within the phases (``pipeline.phases``)
_ASSEMBLY_CPU_RE = re.compile(r"assemble [\d.]+s \(CPU ([\d.]+)s\)")
#: the articles whose share of assembly read alone was found made at extraction
#: (``events.article_reads``: pipeline's log)
_READ_ALONE_RE = re.compile(r"assembly: (\d+) of (\d+) articles read alone at extraction")
#: where the building process's time went, MkDocs' event by event (MKDOCS_CHILD)
_SITE_PHASES_RE = re.compile(r"^SITE_PHASES (\{.*\})$", re.MULTILINE)

#: MkDocs hooks (its ``hooks:`` setting) that time each build, MkDocs' event by event
#: (bench/site_phases: the first and the last handler of each event)
SITE_PHASE_HOOKS = tuple(
    str(ROOT / "bench" / "site_phases" / name) for name in ("first.py", "last.py")
)


def hooks_setting() -> str:
    """The ``hooks:`` lines of a benchmark's mkdocs.yml (the paths quoted as JSON, which
    YAML reads)."""
    return "hooks:\n" + "".join(f"  - {json.dumps(path)}\n" for path in SITE_PHASE_HOOKS)


#: the timeline plugin's option that keeps those hooks from turning its memo off
INERT_HOOKS = f"inert_hooks: {json.dumps(list(SITE_PHASE_HOOKS))}"

TIMELINE_MKDOCS = f"""\
site_name: Banc d'essai
site_url: https://example.org/bench/
docs_dir: docs
theme:
  name: material
  language: fr
{hooks_setting()}plugins:
  - search:
      lang: fr
  - timeline:
      content_dir: content
      {INERT_HOOKS}
"""
# Like the timeline build, the many pages stay out of the navigation (an automatic nav of
# thousands of pages, rendered into every page, would make the baseline quadratic).
PLAIN_MKDOCS = f"""\
site_name: Banc d'essai (simple)
site_url: https://example.org/bench/
docs_dir: docs
theme:
  name: material
  language: fr
{hooks_setting()}plugins:
  - search:
      lang: fr
nav:
  - index.md
not_in_nav: |
  /pages/
"""
# The build process: mkdocs in-process, with the pipeline's one-line summary on stderr;
# its start noted for the hooks, which print at its exit the split of its wall and CPU time
# between MkDocs' events (SITE_PHASES).
MKDOCS_CHILD = """\
import logging, os, sys, time
os.environ['TIMELINE_BENCH_STARTED'] = f'{time.perf_counter()} {time.process_time()}'
logging.basicConfig(level=logging.WARNING, format='%(name)s: %(message)s')
logging.getLogger('timeline.pipeline').setLevel(logging.INFO)
from mkdocs.__main__ import cli
sys.argv[0] = 'mkdocs'
cli()
"""


# -- measuring one command --------------------------------------------------------------


def _pss_kb(pid: int) -> int:
    """Proportional set size: resident memory with shared pages divided among sharers."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree_pss_kb(
    root_pid: int,
    cpu: dict[int, float] | None = None,
    names: dict[int, str] | None = None,
    alive: set[int] | None = None,
    roles: dict[str, int] | None = None,
    user: dict[int, float] | None = None,
    *,
    memory: bool = True,
) -> int:
    """Memory of ``root_pid`` and all its descendants (Linux /proc), shared pages once.
    ``cpu``: updated with the CPU seconds each of them has used so far; ``names``: with the
    role of each process met (``_role``); ``alive``: given the ids of the processes found;
    ``roles``: given the memory of each role (workers together); ``user``: as ``cpu``, the
    seconds in user mode alone. ``memory=False``: the rest without the memory (0 returned,
    ``roles`` left as they are): reading a process's proportional set size walks its page
    tables, about 13 ms of CPU for a process holding the NLP model (``PSS_EVERY``)."""
    parents, used, in_user = _processes(root_pid)
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        kb = _pss_kb(pid) if memory else 0
        total += kb
        if cpu is not None and pid in used:
            cpu[pid] = max(cpu.get(pid, 0.0), used[pid])
        if user is not None and pid in in_user:
            user[pid] = max(user.get(pid, 0.0), in_user[pid])
        if names is not None and pid not in names:
            names[pid] = _role(pid, root_pid, parents, names)
        if roles is not None and memory:
            role = names.get(pid, "other") if names is not None else "other"
            roles[role] = roles.get(role, 0) + kb
        if alive is not None and pid in used:
            alive.add(pid)
        stack.extend(child for child, parent in parents.items() if parent == pid)
    return total


#: Linux gives each thread's children (``/proc/PID/task/TID/children``, CONFIG_PROC_CHILDREN)
CHILDREN_LISTED = os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children")


def _processes(
    root_pid: int, *, walk: bool | None = None
) -> tuple[dict[int, int], dict[int, float], dict[int, float]]:
    """Each process's parent, CPU seconds and seconds in user mode: of ``root_pid``'s tree
    alone, walked from it by the children each of its threads started (``walk``, where
    Linux lists them: a handful of files), else of every process of the machine (reading
    every process's /proc stat at each 0.1 s sample cost the measuring process about 5 ms,
    with the 140 processes of this machine when quiet and more when loaded)."""
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    in_user: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")

    def read(pid: int) -> None:
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            parents[pid] = int(fields[1])
            used[pid] = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
            in_user[pid] = int(fields[11]) / tick
        except (OSError, IndexError, ValueError):
            pass

    if CHILDREN_LISTED if walk is None else walk:
        stack = [root_pid]
        while stack:
            pid = stack.pop()
            read(pid)
            if pid in used:
                stack.extend(_children(pid))
    else:
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                read(int(entry))
    return parents, used, in_user


def _children(pid: int) -> list[int]:
    """The processes the threads of process ``pid`` started and have not reaped."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found  # gone meanwhile
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                found.extend(int(child) for child in handle.read().split())
        except (OSError, ValueError):
            continue  # a thread ended meanwhile
    return found


def _role(pid: int, root_pid: int, parents: dict[int, int], names: dict[int, str]) -> str:
    """What a process of the build's tree is: the build itself, the fork server of the
    extraction workers, a worker (forked by it), multiprocessing's resource tracker, a
    second process forked by the build itself."""
    if pid == root_pid:
        return "build"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            command = handle.read().decode("utf-8", "replace")
    except OSError:
        return "other"
    if "forkserver" in command:
        return "worker" if names.get(parents.get(pid, 0)) == "fork server" else "fork server"
    if "resource_tracker" in command:
        return "resource tracker"
    if parents.get(pid) == root_pid and command == _command_line(root_pid):
        return "second process"  # forked by the build: its pages or exports (forked.py)
    return "other"


def _command_line(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().decode("utf-8", "replace")
    except OSError:
        return ""


def _busy_cpu_seconds() -> float:
    """CPU seconds the whole machine has spent busy (not idle nor waiting), from /proc/stat."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            values = [int(v) for v in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return (sum(values[:8]) - idle) / os.sysconf("SC_CLK_TCK")


#: seconds per row of a build's timeline
WINDOW = 5.0
#: seconds between two samples of the tree's CPU (cheap: each process's /proc stat)
CPU_EVERY = 0.1
#: seconds between two samples of the tree's memory: a process's proportional set size
#: costs the measuring process about 13 ms of CPU for one holding the NLP model (its page
#: tables walked), and the cold build runs four such: read at every sample, they took the
#: measuring process to about a quarter of a core, on the two the build is given ("other
#: processes" 1.3 s of every 5 s window while the workers ran, quiet). The tree grows by
#: about 15 MB a second at most (the cold build's workers): a peak read every 0.5 s is low
#: by a few MB at most.
PSS_EVERY = 0.5


def timeline_rows(
    samples: list[tuple[float, dict[int, float], float]], names: dict[int, str]
) -> list[dict[str, Any]]:
    """Per ``WINDOW`` seconds of a build: the CPU seconds each role of its process tree
    used (the build, the fork server, the workers together), how many cores the tree kept
    busy on average (of ``os.cpu_count()``: the rest idle, or used by other processes),
    and the CPU other processes of the machine used meanwhile."""
    rows: list[dict[str, Any]] = []
    previous: dict[int, float] = {}
    previous_busy = samples[0][2] if samples else 0.0
    start = 0.0
    for i, (at, used, busy) in enumerate(samples):
        if at < start + WINDOW and i < len(samples) - 1:
            continue
        spent: dict[str, float] = {}
        for pid, seconds in used.items():
            role = names.get(pid, "other")
            spent[role] = spent.get(role, 0.0) + seconds - previous.get(pid, 0.0)
        tree = sum(spent.values())
        rows.append(
            {
                "from": round(start, 1),
                "to": round(at, 1),
                "cpu": {role: round(v, 1) for role, v in sorted(spent.items()) if v >= 0.05},
                "tree_cores": round(tree / max(at - start, 1e-9), 2),
                "others_cpu": round(max(0.0, busy - previous_busy - tree), 1),
            }
        )
        previous.update(used)
        previous_busy, start = busy, at
    return rows


def format_timeline(result: dict[str, Any]) -> str:
    """A build's timeline as text: one line a window, then each process's span and CPU."""
    lines = []
    for row in result.get("timeline", []):
        spent = ", ".join(f"{role} {v}" for role, v in row["cpu"].items()) or "nothing"
        lines.append(
            f"  {row['from']:6.1f}-{row['to']:6.1f} s: {spent}; the tree used "
            f"{row['tree_cores']} of {os.cpu_count()} cores, other processes {row['others_cpu']} s"
        )
    for span in result.get("processes", []):
        lines.append(f"  {span['role']}: {span['from']}-{span['to']} s, CPU {span['cpu']} s")
    return "\n".join(lines)


def figure_lines(stderr: str) -> list[str]:
    """The lines of a build's stderr that ``measure`` reads figures from (the pipeline's
    summary and phases, the site's split): Dask's log lines of a build that starts a second
    process pushed them out of the last 4,000 characters kept (the dossier's chronology
    figures were missing from ``bench/archive.py``'s report)."""
    return [
        line
        for line in stderr.splitlines(keepends=True)
        if line.startswith(("timeline.pipeline: chronology", "SITE_PHASES "))
    ]


def measure_child(command: list[str]) -> dict[str, Any]:
    """Run ``command``; report wall time, peak RSS (largest process, whole tree), and its
    timeline (``timeline_rows``; each process's span and CPU)."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    tree_peak = 0
    cpu: dict[int, float] = {}
    user: dict[int, float] = {}
    names: dict[int, str] = {}
    samples: list[tuple[float, dict[int, float], float]] = []
    seen: dict[int, list[float]] = {}
    peak_at, peak_roles = 0.0, dict[str, int]()
    memory_at = -PSS_EVERY
    while proc.poll() is None:
        alive: set[int] = set()
        roles: dict[str, int] = {}
        memory = time.perf_counter() - started >= memory_at + PSS_EVERY
        if memory:
            memory_at = time.perf_counter() - started
        tree = _tree_pss_kb(proc.pid, cpu, names, alive, roles, user, memory=memory)
        at = time.perf_counter() - started
        if tree > tree_peak:  # where the peak is: when, and each role's part of it
            tree_peak, peak_at, peak_roles = tree, at, roles
        samples.append((at, dict(cpu), _busy_cpu_seconds()))
        for pid in alive:
            seen.setdefault(pid, [at, at])[1] = at
        time.sleep(CPU_EVERY)
    seconds = time.perf_counter() - started
    stderr = proc.stderr.read() if proc.stderr else ""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    # the whole process tree: RUSAGE_CHILDREN counts only the processes waited for, not the
    # extraction workers' fork server (never waited for) nor the workers it forked, whose
    # CPU the samples of /proc see
    waited = usage.ru_utime + usage.ru_stime
    user_seconds = max(usage.ru_utime, sum(user.values()))
    cpu_seconds = max(waited, sum(cpu.values()))
    return {
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu_seconds, 3),
        # in user mode, and in the kernel (what other processes inflate most: a build's
        # system time varied from 1.0 to 2.5 s at a load of 10, its user time by 10 %)
        "user_seconds": round(user_seconds, 3),
        "system_seconds": round(cpu_seconds - user_seconds, 3),
        "peak_mb": round(usage.ru_maxrss / 1024, 1),
        "tree_peak_mb": round(tree_peak / 1024, 1),
        "tree_peak_at": round(peak_at, 1),
        "tree_peak_roles": {r: round(kb / 1024, 1) for r, kb in sorted(peak_roles.items())},
        "returncode": proc.returncode,
        # what measuring cost: this process's own CPU (its samples of /proc), on the cores
        # the build runs on
        "measuring_cpu_seconds": round(time.process_time(), 3),
        # the lines the figures are read from, wherever they are, then the end
        "stderr": "".join(figure_lines(stderr)) + stderr[-4000:],
        "timeline": timeline_rows(samples, names),
        "processes": [
            {
                "role": names.get(pid, "other"),
                "from": round(span[0], 1),
                "to": round(span[1], 1),
                "cpu": round(cpu.get(pid, 0.0), 1),
            }
            for pid, span in sorted(seen.items(), key=lambda item: item[1][0])
        ],
    }


def freeze_code() -> Path:
    """A copy of the package, imported by every build of the run (first on PYTHONPATH), so
    the whole run measures one version of the code even while it is being edited.

    The copy is byte-compiled, as an installed package is (pip compiles what it installs:
    MkDocs and mkdocs-material, the plain build's code, are) and as Python caches any module
    it imports unless ``PYTHONDONTWRITEBYTECODE`` is set: without it, where that variable
    is set, every build compiled the plugin's hundred modules again (about 0.2 s of CPU a
    build, which the plain build never pays)."""
    OUT.mkdir(parents=True, exist_ok=True)  # a clean clone has no bench/out
    target = Path(tempfile.mkdtemp(prefix="code-", dir=OUT))
    shutil.copytree(
        ROOT / "timeline", target / "timeline", ignore=shutil.ignore_patterns("__pycache__")
    )
    compileall.compile_dir(target / "timeline", quiet=1)
    return target


def measure(command: list[str], cwd: Path, timeout: float) -> dict[str, Any]:
    """``measure_child`` in a fresh wrapper process, so RUSAGE_CHILDREN is this run's only."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    if FROZEN is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(FROZEN), env.get("PYTHONPATH")]))
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--measure", "--", *command],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": None, "error": f"timeout after {timeout:.0f} s", "returncode": None}
    try:
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {"seconds": None, "error": done.stderr[-2000:], "returncode": done.returncode}
    matches = list(_STATS_RE.finditer(result.get("stderr", "")))
    if matches:
        match = matches[-1]
        numbers = match.groups()
        result["articles"], result["cached"], result["extracted"], result["workers"] = map(
            int, numbers[:4]
        )
        result["chronology_seconds"] = float(numbers[4])
        # the chronology came from the memo: no assembly was measured
        result["chronology_memo"] = bool(numbers[5])
    phases = list(_PHASES_RE.finditer(result.get("stderr", "")))
    if phases:  # where the chronology's time went (pipeline.phases)
        result["chronology_phases"] = phases[-1].group(1)
        result["assembly_cpu_seconds"] = assembly_cpu(phases[-1].group(1))
    read = list(_READ_ALONE_RE.finditer(result.get("stderr", "")))
    if read:
        result["read_alone"] = int(read[-1].group(1))
    site = list(_SITE_PHASES_RE.finditer(result.get("stderr", "")))
    if site:  # where the building process's time went: {phase: [wall, CPU]}
        result["site_phases"] = json.loads(site[-1].group(1))
    if result["returncode"] != 0:
        result["error"] = result["stderr"][-2000:]
    result.pop("stderr", None)
    return result


def assembly_cpu(phases: str) -> float | None:
    """The building thread's CPU seconds in assembly, from a build's phases ("...,
    assemble 26.81s (CPU 8.84s), ..."), None when it assembled nothing or did not tell:
    the figure to compare between builds (assembly's wall swung 9.7 -> 15.3 s between the
    builds of one cold pair on a shared host, its CPU did not)."""
    found = _ASSEMBLY_CPU_RE.search(phases)
    return float(found.group(1)) if found else None


#: what step 2b changes (paths in the package; a comment is appended to each)
ASSEMBLY_CHANGE = ("events/titles.py",)


def assembly_only_rebuild(
    project: Path, timeout: float, changed: tuple[str, ...] = ASSEMBLY_CHANGE
) -> dict[str, Any]:
    """A rebuild after a change to the assembly code alone (then the change is undone)."""
    if FROZEN is None:
        return {"seconds": None, "error": "needs the frozen copy of the code (no --live-code)"}
    files = [FROZEN / "timeline" / name for name in changed]
    originals = [path.read_bytes() for path in files]
    try:
        for path, original in zip(files, originals, strict=True):
            path.write_bytes(original + b"\n# bench: an assembly-only change\n")
        result = mkdocs_build(project, timeout)
    finally:
        for path, original in zip(files, originals, strict=True):
            path.write_bytes(original)
    result["changed"] = list(changed)
    return result


def mkdocs_build(project: Path, timeout: float) -> dict[str, Any]:
    command = [sys.executable, "-c", MKDOCS_CHILD, "build", "-q", "-f", "mkdocs.yml"]
    return measure(command, project, timeout)


def timeline_add(project: Path, article: Path, timeout: float) -> dict[str, Any]:
    command = [sys.executable, "-m", "timeline", "add", "--content", "content", str(article)]
    return measure(command, project, timeout)


# -- projects ---------------------------------------------------------------------------


def set_aside(path: Path) -> None:
    """Take the tree at ``path``, which the benchmark is done with, out of the way: renamed
    into ``OUT/trash`` (deleted by ``empty_trash`` once nothing is measured any more), not
    deleted. This machine's file system (ext4 without a journal) will not give a new file
    an inode freed in the last 30 s or so, and finds that out one free inode at a time
    (``find_inode_bit``, ``recently_deleted``): a build started just after a 2,200-inode
    site was deleted spent 1.1-1.5 s more of system CPU writing its own (perf: 17 % of a
    dossier build's CPU in ``__ext4_new_inode``), a charge of the benchmark's own cleaning,
    not of the build, that fell on whichever build followed it."""
    if not path.exists():
        return
    trash = OUT / "trash"
    trash.mkdir(parents=True, exist_ok=True)
    try:
        path.rename(Path(tempfile.mkdtemp(dir=trash)) / path.name)
    except OSError:  # another file system: deleted after all
        shutil.rmtree(path, ignore_errors=True)


def empty_trash() -> None:
    """Delete what ``set_aside`` took out of the way (when nothing is measured)."""
    shutil.rmtree(OUT / "trash", ignore_errors=True)


def timeline_project(n: int, seed: int, *, timed: bool = True) -> Path:
    """``n`` generated articles and the mkdocs.yml of the timeline build; ``timed``: with
    the hooks that split each build by MkDocs' events (without for the revisions compared
    by pairs, which may predate the plugin's ``inert_hooks``)."""
    project = OUT / f"timeline-{n}"
    shutil.rmtree(project, ignore_errors=True)
    make_corpus(n, project, seed)
    (project / "docs").mkdir()
    text = TIMELINE_MKDOCS
    if not timed:
        text = text.replace(hooks_setting(), "").replace(f"      {INERT_HOOKS}\n", "")
    (project / "mkdocs.yml").write_text(text, encoding="utf-8")
    return project


def html_pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if p.name != "404.html"]


def plain_project(n: int, pages: int, source: Path) -> Path:
    """``pages`` plain Markdown pages made from the articles of ``source``."""
    project = OUT / f"plain-{n}"
    set_aside(project)
    docs = project / "docs"
    docs.mkdir(parents=True)
    articles = sorted((source / "content").glob("*.md"))
    for i in range(max(1, pages)):
        text = articles[i % len(articles)].read_text(encoding="utf-8")
        body = text.split("\n---\n", 1)[-1]
        name = "index.md" if i == 0 else f"pages/page-{i:05d}.md"
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(f"# Page {i}\n\n{body}", encoding="utf-8")
    (project / "mkdocs.yml").write_text(PLAIN_MKDOCS, encoding="utf-8")
    return project


# -- the benchmark ----------------------------------------------------------------------


def dropped_pair(
    project: Path, plain: Path, dropped: Path, timeout: float, *, plain_first: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """One more "+1 dropped" rebuild, from the state the first one started from
    (``restore_before_drop``: the memos, caches and site of the rebuild before the drop,
    the dropped article still in ``content/``; its extraction and the memoised
    chronologies out of the cache, the disk synced), and one more plain build, just before
    it or just after: (the rebuild's figures, the plain build's)."""
    built: dict[str, dict[str, Any]] = {}
    for kind in ("plain", "dropped") if plain_first else ("dropped", "plain"):
        if kind == "plain":
            built[kind] = mkdocs_build(plain, timeout)
            continue
        restore_before_drop(project)
        forget_dropped(project, dropped)
        os.sync()
        built[kind] = mkdocs_build(project, timeout)
    return built["dropped"], built["plain"]


def pair_figures(dropped: dict[str, Any], plain: dict[str, Any]) -> dict[str, Any]:
    """A "+1 dropped" rebuild and its plain build: wall and CPU of each, and the ratios."""
    figures: dict[str, Any] = {
        "dropped_seconds": dropped.get("seconds"),
        "plain_seconds": plain.get("seconds"),
        "dropped_cpu": dropped.get("cpu_seconds"),
        "plain_cpu": plain.get("cpu_seconds"),
        "dropped_user": dropped.get("user_seconds"),
        "plain_user": plain.get("user_seconds"),
        "extracted": dropped.get("extracted"),
    }
    for unit, (a, b) in {
        "wall": ("dropped_seconds", "plain_seconds"),
        "cpu": ("dropped_cpu", "plain_cpu"),
        "user": ("dropped_user", "plain_user"),
    }.items():
        ratio = figures[a] / figures[b] if figures[a] and figures[b] else None
        figures[f"{unit}_ratio"] = None if ratio is None else round(ratio, 2)
    return figures


def dropped_verdict(pairs: list[dict[str, Any]]) -> dict[str, Any]:
    """The verdict of the "+1 dropped" pairs: ``plus_one_dropped_ratio``, the median wall of
    the rebuilds over the median wall of the plain builds; the same by the CPU of the
    process tree, and by its CPU in user mode (the steadiest: a build's time in the kernel
    varies threefold with the load). A pair whose rebuild did not extract exactly the one
    article measures something else and is left out."""
    done = [p for p in pairs if p["extracted"] == 1]

    def ratio(a: str, b: str) -> float | None:
        items = [p for p in done if p[a] and p[b]]
        if not items:
            return None
        return round(
            statistics.median(p[a] for p in items) / statistics.median(p[b] for p in items), 2
        )

    return {
        "plus_one_dropped_ratio": ratio("dropped_seconds", "plain_seconds"),
        "plus_one_dropped_cpu_ratio": ratio("dropped_cpu", "plain_cpu"),
        "plus_one_dropped_user_ratio": ratio("dropped_user", "plain_user"),
        "plus_one_dropped_pairs": len(done),
    }


def bench_size(
    n: int,
    seed: int,
    timeout: float,
    changed: tuple[str, ...] = ASSEMBLY_CHANGE,
    dropped_repeat: int = 1,
) -> dict[str, Any]:
    project = timeline_project(n, seed)
    runs: dict[str, Any] = {}
    print(f"[{n}] cold build...", file=sys.stderr, flush=True)
    runs["cold"] = mkdocs_build(project, timeout)
    print(f"[{n}] {runs['cold']}", file=sys.stderr, flush=True)
    pages = len(html_pages(project / "site")) if (project / "site").is_dir() else n
    runs["unchanged"] = mkdocs_build(project, timeout)
    runs["assembly_only"] = assembly_only_rebuild(project, timeout, changed)
    # an editor adds one article with `timeline add` (which extracts it), then rebuilds
    inbox = OUT / f"inbox-{n}"
    shutil.rmtree(inbox, ignore_errors=True)
    (new_article,) = make_corpus(1, inbox, seed, start_index=n)
    runs["add"] = timeline_add(project, new_article, timeout)
    runs["plus_one"] = mkdocs_build(project, timeout)
    # and a file dropped straight into content/: the build extracts it (loads the NLP model)
    if dropped_repeat > 1:
        keep_before_drop(project)
    (dropped,) = make_corpus(1, project, seed, start_index=n + 1)
    runs["plus_one_dropped"] = mkdocs_build(project, timeout)
    print(f"[{n}] plain build of {pages} pages...", file=sys.stderr, flush=True)
    plain = plain_project(n, pages, project)
    runs["plain"] = mkdocs_build(plain, timeout)
    pairs = [(runs["plus_one_dropped"], runs["plain"])]
    for turn in range(1, dropped_repeat):
        print(f"[{n}] +1 dropped and plain, pair {turn + 1}...", file=sys.stderr, flush=True)
        pairs.append(dropped_pair(project, plain, dropped, timeout, plain_first=turn % 2 == 1))
    result: dict[str, Any] = {"articles": n, "pages": pages, "runs": runs}
    base = runs["plain"].get("seconds")
    for name in ("unchanged", "plus_one"):
        took = runs[name].get("seconds")
        result[f"{name}_ratio"] = round(took / base, 2) if took and base else None
    result["dropped_pairs"] = [pair_figures(d, p) for d, p in pairs]
    result.update(dropped_verdict(result["dropped_pairs"]))
    took, unchanged = runs["assembly_only"].get("seconds"), runs["unchanged"].get("seconds")
    result["assembly_only_vs_unchanged"] = (
        round(took / unchanged, 2) if took and unchanged else None
    )
    return result


KINDS = ("cold", "unchanged", "assembly_only", "plus_one", "plus_one_dropped")
CHRONOLOGY_CHILD = (
    "import logging, sys\n"
    "from pathlib import Path\n"
    "logging.basicConfig(level=logging.WARNING, format='%(name)s: %(message)s')\n"
    "logging.getLogger('timeline.pipeline').setLevel(logging.INFO)\n"
    "from timeline.pipeline import BuildSettings, run_build\n"
    "run_build(BuildSettings(root=Path('.'), use_cache=False, workers=int(sys.argv[1])))\n"
)


def bench_pool(n: int, seed: int, timeout: float) -> dict[str, Any]:
    """The chronology alone (no cache, no site), one worker against two."""
    project = OUT / f"pool-{n}"
    shutil.rmtree(project, ignore_errors=True)
    make_corpus(n, project, seed)
    runs = {}
    for workers in (1, 2):
        print(f"[{n}] chronology, {workers} worker(s)...", file=sys.stderr, flush=True)
        command = [sys.executable, "-c", CHRONOLOGY_CHILD, str(workers)]
        runs[f"workers_{workers}"] = measure(command, project, timeout)
    one, two = runs["workers_1"].get("seconds"), runs["workers_2"].get("seconds")
    return {"articles": n, "runs": runs, "speedup": round(one / two, 2) if one and two else None}


def report_pool(results: list[dict[str, Any]]) -> str:
    lines = [
        "| articles | 1 worker s (peak MB) | 2 workers s (peak MB, whole tree) | speed-up |",
        "|---:|---:|---:|---:|",
    ]
    for r in results:
        one, two = r["runs"]["workers_1"], r["runs"]["workers_2"]
        lines.append(
            f"| {r['articles']} | {_fmt(one.get('seconds'))} ({_fmt(one.get('tree_peak_mb'))}) "
            f"| {_fmt(two.get('seconds'))} ({_fmt(two.get('tree_peak_mb'))}) "
            f"| {_fmt(r['speedup'], '×')} |"
        )
    return "\n".join(lines)


def _fmt(value: Any, unit: str = "") -> str:
    return "—" if value is None else f"{value}{unit}"


def peak_text(result: dict[str, Any]) -> str:
    """The tree's peak, when it was and each role's part of it (the workers together)."""
    roles = ", ".join(f"{r} {mb}" for r, mb in result.get("tree_peak_roles", {}).items())
    return f"tree peak {result.get('tree_peak_mb')} MB at {result.get('tree_peak_at')} s" + (
        f" ({roles} MB)" if roles else ""
    )


def report(results: list[dict[str, Any]]) -> str:
    lines = [
        "| articles | pages | cold s | cold peak MB (largest / tree) | unchanged s (×plain) "
        "| assembly-only change s (×unchanged) "
        "| +1 article: add s, rebuild s (×plain) | +1 dropped in content/ s (×plain) | plain s "
        "| extracted cold / unchanged / assembly-only / +1 / dropped "
        "| chronology s cold / unchanged / assembly-only / +1 / dropped |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        runs = r["runs"]
        lines.append(
            f"| {r['articles']} | {r['pages']} | {_fmt(runs['cold'].get('seconds'))} "
            f"| {_fmt(runs['cold'].get('peak_mb'))} / {_fmt(runs['cold'].get('tree_peak_mb'))} "
            f"| {_fmt(runs['unchanged'].get('seconds'))} ({_fmt(r['unchanged_ratio'], '×')}) "
            f"| {_fmt(runs['assembly_only'].get('seconds'))} "
            f"({_fmt(r['assembly_only_vs_unchanged'], '×')}) "
            f"| {_fmt(runs['add'].get('seconds'))}, {_fmt(runs['plus_one'].get('seconds'))} "
            f"({_fmt(r['plus_one_ratio'], '×')}) "
            f"| {_fmt(runs['plus_one_dropped'].get('seconds'))} "
            f"({_fmt(r['plus_one_dropped_ratio'], '×')}) "
            f"| {_fmt(runs['plain'].get('seconds'))} "
            f"| {' / '.join(_fmt(runs[k].get('extracted')) for k in KINDS)} "
            f"| {' / '.join(_fmt(runs[k].get('chronology_seconds')) for k in KINDS)} |"
        )
    for r in results:
        changed = r["runs"]["assembly_only"].get("changed")
        if changed:
            lines.append(f"\nassembly-only change: a comment appended to {', '.join(changed)}")
    for r in results:
        cold = r["runs"]["cold"]
        if cold.get("chronology_phases"):
            lines.append(
                f"\n{r['articles']} cold: chronology {cold['chronology_seconds']} s "
                f"[{cold['chronology_phases']}]; CPU of the whole tree {cold.get('cpu_seconds')} s"
                f" (measuring it {cold.get('measuring_cpu_seconds')} s); {peak_text(cold)}"
            )
    for r in results:
        pairs = r.get("dropped_pairs") or []
        if pairs:
            lines.append(
                f"\n{r['articles']} +1 dropped, {len(pairs)} pair(s) with a plain build "
                "(alternated): "
                + "; ".join(
                    f"{p['dropped_seconds']} s / {p['plain_seconds']} s ({p['wall_ratio']}x), "
                    f"CPU {p['dropped_cpu']} s / {p['plain_cpu']} s ({p['cpu_ratio']}x), user "
                    f"{p['dropped_user']} s / {p['plain_user']} s ({p['user_ratio']}x)"
                    + ("" if p["extracted"] == 1 else f", extracted {p['extracted']}: left out")
                    for p in pairs
                )
            )
            lines.append(
                "  ratio of the medians: wall "
                f"{_fmt(r.get('plus_one_dropped_ratio'), 'x')}, CPU of the tree "
                f"{_fmt(r.get('plus_one_dropped_cpu_ratio'), 'x')}, in user mode "
                f"{_fmt(r.get('plus_one_dropped_user_ratio'), 'x')}"
            )
    for r in results:  # where the time went: each window's CPU by process, idle cores
        for name in ("cold", "plus_one_dropped"):
            if r["runs"][name].get("timeline"):
                lines.append(f"\n{r['articles']} {name}, timeline (CPU seconds a window):")
                lines.append(format_timeline(r["runs"][name]))
    for r in results:
        for name, run in r["runs"].items():
            if run.get("error"):
                lines.append(f"\n{r['articles']} {name}: ERROR {run['error'][-600:]}")
    big = next((r for r in results if r["articles"] == 1000), None)
    if big:
        cold = big["runs"]["cold"]
        checks = [
            ("1000 cold <= 60 s", cold.get("seconds"), TARGETS["cold_seconds_1000"]),
            ("1000 cold peak (tree) <= 1 GB", cold.get("tree_peak_mb"), TARGETS["peak_mb"]),
            ("unchanged <= 1.3x plain", big["unchanged_ratio"], TARGETS["unchanged"]),
            (
                "+1 article (timeline add, then rebuild) <= 1.5x plain",
                big["plus_one_ratio"],
                TARGETS["plus_one"],
            ),
            (
                "+1 article dropped in content/ <= 1.5x plain",
                big["plus_one_dropped_ratio"],
                TARGETS["plus_one"],
            ),
        ]
        lines.append("")
        for label, value, limit in checks:
            verdict = "PASS" if value is not None and value <= limit else "FAIL"
            lines.append(f"{verdict}  {label}: {_fmt(value)}")
    return "\n".join(lines)


# -- paired "+1 dropped" rebuilds of two revisions ---------------------------------------


def frozen_revision(revision: str) -> Path:
    """A byte-compiled copy of the package at git ``revision``, or of the working tree for
    ``.`` (as ``freeze_code``)."""
    if revision == ".":
        return freeze_code()
    OUT.mkdir(parents=True, exist_ok=True)  # a clean clone has no bench/out
    target = Path(tempfile.mkdtemp(prefix="code-", dir=OUT))
    tar = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "timeline"], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=tar, check=True)
    compileall.compile_dir(target / "timeline", quiet=1)
    return target


#: what a build changes in a project besides its content's new articles: the caches and
#: memos, the site, the event IDs
BUILD_STATE = (".timeline", "site", "content/ids.yml")


def _before_drop(project: Path) -> Path:
    return project.with_name(project.name + "-before-drop")


def keep_before_drop(project: Path) -> None:
    """A copy of what a build of ``project`` changes (``BUILD_STATE``), as it is now."""
    kept = _before_drop(project)
    shutil.rmtree(kept, ignore_errors=True)
    for name in BUILD_STATE:
        source, target = project / name, kept / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, symlinks=True)
        elif source.is_file():
            shutil.copy2(source, target)


def restore_before_drop(project: Path) -> None:
    """``project``'s build state put back as ``keep_before_drop`` copied it (its content,
    the dropped article included, left as it is)."""
    kept = _before_drop(project)
    for name in BUILD_STATE:
        source, target = kept / name, project / name
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink(missing_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, symlinks=True)
        elif source.is_file():
            shutil.copy2(source, target)


def forget_dropped(project: Path, article: Path) -> None:
    """The dropped article's extraction and every memoised chronology taken out of the
    project's cache: the next build extracts that article and assembles (the page memo
    stays, as in an editor's rebuild)."""
    import sqlite3

    from timeline.articles import load_article
    from timeline.pipeline import article_key

    key = article_key(load_article(article))
    with contextlib.closing(sqlite3.connect(project / ".timeline" / "cache.sqlite")) as db:
        db.execute("DELETE FROM extractions WHERE article_key = ?", (key,))
        db.execute("DELETE FROM chronologies")
        db.commit()


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths of the files that differ between two folders, or are in one only."""
    found = []
    files = {p.relative_to(left) for p in left.rglob("*") if p.is_file()}
    files |= {p.relative_to(right) for p in right.rglob("*") if p.is_file()}
    for name in sorted(files):
        a, b = left / name, right / name
        if not (a.is_file() and b.is_file() and a.read_bytes() == b.read_bytes()):
            found.append(str(name))
    return found


def build_cpu(result: dict[str, Any], role: str) -> float:
    return round(sum(float(p["cpu"]) for p in result.get("processes", []) if p["role"] == role), 1)


def dropped_pairs(n: int, seed: int, revisions: list[str], rounds: int, timeout: float) -> str:
    """ "+1 dropped" rebuilds of ``n`` articles, the two revisions alternated (each round in
    the other order), each from the state of its project before the article was dropped
    (``restore_before_drop``: its memos, caches and site as the last build left them, then
    the article written again), so that every round is the first build that meets the
    article (before, a round after the first found the article's titles, parts and pages
    that the round before had kept); the sites of the last round compared file by file;
    then a plain build of as many pages.

    Each revision rebuilds its own copy of the project (made after one cold build), which
    it first builds once unmeasured: its page memo then holds its own code's pages (the
    memo's keys cover the plugin's code, and a build forgets the rows it did not use: one
    project shared by two revisions of different plugin code rendered every page at each
    build). Before each measured build the disk is synced: the previous site is on disk,
    as when an editor drops an article minutes after the last build (a site written less
    than 30 s before, still in memory, is deleted without the disk's discards)."""
    global FROZEN
    frozen = FROZEN
    codes = [frozen_revision(revision) for revision in revisions]
    project = timeline_project(n, seed, timed=False)
    lines = []
    try:
        FROZEN = codes[0]
        print(f"[{n}] cold build ({revisions[0]})...", file=sys.stderr, flush=True)
        cold = mkdocs_build(project, timeout)
        lines.append(
            f"cold build ({revisions[0]}): {cold.get('seconds')} s, CPU tree "
            f"{cold.get('cpu_seconds')} s, {peak_text(cold)}"
        )
        projects: list[Path] = []
        dropped: list[Path] = []
        for i, code in enumerate(codes):
            copy = OUT / f"timeline-{n}-revision-{i}"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(project, copy, symlinks=True)
            FROZEN = code
            warm = mkdocs_build(copy, timeout)  # its memo filled with its code's pages
            lines.append(f"first rebuild ({revisions[i]}, unmeasured): {warm.get('seconds')} s")
            projects.append(copy)
            keep_before_drop(copy)
            dropped.extend(make_corpus(1, copy, seed, start_index=n))
        runs: dict[str, list[dict[str, Any]]] = {revision: [] for revision in revisions}
        for turn in range(rounds):
            order = list(enumerate(zip(revisions, codes, strict=True)))
            for i, (revision, code) in order if turn % 2 == 0 else order[::-1]:
                restore_before_drop(projects[i])
                forget_dropped(projects[i], dropped[i])
                os.sync()
                FROZEN = code
                result = mkdocs_build(projects[i], timeout)
                runs[revision].append(result)
                lines.append(
                    f"round {turn} {revision}: {result.get('seconds')} s, CPU tree "
                    f"{result.get('cpu_seconds')} s (building process {build_cpu(result, 'build')}"
                    f", fork server {build_cpu(result, 'fork server')}, workers "
                    f"{build_cpu(result, 'worker')}), tree peak {result.get('tree_peak_mb')} MB, "
                    f"extracted {result.get('extracted')} [{result.get('chronology_phases')}]"
                )
                if result.get("extracted") != 1:
                    lines.append("  (not one article extracted: the revisions' caches differ)")
                if result.get("error"):
                    lines.append(f"  ERROR {result['error'][-600:]}")
                print(lines[-1], file=sys.stderr, flush=True)
        changed = differences(projects[0] / "site", projects[1] / "site")
        changed += [
            name
            for name in ("ids.yml",)
            if (projects[0] / "content" / name).read_bytes()
            != (projects[1] / "content" / name).read_bytes()
        ]
        lines.append(
            "sites and ids.yml after the last round: "
            + ("byte-identical" if not changed else f"{len(changed)} files differ: {changed[:10]}")
        )
        pages = len(html_pages(projects[0] / "site"))
        plain = mkdocs_build(plain_project(n, pages, projects[0]), timeout)
        lines.append(
            f"plain build of {pages} pages: {plain.get('seconds')} s, "
            f"CPU {plain.get('cpu_seconds')} s"
        )
        for revision, results in runs.items():
            walls = [r["seconds"] for r in results if r.get("seconds")]
            cpus = [r["cpu_seconds"] for r in results if r.get("cpu_seconds")]
            if walls and cpus and plain.get("seconds") and plain.get("cpu_seconds"):
                wall, cpu = sum(walls) / len(walls), sum(cpus) / len(cpus)
                lines.append(
                    f"{revision}: mean {wall:.1f} s ({wall / plain['seconds']:.2f}x plain), "
                    f"walls {walls}, "
                    f"CPU of the tree {cpu:.1f} s ({cpu / plain['cpu_seconds']:.2f}x plain's), "
                    f"building process CPU {[build_cpu(r, 'build') for r in results]}"
                )
    finally:
        FROZEN = frozen
        for code in codes:
            shutil.rmtree(code, ignore_errors=True)
    return "\n".join(lines)


def cold_pairs(n: int, seed: int, revisions: list[str], rounds: int, timeout: float) -> str:
    """Cold builds of ``n`` articles (a fresh project, no cache), the two revisions
    alternated (each round in the other order); the sites (exports included) and
    ``ids.yml`` of the first round compared file by file; then a plain build of as many
    pages."""
    global FROZEN
    frozen = FROZEN
    codes = [frozen_revision(revision) for revision in revisions]
    lines = []
    try:
        runs: dict[str, list[dict[str, Any]]] = {revision: [] for revision in revisions}
        for turn in range(rounds):
            order = list(zip(revisions, codes, strict=True))
            for revision, code in order if turn % 2 == 0 else order[::-1]:
                project = timeline_project(n, seed, timed=False)
                FROZEN = code
                load = os.getloadavg()[0]
                result = mkdocs_build(project, timeout)
                runs[revision].append(result)
                lines.append(
                    f"round {turn} {revision} (load {load:.1f}): {result.get('seconds')} s, "
                    f"CPU tree {result.get('cpu_seconds')} s (building process "
                    f"{build_cpu(result, 'build')}, second process "
                    f"{build_cpu(result, 'second process')}, fork server "
                    f"{build_cpu(result, 'fork server')}, workers {build_cpu(result, 'worker')}; "
                    f"measuring it {result.get('measuring_cpu_seconds')} s), "
                    f"{peak_text(result)} [{result.get('chronology_phases')}]"
                )
                if result.get("error"):
                    lines.append(f"  ERROR {result['error'][-600:]}")
                print(lines[-1], file=sys.stderr, flush=True)
                print(format_timeline(result), file=sys.stderr, flush=True)
                if turn == 0:
                    kept = OUT / f"cold-site-{revisions.index(revision)}"
                    shutil.rmtree(kept, ignore_errors=True)
                    shutil.copytree(project / "site", kept / "site")
                    shutil.copy(project / "content" / "ids.yml", kept / "ids.yml")
        changed = differences(OUT / "cold-site-0", OUT / "cold-site-1")
        lines.append(
            "sites and ids.yml of the first round: "
            + ("byte-identical" if not changed else f"{len(changed)} files differ: {changed[:10]}")
        )
        pages = len(html_pages(project / "site"))
        plain = mkdocs_build(plain_project(n, pages, project), timeout)
        lines.append(
            f"plain build of {pages} pages: {plain.get('seconds')} s, "
            f"CPU {plain.get('cpu_seconds')} s"
        )
        for revision, results in runs.items():
            walls = [r["seconds"] for r in results if r.get("seconds")]
            cpus = [r["cpu_seconds"] for r in results if r.get("cpu_seconds")]
            if walls and cpus:
                lines.append(
                    f"{revision}: wall {walls} (mean {sum(walls) / len(walls):.1f} s), CPU of the "
                    f"tree {cpus} (mean {sum(cpus) / len(cpus):.1f} s), building process CPU "
                    f"{[build_cpu(r, 'build') for r in results]}, assembly's CPU "
                    f"{[r.get('assembly_cpu_seconds') for r in results]} s, tree peak "
                    f"{[r.get('tree_peak_mb') for r in results]} MB"
                )
    finally:
        FROZEN = frozen
        for code in codes:
            shutil.rmtree(code, ignore_errors=True)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:2] == ["--measure", "--"]:
        print(json.dumps(measure_child(argv[2:])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=1200, help="seconds per build")
    parser.add_argument(
        "--live-code", action="store_true", help="use the working tree, not a frozen copy"
    )
    parser.add_argument(
        "--assembly-change",
        nargs="+",
        default=list(ASSEMBLY_CHANGE),
        metavar="PATH",
        help="step 2b: files of the package (e.g. events/headline.py) a comment is appended to",
    )
    parser.add_argument(
        "--dropped-pairs",
        nargs=2,
        metavar="REVISION",
        help="instead: '+1 dropped' rebuilds of two git revisions ('.' = the working tree) "
        "alternated, at each size",
    )
    parser.add_argument(
        "--cold-pairs",
        nargs=2,
        metavar="REVISION",
        help="instead: cold builds of two git revisions ('.' = the working tree) alternated",
    )
    parser.add_argument("--rounds", type=int, default=2, help="with --dropped/--cold-pairs")
    parser.add_argument(
        "--dropped-repeat",
        type=int,
        default=3,
        metavar="N",
        help="'+1 dropped' rebuilds, each paired with a plain build, alternated (each pair in "
        "the other order; the verdict: the ratio of the medians, see dropped_verdict)",
    )
    parser.add_argument(
        "--pool",
        action="store_true",
        help="instead: time the chronology alone (no cache, no site) with 1 and 2 workers",
    )
    args = parser.parse_args(argv)
    for name in args.assembly_change:
        if not (ROOT / "timeline" / name).is_file():
            parser.error(f"--assembly-change: no file timeline/{name}")
    OUT.mkdir(parents=True, exist_ok=True)
    global FROZEN
    FROZEN = None if args.live_code else freeze_code()
    try:
        return run(args)
    finally:
        empty_trash()
        if FROZEN is not None:
            shutil.rmtree(FROZEN, ignore_errors=True)


def run(args: argparse.Namespace) -> int:
    if args.dropped_pairs:
        for n in args.sizes:
            print(dropped_pairs(n, args.seed, args.dropped_pairs, args.rounds, args.timeout))
        return 0
    if args.cold_pairs:
        for n in args.sizes:
            print(cold_pairs(n, args.seed, args.cold_pairs, args.rounds, args.timeout))
        return 0
    if args.pool:
        pool_results = [bench_pool(n, args.seed, args.timeout) for n in args.sizes]
        print(report_pool(pool_results))
        return 0
    results = []
    for n in args.sizes:
        results.append(
            bench_size(n, args.seed, args.timeout, tuple(args.assembly_change), args.dropped_repeat)
        )
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(report(results))
    print(f"\n(results in {RESULTS.relative_to(ROOT)}, cpu count {os.cpu_count()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

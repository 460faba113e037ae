"""Archive benchmark: extract a newsroom archive on Dask workers, carve a dossier, build it.

1. An archive of N generated articles (``bench/make_corpus.py``, default 10,000).
2. Its extraction (``timeline dossier --extract``: every article into an empty cache, no
   assembly) with 1 worker (this process) and then 2 local Dask workers, each in a fresh
   process: wall time, CPU time of the whole process tree (the driver, the fork server,
   the Dask nannies and workers: sampled from ``/proc``, as ``bench/build.py`` does, since
   ``RUSAGE_CHILDREN`` misses the processes nobody waits for), CPU time per article,
   speed-up, peak memory of the whole tree (proportional set sizes summed), of the driver
   and of each worker (``ru_maxrss`` reported by each worker at the end of the run).
3. A dossier of about D articles (default 200: one outlet over a date range chosen on the
   archive so that it holds D) declared in ``mkdocs.yml``; ``timeline dossier --preview``
   timed; the dossier site built with ``mkdocs build`` (its articles found extracted in
   the cache, the chronology assembled from them alone, every page rendered: no page memo
   yet), against a plain mkdocs-material build (search plugin, no timeline plugin) of as
   many Markdown pages made from the dossier's article texts. Each build's wall and CPU
   time is split by MkDocs' events (the hooks of ``bench/site_phases``): startup (the
   imports, the configuration, the files), ``on_files`` (the timeline plugin: the
   chronology, the pages' Markdown, the exports' start), ``on_nav`` (navigation, memo
   lookup), reading and converting the pages MkDocs renders itself, ``on_env`` (the second
   process's start), the pages built (templates, writes, the second process's results),
   ``on_post_build`` (exports, memo, search index, the site's swap) and the exit.
4. The estimate for 10^6 articles on N workers, from the measured CPU time per article and
   the parallel efficiency of 2 workers (the wall-clock speed-up / 2; when the one-process
   run got less than 90 % of a core, the machine was shared and the CPU efficiency is used
   instead: one process's CPU per article over the 2-worker run's), plus the driver's share
   that stays serial: reading the archive and looking it up in the cache (per article).

Timings on a shared 2-core machine are noisy: CPU time per article is the steadier figure
when other processes compete for the cores. Every build imports a frozen copy of the
package (one version of the code for the whole run).

    python bench/archive.py                         # 10,000 articles, dossier of 200
    python bench/archive.py --articles 300 --dossier 60    # a quick run
    python bench/archive.py --dossier-only --repeat 3      # step 3 alone, on the archive
        # extracted by an earlier run (its chronology memo dropped, as after extraction);
        # with none, the dossier's articles alone extracted by the warm-up build
    python bench/archive.py --dossier-only --repeat 3 --second-process-pages 0
        # the same, the dossier built in one process (the plugin's threshold set to 0)
    python bench/archive.py --dossier-only --repeat 3 --cold-templates
        # the same, the theme's templates compiled by each dossier build (no build before)
    python bench/archive.py --dossier-only --instructions  # one pair run under cachegrind:
        # instructions and estimated cycles, the figure the load does not move (40x slower)

Results: a report on stdout and ``bench/results/archive.json`` (git-ignored).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build as site_bench  # noqa: E402
import instructions  # noqa: E402
import speed_probe  # noqa: E402
from make_corpus import make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "archive"
RESULTS = ROOT / "bench" / "results" / "archive.json"
TARGETS = {"speed_up": 1.7, "dossier_vs_plain": 1.5}
ESTIMATE_WORKERS = (1, 2, 8, 32, 128)
BUILDS = ("dossier_build", "plain_build")  # the two builds of a pair

# the extraction child: extract the archive, print the pipeline's statistics as JSON
# (a PROGRESS line about every 10 %, passed on to the terminal by the measuring wrapper)
EXTRACT_CHILD = """\
import json, resource, sys, time
from pathlib import Path
from timeline.pipeline import BuildSettings, extract_archive

START = time.perf_counter()
SHOWN = [0]


def progress(done, total):
    if done * 10 // max(1, total) > SHOWN[0] or done == total:
        SHOWN[0] = done * 10 // max(1, total)
        print(f"PROGRESS {sys.argv[1]} worker(s): {done}/{total} articles extracted, "
              f"{time.perf_counter() - START:.0f} s", file=sys.stderr, flush=True)


if __name__ == "__main__":
    stats = extract_archive(
        BuildSettings(root=Path("."), content_dir_name="archive", workers=int(sys.argv[1]),
                      progress=False),
        progress=progress,
    )
    print("STATS " + json.dumps({
        "articles": stats.articles, "extracted": stats.extracted, "cached": stats.cached,
        "workers": stats.workers, "where": stats.where, "seconds": stats.seconds,
        "worker_peak_mb": stats.worker_peak_mb,
        "driver_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }), file=sys.stderr)
"""

DOSSIER_MKDOCS = """\
site_name: Dossier
site_url: https://example.org/dossier/
docs_dir: docs
theme:
  name: material
  language: fr
{hooks}plugins:
  - search:
      lang: fr
  - timeline:
      content_dir: archive{second_process}
      {inert_hooks}
      dossier:
        name: banc d'essai
        outlets: [{outlet}]
        from: {start}
        to: {end}
"""


def measure_tree(command: list[str], cwd: Path, timeout: float) -> dict[str, Any]:
    """Run ``command`` in a fresh wrapper process: wall time, CPU time of the whole tree,
    the largest process's peak RSS, its stderr's last lines."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": site_bench.SOURCE_DATE_EPOCH}
    if site_bench.FROZEN is not None:
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(site_bench.FROZEN), env.get("PYTHONPATH")])
        )
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--measure", "--", *command],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,  # the wrapper's stderr (progress lines) goes through
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": None, "error": f"timeout after {timeout:.0f} s"}
    try:
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))
    except (IndexError, ValueError):
        return {"seconds": None, "error": done.stdout[-2000:]}


def measure_here(command: list[str]) -> dict[str, Any]:
    """Run ``command``: wall and CPU time of its whole process tree, the peak RSS of its
    largest process, the peak memory of the whole tree; its PROGRESS lines are shown as
    they come.

    ``RUSAGE_CHILDREN`` counts only the processes waited for: not the local cluster's fork
    server (never waited for) nor the Dask workers it forks. So the tree is also sampled
    from ``/proc`` every 0.1 s (``build._tree_pss_kb``: each process's CPU seconds so far,
    proportional set sizes summed), and the CPU figure is the larger of the two."""
    started = time.perf_counter()
    cpu: dict[int, float] = {}
    tree_peak = [0]
    done = threading.Event()

    def sample(pid: int) -> None:
        while not done.is_set():
            tree_peak[0] = max(tree_peak[0], site_bench._tree_pss_kb(pid, cpu))
            done.wait(0.1)

    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, text=True)
        sampler = threading.Thread(target=sample, args=(proc.pid,), daemon=True)
        sampler.start()
        assert proc.stderr is not None
        err = []
        for line in proc.stderr:
            err.append(line)
            if line.startswith("PROGRESS "):
                print("  " + line[len("PROGRESS ") :], end="", file=sys.stderr, flush=True)
        proc.wait()
        done.set()
        sampler.join()
        out.seek(0)
        stdout, stderr = out.read(), "".join(err)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited = usage.ru_utime + usage.ru_stime
    result: dict[str, Any] = {
        "seconds": round(seconds, 3),
        "cpu_seconds": round(max(waited, sum(cpu.values())), 3),
        "cpu_seconds_waited": round(waited, 3),  # the processes waited for alone
        "peak_mb": round(usage.ru_maxrss / 1024, 1),
        "tree_peak_mb": round(tree_peak[0] / 1024, 1),
        "returncode": proc.returncode,
    }
    stats = re.findall(r"^STATS (.*)$", stderr, re.MULTILINE)
    if stats:
        result["stats"] = json.loads(stats[-1])
    if proc.returncode != 0:
        result["error"] = stderr[-2000:]
    result["stdout"] = stdout[-3000:]
    return result


def make_archive(n: int, seed: int) -> Path:
    """``OUT/archive-N``: the project, its archive in ``archive/`` (made once, reused)."""
    project = OUT / f"archive-{n}-{seed}"
    archive = project / "archive"
    if not (archive.is_dir() and len(list(archive.glob("*.md"))) == n):
        shutil.rmtree(project, ignore_errors=True)
        make_corpus(n, project, seed)
        (project / "content").rename(archive)
    (project / "docs").mkdir(exist_ok=True)
    return project


def extract(project: Path, workers: int, timeout: float) -> dict[str, Any]:
    shutil.rmtree(project / ".timeline", ignore_errors=True)
    script = project / "extract_child.py"
    script.write_text(EXTRACT_CHILD, encoding="utf-8")
    result = measure_tree([sys.executable, str(script), str(workers)], project, timeout)
    stats = result.get("stats") or {}
    if stats.get("articles"):
        result["cpu_ms_per_article"] = round(1000 * result["cpu_seconds"] / stats["articles"], 1)
        result["extract_seconds"] = round(stats["seconds"]["extract"], 2)
        result["load_ms_per_article"] = round(
            1000 * (stats["seconds"]["load"] + stats["seconds"]["lookup"]) / stats["articles"], 3
        )
    cache = project / ".timeline" / "cache.sqlite"
    if cache.is_file():
        result["cache_bytes_per_article"] = round(
            cache.stat().st_size / max(1, len(_articles(project)))
        )
    return result


def _articles(project: Path) -> list[Path]:
    return sorted((project / "archive").glob("*.md"))


def choose_dossier(project: Path, size: int) -> tuple[str, dt.date, dt.date]:
    """One outlet and the date range from its first article that holds ``size`` of its
    articles (the archive's front matter read directly: no timeline code)."""
    by_outlet: dict[str, list[dt.date]] = {}
    for path in _articles(project):
        head = path.read_text(encoding="utf-8").split("\n---\n", 1)[0]
        date = re.search(r"^date: (\S+)$", head, re.MULTILINE)
        source = re.search(r"^source: (\S+)$", head, re.MULTILINE)
        if date and source:
            by_outlet.setdefault(source.group(1), []).append(dt.date.fromisoformat(date.group(1)))
    outlet = "lemonde.fr" if "lemonde.fr" in by_outlet else sorted(by_outlet)[0]
    dates = sorted(by_outlet[outlet])
    end = dates[min(size, len(dates)) - 1]
    return outlet, dates[0], end


def forget_chronologies(project: Path) -> int:
    """Back to the state extraction leaves (every article extracted, no chronology
    assembled): the memoised chronologies of the archive's cache dropped (how many there
    were is returned), the event IDs a dossier build registered (``ids.yml``, and its index
    ``ids.sqlite``), the titles and the articles' parts of assembly it kept
    (``titles.sqlite``, ``parts.sqlite``). The theme's compiled templates stay
    (``templates.marshal``: a project that has built before, compiled.py), as the
    extractions and the archive's index do; ``--cold-templates`` drops them before each
    dossier build."""
    (project / "archive" / "ids.yml").unlink(missing_ok=True)
    for name in ("ids.sqlite", "titles.sqlite", "parts.sqlite"):  # no assembly yet
        (project / ".timeline" / name).unlink(missing_ok=True)
    path = project / ".timeline" / "cache.sqlite"
    if not path.is_file():  # nothing extracted yet: the next build extracts the dossier
        return 0
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        return conn.execute("DELETE FROM chronologies").rowcount


def bench(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {"articles": args.articles, "cpu_count": os.cpu_count()}
    print(f"archive of {args.articles} articles...", file=sys.stderr, flush=True)
    project = make_archive(args.articles, args.seed)
    if args.dossier_only:
        results["dossier_only"] = True
        if not (project / ".timeline" / "cache.sqlite").is_file():
            # no earlier run extracted the archive (a new machine): the warm-up build
            # extracts the dossier's articles alone, all a dossier's build looks up (the
            # cache is opened by key, checked in its schema tables only: its other rows
            # cost the build nothing)
            results["dossier_extracted_by_warm_up"] = True
            args.warm_up = True
        return dossier_runs(project, args, results)
    for workers in args.workers:
        print(f"extraction, {workers} worker(s)...", file=sys.stderr, flush=True)
        load = [round(x, 2) for x in os.getloadavg()]
        results[f"extract_{workers}"] = extract(project, workers, args.timeout)
        results[f"extract_{workers}"]["load_average_before"] = load
        print(json.dumps(results[f"extract_{workers}"]), file=sys.stderr, flush=True)
        save(results)
    one = results.get("extract_1", {}).get("extract_seconds")
    two = results.get("extract_2", {}).get("extract_seconds")
    if one and two:
        results["speed_up"] = round(one / two, 2)
    # the dossier: the archive stays extracted (the last extraction's cache)
    return dossier_runs(project, args, results)


def dossier_runs(
    project: Path, args: argparse.Namespace, results: dict[str, Any]
) -> dict[str, Any]:
    """Step 3 (``--repeat`` pairs of builds: the dossier site and the plain build, each
    time from the state extraction leaves, in turn in either order: the dossier first, then
    the plain build first) and the estimate. The verdict is the median of the pairs'
    ratios, printed beside each build's spread: on a shared machine the plain build's own
    noise (3.0-4.8 s for the same build) decided a single pair's verdict."""
    outlet, start, end = choose_dossier(project, args.dossier)
    (project / "mkdocs.yml").write_text(
        DOSSIER_MKDOCS.format(
            outlet=outlet,
            start=start,
            end=end,
            second_process=_second_process(args),
            hooks=site_bench.hooks_setting(),
            inert_hooks=site_bench.INERT_HOOKS,
        ),
        encoding="utf-8",
    )
    results["second_process_pages"] = args.second_process_pages
    results["cold_templates"] = args.cold_templates
    results["dossier_declared"] = {"outlet": outlet, "from": str(start), "to": str(end)}
    preview = [sys.executable, "-m", "timeline", "dossier", "--preview"]
    results["preview"] = measure_tree(preview, project, args.timeout)
    tail = results["preview"].get("stdout", "").strip().splitlines()
    results["preview_summary"] = tail[-1] if tail else None
    runs: list[dict[str, Any]] = []
    probing = (
        speed_probe.SpeedProbes()
        if args.probe and not args.instructions
        else contextlib.nullcontext()
    )
    with probing as probes:
        if args.warm_up:
            results["warm_up"] = warm_up(project, args, probes)
        for run in range(args.repeat):
            if args.dossier_only or run or args.warm_up:
                forget_chronologies(project)
            # the plain build first in every other pair (its page count: the first dossier's)
            pages = runs[0].get("dossier_pages") if run % 2 and runs else None
            runs.append(
                dossier_run(project, args, outlet, start, end, plain_pages=pages, probes=probes)
            )
            print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
        if probes is not None:
            weigh_runs(runs, speed_probe.fastest_unit(probes.readings()))
    count_runs(runs)
    results["dossier_runs"] = runs
    results.update(runs[-1])
    results["dossier_pairs"] = pairs_summary(runs)
    results["estimate"] = estimate(results)
    return results


def warm_up(
    project: Path, args: argparse.Namespace, probes: speed_probe.SpeedProbes | None
) -> dict[str, Any]:
    """One dossier build left out of the pairs, so that each pair's dossier build finds
    the cache as an extraction by this code leaves it: the articles this code has not
    extracted extracted, and what assembly reads of each article alone read again when
    assembly's code changed since (``events.article_reads``: the first build after such a
    change reads the dossier's articles again and compiles the temporal tagger, about 2 s
    of CPU more than the next). Its figures are kept apart."""
    if args.dossier_only:
        forget_chronologies(project)
    site_bench.set_aside(project / "site")
    (project / ".timeline" / "pages.sqlite").unlink(missing_ok=True)
    print("dossier site (warm-up, not counted)...", file=sys.stderr, flush=True)
    built = timed_build(project, args, probes, counting=False)
    told = {k: built.get(k) for k in ("seconds", "cpu_seconds", "extracted", "read_alone")}
    return {**told, "error": built["error"][:200]} if built.get("error") else told


def timed_build(
    project: Path,
    args: argparse.Namespace,
    probes: speed_probe.SpeedProbes | None,
    *,
    counting: bool | None = None,
) -> dict[str, Any]:
    """``mkdocs build`` of ``project`` measured, and with probes its CPU counted in the
    probes' units too (``probe_units``: see speed_probe.py); with ``--instructions``
    (unless ``counting`` is False), run under cachegrind instead: its instructions and
    estimated cycles (see instructions.py)."""
    if args.instructions if counting is None else counting:
        return counted_build(project, args)
    with speed_probe.sampled(probes) as sampler:
        built = site_bench.mkdocs_build(project, args.timeout)
    if sampler is None or probes is None or not built.get("cpu_seconds"):
        return built
    raw = sum(cpu for _, _, cpu in sampler.samples if cpu > 0)
    units = speed_probe.probe_units(sampler.samples, probes.readings())
    if raw > 0 and units > 0:
        built["probe_units"] = round(built["cpu_seconds"] * units / raw, 1)
    return built


def counted_build(project: Path, args: argparse.Namespace) -> dict[str, Any]:
    """``mkdocs build`` of ``project`` run under cachegrind (``instructions.prefix``): the
    figures of ``site_bench.mkdocs_build`` (slowed about fortyfold) with the
    instructions and estimated cycles of the whole tree."""
    folder = Path(tempfile.mkdtemp(prefix="cachegrind-"))
    try:
        command = [sys.executable, "-c", site_bench.MKDOCS_CHILD, "build", "-q", "-f", "mkdocs.yml"]
        built = site_bench.measure([*instructions.prefix(folder), *command], project, args.timeout)
        if built.get("returncode") == 0:
            counts = instructions.counted(folder)
            built["instructions"] = counts.instructions
            built["estimated_cycles"] = counts.cycles
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return built


def count_runs(runs: list[dict[str, Any]]) -> None:
    """Each pair's ratios of instructions and of estimated cycles (builds run under
    cachegrind: ``--instructions``)."""
    for run in runs:
        if run["dossier_build"].get("error"):
            continue
        for key in ("instructions", "estimated_cycles"):
            dossier, plain = (run.get(k, {}).get(key) for k in BUILDS)
            if dossier and plain:
                run[f"dossier_vs_plain_{key}"] = round(dossier / plain, 3)


def weigh_runs(runs: list[dict[str, Any]], second: float) -> None:
    """Each build's probe units in seconds of a core at its fastest (``second``: a unit's
    CPU seconds then, one figure for the whole run, so that ratios are the units'), and
    each pair's ratio by them."""
    for run in runs:
        for name in BUILDS:
            if run.get(name, {}).get("probe_units"):
                run[name]["normalised_cpu_seconds"] = round(run[name]["probe_units"] * second, 3)
        dossier, plain = (run.get(k, {}).get("probe_units") for k in BUILDS)
        if dossier and plain and not run["dossier_build"].get("error"):
            run["dossier_vs_plain_normalised"] = round(dossier / plain, 2)


def _second_process(args: argparse.Namespace) -> str:
    """The plugin's ``second_process_pages`` line of the dossier's mkdocs.yml (none: the
    plugin's default)."""
    if args.second_process_pages is None:
        return ""
    return f"\n      second_process_pages: {args.second_process_pages}"


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "min": round(min(values), 2),
        "median": round(statistics.median(values), 2),
        "max": round(max(values), 2),
    }


def pairs_summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The pairs' verdict: the median of their wall ratios (and of their CPU ratios), the
    ratio of the median walls, and each build's spread (min, median, max). A pair whose
    dossier build extracted articles (the first after a change of the extraction code's
    cache key) measures extraction, not the site: it is left out and counted apart."""
    measured = [r for r in runs if r.get("dossier_vs_plain")]
    done = [r for r in measured if not r.get("dossier_build", {}).get("extracted")]
    if not done:
        return {}
    dossier = [r["dossier_build"]["seconds"] for r in done]
    plain = [r["plain_build"]["seconds"] for r in done]
    cpu = [r["dossier_vs_plain_cpu"] for r in done if r.get("dossier_vs_plain_cpu")]
    both = [r for r in done if r["dossier_build"].get("cpu_seconds")]
    both = [r for r in both if r["plain_build"].get("cpu_seconds")]
    dossier_cpu = [r["dossier_build"]["cpu_seconds"] for r in both]
    plain_cpu = [r["plain_build"]["cpu_seconds"] for r in both]
    users = [r for r in both if r["dossier_build"].get("user_seconds")]
    users = [r for r in users if r["plain_build"].get("user_seconds")]
    dossier_user = [r["dossier_build"]["user_seconds"] for r in users]
    plain_user = [r["plain_build"]["user_seconds"] for r in users]
    weighed = [r for r in done if r.get("dossier_vs_plain_normalised")]
    counted = [r for r in done if r.get("dossier_vs_plain_estimated_cycles")]
    return {
        # with --instructions: each build run under cachegrind (instructions.py), the
        # median of the pairs' ratios of estimated cycles and of instructions
        "median_cycles_ratio": (
            round(statistics.median(r["dossier_vs_plain_estimated_cycles"] for r in counted), 3)
            if counted
            else None
        ),
        "median_instructions_ratio": (
            round(statistics.median(r["dossier_vs_plain_instructions"] for r in counted), 3)
            if counted
            else None
        ),
        "cycles_ratios": [r["dossier_vs_plain_estimated_cycles"] for r in counted],
        # the verdict: each build's CPU counted in the speed probes' units (speed_probe.py),
        # the median of the pairs' ratios
        "median_normalised_ratio": (
            round(statistics.median(r["dossier_vs_plain_normalised"] for r in weighed), 2)
            if weighed
            else None
        ),
        # each pair's, in order: how far one pair is from the next
        "normalised_ratios": sorted(r["dossier_vs_plain_normalised"] for r in weighed),
        "normalised_ratio_of_medians": _ratio(
            [r["dossier_build"]["probe_units"] for r in weighed],
            [r["plain_build"]["probe_units"] for r in weighed],
        ),
        "dossier_normalised_seconds": _spread(
            [r["dossier_build"]["normalised_cpu_seconds"] for r in weighed]
        )
        if weighed
        else None,
        "plain_normalised_seconds": _spread(
            [r["plain_build"]["normalised_cpu_seconds"] for r in weighed]
        )
        if weighed
        else None,
        "pairs": len(done),
        "pairs_left_out": len(measured) - len(done),
        "median_ratio": round(statistics.median(r["dossier_vs_plain"] for r in done), 2),
        "ratio_of_medians": round(statistics.median(dossier) / statistics.median(plain), 2),
        "median_cpu_ratio": round(statistics.median(cpu), 2) if cpu else None,
        "cpu_ratio_of_medians": _ratio(dossier_cpu, plain_cpu),
        # the CPU in user mode: a build's time in the kernel (writing files, faulting
        # pages in) varied threefold with the load, its time in user mode by 10 % (two runs
        # of five pairs minutes apart gave 2.66 and 1.49 by the CPU, 2.08 and 2.03 by this)
        "user_ratio_of_medians": _ratio(dossier_user, plain_user),
        "dossier_seconds": _spread(dossier),
        "plain_seconds": _spread(plain),
        "dossier_cpu_seconds": _spread(dossier_cpu) if both else None,
        "plain_cpu_seconds": _spread(plain_cpu) if both else None,
        "dossier_user_seconds": _spread(dossier_user) if users else None,
        "plain_user_seconds": _spread(plain_user) if users else None,
    }


def _ratio(numerators: list[float], denominators: list[float]) -> float | None:
    """The ratio of the medians (None without figures)."""
    if not numerators or not denominators:
        return None
    return round(statistics.median(numerators) / statistics.median(denominators), 2)


def dossier_run(
    project: Path,
    args: argparse.Namespace,
    outlet: str,
    start: dt.date,
    end: dt.date,
    *,
    plain_pages: int | None = None,
    probes: speed_probe.SpeedProbes | None = None,
) -> dict[str, Any]:
    """The dossier site built (no page memo, no site yet) and the plain build of as many
    pages, each with the load average before it: the dossier first, or the plain build
    first when its number of pages is given (``plain_pages``)."""
    found: dict[str, Any] = {}
    if plain_pages is not None:
        found["plain_first"] = True
        found["plain_build"] = plain_build(
            project, args, outlet, start, end, plain_pages, probes=probes
        )
    site_bench.set_aside(project / "site")  # not deleted just before a build: see there
    # the compiled templates stay (a project that has built before: compiled.py), unless
    # --cold-templates
    dropped = ("pages.sqlite", "templates.marshal") if args.cold_templates else ("pages.sqlite",)
    for name in dropped:
        (project / ".timeline" / name).unlink(missing_ok=True)
    print("dossier site...", file=sys.stderr, flush=True)
    load = [round(x, 2) for x in os.getloadavg()]
    found["dossier_build"] = timed_build(project, args, probes)
    found["dossier_build"]["load_average_before"] = load
    built = found["dossier_build"]
    # what the ratio is worth: the dossier new to the cache (its chronology assembled, not
    # read from the memo; its articles found extracted, as extraction leaves them)
    if built.get("chronology_memo"):
        built["error"] = "the chronology came from the memo: no assembly measured"
    elif built.get("extracted"):
        built["note"] = f"{built['extracted']} articles extracted during the build: ignore it"
    pages = site_bench.html_pages(project / "site") if (project / "site").is_dir() else []
    found["dossier_pages"] = len(pages)
    found["dossier_articles"] = found["dossier_build"].get("articles")
    if plain_pages is None:
        found["plain_build"] = plain_build(
            project, args, outlet, start, end, len(pages), probes=probes
        )
    if "error" in found["dossier_build"]:
        return found
    seconds, base = found["dossier_build"].get("seconds"), found["plain_build"].get("seconds")
    if seconds and base:
        found["dossier_vs_plain"] = round(seconds / base, 2)
    seconds, base = (found[k].get("cpu_seconds") for k in ("dossier_build", "plain_build"))
    if seconds and base:  # steadier than wall time when other processes share the machine
        found["dossier_vs_plain_cpu"] = round(seconds / base, 2)
    return found


def plain_build(
    project: Path,
    args: argparse.Namespace,
    outlet: str,
    start: dt.date,
    end: dt.date,
    pages: int,
    *,
    probes: speed_probe.SpeedProbes | None = None,
) -> dict[str, Any]:
    """The plain baseline: ``pages`` pages made from the dossier's texts, built by
    mkdocs-material alone, with the load average before it."""
    dossier_texts = OUT / "dossier-texts"
    site_bench.set_aside(dossier_texts)
    (dossier_texts / "content").mkdir(parents=True)
    for path in _articles(project):
        head = path.read_text(encoding="utf-8").split("\n---\n", 1)[0]
        date = dt.date.fromisoformat(re.search(r"^date: (\S+)$", head, re.MULTILINE).group(1))  # type: ignore[union-attr]
        if f"\nsource: {outlet}\n" in head + "\n" and start <= date <= end:
            shutil.copy(path, dossier_texts / "content" / path.name)
    site_bench.OUT = OUT
    plain = site_bench.plain_project(args.dossier, pages, dossier_texts)
    print("plain build...", file=sys.stderr, flush=True)
    load = [round(x, 2) for x in os.getloadavg()]
    built = timed_build(plain, args, probes)
    built["load_average_before"] = load
    return built


def save(results: dict[str, Any]) -> None:
    """Results so far (a long run interrupted keeps its finished steps)."""
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2), encoding="utf-8")


def estimate(results: dict[str, Any]) -> dict[str, Any]:
    """10^6 articles on N workers: CPU per article / (N x efficiency) + the serial part.

    Efficiency: the measured wall-clock speed-up / 2 on a quiet machine; when other
    processes compete for the cores (the speed-up then says little), the CPU efficiency:
    one process's CPU per article over the 2-worker run's (its second model load, Dask's
    processes, two busy cores sharing caches), the lower bound the wall figure tends to."""
    one, two = results.get("extract_1", {}), results.get("extract_2", {})
    cpu_ms = one.get("cpu_ms_per_article")
    if not cpu_ms:
        return {}
    wall = min(1.0, results.get("speed_up", 2.0) / 2)
    cpu = min(1.0, cpu_ms / (two.get("cpu_ms_per_article") or cpu_ms))
    # a machine shared with other work: the one-process run got less than 90 % of a core
    busy = (one.get("cpu_seconds") or 0) < 0.9 * (one.get("seconds") or 0)
    efficiency = max(wall, cpu) if busy else wall
    serial_ms = one.get("load_ms_per_article", 0.0)
    hours = {
        str(n): round(1e6 * (cpu_ms / (n * (efficiency if n > 1 else 1.0)) + serial_ms) / 3.6e6, 2)
        for n in ESTIMATE_WORKERS
    }
    cache_gb = round(1e6 * (two.get("cache_bytes_per_article") or 0) / 1e9, 1)
    return {
        "cpu_ms_per_article": cpu_ms,
        "parallel_efficiency": round(efficiency, 2),
        "wall_efficiency": round(wall, 2),
        "cpu_efficiency": round(cpu, 2),
        "machine_busy": busy,
        "driver_ms_per_article": serial_ms,
        "hours_by_workers": hours,
        "cache_gb": cache_gb,
    }


def _phases(build: dict[str, Any]) -> str:
    """The building process's split (the hooks of bench/site_phases: MkDocs' events),
    "on_files 2.10/2.05 (chronology 1.60), ...": wall/CPU seconds of each phase."""
    told = []
    for phase, (wall, cpu) in build["site_phases"].items():
        extra = ""
        if phase == "on_files" and build.get("chronology_seconds") is not None:
            extra = f" (chronology {build['chronology_seconds']})"
        told.append(f"{phase} {wall:.2f}/{cpu:.2f}{extra}")
    return ", ".join(told)


def _by_process(build: dict[str, Any]) -> str:
    """The CPU of the building process and of each second process it forked (its exports',
    its pages'), from the samples of /proc (``bench/build.py``'s ``measure_child``): what
    the second processes cost beside what they take off the building process."""
    seconds = [p["cpu"] for p in build["processes"] if p["role"] == "second process"]
    told = f"building process {site_bench.build_cpu(build, 'build')}"
    return told + (f", second processes {seconds}" if seconds else ", no second process")


def report(r: dict[str, Any]) -> str:
    lines = [f"archive: {r['articles']} articles, {r['cpu_count']} CPUs"]
    for key in sorted(k for k in r if k.startswith("extract_")):
        e = r[key]
        stats = e.get("stats") or {}
        peaks = stats.get("worker_peak_mb") or {}
        driver = stats.get("driver_peak_mb")
        lines.append(
            f"  {key}: extraction {e.get('extract_seconds')} s (whole run {e.get('seconds')} s), "
            f"CPU {e.get('cpu_ms_per_article')} ms/article (all processes), "
            f"whole tree peak {e.get('tree_peak_mb')} MB, "
            f"driver peak {round(driver) if driver else '?'} MB, "
            f"worker peaks {sorted(round(v) for v in peaks.values()) or '-'} MB, "
            f"{stats.get('where')}; load average before {e.get('load_average_before')}"
        )
    lines.append(f"  speed-up 2 workers / 1: {r.get('speed_up')} (target >= {TARGETS['speed_up']})")
    d = r.get("dossier_declared", {})
    lines.append(f"dossier: {d} -> {r.get('preview_summary')}")
    if r.get("second_process_pages") is not None:
        lines.append(f"  second_process_pages: {r['second_process_pages']}")
    if r.get("cold_templates"):
        lines.append("  templates compiled by each dossier build (--cold-templates)")
    lines.append(f"  preview {r.get('preview', {}).get('seconds')} s")
    for run in r.get("dossier_runs") or [r]:
        built, plain = run.get("dossier_build", {}), run.get("plain_build", {})
        lines.append(
            f"  site: {run.get('dossier_pages')} pages in {built.get('seconds')} s "
            f"(chronology {built.get('chronology_seconds')} s); plain "
            f"mkdocs-material {plain.get('seconds')} s; ratio "
            f"{run.get('dossier_vs_plain')} (target <= {TARGETS['dossier_vs_plain']}); CPU "
            f"{built.get('cpu_seconds')} s against {plain.get('cpu_seconds')} s: "
            f"{run.get('dossier_vs_plain_cpu')}, normalised "
            f"{built.get('normalised_cpu_seconds')} s against "
            f"{plain.get('normalised_cpu_seconds')} s: {run.get('dossier_vs_plain_normalised')}"
            f"; load average before "
            f"{built.get('load_average_before')}, {plain.get('load_average_before')}; "
            f"chronology {built.get('chronology_phases')}"
            + (
                f"; estimated cycles {built['estimated_cycles']:,} against "
                f"{plain.get('estimated_cycles') or 0:,}: "
                f"{run.get('dossier_vs_plain_estimated_cycles')}, instructions "
                f"{built['instructions']:,} against {plain.get('instructions') or 0:,}: "
                f"{run.get('dossier_vs_plain_instructions')}"
                if built.get("estimated_cycles")
                else ""
            )
            + (
                f"; {built['read_alone']} articles read alone at extraction"
                if "read_alone" in built
                else ""
            )
            + (f"; {built['note']}" if built.get("note") else "")
            + (f"; ERROR {built['error'][:200]}" if built.get("error") else "")
            + ("; plain build first" if run.get("plain_first") else "")
        )
        for name, build in (("dossier", built), ("plain", plain)):
            if build.get("site_phases"):
                lines.append(f"    {name} build, wall/CPU s by phase: {_phases(build)}")
        if built.get("processes"):
            lines.append(f"    dossier build, CPU s by process: {_by_process(built)}")
    pairs = r.get("dossier_pairs") or {}
    if r.get("warm_up"):
        lines.append(f"  warm-up dossier build (not counted): {r['warm_up']}")
    if r.get("dossier_extracted_by_warm_up"):
        lines.append("  (no extracted archive: the warm-up extracted the dossier's articles alone)")
    if pairs.get("median_normalised_ratio") is not None:
        lines.append(
            f"  {pairs['pairs']} pairs, CPU normalised by the speed probes: median ratio "
            f"{pairs['median_normalised_ratio']} (target <= {TARGETS['dossier_vs_plain']}), "
            f"ratio of the medians {pairs['normalised_ratio_of_medians']}, each pair's "
            f"{pairs['normalised_ratios']}; dossier s "
            f"{pairs['dossier_normalised_seconds']}, plain s {pairs['plain_normalised_seconds']}"
        )
    if pairs.get("median_cycles_ratio") is not None:
        lines.append(
            f"  {len(pairs['cycles_ratios'])} pair(s) run under cachegrind: median ratio of "
            f"estimated cycles {pairs['median_cycles_ratio']} (target <= "
            f"{TARGETS['dossier_vs_plain']}), each pair's {pairs['cycles_ratios']}; of "
            f"instructions {pairs['median_instructions_ratio']}"
        )
    if pairs:
        lines.append(
            f"  {pairs['pairs']} pairs: median ratio {pairs['median_ratio']} "
            f"(target <= {TARGETS['dossier_vs_plain']}), ratio of the median walls "
            f"{pairs['ratio_of_medians']}, median CPU ratio {pairs['median_cpu_ratio']}, "
            f"CPU ratio of the medians {pairs.get('cpu_ratio_of_medians')}, in user mode "
            f"{pairs.get('user_ratio_of_medians')}; "
            f"dossier s {pairs['dossier_seconds']}, plain s {pairs['plain_seconds']}, "
            f"dossier CPU s {pairs.get('dossier_cpu_seconds')}, "
            f"plain CPU s {pairs.get('plain_cpu_seconds')}, dossier user s "
            f"{pairs.get('dossier_user_seconds')}, plain user s {pairs.get('plain_user_seconds')}"
            + (
                f"; {pairs['pairs_left_out']} pair(s) left out (the dossier extracted)"
                if pairs.get("pairs_left_out")
                else ""
            )
        )
    est = r.get("estimate") or {}
    if est:
        busy = "; machine busy: the CPU one used" if est.get("machine_busy") else ""
        lines.append(
            f"10^6 articles: {est['cpu_ms_per_article']} ms CPU an article, efficiency "
            f"{est['parallel_efficiency']} (wall {est.get('wall_efficiency')}, CPU "
            f"{est.get('cpu_efficiency')}{busy}), driver {est['driver_ms_per_article']} ms "
            f"an article (serial), cache about {est['cache_gb']} GB"
        )
        lines.append(
            "  hours by workers: "
            + ", ".join(f"{n}: {h} h" for n, h in est["hours_by_workers"].items())
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:2] == ["--measure", "--"]:
        print(json.dumps(measure_here(argv[2:])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--dossier", type=int, default=200, help="articles in the dossier")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per step")
    parser.add_argument("--live-code", action="store_true", help="no frozen copy of the code")
    parser.add_argument(
        "--dossier-only",
        action="store_true",
        help="step 3 alone, on the archive an earlier run extracted (no extraction)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="pairs of dossier and plain builds (in turn in either order; the verdict: the "
        "median of their ratios)",
    )
    parser.add_argument(
        "--no-probe",
        dest="probe",
        action="store_false",
        help="no speed probes (no normalised ratio; see speed_probe.py)",
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="run each build of the pairs under Valgrind's cachegrind: the verdict by "
        "instructions and estimated cycles, which the load cannot move (about 40 times "
        "slower: one pair is enough; see instructions.py)",
    )
    parser.add_argument(
        "--no-warm-up",
        dest="warm_up",
        action="store_false",
        help="no dossier build before the pairs (the first pair may then extract articles "
        "or read them again: it is left out when it extracted)",
    )
    parser.add_argument(
        "--cold-templates",
        action="store_true",
        help="drop the compiled templates an earlier build kept (.timeline/templates.marshal) "
        "before each dossier build: the theme compiled as in a project's first build",
    )
    parser.add_argument(
        "--second-process-pages",
        type=int,
        default=None,
        help="the dossier's second_process_pages (0: one process; default: the plugin's)",
    )
    args = parser.parse_args(argv)
    if args.instructions and not instructions.available():
        parser.error("--instructions: valgrind is not installed")
    OUT.mkdir(parents=True, exist_ok=True)
    site_bench.OUT = OUT
    site_bench.FROZEN = None if args.live_code else site_bench.freeze_code()
    try:
        results = bench(args)
    finally:
        site_bench.empty_trash()
        if site_bench.FROZEN is not None:
            shutil.rmtree(site_bench.FROZEN, ignore_errors=True)
    save(results)
    print(report(results))
    print(f"\n(results in {RESULTS.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

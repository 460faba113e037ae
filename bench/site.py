"""Seed site build benchmark (issue 4): cold and warm timeline builds against plain mkdocs-material.

    .venv/bin/python bench/site.py [--runs N] [--keep] [--live-code]

One run, on a temporary copy of the project (``mkdocs.yml``, ``docs/``, ``content/``; nothing
is written into the repository except ``bench/results/site.json``):

1. cold build, in this process: imports, then the spaCy model load (timed alone), then
   ``mkdocs.commands.build.build(load_config(...))`` with an empty ``.timeline/`` cache,
   split into extraction, assembly, page generation, exports and MkDocs' own rendering;
   then one cold ``mkdocs build`` in a fresh process (what an editor waits for);
2. warm builds (cache filled), ``--runs`` times each: a fresh ``mkdocs build`` process, and
   in-process (``load_config`` + ``build`` with the plugin and the model already loaded: the
   ``mkdocs serve`` situation);
3. a plain mkdocs-material build of the SAME pages, as many times each way: the generated
   pages rendered to Markdown files by the plugin's own page generator (``SitePages``), the
   chronology put into the home page, ``[[event:ID]]`` references written as Markdown links,
   the plugin's stylesheet copied, same theme, nav, extensions and search plugin, the plugin
   removed. The runs of 2 and 3 are interleaved so that a change of machine load hits both.

Target: median warm build - median plain build <= 1 s (``mkdocs build`` processes; the
in-process difference is shown too). The package is copied first and that copy is imported
by every build of the run (``--live-code`` uses the working tree instead). Results: a table
on stdout and ``bench/results/site.json`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import posixpath
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "site.json"
PROJECT_PARTS = ("mkdocs.yml", "docs", "content")
TARGET_SECONDS = 1.0
ENV = {"NO_MKDOCS_2_WARNING": "1"}  # mkdocs-material's banner, printed by every build

# A fresh ``mkdocs build``: the mkdocs CLI, plus the pipeline's one-line summary and, at exit,
# whether the spaCy model was loaded (a warm build must not load it).
MKDOCS_CHILD = """\
import json, logging, sys
logging.basicConfig(level=logging.WARNING, format='%(name)s: %(message)s')
logging.getLogger('timeline.pipeline').setLevel(logging.INFO)
from mkdocs.__main__ import cli
sys.argv[0] = 'mkdocs'
try:
    cli()
finally:
    nlp = sys.modules.get('timeline.events.nlp')
    loaded = bool(nlp and nlp._NLP is not None)
    print('BENCH ' + json.dumps({'model_loaded': loaded}), file=sys.stderr)
"""
STATS_RE = re.compile(r"chronology: (\d+) articles \((\d+) cached, (\d+) extracted")
CODE = re.compile(r"(```.*?```|`[^`\n]*`)", re.DOTALL)
MARKDOWN_LINK_SPECIALS = re.compile(r"([\\\[\]*_`])")


# -- the project copies -----------------------------------------------------------------


def copy_project(target: Path) -> Path:
    """``mkdocs.yml``, ``docs/`` and ``content/`` of the repository, copied into ``target``."""
    target.mkdir(parents=True)
    for name in PROJECT_PARTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy2(source, target / name)
    return target


def freeze_code(target: Path) -> Path:
    """A copy of the package, first on the import path of this process and of every build,
    so that the whole run measures one version of the code while others edit it."""
    shutil.copytree(
        ROOT / "timeline", target / "timeline", ignore=shutil.ignore_patterns("__pycache__")
    )
    sys.path.insert(0, str(target))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(target), os.getenv("PYTHONPATH")]))
    return target


def reset_outputs(project: Path) -> None:
    """No cache, no site: the state of a fresh clone."""
    shutil.rmtree(project / ".timeline", ignore_errors=True)
    shutil.rmtree(project / "site", ignore_errors=True)


# -- in-process builds ------------------------------------------------------------------


class Phases:
    """Seconds spent in the plugin's hooks during one in-process build (set by ``instrument``)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.chronology: dict[str, Any] = {}

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds


PHASES = Phases()


def _timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            PHASES.add(name, time.perf_counter() - start)

    return wrapper


def instrument() -> None:
    """Time the plugin's hooks and keep the pipeline's statistics, without editing the
    plugin: its ``on_files`` and ``on_post_build`` are wrapped at class level (before any
    config is loaded) and its ``load_chronology`` (replaceable, see its docstring) is
    replaced by the same call that also records ``run_build``'s timings."""
    from timeline.mkdocs_plugin import plugin as tp
    from timeline.pipeline import BuildSettings, HeadStart, run_build

    def load_chronology(settings: BuildSettings, started: HeadStart | None = None) -> Any:
        result = run_build(settings, started=started)
        stats = result.stats
        PHASES.chronology = {
            "articles": stats.articles,
            "cached": stats.cached,
            "extracted": stats.extracted,
            "seconds": {k: round(v, 4) for k, v in stats.seconds.items()},
        }
        return result.chronology, result.articles, result.digest

    tp.load_chronology = load_chronology
    plugin_class = tp.TimelinePlugin
    plugin_class.on_files = _timed("on_files", plugin_class.on_files)
    plugin_class.on_post_build = _timed("on_post_build", plugin_class.on_post_build)


class WarningCounter(logging.Handler):
    """Warnings of MkDocs and its plugins during an in-process build."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_in_process(project: Path, command: str = "build") -> tuple[dict[str, Any], Any]:
    """``load_config`` + ``build`` of ``project`` in this process; (timings, config)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    PHASES.seconds, PHASES.chronology = {}, {}
    counter = WarningCounter()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(counter)
    cwd = Path.cwd()
    os.chdir(project)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        config = load_config(config_file=str(project / "mkdocs.yml"))
        loaded = time.perf_counter() - wall
        config.plugins.on_startup(command=command, dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        os.chdir(cwd)
        logger.removeHandler(counter)
    result: dict[str, Any] = {
        "seconds": round(wall, 4),
        "cpu_seconds": round(cpu, 4),
        "load_config_seconds": round(loaded, 4),
        "warnings": len(counter.messages),
    }
    if counter.messages:
        result["first_warnings"] = counter.messages[:5]
    if PHASES.seconds:
        result["plugin"] = {k: round(v, 4) for k, v in PHASES.seconds.items()}
        result["chronology"] = PHASES.chronology
    return result, config


def breakdown(run: dict[str, Any]) -> dict[str, float]:
    """Where an instrumented in-process build went: pipeline stages, the plugin's pages
    and exports, and MkDocs' own work (config, rendering of every page, search index)."""
    chronology = run["chronology"]["seconds"]
    plugin = run["plugin"]
    parts = {
        "extraction": chronology.get("extract", 0.0),
        "assembly": chronology.get("assemble", 0.0),
        "articles + cache": chronology.get("load", 0.0) + chronology.get("lookup", 0.0),
    }
    parts["page generation"] = plugin.get("on_files", 0.0) - chronology.get("total", 0.0)
    parts["exports + redirects"] = plugin.get("on_post_build", 0.0)
    parts["mkdocs rendering"] = (
        run["seconds"] - plugin.get("on_files", 0.0) - parts["exports + redirects"]
    )
    return {k: round(v, 3) for k, v in parts.items()}


# -- fresh processes --------------------------------------------------------------------


def build_process(project: Path) -> dict[str, Any]:
    """One ``mkdocs build`` in a fresh Python process (imports included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", MKDOCS_CHILD, "build", "-q", "-f", "mkdocs.yml"],
        cwd=project,
        env={**os.environ, **ENV},
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result: dict[str, Any] = {"seconds": round(wall, 4), "cpu_seconds": round(cpu, 4)}
    if done.returncode != 0:
        result["error"] = done.stderr[-2000:]
    marker = [line for line in done.stderr.splitlines() if line.startswith("BENCH ")]
    if marker:
        result.update(json.loads(marker[-1][len("BENCH ") :]))
    stats = STATS_RE.findall(done.stderr)
    if stats:
        articles, cached, extracted = map(int, stats[-1])
        result.update(articles=articles, cached=cached, extracted=extracted)
    warnings = [
        line
        for line in done.stderr.splitlines()
        if line and not line.startswith(("BENCH ", "timeline.pipeline:"))
    ]
    if warnings:
        result["stderr"] = warnings[:5]
    return result


# -- the plain project ------------------------------------------------------------------


def _link_label(text: str) -> str:
    return MARKDOWN_LINK_SPECIALS.sub(r"\\\1", " ".join(text.split()))


def plain_references(markdown: str, src_uri: str, plugin: Any) -> str:
    """``[[event:ID]]`` / ``[[entity:ID]]`` outside code as Markdown links to the generated
    pages (what the plugin's extension renders as links); unknown IDs are left as text."""
    from timeline.markdown_ext import REFERENCE  # imported late: the frozen copy of the code

    def link(match: re.Match[str]) -> str:
        found = plugin.index.resolve(match["kind"], match["id"])
        if found is None:
            return match[0]
        current, target = found
        label = match["text"] or target.label or current
        page = plugin.src_of.get(target.url)
        if page is None:
            return match[0]
        href = posixpath.relpath(page, posixpath.dirname(src_uri) or ".")
        return f"[{_link_label(label)}]({href})"

    parts = CODE.split(markdown)
    return "".join(p if i % 2 else REFERENCE.sub(link, p) for i, p in enumerate(parts))


def plain_project(target: Path, project: Path, config: Any) -> dict[str, Any]:
    """The pages of the timeline build of ``project`` as a plain mkdocs-material project.

    ``config`` is the configuration of a finished in-process timeline build: its plugin
    holds the chronology, the page generator and the link index of that build."""
    from timeline.mkdocs_plugin import plugin as tp

    plugin = config.plugins["timeline"]
    docs = target / "docs"
    shutil.copytree(project / "docs", docs)
    generated = plugin.site.render_all()
    for src_uri, content in generated.items():
        path = docs / src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    home = docs / plugin.config.home
    fragment = plugin.site.home_fragment("")
    text = home.read_text(encoding="utf-8") if home.exists() else "# Chronologie\n\n"
    marker = plugin.config.marker
    text = text.replace(marker, fragment, 1) if marker in text else f"{text}\n\n{fragment}"
    home.write_text(text, encoding="utf-8")
    for page in docs.rglob("*.md"):
        src_uri = page.relative_to(docs).as_posix()
        if src_uri in generated:
            continue
        text = page.read_text(encoding="utf-8")
        page.write_text(plain_references(text, src_uri, plugin), encoding="utf-8")
    css = docs / tp.CSS_URI
    css.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(tp.ASSETS / "timeline.css", css)

    settings = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    settings["plugins"] = [
        p for p in settings.get("plugins", []) if not (isinstance(p, dict) and "timeline" in p)
    ]
    settings["plugins"] = [p for p in settings["plugins"] if p != "timeline"]
    settings["extra_css"] = [*settings.get("extra_css", []), tp.CSS_URI]
    in_nav = set(plugin.layout.indexes().values())
    # like the plugin's pages (InclusionLevel.NOT_IN_NAV): built, linked, not in the nav
    settings["not_in_nav"] = "\n".join(f"/{uri}" for uri in sorted(generated) if uri not in in_nav)
    (target / "mkdocs.yml").write_text(
        yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return {"generated_pages": len(generated), "markdown_files": len(list(docs.rglob("*.md")))}


def site_summary(project: Path) -> dict[str, Any]:
    site = project / "site"
    pages = [p for p in site.rglob("*.html") if p.name != "404.html"]
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    return {"html_pages": len(pages), "site_mb": round(size / 1e6, 2)}


# -- the benchmark ----------------------------------------------------------------------


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cold(project: Path) -> dict[str, Any]:
    """Imports, model load and the first build of this process, with an empty cache."""
    start = time.perf_counter()
    import mkdocs.commands.build  # noqa: F401
    import mkdocs.config  # noqa: F401

    import timeline.mkdocs_plugin.plugin  # noqa: F401
    import timeline.pipeline  # noqa: F401

    imports = time.perf_counter() - start
    instrument()
    start = time.perf_counter()
    from timeline.events.nlp import get_nlp

    get_nlp()
    model = time.perf_counter() - start
    reset_outputs(project)
    run, config = build_in_process(project)
    run["breakdown"] = breakdown(run)
    result = {
        "imports_seconds": round(imports, 3),
        "model_load_seconds": round(model, 3),
        "build": run,
        "total_seconds": round(imports + model + run["seconds"], 3),
    }
    return {"in_process": result, "config": config}


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    seconds = [r["seconds"] for r in runs if "error" not in r]
    if not seconds:
        return {"runs": runs, "median": None, "min": None}
    return {
        "median": round(statistics.median(seconds), 3),
        "min": round(min(seconds), 3),
        "max": round(max(seconds), 3),
        "cpu_median": round(statistics.median(r["cpu_seconds"] for r in runs), 3),
        "runs": runs,
    }


def warm_and_plain(project: Path, plain: Path, runs: int) -> dict[str, Any]:
    """Warm timeline builds and plain builds, interleaved: processes, then in-process."""
    series: dict[str, list[dict[str, Any]]] = {
        "warm_process": [],
        "plain_process": [],
        "warm_in_process": [],
        "plain_in_process": [],
    }
    build_process(plain)  # first build of the plain project: the file system cache
    for i in range(runs):
        say(f"warm and plain builds, round {i + 1}/{runs}...")
        series["warm_process"].append(build_process(project))
        series["plain_process"].append(build_process(plain))
        series["warm_in_process"].append(build_in_process(project, "serve")[0])
        series["plain_in_process"].append(build_in_process(plain, "serve")[0])
    return {name: summary(found) for name, found in series.items()}


def run_benchmark(runs: int, work: Path) -> dict[str, Any]:
    project = copy_project(work / "timeline")
    say("cold build in this process (imports, model load, build)...")
    first = cold(project)
    config = first.pop("config")
    timeline_site = site_summary(project)
    plain = work / "plain"
    plain.mkdir()
    plain_info = plain_project(plain, project, config)
    say("cold build in a fresh `mkdocs build` process...")
    reset_outputs(project)
    cold_process = build_process(project)
    series = warm_and_plain(project, plain, runs)
    plain_info.update(site_summary(plain))
    return {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "git_head": _git_head(),
        "code": str(Path(sys.modules["timeline"].__file__ or "").parent),
        "runs": runs,
        "cpu_count": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cold": {**first["in_process"], "process": cold_process},
        **series,
        "timeline_site": timeline_site,
        "plain_site": plain_info,
        "checks": checks(series),
    }


def _git_head() -> str | None:
    done = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return done.stdout.strip() or None


def checks(series: dict[str, Any]) -> dict[str, Any]:
    found = {}
    for way in ("process", "in_process"):
        warm, plain = series[f"warm_{way}"], series[f"plain_{way}"]
        median = min_ = None
        if warm["median"] is not None and plain["median"] is not None:
            median = round(warm["median"] - plain["median"], 3)
            min_ = round(warm["min"] - plain["min"], 3)
        found[way] = {
            "median_difference": median,
            "min_difference": min_,
            "pass": median is not None and median <= TARGET_SECONDS,
        }
    return found


# -- the report -------------------------------------------------------------------------


def _fmt(value: Any) -> str:
    return "—" if value is None else f"{value:.2f}"


def report(results: dict[str, Any]) -> str:
    cold_run = results["cold"]
    build = cold_run["build"]
    parts = ", ".join(f"{k} {v:.2f}" for k, v in build["breakdown"].items())
    chronology = build.get("chronology", {})
    lines = [
        f"Seed site ({chronology.get('articles', '?')} articles; timeline "
        f"{results['timeline_site']['html_pages']} HTML pages, "
        f"{results['timeline_site']['site_mb']} MB; plain "
        f"{results['plain_site'].get('html_pages')} pages, "
        f"{results['plain_site'].get('site_mb')} MB), {results['cpu_count']} CPUs, "
        f"load average at start {results['load_average'][0]}",
        "",
        "| build | runs | median s | min s | CPU s (median) |",
        "|---|---:|---:|---:|---:|",
        f"| cold, in-process: imports (mkdocs, timeline plugin and pipeline) | 1 "
        f"| {_fmt(cold_run['imports_seconds'])} | | |",
        f"| cold, in-process: spaCy model load | 1 | {_fmt(cold_run['model_load_seconds'])} | | |",
        f"| cold, in-process: build, empty cache ({parts}) | 1 | {_fmt(build['seconds'])} "
        f"| | {_fmt(build['cpu_seconds'])} |",
        f"| cold, in-process: total | 1 | {_fmt(cold_run['total_seconds'])} | | |",
        f"| cold, fresh `mkdocs build` process, empty cache | 1 "
        f"| {_fmt(cold_run['process'].get('seconds'))} | "
        f"| {_fmt(cold_run['process'].get('cpu_seconds'))} |",
    ]
    names = {
        "warm_process": "warm, fresh `mkdocs build` process",
        "plain_process": "plain mkdocs-material, fresh `mkdocs build` process",
        "warm_in_process": "warm, in-process (serve: plugin and model loaded)",
        "plain_in_process": "plain mkdocs-material, in-process",
    }
    for key, label in names.items():
        s = results[key]
        lines.append(
            f"| {label} | {len(s['runs'])} | {_fmt(s['median'])} | {_fmt(s['min'])} "
            f"| {_fmt(s.get('cpu_median'))} |"
        )
    warm_parts = [breakdown(r) for r in results["warm_in_process"]["runs"] if "plugin" in r]
    if warm_parts:
        median_parts = {k: statistics.median(p[k] for p in warm_parts) for k in warm_parts[0]}
        lines.append(
            "\nwarm in-process, medians: "
            + ", ".join(f"{k} {v:.3f}" for k, v in median_parts.items())
        )
    lines.append("")
    for way, label in (("process", "`mkdocs build` processes"), ("in_process", "in-process")):
        check = results["checks"][way]
        verdict = "PASS" if check["pass"] else "FAIL"
        lines.append(
            f"{verdict}  warm - plain, {label}: median {_fmt(check['median_difference'])} s "
            f"(min - min {_fmt(check['min_difference'])} s), target <= {TARGET_SECONDS:.0f} s"
        )
    lines.extend(_anomalies(results))
    return "\n".join(lines)


def _anomalies(results: dict[str, Any]) -> list[str]:
    """Anything that makes a figure doubtful: errors, warnings, a warm build that extracted."""
    notes = []
    runs = [("cold process", results["cold"]["process"]), ("cold", results["cold"]["build"])]
    for key in ("warm_process", "plain_process", "warm_in_process", "plain_in_process"):
        runs.extend((key, r) for r in results[key]["runs"])
    for name, run in runs:
        if run.get("error"):
            notes.append(f"ERROR {name}: {run['error'][-500:]}")
        if run.get("warnings") or run.get("stderr"):
            notes.append(f"note {name}: {run.get('first_warnings') or run.get('stderr')}")
        extracted = run.get("extracted") or run.get("chronology", {}).get("extracted")
        if name.startswith("warm") and (run.get("model_loaded") or extracted):
            notes.append(f"note {name}: not warm (extracted or loaded the model): {run}")
    return notes[:10]


def write_results(results: dict[str, Any]) -> None:
    from timeline.fileio import write_atomic  # imported late: the frozen copy of the code

    write_atomic(RESULTS, json.dumps(results, indent=2, ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="warm and plain builds of each kind")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    parser.add_argument(
        "--live-code", action="store_true", help="use the working tree, not a frozen copy"
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    os.environ.update(ENV)
    logging.basicConfig(level=logging.ERROR, format="%(name)s: %(message)s")
    # MkDocs' warnings of in-process builds are counted (WarningCounter), not printed
    mkdocs_logger = logging.getLogger("mkdocs")
    mkdocs_logger.setLevel(logging.WARNING)
    mkdocs_logger.propagate = False
    work = Path(tempfile.mkdtemp(prefix="bench-site-"))
    try:
        if not args.live_code:
            freeze_code(work / "code")
        results = run_benchmark(args.runs, work)
    finally:
        if args.keep:
            say(f"projects kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    write_results(results)
    print(report(results))
    print(f"\n(results in {RESULTS.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

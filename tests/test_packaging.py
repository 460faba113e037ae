"""The package as users get it: a wheel, installed (not editable) into a fresh virtualenv.

The editable install of ``make site`` reads templates and data from the source tree, so a
file left out of the package data only shows once installed: the wheel is built offline
(``pip wheel --no-build-isolation``, setuptools from the test extra), installed with
``--no-deps --no-index`` into a new virtualenv whose only other path is the current
environment's site-packages (the dependencies, not this project: an editable install there
is never activated, its ``.pth`` files are not read), and a copy of the project is built
twice, cold then warm (the warm build reads the page memo and the memo template), with
``--strict``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "timeline"

pytestmark = pytest.mark.slow


def package_files() -> set[str]:
    """Every file of the source package (``timeline/...``), bytecode left out."""
    return {
        p.relative_to(ROOT).as_posix()
        for p in PACKAGE.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without PYTHONPATH (which would import the source tree)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["NO_MKDOCS_2_WARNING"] = "1"
    env.update(extra)
    return env


def run(args: list[str], cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        args, cwd=cwd, env=clean_env(**extra), capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{' '.join(args)}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the sources (no build/ or egg-info in the repo)."""
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(PACKAGE, src / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
    out = work / "dist"
    run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
        + ["--no-index", "-w", str(out), str(src)],
        cwd=work,
    )
    (found,) = out.glob("timeline-*.whl")
    return found


def test_wheel_holds_every_file_of_the_package(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        shipped = {n for n in archive.namelist() if n.startswith("timeline/")}
        entry_points = next(
            archive.read(n).decode() for n in archive.namelist() if n.endswith("entry_points.txt")
        )
    assert package_files() - shipped == set()
    assert "timeline = timeline.mkdocs_plugin.plugin:TimelinePlugin" in entry_points


def fresh_venv(where: Path, wheel: Path) -> Path:
    """A new virtualenv with the wheel installed; the dependencies are those of the running
    environment, reached through a ``.pth`` path (so nothing is downloaded)."""
    run([sys.executable, "-m", "venv", "--without-pip", str(where)], cwd=where.parent)
    python = where / "bin" / "python"
    run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q"]
        + ["--no-deps", "--no-index", str(wheel)],
        cwd=where.parent,
    )
    purelib = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
            env=clean_env(),
        ).stdout.strip()
    )
    deps = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    (purelib / "_timeline_dependencies.pth").write_text("\n".join(deps) + "\n")
    return python


def test_installed_wheel_builds_the_project_cold_then_warm(wheel: Path, tmp_path: Path) -> None:
    python = fresh_venv(tmp_path / "venv", wheel)
    where = run([str(python), "-c", "import timeline; print(timeline.__file__)"], cwd=tmp_path)
    assert where.stdout.strip().startswith(str(tmp_path / "venv")), where.stdout

    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "content", project / "content")
    build = [str(python), "-m", "mkdocs", "build", "--strict"]
    cold = run(build, cwd=project)
    assert (project / "site" / "index.html").is_file()
    assert (project / "site" / "assets" / "timeline" / "timeline.css").is_file()
    assert (project / "site" / "events.json").is_file()
    first = (project / "site" / "events.json").read_bytes()

    warm = run(build, cwd=project)
    log = cold.stderr + warm.stderr
    assert "page memo" in warm.stderr, log
    hits = warm.stderr.split("page memo: ", 1)[1].split(" ", 1)[0]
    assert int(hits) > 0, log  # the memoised pages used the packaged memo template
    assert (project / "site" / "events.json").read_bytes() == first

"""`mkdocs serve` (make serve) picks up an article dropped into content/ and rebuilds."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEW_ARTICLE = ROOT / "tests" / "data" / "second_article"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def _wait_for(url: str, status: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if _get(url) == status:
            return True
        time.sleep(0.5)
    return False


def test_serve_rebuilds_when_an_article_is_added(tmp_path: Path):
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "content", project / "content")
    new_file = next(NEW_ARTICLE.glob("*.md"))
    port = _free_port()
    base = f"http://127.0.0.1:{port}/timeline/"  # site_url's path is served
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert _wait_for(base, 200, 180), "mkdocs serve did not come up"
        page = f"{base}sources/{new_file.stem}/"
        assert _get(page) == 404
        shutil.copy(new_file, project / "content" / new_file.name)
        started = time.monotonic()
        assert _wait_for(page, 200, 120), "the new article's page never appeared"
        # Within seconds once the model is warm; the bound leaves room for a loaded CI machine.
        assert time.monotonic() - started < 120
    finally:
        server.terminate()
        server.wait(timeout=30)

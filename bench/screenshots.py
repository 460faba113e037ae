"""Screenshots of the home page, desktop and mobile, for the README.

    PYTHONPATH=$PWD .venv/bin/python bench/screenshots.py [--site DIR] [--out DIR]

Builds the project's site (``mkdocs build --strict`` into a temporary folder) unless
``--site`` names one already built, serves it on 127.0.0.1 under the path of its
``site_url`` (as once deployed), and has Playwright drive Debian's chromium
(``/usr/bin/chromium``, installed by ``make test``) to photograph the home page:

- ``home-desktop.png``: 1280 × 900, light scheme;
- ``home-mobile.png``: 390 × 844 (a phone), device scale 2, light scheme;
- ``home-desktop-dark.png``: 1280 × 900, dark scheme.

Each is the first screen a reader sees (not the full page), taken once the page is at rest
(fonts loaded, no animation running), so that two runs on the same site give the same
images. Default output: ``bench/screenshots/`` (the README shows them).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
OUT = ROOT / "bench" / "screenshots"
SHOTS = [
    # name, viewport, device scale factor, colour scheme
    ("home-desktop", {"width": 1280, "height": 900}, 1, "light"),
    ("home-mobile", {"width": 390, "height": 844}, 2, "light"),
    ("home-desktop-dark", {"width": 1280, "height": 900}, 1, "dark"),
]


class _Handler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def translate_path(self, path: str) -> str:
        if self.prefix != "/" and path.startswith(self.prefix):
            path = "/" + path[len(self.prefix) :]
        return super().translate_path(path)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """The site on 127.0.0.1 under the path of its site_url; yields the home page's URL."""
    site_url = ""
    events = site / "events.json"
    if events.is_file():
        site_url = json.loads(events.read_text(encoding="utf-8")).get("site_url") or ""
    prefix = urllib.parse.urlsplit(site_url).path or "/"
    handler = functools.partial(type("H", (_Handler,), {"prefix": prefix}), directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def build(dest: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(dest)],
        cwd=ROOT,
        env=env,
        check=True,
    )


def shoot(site: Path, out: Path, browser: Any = None) -> list[Path]:
    """Photograph the home page of ``site`` into ``out``, with ``browser`` (a Playwright
    browser) or a chromium launched for the purpose."""
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            own = pw.chromium.launch(
                executable_path=str(CHROMIUM),
                headless=True,
                args=["--no-sandbox", "--disable-gpu"],
            )
            try:
                return shoot(site, out, own)
            finally:
                own.close()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with serve(site) as home:
        for name, viewport, scale, scheme in SHOTS:
            context = browser.new_context(
                viewport=viewport,
                device_scale_factor=scale,
                color_scheme=scheme,
                locale="fr-FR",
                is_mobile=viewport["width"] < 600,
                has_touch=viewport["width"] < 600,
            )
            try:
                page = context.new_page()
                page.goto(home, wait_until="networkidle")
                page.wait_for_function("document.fonts.status === 'loaded'")
                page.wait_for_function(
                    "document.getAnimations().every(a => a.playState !== 'running')"
                )
                path = out / f"{name}.png"
                page.screenshot(path=str(path), animations="disabled", caret="hide")
                written.append(path)
            finally:
                context.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"default: {OUT.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        parser.error(f"needs Debian's chromium ({CHROMIUM}): make test installs it")
    if args.site is not None:
        written = shoot(args.site, args.out)
    else:
        with tempfile.TemporaryDirectory(prefix="timeline-screens-") as tmp:
            site = Path(tmp) / "site"
            build(site)
            written = shoot(site, args.out)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""MkDocs hooks: the end of each event, after every plugin's handler (site_phase_marks)."""

from __future__ import annotations

from typing import Any

import site_phase_marks as phases
from mkdocs.plugins import event_priority

LAST = float("-inf")


@event_priority(LAST)
def on_files(files: Any, **kwargs: Any) -> None:
    phases.end("files")


@event_priority(LAST)
def on_nav(nav: Any, **kwargs: Any) -> None:
    phases.end("nav")


@event_priority(LAST)
def on_env(env: Any, **kwargs: Any) -> None:
    phases.end("env")


@event_priority(LAST)
def on_post_build(**kwargs: Any) -> None:
    phases.end("post_build")

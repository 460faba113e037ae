"""MkDocs hooks: the start of each event, before every plugin's handler (site_phase_marks)."""

from __future__ import annotations

from typing import Any

import site_phase_marks as phases
from mkdocs.plugins import event_priority

FIRST = float("inf")


@event_priority(FIRST)
def on_files(files: Any, **kwargs: Any) -> None:
    phases.begin("files")


@event_priority(FIRST)
def on_nav(nav: Any, **kwargs: Any) -> None:
    phases.begin("nav")


@event_priority(FIRST)
def on_env(env: Any, **kwargs: Any) -> None:
    phases.begin("env")


@event_priority(FIRST)
def on_post_build(**kwargs: Any) -> None:
    phases.begin("post_build")

"""The command line as a whole: every sub-command is listed and documented with an example."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from timeline.cli import build_parser, main

COMMANDS = ("add", "check", "eval", "events", "link", "tag")


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_is_registered():
    assert set(COMMANDS) <= set(_subparsers(build_parser()))


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name):
    help_text = _subparsers(build_parser())[name].format_help()
    assert "example" in help_text.lower(), f"'timeline {name} --help' shows no example"
    assert f"timeline {name}" in help_text


def test_no_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2
    assert "COMMAND" in capsys.readouterr().err


def test_module_entry_point_runs():
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert all(name in result.stdout for name in COMMANDS)

"""`timeline link ID`: the reference and the absolute URL to paste into a report."""

from __future__ import annotations

import json

import pytest
from site_fixture import ROOT, make_chronology

from timeline.cli import build_parser, main
from timeline.exports import events_json


@pytest.fixture()
def project(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nsite_url: https://example.org/timeline/\n", encoding="utf-8"
    )
    (tmp_path / "site").mkdir()
    chronology = make_chronology(ROOT / "content")
    (tmp_path / "site" / "events.json").write_text(events_json(chronology), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("ident", "reference", "url"),
    [
        (
            "2015-10-07-tirs-missiles-caspienne",
            "[[event:2015-10-07-tirs-missiles-caspienne]]",
            "https://example.org/timeline/evenements/2015-10-07-tirs-missiles-caspienne/",
        ),
        (  # an old ID gives the current one
            "2015-09-30-campagne-russe",
            "[[event:2015-09-30-frappes-aeriennes-russes]]",
            "https://example.org/timeline/evenements/2015-09-30-frappes-aeriennes-russes/",
        ),
        (
            "vladimir-poutine",
            "[[entity:vladimir-poutine]]",
            "https://example.org/timeline/entites/vladimir-poutine/",
        ),
    ],
)
def test_link_prints_reference_and_permalink(project, capsys, ident, reference, url):
    assert main(["link", ident, "--root", str(project)]) == 0
    assert capsys.readouterr().out.splitlines() == [reference, url]


def test_unknown_id_exits_2_with_a_suggestion(project, capsys):
    assert main(["link", "2015-10-07-tirs-missile", "--root", str(project)]) == 2
    err = capsys.readouterr().err
    assert "unknown event ID '2015-10-07-tirs-missile'" in err
    assert "did you mean '2015-10-07-tirs-missiles-caspienne'" in err
    assert "Traceback" not in err


def test_help_has_an_example():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert "timeline link 2015-" in sub.choices["link"].format_help()


def test_events_json_export_is_what_link_reads(project):
    data = json.loads((project / "site" / "events.json").read_text(encoding="utf-8"))
    assert all(e["url"].startswith("evenements/") for e in data["events"])

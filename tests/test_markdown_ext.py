"""The [[event:ID]] / [[entity:ID]] Markdown extension: golden pairs, errors, standalone use."""

from __future__ import annotations

import json
import subprocess
import sys

import markdown
import pytest

from timeline.errors import TimelineError
from timeline.markdown_ext import LinkIndex, TimelineExtension, reference_for

CHRONOLOGY = {
    "site_url": "https://example.org/timeline/",
    "events": [
        {
            "id": "2015-10-07-tirs-missiles-caspienne",
            "display_date": "mercredi 7 octobre 2015",
            "title": "Quatre navires tirent 26 missiles",
            "start": "2015-10-07",
            "end": "2015-10-07",
            "url": "evenements/2015-10-07-tirs-missiles-caspienne/",
            "aliases": ["2015-10-07-missiles"],
        },
        {
            "id": "2015-10-03-violations",
            "display_date": "week-end des 3 et 4 octobre 2015",
            "title": "Violations <d'espace> & protestations",
            "url": "evenements/2015-10-03-violations/",
            "aliases": [],
        },
    ],
    "entities": [
        {"id": "vladimir-poutine", "name": "Vladimir Poutine", "url": "entites/vladimir-poutine/"}
    ],
}
BASE = "https://example.org/timeline/"
A = 'class="tl-ref tl-ref-event" data-timeline-id="{id}" href="' + BASE + 'evenements/{id}/"'
MISSILES = A.format(id="2015-10-07-tirs-missiles-caspienne")


def convert(text: str, **config) -> str:
    ext = TimelineExtension(index=LinkIndex.from_dict(CHRONOLOGY), **config)
    return markdown.markdown(text, extensions=[ext])


def _attrs(html: str) -> str:
    """Attributes in a stable order (etree keeps insertion order)."""
    import re

    def sort(m: re.Match[str]) -> str:
        attrs = sorted(re.findall(r'\w[\w-]*="[^"]*"', m.group(1)))
        return "<a " + " ".join(attrs) + ">"

    return re.sub(r"<a ([^>]*)>", sort, html)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "[[event:2015-10-07-tirs-missiles-caspienne]]",
            f"<p><a {MISSILES}>mercredi 7 octobre 2015 — Quatre navires tirent 26 missiles</a></p>",
        ),
        (
            "Voir [[event:2015-10-07-tirs-missiles-caspienne|les tirs]].",
            f"<p>Voir <a {MISSILES}>les tirs</a>.</p>",
        ),
        (  # an old ID (alias) resolves to the current event
            "[[event:2015-10-07-missiles|tirs]]",
            f"<p><a {MISSILES}>tirs</a></p>",
        ),
        (
            "[[entity:vladimir-poutine]] parle.",
            '<p><a class="tl-ref tl-ref-entity" data-timeline-id="vladimir-poutine" '
            f'href="{BASE}entites/vladimir-poutine/">Vladimir Poutine</a> parle.</p>',
        ),
        (  # the label is text: escaped, never parsed as Markdown or HTML
            "[[event:2015-10-03-violations]]",
            f"<p><a {A.format(id='2015-10-03-violations')}>week-end des 3 et 4 octobre 2015 — "
            "Violations &lt;d'espace&gt; &amp; protestations</a></p>",
        ),
        (  # the paragraph already gives the day: the title alone, the date is not repeated
            "Le mercredi 7 octobre, la flotte entre en action : "
            "[[event:2015-10-07-tirs-missiles-caspienne]].",
            "<p>Le mercredi 7 octobre, la flotte entre en action : "
            f"<a {MISSILES}>Quatre navires tirent 26 missiles</a>.</p>",
        ),
        (  # another day ("17 octobre", a later sentence's date) is not this one
            "Le 17 octobre : [[event:2015-10-07-tirs-missiles-caspienne]], puis le 7 octobre.",
            f"<p>Le 17 octobre : <a {MISSILES}>mercredi 7 octobre 2015 — Quatre navires "
            "tirent 26 missiles</a>, puis le 7 octobre.</p>",
        ),
        ("`[[event:inconnu]]`", "<p><code>[[event:inconnu]]</code></p>"),
        ("    [[event:inconnu]]", "<pre><code>[[event:inconnu]]\n</code></pre>"),
        ("\\[[event:inconnu]]", "<p>[[event:inconnu]]</p>"),
        ("[[autre:inconnu]] et [[entité:x]]", "<p>[[autre:inconnu]] et [[entité:x]]</p>"),
        (  # link text wrapped by the editor onto the next line
            "voir [[event:2015-10-07-tirs-missiles-caspienne|les\ntirs]] ici",
            f"<p>voir <a {MISSILES}>les tirs</a> ici</p>",
        ),
    ],
)
def test_golden_pairs(source, expected):
    assert _attrs(convert(source)) == _attrs(expected)


def test_url_for_makes_site_relative_links():
    html = convert("[[entity:vladimir-poutine]]", url_for=lambda url: "../../" + url)
    assert 'href="../../entites/vladimir-poutine/"' in html


@pytest.mark.parametrize(
    ("source", "line", "suggestion"),
    [
        (
            "Intro.\n\nVoir [[event:2015-10-07-tirs-missiles]].",
            3,
            "2015-10-07-tirs-missiles-caspienne",
        ),
        ("[[entity:poutine]]", 1, "vladimir-poutine"),
        ("# T\n\n- a\n- [[event:2015-10-03-violation|x]]", 4, "2015-10-03-violations"),
    ],
)
def test_unknown_id_names_file_line_id_and_suggestion(source, line, suggestion):
    with pytest.raises(TimelineError) as info:
        convert(source, source_path="docs/rapports/r.md", line_offset=0)
    message = str(info.value)
    assert message.startswith(f"docs/rapports/r.md:{line}: unknown ")
    assert f"did you mean '{suggestion}'" in message


@pytest.mark.parametrize(
    ("source", "line"),
    [
        ("a\n\n[[event:]]", 3),
        ("[[event:2015-10-03-violations]]\n\n[[event:2015-10-03-violations|x", 3),
        ("x [[entity:vladimir poutine]]", 1),
    ],
)
def test_malformed_reference_is_an_error_not_text(source, line):
    with pytest.raises(TimelineError, match=rf"^r\.md:{line}: malformed "):
        convert(source, source_path="r.md")


def test_line_offset_counts_the_front_matter():
    with pytest.raises(TimelineError, match=r"r\.md:7: "):
        convert("\n[[event:x]]", source_path="r.md", line_offset=5)


def test_reference_for_events_aliases_and_entities():
    index = LinkIndex.from_dict(CHRONOLOGY)
    assert reference_for(index, "2015-10-07-missiles") == (
        "[[event:2015-10-07-tirs-missiles-caspienne]]",
        BASE + "evenements/2015-10-07-tirs-missiles-caspienne/",
    )
    assert reference_for(index, "vladimir-poutine")[0] == "[[entity:vladimir-poutine]]"
    with pytest.raises(TimelineError, match="did you mean"):
        reference_for(index, "2015-10-03-violation")


@pytest.fixture()
def project(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nsite_url: https://example.org/timeline/\n"
        "markdown_extensions:\n  - toc:\n      slugify: !!python/name:pymdownx.slugs.uslugify\n",
        encoding="utf-8",
    )
    (tmp_path / "site").mkdir()
    data = dict(CHRONOLOGY, site_url="https://stale.example/")
    (tmp_path / "site" / "events.json").write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


def test_python_m_markdown_outside_the_site(project):
    (project / "rapport.md").write_text(
        "# Rapport\n\n[[event:2015-10-07-tirs-missiles-caspienne|tirs]]\n", encoding="utf-8"
    )
    out = subprocess.run(
        [sys.executable, "-m", "markdown", "-x", "timeline.markdown_ext", "rapport.md"],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # site_url comes from mkdocs.yml (not from the export), links are absolute
    assert f'href="{BASE}evenements/2015-10-07-tirs-missiles-caspienne/"' in out
    assert ">tirs</a>" in out


def test_python_m_markdown_unknown_id_names_the_file(project):
    (project / "rapport.md").write_text(
        "# R\n\nx\n[[event:2015-10-03-violation]]\n", encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-m", "markdown", "-x", "timeline.markdown_ext", "rapport.md"],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert "rapport.md:4: unknown event ID '2015-10-03-violation'" in done.stderr
    assert "did you mean '2015-10-03-violations'" in done.stderr


def test_index_from_chronology_equals_index_from_its_dict():
    """The plugin's shortcut (no ``to_dict`` of every event) reads the same targets."""
    from site_fixture import ROOT, make_chronology

    from timeline.present import chronology_record

    chronology = make_chronology(ROOT / "content")
    chronology.events[0].aliases = ["2015-01-01-ancien-id"]
    fast = LinkIndex.from_chronology(chronology)
    assert fast == LinkIndex.from_dict(chronology_record(chronology))
    assert fast.events and fast.entities and fast.aliases

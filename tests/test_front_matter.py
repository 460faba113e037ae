"""A generated page's front matter read without YAML (mkdocs_plugin/front_matter.py) gives
what MkDocs' ``get_data`` gives, or nothing and MkDocs reads it."""

from __future__ import annotations

import json

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.utils import meta
from site_fixture import ROOT

from timeline.mkdocs_plugin import front_matter
from timeline.mkdocs_plugin.convert import Converter, GeneratedPage
from timeline.mkdocs_plugin.pages import yaml_string

EVENT = (
    "---\n"
    'title: "L&#x27;Assemblée adopte la loi"\n'
    'description: "5 mai 2015 — L&#x27;Assemblée a adopté mardi la loi"\n'
    "# indexed from the chronology by search_index.py, not from the HTML\n"
    "search:\n"
    "  exclude: true\n"
    "---\n"
    "\n"
    "# L'Assemblée adopte la loi\n\nbody\n"
)
ENTITY = (
    '---\ntitle: "Emmanuel Macron"\n# a list of event cards\nsearch:\n  exclude: true\n---\n\n'
    "# Emmanuel Macron\n"
)
INDEX = '---\ntitle: "Entités"\n---\n\n# Entités\n'

#: (source, whether it is read here): the shapes the pages write are; anything else is
#: left to MkDocs
ROWS = [
    (EVENT, True),
    (ENTITY, True),
    (INDEX, True),
    ('---\ntitle: "a \\"quoted\\" back\\\\slash"\n---\nbody', True),
    ('---\ntitle: ""\n---\n', True),
    ('---\ntitle: "a # not a comment: x"\n---\n', True),
    ('---\ndescription: "only"\n---\n\n\n# x\n', True),
    ('---\ntitle: "astral \U0001f600 and é"\n---\nx', True),
    ('---\ntitle: "private \ue000 use"\n---\nx', False),  # not printable to Python
    ('---\ntitle: "line\\nbreak"\n---\nx', False),  # an escape YAML reads otherwise
    ('---\ntitle: "\\u00e9"\n---\nx', False),
    ('---\ntitle: "tab\there"\n---\nx', False),
    ('---\ntitle: "nel\x85here"\n---\nx', False),
    ('---\ntitle: "ls\u2028here"\n---\nx', False),
    ('---\ntitle: "del\x7fhere"\n---\nx', False),
    ('---\ntitle: "bom\ufeffhere"\n---\nx', False),
    ('---\ntitle: "a"\ntitle: "b"\n---\nx', False),  # a key twice
    ("---\nsearch:\n  exclude: true\nsearch:\n  exclude: true\n---\nx", False),
    ("---\ntitle: a plain scalar\n---\nx", False),
    ('---\ntitle: "a" # trailing comment\n---\nx', False),
    ('---\ntemplate: "x.html"\n---\nx', False),  # another key
    ("---\nsearch:\n  exclude: false\n---\nx", False),
    ("---\nsearch:\n---\nx", False),
    ("---\n# comments alone\n---\nx", False),
    ("---\n---\nx", False),
    ('---\ntitle: "a"\n...\nx', False),  # YAML's other end marker
    ('---\ntitle: "a"\n--- \nx', False),
    ('--- \ntitle: "a"\n---\nx', False),
    ('---\r\ntitle: "a"\r\n---\r\nx', False),
    ('---\ntitle: "a"\n', False),  # never closed
    ('---\ntitle: "a"', False),
    ("# no front matter\n", False),
    ("", False),
]


@pytest.mark.parametrize(("source", "read_here"), ROWS)
def test_read_gives_what_mkdocs_gives(source, read_here):
    got = front_matter.read(source)
    assert (got is not None) == read_here
    if got is not None:
        assert got == meta.get_data(source)
        assert list(got[1]) == list(meta.get_data(source)[1])  # the same order


def test_each_read_gets_its_own_meta():
    first, second = front_matter.read(EVENT), front_matter.read(EVENT)
    assert first is not None and second is not None
    first[1]["search"]["exclude"] = False
    assert second[1]["search"] == {"exclude": True}


def _one_line(value: str) -> str:
    return f"---\ntitle: {value}\n# c {value}\nsearch:\n  exclude: true\n---\n\n# t\n"


def test_every_character_of_the_first_planes_agrees():
    """Every code point of the first two blocks of 1,024, of general punctuation and
    around the surrogates, the byte order mark and the last of the plane (and a few
    beyond), in a title written as the pages write it (``yaml_string``) and as a raw JSON
    string: read here only when MkDocs reads the same."""
    points = [
        *range(0x800),
        *range(0x2000, 0x2070),
        *range(0xD7F0, 0xE010),
        *range(0xFEF0, 0x10000),
        *(0x10000, 0x1F600, 0x10FFFD, 0x10FFFF),
    ]
    read_here = 0
    for point in points:
        char = chr(point)
        for value in (yaml_string(f"a{char}b"), json.dumps(f"a{char}b", ensure_ascii=False)):
            source = _one_line(value)
            got = front_matter.read(source)
            if got is not None:
                read_here += 1
                assert got == meta.get_data(source), hex(point)
    assert read_here > 2 * 2000  # nearly every character is read here


@pytest.fixture(scope="module")
def config():
    return load_config(str(ROOT / "mkdocs.yml"))


@pytest.mark.parametrize(("source", "read_here"), ROWS[:6] + ROWS[-6:])
def test_a_generated_page_reads_its_source_as_mkdocs_does(config, monkeypatch, source, read_here):
    """``GeneratedPage.read_source`` gives a page the Markdown and meta MkDocs' page gets,
    through ``front_matter.read`` when it can."""
    file = File("evenements/un-evenement.md", None, config.site_dir, True)
    file.content_string = source
    expected = Page(None, file, config)
    expected.read_source(config)
    calls: list[str | None] = []
    read = front_matter.read

    def counted(text: str) -> tuple[str, dict[str, object]] | None:
        got = read(text)
        calls.append(None if got is None else text)
        return got

    monkeypatch.setattr("timeline.mkdocs_plugin.convert.front_matter.read", counted)
    page = GeneratedPage(file, config, Converter(config))
    page.read_source(config)
    assert (page.markdown, page.meta) == (expected.markdown, expected.meta)
    assert calls == [source if read_here else None]

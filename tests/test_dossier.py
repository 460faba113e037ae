"""Dossiers: a selection of the archive declared in mkdocs.yml (timeline.dossier), its
preview (``timeline dossier``), and builds that extract the archive once and assemble only
the dossier. The archive is made here: short French texts written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import load_articles
from timeline.cli import main
from timeline.dossier import Dossier, parse_dossier, read_site_options, select
from timeline.errors import TimelineError
from timeline.pipeline import BuildSettings, extract_archive, run_build

ENTITIES = """\
- id: vladimir-poutine
  name: Vladimir Poutine
  kind: person
  aliases: [Poutine, président russe]
- id: etat-islamique
  name: État islamique
  kind: organization
  aliases: [EI, Daech]
"""

# file stem: (date, source, title, body)
ARCHIVE = {
    "2015-09-28-onu": (
        "2015-09-28",
        "lemonde.fr",
        "À l'ONU, deux discours",
        "Le président russe a plaidé pour une coalition contre Daech devant l'Assemblée.",
    ),
    "2015-09-30-frappes": (
        "2015-09-30",
        "www.lemonde.fr",
        "Premières frappes russes",
        "Des avions russes ont frappé la région de Homs mercredi.",
    ),
    "2015-10-01-ei": (
        "2015-10-01",
        "afp.com",
        "L'Etat islamique visé ?",
        "Moscou affirme viser l'Etat islamique ; Washington en doute.",
    ),
    "2015-10-03-syriens": (
        "2015-10-03",
        "fr.sputniknews.com",
        "Des Syriens fuient vers la Turquie",
        "Des familles syriennes ont passé la frontière samedi.",
    ),
    "2015-10-07-caspienne": (
        "2015-10-07",
        "fr.sputniknews.com",
        "Missiles depuis la Caspienne",
        "Vladimir Poutine a salué les tirs de la flottille de la mer Caspienne sur la Syrie.",
    ),
    "2015-11-13-paris": (
        "2015-11-13",
        "lemonde.fr",
        "Attentats à Paris",
        "Les attentats de Paris ont été revendiqués par l'organisation État islamique.",
    ),
    "2015-10-05-poutinisme": (
        "2015-10-05",
        "liberation.fr",
        "Le poutinisme expliqué",
        "Un essai sur le poutinisme, sans rapport avec la guerre en Syrie.",
    ),
}


def make_archive(tmp_path: Path, folder: str = "archive") -> Path:
    content = tmp_path / folder
    content.mkdir(parents=True)
    (content / "entities.yml").write_text(ENTITIES, encoding="utf-8")
    for stem, (date, source, title, body) in ARCHIVE.items():
        text = f'---\ntitle: "{title}"\ndate: {date}\nsource: {source}\nlang: fr\n---\n\n{body}\n'
        (content / f"{stem}.md").write_text(text, encoding="utf-8")
    return content


D = dt.date


@pytest.mark.parametrize(
    ("dossier", "expected"),
    [
        # an entity: its name or any alias of entities.yml, whole words only
        (Dossier(entities=("vladimir-poutine",)), {"2015-09-28-onu", "2015-10-07-caspienne"}),
        (Dossier(entities=("Poutine",)), {"2015-09-28-onu", "2015-10-07-caspienne"}),
        # accents and case do not matter: "Etat islamique" = "État islamique" = Daech
        (
            Dossier(entities=("État islamique",)),
            {"2015-09-28-onu", "2015-10-01-ei", "2015-11-13-paris"},
        ),
        # a name unknown to entities.yml is looked for as written
        (Dossier(entities=("Homs",)), {"2015-09-30-frappes"}),
        # two entities: either one
        (
            Dossier(entities=("Homs", "Caspienne")),
            {"2015-09-30-frappes", "2015-10-07-caspienne"},
        ),
        # keywords: whole words, * for any ending
        (Dossier(keywords=("Syrie",)), {"2015-10-07-caspienne", "2015-10-05-poutinisme"}),
        (Dossier(keywords=("syrien*",)), {"2015-10-03-syriens"}),
        (Dossier(keywords=("frapp*",)), {"2015-09-30-frappes"}),
        # publication dates, both ends included
        (
            Dossier(start=D(2015, 9, 30), end=D(2015, 10, 3)),
            {"2015-09-30-frappes", "2015-10-01-ei", "2015-10-03-syriens"},
        ),
        # outlets: the source or a subdomain of it
        (
            Dossier(outlets=("lemonde.fr",)),
            {"2015-09-28-onu", "2015-09-30-frappes", "2015-11-13-paris"},
        ),
        (Dossier(outlets=("sputniknews.com",)), {"2015-10-03-syriens", "2015-10-07-caspienne"}),
        # every criterion given must hold
        (
            Dossier(entities=("etat-islamique",), start=D(2015, 9, 29), end=D(2015, 10, 31)),
            {"2015-10-01-ei"},
        ),
        (Dossier(entities=("Poutine",), keywords=("Syrie",)), {"2015-10-07-caspienne"}),
        (Dossier(outlets=("nytimes.com",)), set()),
        (Dossier(), set(ARCHIVE)),
    ],
)
def test_a_dossier_picks_exactly_its_articles(tmp_path: Path, dossier: Dossier, expected):
    content = make_archive(tmp_path)
    archive = load_articles(content)
    selection = select(archive, dossier, content)
    assert {a.slug for a in selection.articles} == expected
    assert selection.archive == len(ARCHIVE)
    assert [a.slug for a in selection.articles] == [a.slug for a in archive if a.slug in expected]


MKDOCS = """\
site_name: Dossier
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
plugins:
  - search
  - timeline:
      content_dir: archive
      workers: 2
      dossier:
        name: Frappes russes
        entities: [vladimir-poutine]
        from: 2015-09-01
"""


def test_site_options_come_from_mkdocs_yml(tmp_path: Path):
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    options = read_site_options(tmp_path / "mkdocs.yml")
    assert (options.content_dir, options.workers, options.scheduler) == ("archive", 2, None)
    assert options.dossier == Dossier(
        name="Frappes russes", entities=("vladimir-poutine",), start=D(2015, 9, 1)
    )
    assert read_site_options(tmp_path / "absent.yml").dossier is None


@pytest.mark.parametrize(
    ("option", "message", "line"),
    [
        ("        from: '2015-10-40'\n", "dossier.from: must be a date YYYY-MM-DD", 11),
        ("        from: 10/10/2015\n", "dossier.from: must be a date YYYY-MM-DD", 11),
        ("        from: 2015-10-10\n        to: 2015-10-01\n", "is after dossier.to", 11),
        ("        keywords: frappes\n        outlet: [afp.com]\n", "unknown key 'outlet'", 10),
        ("        keywords: [3]\n", "dossier.keywords: must be a list of non-empty", 11),
        ("        keywords: ['*']\n", "a keyword needs letters", 11),
    ],
)
def test_a_bad_dossier_is_one_line_naming_file_and_line(tmp_path, capsys, option, message, line):
    config = MKDOCS.split("      dossier:\n")[0] + "      dossier:\n" + option
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    make_archive(tmp_path)
    with pytest.raises(TimelineError, match=message) as raised:
        read_site_options(tmp_path / "mkdocs.yml")
    assert (raised.value.path, raised.value.line) == (str(tmp_path / "mkdocs.yml"), line)
    assert main(["dossier", "--preview", "--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert (
        err.startswith(f"timeline: error: {tmp_path / 'mkdocs.yml'}:{line}: ") and "\n" not in err
    )


def test_parse_dossier_accepts_absent_and_empty_criteria():
    assert parse_dossier(None) is None
    assert parse_dossier({"keywords": None, "outlets": "afp.com"}) == Dossier(outlets=("afp.com",))


def fake_extract(articles):
    return [{"slug": a.slug, "words": len(a.body.split())} for a in articles]


def fake_assemble(articles, extractions, content_dir):
    from test_pipeline import fake_assemble as assemble

    return assemble(articles, extractions, content_dir)


def test_the_archive_is_extracted_once_and_a_dossier_assembles_only_its_articles(tmp_path):
    content = make_archive(tmp_path)
    settings = BuildSettings(root=tmp_path, content_dir_name=content.name, workers=1)
    stats = extract_archive(settings, extract_batch=fake_extract)
    assert (stats.articles, stats.extracted, stats.cached) == (len(ARCHIVE), len(ARCHIVE), 0)
    again = extract_archive(settings, extract_batch=fake_extract)
    assert (again.extracted, again.cached) == (0, len(ARCHIVE))
    dossier = Dossier(outlets=("lemonde.fr",))
    seen: list[list[str]] = []

    def assemble(articles, extractions, content_dir):
        seen.append([e["slug"] for e in extractions])
        return fake_assemble(articles, extractions, content_dir)

    result = run_build(
        BuildSettings(root=tmp_path, content_dir_name=content.name, dossier=dossier),
        extract_batch=fake_extract,
        assemble=assemble,
    )
    assert (result.stats.archive, result.stats.articles) == (len(ARCHIVE), 3)
    assert (result.stats.extracted, result.stats.cached) == (0, 3)
    assert seen == [["2015-09-28-onu", "2015-09-30-frappes", "2015-11-13-paris"]]
    assert [a.slug for a in result.articles] == seen[0]


def test_preview_lists_the_selection_and_writes_nothing(tmp_path: Path, capsys):
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    content = make_archive(tmp_path)
    assert main(["dossier", "--preview", "--root", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0]
        == "dossier « Frappes russes »: entities: vladimir-poutine; published 2015-09-01 to …"
    )
    assert out[1].startswith("* 2015-09-28  lemonde.fr") and "2015-09-28-onu.md" in out[1]
    assert "[président russe]" in out[1]
    assert "2015-10-07-caspienne.md" in out[2] and "[Vladimir Poutine]" in out[2]
    assert out[3] == "2 of 7 articles of archive/; 0 already extracted, 2 to extract (marked *)"
    assert not (tmp_path / ".timeline").exists()  # a preview writes nothing
    settings = BuildSettings(root=tmp_path, content_dir_name=content.name, workers=1)
    extract_archive(settings, extract_batch=fake_extract)
    assert main(["dossier", "--root", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("  2015-09-28") and out[2].startswith("  2015-10-07")
    assert out[-1].endswith("2 already extracted, 0 to extract (marked *)")


SITE_MKDOCS = """\
site_name: Dossier
site_url: https://example.org/dossier/
theme:
  name: material
  language: fr
plugins:
  - search
  - timeline:
      content_dir: archive
      dossier:
        outlets: [lemonde.fr]
"""


def build_site(project: Path, monkeypatch) -> Path:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    import timeline.mkdocs_plugin.plugin as plugin

    def load_chronology(settings: BuildSettings, started=None):
        result = run_build(settings, extract_batch=fake_extract, assemble=fake_assemble)
        return result.chronology, result.articles, ""

    monkeypatch.setattr(plugin, "start_chronology", lambda settings: None)
    monkeypatch.setattr(plugin, "load_chronology", load_chronology)
    monkeypatch.chdir(project)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    mkdocs_build(config)
    return project / "site"


def test_a_site_renders_its_dossier_only(tmp_path: Path, monkeypatch):
    """The plugin hands its dossier to the pipeline: the source pages are the dossier's."""
    make_archive(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(SITE_MKDOCS, encoding="utf-8")
    site = build_site(tmp_path, monkeypatch)
    sources = {p.parent.name for p in (site / "sources").glob("*/index.html")}
    assert sources == {"2015-09-28-onu", "2015-09-30-frappes", "2015-11-13-paris"}


def test_a_bad_dossier_stops_the_site_build_naming_file_and_line(tmp_path: Path, monkeypatch):
    from mkdocs.exceptions import Abort, PluginError

    make_archive(tmp_path)
    (tmp_path / "docs").mkdir()
    config = SITE_MKDOCS.replace("outlets: [lemonde.fr]", 'to: "13/01/2015"')
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    with pytest.raises(Abort) as raised:
        build_site(tmp_path, monkeypatch)
    error = raised.value.__context__
    assert isinstance(error, PluginError)
    assert str(error) == (
        f"timeline: {tmp_path / 'mkdocs.yml'}:11: dossier.to: must be a date YYYY-MM-DD, "
        "not '13/01/2015'"
    )

"""Slugs (event and entity IDs, article file names) transliterate with text-unidecode,
whatever else is installed: Unidecode, when present, is not used (it would rename every
event), and is not looked up on every call (a failed import each time). A text is
slugified once per process (merging compares speakers' slugs for every pair of reports)."""

from __future__ import annotations

import sys
import types

import pytest

from timeline import slugs
from timeline.events import entities, ids
from timeline.ingest import naming

TITLE = "Le président a été reçu à Moscou, où l'État s'est exprimé"


def made() -> tuple[str, str, str]:
    slugs.slug.cache_clear()  # made again, not remembered
    return (
        ids.propose_id("2015-10-07", TITLE),
        entities.Registry().new_id("Ahmet Davutoğlu"),
        naming.article_slug(TITLE, "corps"),
    )


def test_slugs_are_ascii_and_readable():
    event, entity, article = made()
    assert event == "2015-10-07-president-recu-moscou-etat-exprime"
    assert entity == "ahmet-davutoglu"
    assert article == "le-president-a-ete-recu-a-moscou-ou-l-etat-s-est-exprime"


def test_slugs_do_not_depend_on_unidecode_being_installed(monkeypatch):
    before = made()
    shouting = types.ModuleType("unidecode")
    shouting.unidecode = lambda text: "UNIDECODE"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "unidecode", shouting)
    assert made() == before


def test_slugs_do_not_look_for_unidecode(monkeypatch):
    looked: list[str] = []
    real = sys.meta_path[:]

    class Spy:
        @staticmethod
        def find_spec(name, path=None, target=None):
            looked.append(name)
            return None

    monkeypatch.setattr(sys, "meta_path", [Spy(), *real])
    monkeypatch.delitem(sys.modules, "unidecode", raising=False)
    made()
    assert "unidecode" not in looked


@pytest.mark.parametrize("text", ["", "« ... »"])
def test_empty_slugs_fall_back(text):
    assert ids.propose_id("2015-10-07", text) == "2015-10-07-evenement"
    assert entities.Registry().new_id(text) == "entite"


def test_a_text_is_slugified_once(monkeypatch):
    """The same text and options give the slug made the first time, without calling
    python-slugify again; another text or other options are made anew."""
    calls: list[str] = []
    real = slugs.slugify

    def counting(text: str, **options: object) -> str:
        calls.append(text)
        return real(text, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(slugs, "slugify", counting)
    slugs.slug.cache_clear()
    first = [slugs.slug("le porte-parole de l'Élysée") for _ in range(3)]
    assert first == ["le-porte-parole-de-l-elysee"] * 3
    assert slugs.slug("le porte-parole de l'Élysée", max_length=10) == "le-porte-p"
    assert slugs.slug("la préfète") == "la-prefete"
    assert calls == ["le porte-parole de l'Élysée"] * 2 + ["la préfète"]

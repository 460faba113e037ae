"""The patterns of reporting clauses: compiled when first read, each once a vocabulary."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from timeline.events.lexicon import Lexicon, lexicon, pattern

ROOT = Path(__file__).resolve().parent.parent

PATTERNS = ["trailing_report", "leading_report", "continuation", "additive", "negation"]


@pytest.mark.parametrize("name", PATTERNS)
def test_a_pattern_is_compiled_when_first_read_and_kept(name):
    fresh = Lexicon(lexicon().data)
    assert name not in vars(fresh)
    pattern = getattr(fresh, name)
    assert vars(fresh)[name] is pattern
    assert getattr(fresh, name) is pattern
    assert [n for n in PATTERNS if n in vars(fresh)] == [name]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("trailing_report", "« Nous reprendrons », a annoncé mercredi Vladimir Poutine.", True),
        ("trailing_report", "Les frappes ont repris mercredi.", False),
        ("leading_report", "Le ministre a déclaré mercredi que les frappes continueraient", True),
        ("continuation", "« Les secours sont sur place », a-t-il poursuivi.", True),
        ("additive", "En outre, le ministre a démissionné.", True),
        ("negation", "Le ministre n'a jamais démissionné.", True),
        ("negation", "Le ministre a démissionné.", False),
    ],
)
def test_the_patterns_read_reporting_clauses(name, text, found):
    assert bool(getattr(lexicon(), name).search(text)) == found


# (key, flags, a text it finds, a text it does not): lexicon.pattern compiles the key's
# expression as written, with the flags asked for
KEYED = [
    ("credit_line", re.IGNORECASE, "Photo AFP", "Le maire a démissionné mardi."),
    ("lapse_after", re.IGNORECASE, " plus tard, le pont a rouvert", " le pont a rouvert"),
    ("web_address", re.IGNORECASE, "WWW.LEMONDE.FR", "Le Monde"),
]


@pytest.mark.parametrize(("key", "flags", "found", "missed"), KEYED)
def test_a_keyed_pattern_is_the_lexicon_s_expression_compiled_once(key, flags, found, missed):
    compiled = pattern(key, flags)
    assert compiled is pattern(key, flags)
    assert compiled.pattern == lexicon()[key]
    assert compiled.flags & re.IGNORECASE == flags & re.IGNORECASE
    assert compiled.search(found) is not None and compiled.search(missed) is None


def _lexicon_read_through_re(path: Path) -> list[str]:
    """``re.search(lexicon()["key"], ...)``, ``re.compile(lex["key"])``: the calls of a
    function of ``re`` on an expression of the events lexicon, by line and key."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.args
            and isinstance(node.args[0], ast.Subscript)
        ):
            continue
        read = node.args[0].value
        if (isinstance(read, ast.Name) and read.id == "lex") or (
            isinstance(read, ast.Call) and ast.unparse(read.func) == "lexicon"
        ):
            found.append(f"{path.name}:{node.lineno} {ast.unparse(node.args[0])}")
    return found


@pytest.mark.parametrize("module", ["kinds", "sentences", "features"])
def test_a_module_reads_the_lexicon_s_expressions_through_pattern(module):
    path = ROOT / "timeline" / "events" / f"{module}.py"
    assert _lexicon_read_through_re(path) == []


def test_the_check_sees_a_lexicon_expression_read_through_re(tmp_path):
    path = tmp_path / "module.py"
    path.write_text(
        'lex = lexicon()\nre.search(lex["credit_line"], text, re.I)\n'
        're.compile(lexicon()["lapse_after"])\nre.compile(r"\\d+")\n',
        encoding="utf-8",
    )
    assert _lexicon_read_through_re(path) == [
        "module.py:2 lex['credit_line']",
        "module.py:3 lexicon()['lapse_after']",
    ]

"""The tagger's rule index (timeline/temporal/rulestarts.py) never skips a rule that matches.

At a position the tagger tries only the rules the index gives for the next three
characters; a rule left out there would silently lose expressions. The index asks ``regex``
probes while the rules run on ``re``: the two must agree on the characters the index
trusts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import regex

from timeline.temporal.rulestarts import AGREED, RuleStarts, without_assertions
from timeline.temporal.tagger import KEY_LENGTH, compiled_rules
from timeline.temporal.textnorm import normalize

DATA = Path(__file__).parent / "data"
RULES = compiled_rules("fr")


def gold_texts() -> list[str]:
    """The texts of every gold set of the tagger, and every rule example."""
    texts = [(DATA / "seed" / "000_2c733891f9fe3bf4.txt").read_text(encoding="utf-8")]
    for path in [DATA / "ftib" / "dev.jsonl", *sorted((DATA / "news").glob("*.jsonl"))]:
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    texts += [str(example["text"]) for rule in RULES.rules for example in rule.examples]
    return [normalize(text) for text in texts]


def test_the_index_gives_every_rule_wherever_it_matches():
    # Every position of every gold text where a rule matches (overlapping matches too, not
    # only the tagger's choices): the index gives that rule for the three characters there.
    text = "\n\n".join(gold_texts())
    missed: list[tuple[str, str]] = []
    matches = 0
    for rule in RULES.rules:
        match = rule.regex.search(text)
        while match is not None:
            matches += 1
            key = text[match.start() : match.start() + KEY_LENGTH]
            if rule not in RULES._starts.at(key):
                missed.append((rule.name, text[match.start() : match.end()]))
            match = rule.regex.search(text, match.start() + 1)
    assert missed == []
    assert matches > 2000  # the gold sets hold that many


@pytest.mark.parametrize(
    ("key", "tried", "not_tried"),
    [
        ("mer", "date_weekday_numeric_dm", "date_numeric_dmy"),
        ("07/", "date_numeric_dmy", "date_weekday_numeric_dm"),
        ("Le ", "date_weekday_numeric_dm", "date_numeric_dmy"),
        ("LE ", "date_weekday_numeric_dm", "date_numeric_dmy"),
        ("3/0", "date_numeric_dm", "date_weekday_numeric_dm"),
    ],
)
def test_the_index_gives_only_the_rules_that_may_begin_there(key, tried, not_tried):
    names = [rule.name for rule in RULES._starts.at(key)]
    assert tried in names
    assert not_tried not in names
    assert RULES._starts.at("qzx") == ()  # no French date begins so


def test_characters_the_engines_may_read_apart_filter_nothing():
    every_rule = RULES._starts.at("\u00b2")  # "²": a word character for re only
    assert every_rule == RULES.rules
    assert RULES._starts.at("m\u00b2") == RULES._starts.at("m")


def test_rules_and_probes_agree_on_the_trusted_characters():
    classes = [r"\w", r"\W", r"\s", r"\S", r"\d", r"\D", ".", "[a-z]", "[^a-z]", "[à-ÿ]"]
    for flags in (0, re.IGNORECASE):
        regex_flags = regex.IGNORECASE if flags else 0
        for char in AGREED:
            for cls in classes:
                ours = re.fullmatch(cls, char, flags) is not None
                theirs = regex.fullmatch(cls, char, regex_flags) is not None
                assert ours == theirs, (cls, char, flags)
    # A letter of a rule and a character of the text: equal ignoring case for both or neither.
    letters = {ch for rule in RULES.rules for ch in rule.pattern}
    for letter in letters:
        ours_pattern = re.compile(re.escape(letter), re.IGNORECASE)
        theirs_pattern = regex.compile(regex.escape(letter), regex.IGNORECASE)
        for char in AGREED:
            assert (ours_pattern.fullmatch(char) is None) == (
                theirs_pattern.fullmatch(char) is None
            ), (letter, char)


@pytest.mark.parametrize(
    ("pattern", "probe"),
    [
        (r"(?<=\bdu\s)(?P<d>[0-9]+)", "(?P<d>[0-9]+)"),
        (r"(?<!le )lundi(?!\s+(?:de|d'))", "lundi"),
        (r"(?:le\s+|(?<=\bau\s))mardi(?=\s*[,.;)])", r"(?:le\s+|)mardi"),
        (r"\ble\B\s^$\A\Z", r"le\s"),
        (r"[(?=\b^]x\(?=y\)", r"[(?=\b^]x\(?=y\)"),
        (r"[]()]a[^]b]", r"[]()]a[^]b]"),
        (r"(?=(?-i:[a-z]|[A-Z]{2}))mars", "mars"),
        (r"(?(1)a|b)", None),
        (r"(?x) lundi (?=\s) # (?= a comment", None),
        (r"(?-x:lundi)", None),
        (r"(?<=x", None),
    ],
)
def test_probes_leave_out_zero_width_assertions(pattern, probe):
    assert without_assertions(pattern) == probe


def test_a_pattern_the_probe_cannot_read_is_always_tried():
    starts = RuleStarts([("odd", r"(?(1)a|b)"), ("plain", "lundi")], re.IGNORECASE)
    assert starts.at("xyz") == ("odd",)
    assert starts.at("Lun") == ("odd", "plain")

"""Every rule of timeline/lang/fr loads, and its examples give the expected expressions."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from timeline.errors import TimelineError
from timeline.temporal import RULES_VERSION, tag
from timeline.temporal.resources import LANG_DIR, load_language
from timeline.temporal.tagger import Rules, compiled_rules

RULES = compiled_rules("fr").rules
EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.name}-{i}")
    for rule in RULES
    for i, example in enumerate(rule.examples)
]


def test_every_rule_has_an_example():
    assert [r.name for r in RULES if not r.examples] == []


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_example(rule, example):
    dct = dt.date.fromisoformat(str(example.get("dct", rule.default_dct)))
    text = example["text"]
    found = tag(text, dct)
    if example.get("value", "absent") is None and "timex" not in example:
        assert found == [], f"{rule.name}: nothing expected in {text!r}, got {found}"
        return
    surface = example["timex"]
    matching = [t for t in found if t.text.replace("\u00a0", " ") == surface]
    assert matching, f"{rule.name}: {surface!r} not found in {text!r}: {[t.text for t in found]}"
    timex = matching[0]
    assert timex.value == example["value"], timex.explanation
    for key in ("type", "mod", "open_start"):
        if key in example:
            assert getattr(timex, key) == example[key]
    if "span" in example:
        assert list(timex.span or ()) == example["span"]


def copy_lang(tmp_path: Path) -> Path:
    folder = tmp_path / "fr"
    shutil.copytree(LANG_DIR / "fr", folder)
    return folder


def add_rule(folder: Path, text: str) -> None:
    path = folder / "rules_zz_test.yml"
    path.write_text("rules:\n" + text, encoding="utf-8")


@pytest.mark.parametrize(
    ("rule_text", "message"),
    [
        (
            "  - {name: bad_ref, pattern: '%no_such_list', value: X}\n",
            "rule 'bad_ref' refers to unknown pattern '%no_such_list'",
        ),
        (
            "  - {name: bad_table, pattern: '(?P<w>%weekday)', value: '{w|no_table}'}\n",
            "unknown table or function 'no_table'",
        ),
        (
            "  - {name: bad_group, pattern: '%weekday', value: '{w|weekday}'}\n",
            "unknown group 'w'",
        ),
        ("  - {name: bad_regex, pattern: '(lundi', value: X}\n", "bad pattern"),
        ("  - {name: no_value, pattern: 'lundi'}\n", "a 'value' is required"),
        ("  - {name: sign_first, pattern: ',\\s*lundi', value: X}\n", "must start with a letter"),
        ("  - {name: weekday, pattern: 'lundi', value: X}\n", "rule names used twice"),
        (
            "  - {name: bad_date, pattern: '(?P<m>%month)', date: '{m}', value: X}\n",
            "with a 'date', the value must be UNDEF-date",
        ),
        (
            "  - {name: bad_date_group, pattern: '%month', date: '{m}'}\n",
            "unknown group 'm'",
        ),
    ],
)
def test_bad_rules_fail_at_load_time_naming_file_and_rule(tmp_path, rule_text, message):
    folder = copy_lang(tmp_path)
    add_rule(folder, rule_text)
    with pytest.raises(TimelineError) as info:
        Rules(load_language("fr", folder))
    assert message in str(info.value)
    if "twice" not in message:
        assert "rules_zz_test.yml" in str(info.value)


def test_patterns_compile_longest_alternative_first():
    rules = compiled_rules("fr")
    month = rules.expand("month", Path("patterns.yml"), "test")
    assert month.index("septembre") < month.index("mars")


def test_rules_version_names_language_and_changes_with_data(tmp_path):
    from timeline.temporal.resources import data_hash

    assert RULES_VERSION.startswith("fr-")
    folder = copy_lang(tmp_path)
    before = data_hash("fr", folder)
    add_rule(folder, "  - {name: extra, pattern: 'lundi', value: X}\n")
    assert data_hash("fr", folder) != before


def test_every_message_the_resolver_uses_is_in_messages_yml():
    import re

    from timeline.temporal import resolver
    from timeline.temporal.tense import TenseCues

    messages = load_language("fr").messages
    source = Path(resolver.__file__).read_text(encoding="utf-8")
    keys = set(re.findall(r'(?:messages\[|say\()\s*"(\w+)"', source))
    kinds = TenseCues(load_language("fr").cues).regex.groupindex
    keys |= {f"cue_{k}" for k in kinds if not k.startswith("w")}
    keys |= {f"tense_{t}" for t in ("past", "future", "none")}
    keys |= {f"span_{m}" for m in resolver.SPAN_MODES}
    keys |= {f"unit_{u}" for u in ("day", "week", "weekend", "month", "year")}
    keys |= {f"explicit_{v}" for v in ("PAST_REF", "PRESENT_REF", "FUTURE_REF")}
    assert len(keys) > 40
    assert sorted(keys - set(messages)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lundi, mardis et mercredi-ci : l'an dernier, les ans passent ; dans 2ans, mar. 3 mars.",
        "AUJOURD'HUI le week-end prochain, weekends, seconde secondes secondaire maintenant",
        "avril avr avr. avrille juin juinet Mai mai-juin émail semaines_ semaine",
    ],
)
def test_trigger_words_are_found_where_a_whole_word_is_one(text):
    # The one-pass finder gives exactly the starts of the words that are trigger words.
    rules = compiled_rules("fr")
    lowered = text.lower()
    naive = [m.start() for m in re.finditer(r"\w+", lowered) if m.group(0) in rules.triggers]
    found = [m.start() for m in rules._trigger_words.finditer(lowered)]
    assert found == naive
    assert naive  # the table has triggers to find


def test_a_trigger_word_that_is_not_a_word_fails_at_load_time(tmp_path):
    folder = copy_lang(tmp_path)
    patterns = folder / "patterns.yml"
    text = patterns.read_text(encoding="utf-8")
    patterns.write_text(text.replace("trigger_words: [jan,", "trigger_words: [d'ici, jan,"))
    with pytest.raises(TimelineError) as info:
        Rules(load_language("fr", folder))
    assert "trigger words must be whole words" in str(info.value)
    assert "d'ici" in str(info.value)

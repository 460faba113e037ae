"""The NLP pipeline runs only what is read: lemmas on demand give what spaCy's lemmatizer
gives to every token; the tokenizer's patterns, matched once per string, give spaCy's tokens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.events.nlp import (
    LEMMATIZER,
    PARSER,
    TOKENIZER_PATTERNS,
    Memo,
    finite_verb,
    get_nlp,
    is_finite,
    lemma,
    memoize_tokenizer,
    morph,
)

TEXTS = [
    "Les 11 grévistes présents ont eu la parole une dernière fois ce jeudi.",
    "Le séisme qui a frappé le Maroc le 8 septembre au soir a fait au moins 820 morts.",
    "« Tout n'est pas parfait », a répliqué Pogačar, inquiet du sort de João Almeida.",
    "Les frappes allaient s'intensifier, a déclaré mercredi M. Poutine à Moscou.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_lemmas_on_demand_are_the_lemmatizers(text):
    nlp = get_nlp()
    full = nlp(text, disable=[PARSER])
    lazy = nlp(text, disable=[PARSER, LEMMATIZER])
    assert [t.text for t in lazy] == [t.text for t in full]
    assert all(t.lemma_ == "" or t.lemma_ == f.lemma_ for t, f in zip(lazy, full, strict=True))
    assert [lemma(t) for t in lazy] == [t.lemma_ for t in full]


@pytest.mark.parametrize("text", TEXTS)
def test_morph_reads_what_spacy_reads(text):
    doc = get_nlp()(text, disable=[PARSER, LEMMATIZER])
    for token in list(doc) + list(doc):  # the second time from what was kept
        for feature in ("VerbForm", "Tense", "Mood", "Voice", "PronType", "Number", "Absent"):
            assert morph(token, feature) == token.morph.get(feature)


# (sentence, word, finite?): a conjugated verb or auxiliary is finite, an infinitive or a
# participle is not ("a déclaré": "a" is, "déclaré" is not)
FINITE = [
    ("Les frappes allaient s'intensifier, a déclaré mercredi M. Poutine.", "allaient", True),
    ("Les frappes allaient s'intensifier, a déclaré mercredi M. Poutine.", "intensifier", False),
    ("Les frappes allaient s'intensifier, a déclaré mercredi M. Poutine.", "a", True),
    ("Les frappes allaient s'intensifier, a déclaré mercredi M. Poutine.", "déclaré", False),
    ("Réunis dimanche, les ministres fermeront la frontière.", "Réunis", False),
    ("Réunis dimanche, les ministres fermeront la frontière.", "fermeront", True),
    ("Réunis dimanche, les ministres fermeront la frontière.", "frontière", False),
]


@pytest.mark.parametrize(("text", "word", "finite"), FINITE)
def test_a_finite_verb_is_a_conjugated_one(text, word, finite):
    doc = get_nlp()(text, disable=[LEMMATIZER])
    [token] = [t for t in doc if t.text == word]
    assert is_finite(token) is finite
    assert finite_verb(token) is finite


@pytest.mark.parametrize("text", TEXTS)
def test_finite_reads_the_verb_form_and_the_part_of_speech(text):
    for token in get_nlp()(text, disable=[LEMMATIZER]):
        assert is_finite(token) is ("Fin" in token.morph.get("VerbForm"))
        assert finite_verb(token) is (is_finite(token) and token.pos_ in ("VERB", "AUX"))


# -- the tokenizer's patterns, matched once per string ---------------------------------

DATA = Path(__file__).parent / "data"
#: the blind held-out sets are read by the coordinator's measure alone
BLIND = (
    "realnews/heldout2",
    "realnews/heldout2-events.yml",
    "realnews/heldout3",
    "realnews/heldout3-events.yml",
    "realnews/heldout4",
    "realnews/heldout4-events.yml",
)


def _data_texts() -> list[tuple[str, str]]:
    """Every text of ``tests/data`` (files read whole; each JSON line's ``text``)."""
    texts = []
    for path in sorted(DATA.rglob("*")):
        where = path.relative_to(DATA).as_posix()
        if not path.is_file() or where.startswith(BLIND) or path.suffix in (".png", ".py"):
            continue
        raw = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".jsonl":
            for n, line in enumerate(raw.splitlines(), 1):
                text = json.loads(line).get("text") if line.strip() else None
                if isinstance(text, str):
                    texts.append((f"{where}:{n}", text))
        else:
            texts.append((where, raw))
    return texts


def test_memoized_tokenizer_gives_spacys_tokens_on_every_text_of_the_test_data():
    from spacy.tokenizer import Tokenizer

    mine = get_nlp().tokenizer
    patterns = {name: getattr(mine, name) for name in TOKENIZER_PATTERNS}
    assert all(isinstance(p, Memo) for p in patterns.values())
    plain = Tokenizer(  # the model's tokenizer as spaCy loads it: the patterns bare
        mine.vocab,
        rules=mine.rules,
        infix_finditer=mine.infix_finditer,
        faster_heuristics=mine.faster_heuristics,
        **{name: memo.function for name, memo in patterns.items()},
    )
    texts = _data_texts()
    assert len(texts) > 150  # the seed, the news corpora, French TimeBank, the inputs
    expected = {where: [(t.text, t.whitespace_) for t in plain(text)] for where, text in texts}
    for where, text in texts + texts:  # the second time, from what the memo kept
        assert [(t.text, t.whitespace_) for t in mine(text)] == expected[where], where


def test_memo_gives_the_functions_value_and_starts_again_when_full():
    calls: list[str] = []

    def first_letter(text: str) -> str | None:
        calls.append(text)
        return text[:1] or None

    memo = Memo(first_letter, limit=2)
    assert [memo(t) for t in ("ab", "ab", "", "cd", "ab")] == ["a", "a", None, "c", "a"]
    # "ab" and "" kept; "cd" found the memo full: emptied, then "cd" kept, "ab" again
    assert calls == ["ab", "", "cd", "ab"]


def test_memoize_tokenizer_twice_wraps_once():
    tokenizer = get_nlp().tokenizer
    before = {name: getattr(tokenizer, name) for name in TOKENIZER_PATTERNS}
    memoize_tokenizer(tokenizer)
    assert {name: getattr(tokenizer, name) for name in TOKENIZER_PATTERNS} == before

"""A sentence's record copied by assembly with another role, parent or kind
(``assemble._Sentence.again``, as ``_promote`` does) keeps what was read of its words, clause,
what its clause acts on and its places; a copy that holds another text, offset, words or
parse reads them again. Invented sentence: a dike giving way."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from builders import noun_token, sentence

from timeline.events.assemble import _Sentence
from timeline.records import Sentence

RECORD = sentence(
    "La digue a cédé.",
    start=10,
    end=26,
    tense="past",
    verb="céder",
    action="céder",
    words=[(3, "digue"), (11, "céder")],
    role="event",
    clause=[noun_token("digue", 1), noun_token("cédé", 1)],
)

COPIES: dict[str, tuple[Callable[[Sentence], Sentence], bool]] = {
    "another role and no parent": (lambda s: dataclasses.replace(s, role="context"), True),
    "another parent": (lambda s: dataclasses.replace(s, role="follow-up", parent=0), True),
    "another kind": (lambda s: dataclasses.replace(s, kind="statement"), True),
    "another text": (lambda s: dataclasses.replace(s, text="La digue a tenu."), False),
    "another offset": (lambda s: dataclasses.replace(s, start=11), False),
    "other words": (lambda s: dataclasses.replace(s, words=[(3, "digue")]), False),
    "another parse": (lambda s: dataclasses.replace(s, clause=[noun_token("digue", 0)]), False),
}


@pytest.mark.parametrize("name", sorted(COPIES))
def test_a_copy_keeps_what_was_read_only_of_the_same_sentence(name):
    change, kept = COPIES[name]
    sentence = _Sentence(0, 0, RECORD)
    sentence.read_words = ["digue", "céder"]
    sentence.read_clause.append(None)
    sentence.read_acted.append(None)
    sentence.read_shared.append(True)
    sentence.read_places.append(frozenset({"loire"}))
    copy = sentence.again(change(RECORD))
    assert copy.data == change(RECORD) and copy.mentions is sentence.mentions
    read = (copy.read_words, copy.read_clause, copy.read_acted, copy.read_shared, copy.read_places)
    if kept:
        assert read == (["digue", "céder"], [None], [None], [True], [frozenset({"loire"})])
    else:
        assert read == (None, [], [], [], [])

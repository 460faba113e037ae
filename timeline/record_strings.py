"""Equal strings of the decoded extractions made one object: a build's records hold far
fewer distinct strings than strings.

JSON decoding makes a new string for every value it reads, and an extraction's parse
repeats the same few: each token's dependency label and part of speech (a few dozen
values), its lemma and its text (the words of French), each content word's lemma, each
noun phrase's determiner, number and gender, each name's label. Decoded, the records of a
build keep every copy alive until the chronology is made: the 202 articles of the bench's
dossier decode into 21.6 MB of records, 7 MB of which are such copies, and the 1,000 of a
cold build are held while the extraction's workers still run (the build's peak memory).
``share`` replaces each of those strings of a record by the first equal one met (the
values, and so the chronology, are the same); the copies are freed as each record is
decoded, so the next reuses their memory.
"""

from __future__ import annotations

from timeline.records import Extraction


def share(record: Extraction, strings: dict[str, str]) -> Extraction:
    """``record`` with its repeated strings (see the module docstring) replaced by the
    equal ones of ``strings`` (those met first are added to it): one ``strings`` for all
    the records of a build. The record is changed in place and returned."""
    one = strings.setdefault
    for sentence in record.sentences:
        for token in sentence.clause or ():
            token.text = one(token.text, token.text)
            token.dep = one(token.dep, token.dep)
            token.pos = one(token.pos, token.pos)
            token.lemma = one(token.lemma, token.lemma)
        if sentence.words:
            sentence.words = [(offset, one(lemma, lemma)) for offset, lemma in sentence.words]
        for phrase in sentence.phrases or ():
            phrase.determiner = one(phrase.determiner, phrase.determiner)
            phrase.words = one(phrase.words, phrase.words)
            phrase.number = one(phrase.number, phrase.number)
            phrase.gender = one(phrase.gender, phrase.gender)
        for mention in sentence.mentions:
            mention.text = one(mention.text, mention.text)
            mention.label = one(mention.label, mention.label)
    return record

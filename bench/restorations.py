"""Every pronoun a headline had restored, and whether what replaced it agrees with it.

    .venv/bin/python bench/restorations.py [--only dev dev2 ...] [--all]

A headline opening with a pronoun ("Il a été placé en détention") is given what the pronoun
stands for ("Le suspect a été placé en détention", ``titles.standalone``). A wrong
antecedent changes the fact the headline tells ("Elle s'est terminée", the autopsy ->
"Michael Jackson s'est terminée"), which no figure of ``bench/events.py`` counts. This check
builds each development set (as ``bench/events.py`` does), makes every event's title twice,
with the antecedents assembly found and with none, and where the two differ prints the
pronoun (what the title without antecedents has there), what replaced it, and the number
and gender of both as spaCy's morphology reads them in the two titles: the pronoun's, and
the replacement's head (a name's first word: spaCy knows first names' genders). A
disagreement of number or gender, both known, is counted; the count is the figure, by set
and in all. ``--all`` lists every restoration, not only the disagreements; ``--context``
prints the two sentences before each (what the pronoun may stand for).

Blind sets and the round's unseen one (``eventscore.UNSEEN_SETS``) are refused: their
headlines are never printed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eventscore  # noqa: E402  (bench/eventscore.py)

from timeline.chronology import assemble_chronology  # noqa: E402
from timeline.events import titles  # noqa: E402
from timeline.events.lexicon import titling  # noqa: E402
from timeline.events.nlp import get_nlp  # noqa: E402
from timeline.records import Sentence  # noqa: E402
from timeline.temporal.model import Timex  # noqa: E402

UNREAD = eventscore.BLIND_SETS | eventscore.UNSEEN_SETS
DEVELOPMENT = [name for name in eventscore.REALNEWS_SETS if name not in UNREAD]


@dataclass(frozen=True)
class Restoration:
    """One title whose pronoun was replaced: the two titles and the parts that differ."""

    where: str  # "set article#sentence"
    bare: str  # the title made with no antecedent
    title: str  # the title published
    pronoun: str  # what ``bare`` has where the two differ
    replacement: str  # what ``title`` has there
    before: tuple[str, ...]  # the two sentences before the title's, nearest last


@dataclass(frozen=True)
class Agreement:
    """Number and gender of a stretch of a title ("" when spaCy gives none)."""

    number: str
    gender: str


def differing(bare: str, title: str) -> tuple[str, str]:
    """The stretches of ``bare`` and ``title`` between their common start and end, widened
    to whole words."""
    start = 0
    while start < min(len(bare), len(title)) and bare[start] == title[start]:
        start += 1
    end = 0
    while (
        end < min(len(bare), len(title)) - start
        and bare[len(bare) - 1 - end] == title[len(title) - 1 - end]
    ):
        end += 1
    start = bare.rfind(" ", 0, start) + 1
    tail_bare, tail_title = len(bare) - end, len(title) - end
    while tail_bare < len(bare) and bare[tail_bare] not in " ,":
        tail_bare += 1
        tail_title += 1
    return bare[start:tail_bare].strip(), title[start:tail_title].strip()


def agreement(doc: Any, start: int, end: int) -> Agreement:
    """Number and gender of the stretch ``start``-``end`` of the parsed ``doc``: its head's
    (the token whose head lies outside it), a name's from its first word, a word of it
    carrying them when the head does not ("Ce dernier")."""
    tokens = [t for t in doc if t.idx >= start and t.idx < end and not t.is_punct]
    if not tokens:
        return Agreement("", "")
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    ordered = heads + [t for t in tokens if t not in heads]

    def feature(name: str) -> str:
        for token in ordered:
            values = token.morph.get(name)
            if values:
                return str(values[0])
        return ""

    return Agreement(feature("Number"), feature("Gender"))


def pronoun_agreement(pronoun: str, doc: Any, at: int) -> Agreement:
    """Number and gender of ``pronoun`` at offset ``at`` of the parsed title ``doc``: spaCy's,
    but of a hyphenated demonstrative ("celui-ci", which spaCy cuts in three and reads
    feminine) the headline lexicon's (``headline_subject_pronouns``,
    ``headline_feminine_pronouns``)."""
    lex = titling()
    low = pronoun.lower()
    if "-" in low and low in lex["headline_subject_pronouns"]:
        number = "Sing" if lex["headline_subject_pronouns"][low] == "singular" else "Plur"
        return Agreement(number, "Fem" if low in lex["headline_feminine_pronouns"] else "Masc")
    return agreement(doc, at, at + len(pronoun))


def disagree(pronoun: Agreement, antecedent: Agreement) -> list[str]:
    """What differs between a pronoun's agreement and its antecedent's, both known:
    "number", "gender" (not a masculine plural's: the plural of a mixed group, "Quatre
    personnes ... Ils")."""
    out = []
    if pronoun.number and antecedent.number and pronoun.number != antecedent.number:
        out.append("number")
    mixed = pronoun.number == "Plur" and pronoun.gender == "Masc"
    if pronoun.gender and antecedent.gender and pronoun.gender != antecedent.gender and not mixed:
        out.append("gender")
    return out


def restorations(name: str, tmp: Path) -> list[Restoration]:
    """Every title of set ``name`` that its antecedents changed."""
    folder, articles, extractions = eventscore.extracted_set(name, tmp)
    found: dict[tuple[str, int], Restoration] = {}
    texts = {x.article: [s.text for s in x.sentences] for x in extractions}

    def make_title(
        slug: str,
        index: int,
        sentence: Sentence,
        timexes: list[Timex],
        speaker: str | None,
        headlines: list[str],
        antecedents: titles.Antecedents,
        read: tuple[str, str] | None = None,
    ) -> str:
        title = titles.make_title(sentence, timexes, speaker, headlines, antecedents, read)
        bare = titles.make_title(sentence, timexes, speaker, headlines, titles.Antecedents(), read)
        if bare != title:
            pronoun, replacement = differing(bare, title)
            before = tuple(texts.get(slug, [])[max(0, index - 2) : index])
            found[slug, index] = Restoration(
                f"{name} {slug[:40]}#{index}", bare, title, pronoun, replacement, before
            )
        return title

    assemble_chronology(articles, extractions, folder, make_title=make_title)
    return list(found.values())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", default=DEVELOPMENT, metavar="SET")
    parser.add_argument("--all", action="store_true", help="list every restoration")
    parser.add_argument("--context", action="store_true", help="the two sentences before")
    args = parser.parse_args(argv)
    blind = [name for name in args.only if name in UNREAD]
    if blind:
        parser.error(f"blind sets have no headlines to print: {' '.join(blind)}")
    nlp = get_nlp()
    total = failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only:
            found = restorations(name, Path(tmp))
            wrong = 0
            for r in found:
                bare, title = nlp(r.bare), nlp(r.title)
                pronoun = pronoun_agreement(r.pronoun, bare, r.bare.find(r.pronoun))
                at = r.title.find(r.replacement)
                antecedent = agreement(title, at, at + len(r.replacement))
                differ = disagree(pronoun, antecedent)
                wrong += bool(differ)
                if differ or args.all:
                    mark = "DISAGREE " + "+".join(differ) if differ else "agree"
                    print(
                        f"{mark:24} {r.where}\n"
                        f"    {r.pronoun!r} ({pronoun.number} {pronoun.gender}) -> "
                        f"{r.replacement!r} ({antecedent.number} {antecedent.gender})\n"
                        f"    {r.bare}\n    {r.title}"
                    )
                    for text in r.before if args.context else ():
                        print(f"      | {' '.join(text.split())[:240]}")
            print(f"## {name}: {len(found)} restored, {wrong} disagree")
            total += len(found)
            failures += wrong
    print(f"## all: {total} restored, {failures} disagree")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

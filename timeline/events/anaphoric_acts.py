"""An act told by a verb pointing back: "l'a fait", "ont fait de même", "en a fait autant".

News tells one act of several doers by one sentence naming the act and others naming each
doer with a verb that points back to it: "Plusieurs chaînes ont alors cessé de diffuser le
discours. MSNBC l'a fait la première", "NBC et ABC ont fait de même", "Lufthansa en a fait
autant", "Le Japon lui a emboîté le pas". Such a verb tells no act of its own: it does the
act of the sentence it points back to, the last report of its article before it
(``take_back_acts``), so merging compares "MSNBC l'a fait la première" with "La chaîne MSNBC
a très vite arrêté la retransmission" by their acts. The French is ``lang/fr/merging.yml``'s
``anaphoric_acts``."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline.events.merging_words import outside_quotes, raw_data
from timeline.events.report import Report


@cache
def _pointing_back() -> tuple[re.Pattern[str], ...]:
    """The verbs pointing back to an act (``anaphoric_acts``), lower case."""
    return tuple(re.compile(str(p)) for p in raw_data()["anaphoric_acts"])


def points_back(sentence: str) -> bool:
    """A sentence, outside what it quotes, does its act by a verb pointing back
    (``anaphoric_acts``: "l'a fait la première", "ont fait de même", "en a fait autant",
    "lui a emboîté le pas"), not in a clause of comparison ("comme il l'avait fait la
    veille": the sentence's own act is another)."""
    written = outside_quotes(sentence).lower()
    return any(
        not _COMPARED.search(written[: found.start()])
        for p in _pointing_back()
        for found in p.finditer(written)
    )


#: a clause of comparison just before the verb ("comme il l'avait fait", "comme l'ont fait")
_COMPARED = re.compile(r"\bcomme\s+(?:[\w'’-]+\s+){0,2}$")


def take_back_acts(reports: list[Report]) -> None:
    """A report whose verb points back (``points_back``) does the act of its article's
    report before it, the last one that does not point back itself: its action, its main
    clause's predicate, acts and object, and that report's words but its names (who did the
    act before is not who does it now: "Plusieurs compagnies ont suspendu leurs vols. Air
    France l'a fait la première" is Air France suspending its flights). Its own names and
    its own main clause's subject stay. Idempotent: a report already given its act keeps
    it."""
    by_article: dict[int, list[Report]] = {}
    for r in reports:
        by_article.setdefault(r.key[0], []).append(r)
    for told in by_article.values():
        before: Report | None = None
        for r in sorted(told, key=lambda r: r.key):
            if not (points_back(r.sentence) and _does_nothing_else(r)):
                before = r
                continue
            if before is not None:
                _take(r, before)


def _does_nothing_else(report: Report) -> bool:
    """Its main verb is the one pointing back ("faire", "emboîter"; a follow-up, not parsed,
    tells no other act): not "s'est rendu à l'Élysée, comme il l'avait fait la veille"."""
    verbs = _anaphoric_verbs()
    clause = report.clause
    if clause is None:
        return report.action is None or report.action in verbs
    return clause.predicate in verbs or report.verb in verbs


@cache
def _anaphoric_verbs() -> frozenset[str]:
    """The verbs that point back (``anaphoric_verbs``: "faire", "emboîter")."""
    return frozenset(str(v) for v in raw_data()["anaphoric_verbs"])


def _take(report: Report, act: Report) -> None:
    """``report`` does the act ``act`` tells (``take_back_acts``)."""
    taken = [w for w in act.words if not w.startswith("@") and w not in report.words]
    if taken:
        report.words = report.words + taken
        report.text = " ".join(report.words)
        report.bag = report.bag | frozenset(taken)
    report.action = act.action
    clause, done = report.clause, act.clause
    if clause is not None and done is not None:
        report.clause = replace(
            clause,
            predicate=done.predicate,
            patient=done.patient if done.patient is None or done.patient[0] != "@" else None,
            also=done.also,
            told=done.told,
            core=(clause.core - {clause.predicate}) | {w for w in done.core if w[0] != "@"},
        )

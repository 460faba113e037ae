"""One declaration retold by several outlets is one statement (issue 9,
``merge.same_declaration``): a blog post, a communiqué, an interview is quoted passage by
passage, each outlet naming its speaker by name, by title or by a pronoun, and naming the
occasion ("sur son blog", "dans un communiqué") in one sentence or another. Invented French
articles run through the whole pipeline (extraction with spaCy, assembly); each row says
which two sentences one event cites, or that no event cites both: one speaker's words on
one occasion of one day together, and with no occasion named when each article tells
them in one sentence; two occasions of one speaker (a blog post and a radio interview, two
communiqués of one evening), an article telling them in several sentences or in one that
goes on from the sentence before ("a précisé") with no occasion named, and two speakers
apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

DECLARATIONS = [
    # (case, articles, one sentence, another, one statement?)
    (
        "two outlets: a mayor's blog post quoted passage by passage",
        {
            "2024-02-08-a": "Le maire de Vernon, Paul Girard, a reconnu jeudi sur son blog "
            "avoir caché des dépenses de campagne. « Je demande pardon aux habitants », "
            "écrit-il.",
            "2024-02-08-b": "Sur son blog, Paul Girard demande pardon aux Vernonnais. « J'ai "
            "menti par orgueil », confesse l'élu.",
        },
        "a|a reconnu jeudi sur son blog",
        "b|J'ai menti par orgueil",
        True,
    ),
    (
        "two outlets: a former minister's communiqué",
        {
            "2023-05-16-a": "Dans un communiqué publié mardi, l'ancienne ministre Claire "
            "Dumas dénonce « une cabale ». Elle affirme n'avoir jamais touché d'argent.",
            "2023-05-16-b": "« Je n'ai jamais touché le moindre euro », assure mardi Claire "
            "Dumas dans un communiqué.",
        },
        "a|dénonce « une cabale »",
        "b|le moindre euro",
        True,
    ),
    (
        "two outlets: one speaker's blog post and radio interview of one day",
        {
            "2024-02-08-a": "Paul Girard a reconnu jeudi sur son blog avoir caché des "
            "dépenses de campagne.",
            "2024-02-08-b": "Au micro de France Bleu, jeudi, Paul Girard a assuré qu'il ne "
            "démissionnerait pas.",
        },
        "a|sur son blog",
        "b|France Bleu",
        False,
    ),
    (
        "one outlet: two communiqués of one evening",
        {
            "2023-05-16-soir": "Dans un communiqué publié mardi à 19 heures, le maire Paul "
            "Girard a dénoncé « une campagne de calomnies ». Dans un autre communiqué, il a "
            "remercié les habitants pour leur soutien.",
        },
        "campagne de calomnies",
        "remercié les habitants",
        False,
    ),
    (
        "two outlets: a press point named by one of them only",
        {
            "2024-03-12-a": "Lors d'un point de presse mardi, la maire de Nantes, Claire "
            "Vernay, a annoncé la fermeture des écoles de la ville.",
            "2024-03-12-b": "Claire Vernay a estimé mardi que la crue de la Loire serait « "
            "historique ».",
        },
        "a|la fermeture des écoles",
        "b|historique",
        True,
    ),
    (
        "two outlets: a point-presse named by one, a participle that is no judge",
        {
            "2024-03-12-a": "Lors d'un point-presse mardi, Paul Morel a déclaré que la "
            "direction de Lavix, entreprise jugée « défaillante », serait convoquée.",
            "2024-03-12-b": "Paul Morel a assuré mardi que l'État paierait les éleveurs.",
        },
        "a|serait convoquée",
        "b|paierait les éleveurs",
        True,
    ),
    (
        "three outlets: two occasions named, the third outlet's words of neither",
        {
            "2024-02-08-a": "Paul Girard a reconnu jeudi sur son blog avoir caché des "
            "dépenses de campagne.",
            "2024-02-08-b": "Au micro de France Bleu, jeudi, Paul Girard a assuré qu'il ne "
            "démissionnerait pas.",
            "2024-02-08-c": "Paul Girard a estimé jeudi que ses adversaires mentaient.",
        },
        "a|sur son blog",
        "c|adversaires mentaient",
        False,
    ),
    (
        "two outlets: one speaker's words of one day, no occasion named",
        {
            "2024-02-08-a": "Paul Girard a affirmé jeudi que la piscine municipale "
            "rouvrirait en mars.",
            "2024-02-08-b": "Paul Girard a estimé jeudi que ses adversaires mentaient.",
        },
        "a|piscine municipale",
        "b|adversaires mentaient",
        True,
    ),
    (
        "two outlets, no occasion named: an article telling them twice, the other's apart",
        {
            "2024-02-08-a": "Paul Girard a affirmé jeudi que la piscine municipale "
            "rouvrirait en mars. Paul Girard a par ailleurs estimé jeudi que ses adversaires "
            "mentaient.",
            "2024-02-08-b": "Paul Girard a dénoncé jeudi la hausse des impôts.",
        },
        "a|adversaires mentaient",
        "b|hausse des impôts",
        False,
    ),
    (
        "two outlets, no occasion named: words that go on from the sentence before, apart",
        {
            "2024-02-08-a": "Les pompiers ont sauvé trois randonneurs dans le massif. Il n'y "
            "a pas eu de blessés, a précisé jeudi Paul Girard.",
            "2024-02-08-b": "Paul Girard a estimé jeudi que ses adversaires mentaient.",
        },
        "a|pas eu de blessés",
        "b|adversaires mentaient",
        False,
    ),
    (
        "two outlets: two speakers' blog posts of one day",
        {
            "2024-02-08-a": "Sur son blog, Paul Girard demande pardon aux habitants.",
            "2024-02-08-b": "Sur son blog, Marc Henry demande pardon aux électeurs.",
        },
        "a|Paul Girard",
        "b|Marc Henry",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"),
    DECLARATIONS,
    ids=[r[0] for r in DECLARATIONS],
)
def test_one_declaration_retold_is_one_statement(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)

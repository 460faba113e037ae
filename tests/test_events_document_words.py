"""A document's words relayed sentence by sentence are one statement (issue 9,
``events.documents``, ``frames._mark_documents``, merging.yml's ``documents``): news names a
communiqué, a letter or a text once ("Dans un communiqué publié lundi, X affirme ...",
"..., annonce la préfecture dans un communiqué"), then goes on with its words naming the
document again ("..., ajoute le communiqué", "Selon le texte, ...") or its author by a noun
of a body going on ("Le fabricant assure en outre que ...", "..., précise la préfecture").
Not a happening the document relays (README, "Statements and what they relay", rule 2: "Le
ministre a décidé la suspension ..., explique le communiqué" is the suspension), nor words
of an article naming two documents that day (whose words each is is not read). The shapes
are dev30's (a carmaker's communiqué), dev24's (a prefecture's) and dev18's (a government's
communiqué relaying a decision); the French is invented. Invented articles run through the
whole pipeline; each row says which two sentences one event cites, or that no event cites
both. The first two rows fail on the code before the rule; the prefecture's and the letter's
rows held before it too (the sentence right after is read as going on), kept so that the
occasion does not part them; the rows kept apart fail if the rule reads too much."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

DOCUMENTS = [
    # (case, articles, one sentence, another, one statement?)
    (
        "a communiqué named once, then 'ajoute le communiqué' (dev30's shape)",
        {
            "2024-03-11-a": "Dans un communiqué publié ce lundi, Velonor affirme travailler "
            "d'arrache-pied pour corriger les « défaillances » de ses freins. Le montant des "
            "réparations sera revu si nécessaire, ajoute le communiqué."
        },
        "a|affirme travailler",
        "a|ajoute le communiqué",
        True,
    ),
    (
        "its author by a noun of a body and an adverb of addition ('assure en outre')",
        {
            "2024-03-11-a": "Dans un communiqué publié ce lundi, Velonor affirme travailler "
            "d'arrache-pied pour corriger les « défaillances » de ses freins. Le fabricant "
            "assure en outre que ses vélos neufs respectent les normes européennes."
        },
        "a|affirme travailler",
        "a|assure en outre",
        True,
    ),
    (
        "a body's verb of going on and the document again (dev24's shape)",
        {
            "2024-06-05-a": "Un loup a été aperçu mardi près de Nîmes, annonce la préfecture "
            "du Gard dans un communiqué. « Il faut éviter de l'approcher et de le nourrir », "
            "précise la préfecture. « Il ne présente aucun danger pour la population », "
            "ajoute le communiqué."
        },
        "a|précise la préfecture",
        "a|ajoute le communiqué",
        True,
    ),
    (
        "the happening the communiqué relays stays the happening",
        {
            "2024-06-05-a": "Un loup a été aperçu mardi près de Nîmes, annonce la préfecture "
            "du Gard dans un communiqué. « Il faut éviter de l'approcher et de le nourrir », "
            "précise la préfecture. « Il ne présente aucun danger pour la population », "
            "ajoute le communiqué."
        },
        "a|Un loup a été aperçu",
        "a|ajoute le communiqué",
        False,
    ),
    (
        "a letter named once, then an attribution to the text ('Selon le texte, ...')",
        {
            "2024-09-17-a": "Dans une lettre adressée mardi à ses salariés, le groupe Azuria "
            "affirme que « l'avenir du site n'est pas menacé ». Selon le texte, les "
            "commandes de l'année « couvrent largement » la production."
        },
        "a|affirme que",
        "a|Selon le texte",
        True,
    ),
    (
        "a decision the communiqué relays is that decision, not its words (dev18's shape)",
        {
            "2024-12-10-a": "Dans un communiqué publié dimanche, le gouvernement assure que "
            "« les enfants malades vont bien ». « Par souci de sécurité sanitaire », Paul "
            "Girard, ministre de la Santé, « a ordonné le rappel de 600 lots de lait », "
            "explique le communiqué."
        },
        "a|assure que",
        "a|explique le communiqué",
        False,
    ),
    (
        "two documents named that day: whose words each is is not read",
        {
            "2024-03-11-a": "Dans un communiqué publié lundi, la mairie de Brest affirme "
            "que les travaux « avancent bien ». Dans un communiqué publié le même jour, le "
            "syndicat des riverains dénonce « un chantier sans fin ». Les nuisances "
            "« dépassent les normes », ajoute le communiqué."
        },
        "a|la mairie de Brest affirme",
        "a|dénonce",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), DOCUMENTS, ids=[r[0] for r in DOCUMENTS]
)
def test_a_documents_words_are_one_statement(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)

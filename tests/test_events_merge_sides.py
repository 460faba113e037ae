"""Merging: who acts and whom a speaker speaks for (issue 9). A body and the person its
definite title makes its head ("la présidente du Parti du renouveau, Anne Morel"), or a
head's office in apposition with no article ("Karim Benali, porte-parole de la
Fédération"), are one side: a statement of the one is not "said by another" against the
other's. A title as the subject of a happening ("La maire de Rouen a inauguré ...") stands
for its one holder, who then is no "other person" against the same act told by name. A
role word inside a name ("Hugo Le Maire") names no office. Each row is invented articles of
two outlets run through the whole pipeline, checking whether two sentences end up cited by
one event."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

from timeline.events import speakers

SIDES = [
    # (case, articles, one sentence, another, one event?)
    (
        "a party and its president, her title written with its article before her name",
        {
            "2021-03-09-politique-essai": "Le Parti du renouveau a annoncé mardi qu'il "
            "quittait la coalition gouvernementale, dénonçant la réforme des retraites.",
            "2021-03-09-hebdo-essai": "La présidente du Parti du renouveau, Anne Morel, a "
            "annoncé mardi qu'elle quittait la coalition gouvernementale à cause de la "
            "réforme des retraites.",
        },
        "politique-essai|Le Parti du renouveau a annoncé",
        "hebdo-essai|Anne Morel",
        True,
    ),
    (
        "a mayor's title as the subject of an act, her name in apposition later",
        {
            "2024-06-04-rouen-essai": "La maire de Rouen a inauguré mardi la passerelle des "
            "Docks avec l'architecte Marc Olivier. La maire de Rouen, Sophie Lemaire, a "
            "salué un chantier tenu dans les délais.",
            "2024-06-04-normandie-essai": "Sophie Lemaire a inauguré mardi la passerelle des "
            "Docks, un ouvrage de douze millions d'euros.",
        },
        "rouen-essai|La maire de Rouen a inauguré",
        "normandie-essai|Sophie Lemaire a inauguré",
        True,
    ),
    (
        "a minister by his title and by a name holding a role word (Le Maire)",
        {
            "2024-02-06-eco-essai": "« Aucune boulangerie ne fermera ses portes cet hiver », "
            "a déclaré mardi Hugo Le Maire, ministre de l'Économie.",
            "2024-02-06-journal-essai": "Le ministre de l'Économie a assuré mardi devant les "
            "artisans qu'aucune boulangerie ne fermerait cet hiver.",
        },
        "eco-essai|Hugo Le Maire",
        "journal-essai|Le ministre de l'Économie a assuré",
        True,
    ),
    (
        "two companies' chiefs on one day: two sides",
        {
            "2023-09-19-auto-essai": "« Nous fermerons l'usine de Douai », a déclaré mardi "
            "Luc Barrat, le PDG de Motorix. Motorix a confirmé la fermeture dans un "
            "communiqué.",
            "2023-09-19-nord-essai": "« Nous fermerons l'usine de Lens », a déclaré mardi "
            "Henri Castel, le patron de Velonor. Velonor a confirmé la fermeture dans un "
            "communiqué.",
        },
        "auto-essai|Luc Barrat",
        "nord-essai|Henri Castel",
        False,
    ),
    (
        "a company's announcement and the union's answer on one day",
        {
            "2022-11-08-limousin-essai": "Le groupe Papeterie Delmas a annoncé mardi la "
            "fermeture de son site de Brive, qui emploie 120 salariés.",
            "2022-11-08-correze-essai": "« C'est une décision brutale », a déclaré mardi "
            "Sylvie Bonnet, la secrétaire du syndicat CGT du site de Brive.",
        },
        "limousin-essai|Papeterie Delmas a annoncé",
        "correze-essai|Sylvie Bonnet",
        False,
    ),
    (
        "a federation and its spokesman, his office in apposition with no article",
        {
            "2023-09-14-route-essai": "« Nous bloquerons le périphérique lundi si rien ne "
            "change », a annoncé mercredi Karim Benali, porte-parole de la Fédération des "
            "taxis indépendants.",
            "2023-09-14-idf-essai": "La Fédération des taxis indépendants a annoncé mercredi "
            "qu'elle bloquerait le périphérique lundi si rien ne changeait.",
        },
        "route-essai|Karim Benali",
        "idf-essai|La Fédération des taxis indépendants a annoncé",
        True,
    ),
    (
        "a hospital's communiqué and a nurse's words, her work in apposition with no article",
        {
            "2024-01-19-morbihan-essai": "« Aucune donnée de patient n'a été perdue », a "
            "assuré jeudi le Centre hospitalier de Vannes dans un communiqué.",
            "2024-01-19-vannes-essai": "« On nous a demandé de tout noter sur papier », a "
            "raconté jeudi à l'AFP Léa Guillou, infirmière du Centre hospitalier de Vannes.",
        },
        "morbihan-essai|Centre hospitalier de Vannes dans un communiqué",
        "vannes-essai|Léa Guillou",
        False,
    ),
    (
        "the chief and an employee of one company: an employee speaks for nobody",
        {
            "2022-11-09-limousin-essai": "Pierre Vidal, le président de Papeterie Delmas, a "
            "déclaré mercredi que la fermeture de Brive était « inévitable ».",
            "2022-11-09-correze-essai": "Jacques Roux, un salarié de Papeterie Delmas, a "
            "déclaré mercredi que la fermeture de Brive était « une trahison ».",
        },
        "limousin-essai|Pierre Vidal",
        "correze-essai|Jacques Roux",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), SIDES, ids=[r[0] for r in SIDES]
)
def test_a_body_its_head_and_a_title_that_acts(
    tmp_path: Path,
    case: str,
    articles: dict[str, str],
    one: str,
    other: str,
    together: bool,
) -> None:
    assert_cited(events_of(tmp_path, articles), one, other, together, case)


# --- who heads a body: a definite title whose complement is the body ----------------------------

HEADINGS = [
    # (case, text, the person's name, the body's name, heads?)
    (
        "the title before the name",
        "La présidente du Parti vert, Anne Morel, a parlé.",
        "Anne Morel",
        "Parti vert",
        True,
    ),
    (
        "the title after the name",
        "Henri Castel, le patron de Velonor, a parlé.",
        "Henri Castel",
        "Velonor",
        True,
    ),
    (
        "de la before the body",
        "Le président de la Ligue nordique, Paul Roy, a parlé.",
        "Paul Roy",
        "Ligue nordique",
        True,
    ),
    (
        "an indefinite article: an employee",
        "Jacques Roux, un salarié de Velonor, a parlé.",
        "Jacques Roux",
        "Velonor",
        False,
    ),
    (
        "no article: not known to head it",
        "Jacques Roux, salarié de Velonor, a parlé.",
        "Jacques Roux",
        "Velonor",
        False,
    ),
    (
        "no article, the noun of a head: a spokesman",
        "Karim Benali, porte-parole de la Fédération des taxis indépendants, a parlé.",
        "Karim Benali",
        "Fédération des taxis indépendants",
        True,
    ),
    (
        "no article, the noun of a head: a director general",
        "Paul Roy, directeur général de Velonor, a parlé.",
        "Paul Roy",
        "Velonor",
        True,
    ),
    (
        "no article, a nurse: no head",
        "Léa Guillou, infirmière du Centre hospitalier de Vannes, a parlé.",
        "Léa Guillou",
        "Centre hospitalier de Vannes",
        False,
    ),
    (
        "a body named after a preposition, no title",
        "Il l'a dit à l'AFP Marc Roy.",
        "Marc Roy",
        "AFP",
        False,
    ),
    (
        "no genitive: the body is no complement",
        "Selon Marc Roy, la BCE agit seule, dit-il.",
        "Marc Roy",
        "BCE",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "name", "body", "heads"), HEADINGS, ids=[r[0] for r in HEADINGS]
)
def test_a_definite_title_makes_a_head(
    case: str, text: str, name: str, body: str, heads: bool
) -> None:
    person = (text.index(name), text.index(name) + len(name), "person")
    named = (text.index(body), text.index(body) + len(body), "body")
    found = speakers.headings([text], [[person]], [[named]])
    assert (found == [speakers.Heading("person", "body")]) == heads, (case, found)

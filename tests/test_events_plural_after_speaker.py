"""A plural subject after one speaker's statement is others acting, not more of that
speaker's words (issue 9, ``merge.others_after_one_speaker``): "Ils se sont ensuite vus en
tête à tête" after "Paul Girard a répondu que ...", "Elles ont activé un plan d'urgence"
after "L'Autorité ... a déclaré que le régulateur et le gouvernement ...". A pronoun of the
speaker going on ("Il a ensuite salué ...") and a quotation of the speaker's that opens on
a plural pronoun (« Ils ne céderont pas », a-t-il ajouté) stay with the statement. Invented
French articles run through the whole pipeline; each row says whether one event cites both
sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

STATEMENT = (
    "Paul Girard a répondu mardi que les vieilles pratiques avaient joué contre eux, « mais "
    "nous avons surmonté des obstacles ». "
)
BODY = (
    "L'Autorité de la concurrence a déclaré mardi que le régulateur et le gouvernement "
    "disposaient d'un plan. "
)

FOLLOWS = [
    # (case, article, the statement's sentence, the next one's, one event?)
    (
        "a plural pronoun after a person's statement: the two of them acting",
        STATEMENT + "Ils se sont ensuite vus en tête à tête pendant 45 minutes.",
        "Paul Girard a répondu",
        "Ils se sont ensuite vus",
        False,
    ),
    (
        "a plural pronoun after a handshake and a person's statement",
        "Le président Marc Leroy et son homologue Paul Girard se sont serré la main mardi à "
        "Genève. " + STATEMENT.replace(" mardi", "") + "Ils se sont ensuite vus en tête à "
        "tête pendant 45 minutes.",
        "Paul Girard a répondu",
        "Ils se sont ensuite vus",
        False,
    ),
    (
        "a feminine plural pronoun after a body's statement: the bodies it names acting",
        BODY + "Elles ont activé un plan d'urgence baptisé « Opération Azur ».",
        "L'Autorité de la concurrence a déclaré",
        "Elles ont activé",
        False,
    ),
    (
        "the speaker's own pronoun going on: the same words",
        STATEMENT + "Il a ensuite salué « un dialogue franc ».",
        "Paul Girard a répondu",
        "Il a ensuite salué",
        True,
    ),
]


@pytest.mark.parametrize(
    ("case", "article", "statement", "follow", "together"), FOLLOWS, ids=[f[0] for f in FOLLOWS]
)
def test_a_plural_subject_after_one_speakers_statement_is_others_acting(
    tmp_path: Path, case: str, article: str, statement: str, follow: str, together: bool
) -> None:
    events = events_of(tmp_path, {"2024-05-14-a": article})
    assert_cited(events, f"2024-05-14-a|{statement}", f"2024-05-14-a|{follow}", together, case)

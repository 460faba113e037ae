"""A page's byline and reading time on lines of their own, glued under the lead's last line
by single line breaks ("... a constaté un journaliste de l'AFP.\\npar\\nBelga\\nTemps de
lecture 1 min.", dev29; "par Rédaction en ligne\\nTemps de lecture 2 min.", dev28): lines of
their own (``byline_lines``, ``sentences._line_of_its_own``), not words of the lead, which
gave it an agent and a headline ("A constaté un journaliste de l'AFP. par Belga Temps de
lecture"). Invented French; the last row is the twin (a sentence opening on "Par ailleurs").

Each row: (body, the lead's words, the lines that stand alone)."""

from __future__ import annotations

import pytest
from essai_article import extraction_of

PUBLISHED = "2016-07-26"
LEAD = "L'avion solaire a atterri mardi à Séville, a constaté un journaliste de l'AFP."

ROWS = [
    (f"{LEAD}\npar\nBelga\nTemps de lecture 1 min.", ["par", "Belga", "Temps de lecture 1 min."]),
    (f"{LEAD}\npar Rédaction en ligne\nTemps de lecture 2 min.", ["par Rédaction en ligne"]),
    (f"{LEAD}\npar\nJean Dupont\nTemps de lecture 3 min.", ["par", "Temps de lecture 3 min."]),
]


@pytest.mark.parametrize(("body", "lines"), ROWS)
def test_a_byline_under_the_lead_is_no_part_of_it(body, lines):
    sentences = extraction_of(body, PUBLISHED).sentences
    lead = sentences[0]
    assert lead.text.rstrip().endswith("de l'AFP."), lead.text
    assert lead.role == "event"
    for line in lines:
        [alone] = [s for s in sentences if s.text.strip() == line]
        assert alone.role == "heading"


def test_a_sentence_opening_on_par_stays_one():
    body = f"{LEAD}\nPar ailleurs, le pilote a été décoré mardi soir par le maire."
    sentences = extraction_of(body, PUBLISHED).sentences
    [decorated] = [s for s in sentences if "décoré" in s.text]
    assert decorated.text.startswith("Par ailleurs")
    assert decorated.role in ("event", "follow-up")

"""Pieces of the events stage that need no language model: tables of French cases."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import builders
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.articles import parse_article
from timeline.errors import TimelineError
from timeline.events import dates, entities, features, merge, titles
from timeline.events.sentences import normalize, split_paragraph, split_sentences
from timeline.present import display_date
from timeline.records import Entity, NerMention, Sentence
from timeline.temporal.model import Timex


def timex(start: int, end: int, span=None, **fields) -> Timex:
    """A time expression as the tagger gives it (only what the test needs)."""
    fields.setdefault("type", "DATE")
    fields.setdefault("value", "")
    return Timex(start, end, "", span=None if span is None else tuple(span), **fields)


def sentence_record(text: str, timexes: list[int], tense: str | None) -> Sentence:
    """A sentence starting at offset 0, with its reporting clause as features reads it."""
    return builders.sentence(
        text,
        tense=tense,
        content_tense=tense,
        timexes=timexes,
        report=builders.reporting_clause(text),
    )


@pytest.mark.parametrize(
    ("start", "end", "precision", "value", "expected"),
    [
        ("2015-10-07", "2015-10-07", "day", "2015-10-07", "mercredi 7 octobre 2015"),
        ("2015-10-01", "2015-10-01", "inferred", None, "jeudi 1er octobre 2015"),
        ("2015-10-03", "2015-10-04", "week", "2015-W40-WE", "week-end des 3 et 4 octobre 2015"),
        ("2015-09-30", "2015-10-07", "day", "2015-09-30", "depuis le 30 septembre 2015"),
        ("2015-09-30", "2015-10-07", "day", "P1W", "depuis le 30 septembre 2015"),
        ("2014-10-07", "2015-10-07", "open-start", "P1Y", "avant le 7 octobre 2014"),
        ("2015-10-01", "2015-10-31", "month", "2015-10", "octobre 2015"),
        ("2015-01-01", "2015-12-31", "year", "2015", "2015"),
        (
            "2015-10-03",
            "2015-10-07",
            "fuzzy",
            "PAST_REF",
            "entre le 3 et le 7 octobre 2015",
        ),
        (
            "2015-09-28",
            "2015-10-02",
            "fuzzy",
            "PAST_REF",
            "entre le 28 septembre 2015 et le 2 octobre 2015",
        ),
        ("2015-10-05", "2015-10-11", "week", "2015-W41", "semaine du 5 octobre 2015"),
    ],
)
def test_display_dates_in_french(start, end, precision, value, expected):
    assert display_date(start, end, precision, value) == expected


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (("2015-10-03", "2015-10-04", False), ("2015-10-06", "2015-10-06", False), False),
        (("2015-09-30", "2015-10-07", False), ("2015-10-07", "2015-10-07", False), True),
        (("2014-10-07", "2015-10-07", True), ("2013-01-01", "2013-01-01", False), True),
        (("2014-10-07", "2015-10-07", True), ("2015-10-08", "2015-10-08", False), False),
    ],
)
def test_date_compatibility(a, b, overlap):
    assert dates.spans_overlap(a, b) is overlap
    assert dates.spans_overlap(b, a) is overlap


def test_reported_content_dates_before_the_reporting_clause():
    text = "convoqué mardi au ministère, a indiqué mercredi un du ministère."
    timexes = [
        timex(9, 14, ["2015-10-06"] * 2, value="2015-10-06"),
        timex(39, 47, ["2015-10-07"] * 2, value="2015-10-07"),
    ]
    report = features.reporting_clause(text)
    assert report is not None and report.kind == "trailing"
    assert dates.choose_timex(timexes, [0, 1], (report.start, report.end)) == 0


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        ("Il a parlé à M. Poutine. Puis il est parti.", 2),
        (
            '"Depuis le 30 septembre, 112 cibles. L\'intensité augmente", '
            "s'est félicité M. Choïgou.",
            1,
        ),
        (
            "« Seuls deux des 57 frappes ont visé Daech », a assuré Ahmet Davutoglu ce mercredi. "
            "Ces chiffres proviennent des renseignements turcs, a-t-il expliqué.",
            2,
        ),
        ("Le groupe comprend des Su-24M, de Su-25 et des Su-34. Il agit en Syrie.", 2),
        ("« Une citation jamais fermée. Une autre phrase. Et une troisième.", 3),
        # a full stop glued to the next sentence
        ("Il est arrivé lundi.Dans la nuit, les combats ont repris.", 2),
        # ... but not a name, an initial, an era or a web address
        ("Il a vu M.Poutine et lu lemonde.fr avant 300 av. J.-C. en Syrie.", 1),
        ("Le site Ouest-france.fr a publié l'info. Elle a été reprise.", 2),
        # an abbreviation that is also a word ends the sentence before a capitalised word
        ("Les jouets, les livres, les disques, etc. Tout a brûlé dans la nuit.", 2),
        ("Il a été interpellé pour tentative de vol. Le parquet a ouvert une enquête.", 2),
        ("Les grévistes étaient sept. « Nous tiendrons », a dit l'un d'eux.", 2),
        # ... not before a figure or a lower-case word
        ("Voir le vol. 3 et l'art. 12 du code, etc., publiés le 12 sept. 2019 à Paris.", 1),
    ],
)
def test_sentence_splitting_keeps_quotes_and_abbreviations(paragraph, count):
    spans = split_paragraph(paragraph)
    assert len(spans) == count
    assert paragraph[spans[0][0] : spans[-1][1]].strip() == paragraph.strip()


@pytest.mark.parametrize(
    ("sentence", "kind", "speaker"),
    [
        (
            "Les frappes vont s'intensifier, a annoncé mercredi Vladimir Poutine.",
            "trailing",
            "mercredi Vladimir Poutine",
        ),
        (
            "« Nous ne ferons pas de concessions », a-t-il déclaré au sujet des tensions.",
            "trailing",
            None,
        ),
        (
            "Le ministère est prêt à conclure un accord, a annoncé de son côté M.Choïgou.",
            "trailing",
            "M.Choïgou",
        ),
        (
            "Le Premier ministre turc Ahmet Davutoglu a affirmé mercredi que seuls deux raids",
            "leading",
            "Le Premier ministre turc Ahmet Davutoglu",
        ),
        ("La Turquie a dénoncé deux violations de son espace aérien lors du week-end.", None, None),
    ],
)
def test_reporting_clause_and_speaker(sentence, kind, speaker):
    report = features.reporting_clause(sentence)
    if kind is None:
        assert report is None
        return
    assert report.kind == kind
    got = None if report.speaker is None else sentence[slice(*report.speaker)]
    assert got == speaker


@pytest.mark.parametrize(
    ("sentence", "continuation"),
    [
        ('"Les actions de nos forces soutiendront les opérations", a-t-il poursuivi.', True),
        ("Elle précise que l'armée combat dans ce secteur.", True),
        ("Toutes les cibles ont été atteintes, a poursuivi le président.", True),
        ("Le ministre a en outre souligné que quatre croiseurs ont tiré.", False),
    ],
)
def test_continuations(sentence, continuation):
    assert features.is_continuation(sentence) is continuation


@pytest.mark.parametrize(
    ("word", "value"), [("onze", 11), ("quatre", 4), ("26", 26), ("1.500", 1500), ("frappes", None)]
)
def test_numbers_in_words(word, value):
    assert features.number_value(word) == value


def report(words, entities=(), numbers=(), speaker=None, span=("2015-10-07", "2015-10-07", False)):
    words = words.split() if isinstance(words, str) else list(words)
    return merge.Report((0, 0), span, words, set(entities), set(numbers), speaker, True)


def test_merging_needs_compatible_dates_and_content():
    a = report(
        "4 bâtiment flottille @mer-caspienne détruire 11 cible missile croisière",
        {"mer-caspienne"},
        {4, 11},
    )
    b = report(
        "4 croiseur flottille @mer-caspienne tirer 26 missile croisière 11 cible",
        {"mer-caspienne"},
        {4, 26, 11},
    )
    assert merge.similarity(a, b) >= merge.THRESHOLD
    later = report(b.words, b.entities, b.numbers, span=("2015-10-08", "2015-10-08", False))
    later.key = (1, 0)
    assert len(merge.group_reports([a, later])) == 2  # same words, other day: never merged
    other = report("turquie dénoncer violation espace aérien", {"turquie"})
    assert merge.similarity(a, other) < merge.THRESHOLD


def speech(words, speaker, statement, action=None, span=("2015-10-07", "2015-10-07", False)):
    out = report(words, speaker=speaker, span=span)
    out.statement, out.action = statement, action
    return out


STRIKE = "4 bâtiment flottille @mer-caspienne ~strike 11 cible ~strike croisière"


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        # two speakers' statements (the saying is the event) never merge
        (speech(STRIKE, "x", True), speech(STRIKE, "y", True), False),
        # a statement is its speaker's: not merged with an unattributed report either
        (speech(STRIKE, "x", True), speech(STRIKE, None, False), False),
        # the same happening relayed by two speakers merges
        (speech(STRIKE, "x", False, "~strike"), speech(STRIKE, "y", False, "~strike"), True),
        (speech(STRIKE, "x", True), speech(STRIKE, "x", True), True),
    ],
)
def test_speakers_statements_and_shapes(a, b, merged):
    assert (merge.similarity(a, b) >= merge.THRESHOLD) is merged


def test_an_ongoing_campaign_is_less_like_one_of_its_days():
    day = speech(STRIKE, None, False, "~strike")
    other_day = speech(STRIKE, None, False, "~strike")
    campaign = speech(STRIKE, None, False, "~strike", ("2015-09-30", "2015-10-07", False))
    assert merge.similarity(day, campaign) < merge.similarity(day, other_day)


def test_different_families_of_action_lower_the_score():
    same = merge.similarity(
        speech(STRIKE, None, False, "~strike"), speech(STRIKE, None, False, "~strike")
    )
    other = merge.similarity(
        speech(STRIKE, None, False, "~strike"), speech(STRIKE, None, False, "~intensify")
    )
    assert other < same


def registry():
    reg = entities.Registry()
    reg.add(
        Entity("vladimir-poutine", "Vladimir Poutine", "person", ["président russe"]), curated=True
    )
    reg.add(
        Entity("etat-islamique", "État islamique", "organization", ["EI", "Daech"]), curated=True
    )
    reg.add(Entity("idleb", "Idleb", "place", []), curated=True)
    reg.add(Entity("bachar-al-assad", "Bachar al-Assad", "person", []), curated=True)
    return reg


@pytest.mark.parametrize(
    ("surface", "kind", "expected"),
    [
        ("M. Poutine", "person", "vladimir-poutine"),
        ("Poutine", None, "vladimir-poutine"),
        ("Etat islamique", "organization", "etat-islamique"),
        ("Bachar el-Assad", "person", "bachar-al-assad"),
        ("Kafr Zeita", "place", None),
    ],
)
def test_entity_resolution(surface, kind, expected):
    assert registry().resolve(surface, kind) == expected


def test_mentions_keep_titles_and_prefixes_as_written():
    reg = registry()
    text = "Le président russe a vu M.Poutine et l'EI dans la province d'Idleb, puis Kafr Zeita."
    ner = [NerMention(text.index("Kafr"), text.index("Kafr") + 10, "Kafr Zeita", "LOC")]
    found = entities.find_mentions(reg, text, 0, len(text), ner)
    assert [(m.surface, m.entity) for m in found] == [
        ("président russe", "vladimir-poutine"),
        ("M.Poutine", "vladimir-poutine"),
        ("EI", "etat-islamique"),
        ("province d'Idleb", "idleb"),
        ("Kafr Zeita", "kafr-zeita"),  # unknown names are kept
    ]
    assert not entities.is_actor_place(found[3])


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        (
            "La Turquie a dénoncé deux violations de son espace aérien par des avions russes et "
            "convoqué l'ambassadeur de Russie pour lui faire part de sa ferme protestation",
            120,
            "La Turquie a dénoncé deux violations de son espace aérien par des avions russes et "
            "convoqué l'ambassadeur de Russie",
        ),
        (
            "Des bâtiments participent aux frappes contre les positions de",
            120,
            "Des bâtiments participent aux frappes contre les positions",
        ),
        # an object the cut left after a complement goes back before it ...
        (
            "La mairie est prête à signer avec le syndicat un accord qui prévoit la fin des "
            "travaux de nuit et la reprise des chantiers au printemps prochain",
            60,
            "La mairie est prête à signer un accord avec le syndicat",
        ),
        (
            "Le ministre a signé avec la Tunisie des accords qui prévoient la reprise des "
            "échanges agricoles et la fin des quotas au printemps prochain",
            60,
            "Le ministre a signé des accords avec la Tunisie",
        ),
        # ... but "des" after a common noun is that noun's complement (de + les)
        (
            "Le maire rend hommage aux familles des disparus et salue leur patience, leur "
            "courage et leur dignité durant ces longues semaines d'attente",
            60,
            "Le maire rend hommage aux familles des disparus",
        ),
        # a cut inside a quotation leaves no quotation mark open
        (
            'Le syndicat a décidé de "reconduire la grève dans tous les dépôts de la région" '
            "jusqu'à nouvel ordre",
            60,
            "Le syndicat a décidé de reconduire la grève",
        ),
    ],
)
def test_titles_are_cut_at_clause_boundaries(text, limit, expected):
    assert titles.shorten(text, limit) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aé Z.?!«»\"'’\u00a0M\n,;")), max_size=300))
def test_sentence_spans_are_ordered_and_inside_any_paragraph(text):
    spans = split_paragraph(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip()
        previous_end = end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.integers(min_value=60, max_value=140))
def test_titles_never_exceed_their_room(text, limit):
    assert len(titles.shorten(text, limit)) <= limit


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {id: x, name: X, kind: planet}\n", "kind"),
        ("- {id: a, name: A, kind: place}\n- {id: a, name: B, kind: place}\n", "duplicate"),
        ("- {id: a, name: A, kind: place, aliases: B}\n", "aliases"),
        ("{a: 1}\n", "list"),
        ("- [\n", "malformed"),
    ],
)
def test_malformed_entities_file_is_a_clear_error(tmp_path, text, message):
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TimelineError) as info:
        entities.load_curated(path)
    assert message in str(info.value) and "entities.yml" in str(info.value)


def test_curated_entities_file_of_the_project_loads():
    curated = entities.load_curated(Path(__file__).resolve().parent.parent / "content/entities.yml")
    assert len({e.id for e in curated}) == len(curated) >= 13
    assert all(e.kind in entities.KINDS for e in curated)


def test_a_statement_is_not_dated_by_a_vague_expression():
    vague = timex(5, 23, ["2015-10-03", "2015-10-07"], value="PAST_REF", precision="fuzzy")
    assert dates.choose_timex([vague], [0], (30, 60)) is None  # "a prévenu ... ces derniers jours"
    assert dates.choose_timex([vague], [0], None) == 0  # no one speaking: it dates the sentence


@pytest.mark.parametrize(
    ("sentence", "expression", "speaker", "tense", "expected"),
    [
        (
            "Les frappes de l'aviation russe en Syrie vont s'intensifier pour permettre de "
            "préparer une offensive terrestre de l'armée de Bachar al-Assad contre le groupe Etat "
            "islamique (EI), a annoncé mercredi Vladimir Poutine.",
            "mercredi",
            "Poutine",
            "future",
            "Poutine : les frappes de l'aviation russe en Syrie vont s'intensifier",
        ),
        (
            "Plus tôt dans la journée, Vladimir Poutine avait assuré que l'aviation russe "
            "soutiendra l'armée syrienne lors de son offensive militaire.",
            "Plus tôt dans la journée",
            "Poutine",
            "future",
            "Poutine : l'aviation russe soutiendra l'armée syrienne lors de son offensive "
            "militaire",
        ),
        (
            "Evoquant les actions ultérieures de l'aviation russe en Syrie, M.Poutine a indiqué "
            "qu'elles seraient \"coordonnées avec les actions de l'armée syrienne au sol\".",
            None,
            "Poutine",
            "conditional",
            "Poutine : les actions ultérieures de l'aviation russe en Syrie seront coordonnées",
        ),
        (
            "Les forces aériennes russes effectuent, depuis le 30 septembre, des frappes ciblées "
            "contre les sites des terroristes de l'Etat islamique.",
            "le 30 septembre",
            None,
            "present",
            "Les forces aériennes russes effectuent des frappes ciblées",
        ),
    ],
)
def test_titles_from_the_main_clause(sentence, expression, speaker, tense, expected):
    timexes = []
    if expression is not None:
        start = sentence.index(expression)
        timexes.append(timex(start, start + len(expression)))
    data = replace(
        sentence_record(sentence, list(range(len(timexes))), tense),
        kind="statement" if speaker else "happening",
    )
    assert titles.make_title(data, timexes, speaker) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker", "headlines", "expected"),
    [
        # a discourse filler goes
        (
            "Les États-Unis sont quant à eux à la tête d'une coalition d'une soixantaine de pays.",
            None,
            [],
            "Les États-Unis sont à la tête d'une coalition d'une soixantaine de pays",
        ),
        # a lost first letter comes back as the article's headline writes it ...
        (
            "'armée syrienne a lancé une vaste opération terrestre dans le centre du pays.",
            None,
            ["L'armée syrienne lance une vaste opération terrestre"],
            "L'armée syrienne a lancé une vaste opération terrestre dans le centre du pays",
        ),
        # ... or as the usual elided article
        (
            "'aviation russe a frappé Idleb.",
            None,
            ["Sans rapport"],
            "L'aviation russe a frappé Idleb",
        ),
        # reported speech in a completive is stated directly; the speaker by surname
        (
            "Le président russe Vladimir Poutine a déclaré que les frappes allaient s'intensifier.",
            "Poutine",
            [],
            "Poutine : les frappes vont s'intensifier",
        ),
        # a quote of two sentences gives its first
        (
            "\"Depuis ce jour, les frappes ont touché 112 cibles. L'intensité des frappes "
            "augmente\", s'est félicité M. Choïgou.",
            "Choïgou",
            [],
            "Choïgou : depuis ce jour, les frappes ont touché 112 cibles",
        ),
    ],
)
def test_titles_read_alone(sentence, speaker, headlines, expected):
    data = replace(sentence_record(sentence, [], "future"), kind="statement")
    assert titles.make_title(data, [], speaker, headlines) == expected


def test_margins_measure_the_gap_around_the_threshold():
    a = speech(STRIKE, None, False, "~strike")
    b = speech(STRIKE, None, False, "~strike")
    b.key = (1, 0)
    c = speech("turquie ~violation espace aérien", None, False, "~violation")
    c.key = (2, 0)
    groups = merge.group_reports([a, b, c])
    link, across = merge.margins([a, b, c], groups)
    assert len(groups) == 2
    assert link == merge.similarity(a, b) and across < merge.THRESHOLD <= link


def mentions_of(text: str, places: tuple[str, ...] = ()) -> list[entities.Mention]:
    """Mentions of ``text`` with the curated Russia and Poutine, the ``places`` found by NER."""
    reg = registry()
    reg.add(Entity("russie", "Russie", "place", ["Moscou"]), curated=True)
    ner = [NerMention(text.index(p), text.index(p) + len(p), p, "LOC") for p in places]
    return entities.find_mentions(reg, text, 0, len(text), ner)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'aviation russe a frappé des positions turques.", ["russie", "turquie"]),
        ("Les Syriens fuient vers la frontière.", ["syrie"]),
        ("L'armée syrienne, soutenue par les forces russes, avance.", ["syrie", "russie"]),
        ("Des soldats sud-coréens et une délégation américaine.", ["coree-du-sud", "etats-unis"]),
        ("Le texte a été traduit en russe puis en français.", []),  # languages
        ("Le président russe a parlé.", ["vladimir-poutine"]),  # part of a curated name
    ],
)
def test_demonyms_name_their_country(text, expected):
    found = mentions_of(text)
    assert [m.entity for m in found] == expected
    demonyms = [m for m in found if m.demonym]
    assert all(entities.is_actor_place(m) for m in demonyms)


def test_a_demonym_is_no_alias_of_its_country():
    reg = registry()
    reg.add(Entity("russie", "Russie", "place", ["Moscou"]), curated=True)
    text = "Les frappes russes continuent."
    entities.find_mentions(reg, text, 0, len(text), [])
    [russia] = [e for e in entities.finalize(reg) if e.id == "russie"]
    assert "russes" not in russia.aliases and "russie" in reg.surfaces


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        ("La Turquie a dénoncé deux violations de son espace aérien.", "Turquie", True),
        ("Le ministre a déclaré que Moscou soutiendrait l'offensive.", "Moscou", True),
        ("Selon Ankara, seuls deux raids ont visé l'EI.", "Ankara", True),
        ("Ankara a convoqué l'ambassadeur de Russie.", "Russie", True),
        ("Le gouvernement de la Syrie a démenti.", "Syrie", True),
        ("La coalition menée par les États-Unis a frappé.", "États-Unis", True),
        ("Des frappes ont visé des positions en Syrie.", "Syrie", False),
        ("La secousse a été ressentie à Rabat, Casablanca et Agadir.", "Casablanca", False),
        ("La secousse a été ressentie à Rabat, Casablanca et Agadir.", "Agadir", False),
        ("Un immeuble de Clamart a été évacué.", "Clamart", False),
        ("Il a tué son voisin à Ars-en-Ré (Charente-Maritime).", "Charente-Maritime", False),
        (
            "Le minaret de la mosquée de Marrakech est surnommé le toit de la ville.",
            "Marrakech",
            False,
        ),
    ],
)
def test_places_are_places_unless_they_act(text, place, actor):
    [mention] = [m for m in mentions_of(text, (place,)) if m.surface == place]
    assert entities.is_actor_place(mention) is actor


def body_sentences(body: str) -> list[tuple[str, bool, int]]:
    """(text, heading, index in paragraph) of each sentence of an article body."""
    text = f'---\ntitle: "Essai"\ndate: 2024-08-16\nsource: essai\n---\n\n{body}\n'
    article = parse_article(text, Path("content/2024-08-16-essai.md"))
    return [
        (text[s.start : s.end], s.heading, s.index_in_paragraph) for s in split_sentences(article)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a heading glued above its paragraph by a single line break
        (
            "Dépôt de motion de censure\nChaque groupe a jusqu'à vendredi. Il faut 58 députés.",
            [
                ("Dépôt de motion de censure", True, 0),
                ("Chaque groupe a jusqu'à vendredi.", False, 0),
                ("Il faut 58 députés.", False, 1),
            ],
        ),
        # a date alone on its line, glued or as a paragraph of its own (even with a full stop)
        (
            "Mercredi 29 juin 2022\nLa cour a rendu son verdict.",
            [("Mercredi 29 juin 2022", True, 0), ("La cour a rendu son verdict.", False, 0)],
        ),
        (
            "Publié le 12/03/2023 à 10h15.\n\nLe gouvernement a démissionné.",
            [
                ("Publié le 12/03/2023 à 10h15.", True, 0),
                ("Le gouvernement a démissionné.", False, 0),
            ],
        ),
        # ... or inside a paragraph, after a line that ends a sentence (one or two lines)
        (
            "Les mesures entrent en vigueur.\nNouveaux tarifs dentaires\nCe 1er janvier "
            "commence le plafonnement.",
            [
                ("Les mesures entrent en vigueur.", False, 0),
                ("Nouveaux tarifs dentaires", True, 0),
                ("Ce 1er janvier commence le plafonnement.", False, 0),
            ],
        ),
        (
            "Le conseil a voté le budget.\nSanté\nOnze vaccins obligatoires\nLa mesure "
            "concerne les enfants.",
            [
                ("Le conseil a voté le budget.", False, 0),
                ("Santé", True, 0),
                ("Onze vaccins obligatoires", True, 0),
                ("La mesure concerne les enfants.", False, 0),
            ],
        ),
        # ... or after a line linking to another article (a line of its own, no text)
        (
            "Le maire a été réélu.\n>> Municipales : les résultats dans votre commune\n"
            "Une participation en baisse\nLe taux de participation a reculé de cinq points.",
            [
                ("Le maire a été réélu.", False, 0),
                (">> Municipales : les résultats dans votre commune", True, 1),
                ("Une participation en baisse", True, 0),
                ("Le taux de participation a reculé de cinq points.", False, 0),
            ],
        ),
        # ... not above a pronoun subject, which stands for what the line names
        (
            "Les mesures entrent en vigueur.\nHausse du forfait hospitalier\nIl passe à 20 euros.",
            [
                ("Les mesures entrent en vigueur.", False, 0),
                ("Hausse du forfait hospitalier\nIl passe à 20 euros.", False, 1),
            ],
        ),
        # a hard-wrapped paragraph is no heading: its lines go on in lower case
        (
            "Le ministre des Affaires étrangères a convoqué\nmardi l'ambassadeur de Russie.",
            [
                (
                    "Le ministre des Affaires étrangères a convoqué\n"
                    "mardi l'ambassadeur de Russie.",
                    False,
                    0,
                )
            ],
        ),
        # a short paragraph with no final stop is a heading, a sentence is not
        (
            "Lire aussi\n\nL'armée a repris Morek.",
            [("Lire aussi", True, 0), ("L'armée a repris Morek.", False, 0)],
        ),
        # each item of a list is a sentence of its own (its mark kept)
        (
            "  • La colère ne retombe pas.\n  • Samedi, 20 000 personnes ont défilé à Brest.",
            [
                ("• La colère ne retombe pas.", False, 0),
                ("• Samedi, 20 000 personnes ont défilé à Brest.", False, 1),
            ],
        ),
        (
            "Le préfet a pris deux mesures :\n- les écoles fermées jeudi ;\n- les routes coupées.",
            [
                ("Le préfet a pris deux mesures :", False, 0),
                ("- les écoles fermées jeudi ;", False, 1),
                ("- les routes coupées.", False, 2),
            ],
        ),
    ],
)
def test_sentence_splitting_of_a_body(body, expected):
    assert body_sentences(body) == expected


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Vladimir Poutine", "Poutine"),
        # a capitalised particle belongs to the surname
        ("Alexander De Croo", "De Croo"),
        ("Marine Le Pen", "Le Pen"),
        ("Herman Van Rompuy", "Van Rompuy"),
        ("Ursula von der Leyen", "von der Leyen"),
        # a lower-case "de" only before a surname of one syllable, as French writes it alone
        ("Charles de Gaulle", "de Gaulle"),
        ("Dominique de Villepin", "Villepin"),
        ("Jean de La Fontaine", "La Fontaine"),
        ("Le Pen", "Le Pen"),
    ],
)
def test_a_speaker_is_named_by_surname_with_its_particles(name, short):
    assert titles.short_name(name) == short


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apostrophe typed as an opening quotation mark or a modifier letter, between letters
        ("il n‘y a pas eu d‘assaut", "il n'y a pas eu d'assaut"),
        ("dʼautres témoins", "d'autres témoins"),
        # a quotation mark opening a word stays one; the usual apostrophe and spaces as before
        ("le mot ‘crise’ revient", "le mot ‘crise' revient"),
        ("l’équipe\u00a0de France", "l'équipe de France"),
    ],
)
def test_normalize_keeps_length_and_reads_apostrophes(text, expected):
    assert normalize(text) == expected
    assert len(normalize(text)) == len(text)

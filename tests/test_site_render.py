"""Pure pieces of the site: French dates, escaping, highlighted article text."""

from __future__ import annotations

import dataclasses

import pytest

from timeline.mkdocs_plugin.pages import html_datetime, md_escape, safe_url, shorten
from timeline.mkdocs_plugin.render import Mark, render_span
from timeline.present.labels import long_date, span_text


@pytest.mark.parametrize(
    ("iso", "weekday", "expected"),
    [
        ("2015-10-07", True, "mercredi 7 octobre 2015"),
        ("2015-10-07", False, "7 octobre 2015"),
        ("2015-10-01", True, "jeudi 1er octobre 2015"),
        ("2014-08-03", True, "dimanche 3 août 2014"),
        ("2016-02-29", False, "29 février 2016"),
    ],
)
def test_long_date(iso, weekday, expected):
    assert long_date(iso, weekday) == expected


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("2015-10-07", "2015-10-07", "7 octobre 2015"),
        ("2015-10-03", "2015-10-04", "du 3 au 4 octobre 2015"),
        ("2015-09-30", "2015-10-07", "du 30 septembre au 7 octobre 2015"),
        ("2014-10-07", "2015-10-07", "du 7 octobre 2014 au 7 octobre 2015"),
    ],
)
def test_span_text(first, last, expected):
    assert span_text(first, last) == expected


@pytest.mark.parametrize(
    ("timex", "expected"),
    [
        ({"value": "2015-10-07", "span": ["2015-10-07", "2015-10-07"]}, "2015-10-07"),
        ({"value": "2015-W40-WE", "span": ["2015-10-03", "2015-10-04"]}, "2015-10-03"),
        ({"value": "2015-10", "span": ["2015-10-01", "2015-10-31"]}, "2015-10"),
        ({"value": "P1W", "span": None}, "P1W"),
        ({"value": "PAST_REF", "span": None}, None),
        ({"value": "2015-W40", "span": ["2015-09-28", "2015-10-04"]}, "2015-W40"),
    ],
)
def test_html_datetime_is_valid_html(timex, expected):
    assert html_datetime(timex) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Titre *gras* [[event:x]]", r"Titre \*gras\* \[\[event:x\]\]"),
        ("<script>a & b</script>", r"&lt;script&gt;a &amp; b&lt;/script&gt;"),
        ("# 1. Deux_mots", r"\# 1\. Deux\_mots"),
        ("une\nligne", "une ligne"),
    ],
)
def test_md_escape(text, expected):
    assert md_escape(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://a.fr/x", "https://a.fr/x"), ("javascript:alert(1)", None), (None, None)],
)
def test_safe_url(url, expected):
    assert safe_url(url) == expected


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Court", 60, "Court"),
        ("Vladimir Poutine : les frappes vont s'intensifier", 30, "Vladimir Poutine : les…"),
        ("Un, deux, trois", 9, "Un…"),
    ],
)
def test_shorten(text, limit, expected):
    assert shorten(text, limit) == expected


TEXT = "Il a dit <b>mercredi</b> que X & Y."


def m(start: int, end: int, name: str) -> Mark:
    return Mark(start, end, f"[{name}]", f"[/{name}]")


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        ([], "Il a dit &lt;b&gt;mercredi&lt;/b&gt; que X &amp; Y."),
        ([m(12, 20, "t")], "Il a dit &lt;b&gt;[t]mercredi[/t]&lt;/b&gt; que X &amp; Y."),
        (  # nested: a time expression inside a sentence
            [m(0, len(TEXT), "s"), m(12, 20, "t")],
            "[s]Il a dit &lt;b&gt;[t]mercredi[/t]&lt;/b&gt; que X &amp; Y.[/s]",
        ),
        (  # crossing marks: the later one is dropped
            [m(0, 15, "a"), m(12, 20, "b")],
            "[a]Il a dit &lt;b&gt;mer[/a]credi&lt;/b&gt; que X &amp; Y.",
        ),
        (  # same start: the longer one is outside
            [m(12, 20, "t"), m(12, len(TEXT), "s")],
            "Il a dit &lt;b&gt;[s][t]mercredi[/t]&lt;/b&gt; que X &amp; Y.[/s]",
        ),
        ([m(30, 40, "out")], "Il a dit &lt;b&gt;mercredi&lt;/b&gt; que X &amp; Y."),
        ([m(3, 3, "empty")], "Il a dit &lt;b&gt;mercredi&lt;/b&gt; que X &amp; Y."),
    ],
)
def test_render_span_escapes_and_nests(marks, expected):
    assert render_span(TEXT, 0, len(TEXT), marks) == expected


def test_render_span_of_a_slice_keeps_file_offsets():
    text = "---\nx\n---\n\nAvant. Mardi, rien."
    start = text.index("Mardi")
    assert render_span(text, start, len(text), [m(start, start + 5, "t")]) == "[t]Mardi[/t], rien."


STASH_CASES = [
    '# Titre\n\n<p class="x">un &amp; deux</p>\n',
    '---\ntitle: "T"\n---\n\n# T\n\n<dl>\n<dt>a</dt><dd>b</dd>\n</dl>\n\n## Suite {#suite}\n\n'
    '<article id="e-1">\n<p>x</p>\n</article>\n\n<article id="e-2">\n<p>y</p>\n</article>\n',
    '# T\n\nTexte *Markdown* [[event:x]]\n\n<div class="tl-cite-box">\n<p><code>[[event:x]]</code>'
    '</p>\n</div>\n\n\n<ul class="r">\n<li>a</li>\n</ul>\n\nFin.\n',
    '# T\n\n<h3 id="meme-jour">Même jour</h3>\n<ul>\n<li><a href="../x/">x</a></li>\n</ul>\n',
]


@pytest.mark.parametrize("source", STASH_CASES)
def test_stashed_html_blocks_give_what_markdown_gives(source):
    """Keeping HTML blocks away from Python-Markdown changes nothing in the output."""
    import markdown

    from timeline.mkdocs_plugin.stash import HtmlBlocks

    def convert(text: str) -> tuple[str, list]:
        md = markdown.Markdown(extensions=["attr_list", "toc", "meta"])
        return md.convert(text), md.toc_tokens

    blocks = HtmlBlocks()
    stashed = blocks.stash(source)
    assert blocks.blocks and "<" not in stashed  # every HTML block was taken out
    html, toc = convert(stashed)
    expected_html, expected_toc = convert(source)
    assert blocks.restore(html) == expected_html
    assert toc == expected_toc


@pytest.mark.parametrize("source", [*STASH_CASES, "# T\n\nTexte.\n\n<p>fin</p>\n"])
def test_blocks_put_back_into_the_final_page_give_what_restoring_the_content_gives(source):
    """A page's blocks may wait for its final HTML (the theme around its content): the page
    is the one the content restored at once would give, the content's end included."""
    import markdown

    from timeline.mkdocs_plugin.stash import HtmlBlocks

    blocks = HtmlBlocks()
    html = markdown.Markdown(extensions=["attr_list", "toc", "meta"]).convert(blocks.stash(source))

    def page(content: str) -> str:
        return f'<html><article class="md-content">\n{content}\n</article><p>pied</p></html>'

    deferred = blocks.defer(html)
    assert deferred == html != blocks.restore(html)  # the blocks are not in it yet
    assert blocks.restore_page(page(deferred)) == page(blocks.restore(html))


def test_a_page_of_many_blocks_is_stashed_in_time_linear_in_its_size():
    """An entity's page is a run of thousands of blocks (4.6 MB for "Russie" in a
    1,000-article site): a run grown a block at a time copied the run at every block
    (0.42 s for a 4.9 MB page). Four times the blocks cost about four times the time, not
    sixteen (the best of three runs of each, CPU time)."""
    import time

    from timeline.mkdocs_plugin.stash import HtmlBlocks

    def page(blocks: int) -> str:
        cards = (f'<article id="e-{i}">\n<p>{"x" * 450}</p>\n</article>' for i in range(blocks))
        return "# Russie\n\n" + "\n\n".join(cards) + "\n"

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            stashed = HtmlBlocks()
            stashed.stash(text)
            best = min(best, time.process_time() - started)
        assert len(stashed.blocks) == 1  # one run, one block
        return best

    small, large = page(2_500), page(10_000)
    assert cost(large) < 8 * max(cost(small), 1e-4)


def _naive_related(events, event, limit=10):
    same_day = [o for o in events if o.id != event.id and o.start == event.start]
    same_actors = [
        o
        for o in events
        if o.id != event.id and o not in same_day and set(event.actors) & set(o.actors)
    ]
    return same_day[:limit], same_actors[:limit]


def _naive_days(events):
    import datetime as dt

    from timeline.mkdocs_plugin.pages import DAY_PAGES_MAX_SPAN, is_open

    keys = {e.end for e in events} | {e.start for e in events if not is_open(e)}
    for event in events:
        first, last = dt.date.fromisoformat(event.start), dt.date.fromisoformat(event.end)
        if not is_open(event) and (last - first).days <= DAY_PAGES_MAX_SPAN:
            day = first
            while day <= last:
                keys.add(day.isoformat())
                day += dt.timedelta(days=1)
    keys = sorted(keys)
    days = {k: ([], []) for k in keys}
    for event in events:
        for key, (starting, continuing) in days.items():
            if event.start == key and not is_open(event):
                starting.append(event.id)
            elif event.start <= key <= event.end:
                continuing.append(event.id)
    return days


@pytest.mark.parametrize("limit", [1, 2, 10])
def test_indexed_lookups_match_the_plain_definitions(limit):
    """The site's indexes (no page scans the whole chronology) give the plain definitions."""
    from site_fixture import ROOT, make_chronology

    from timeline.articles import load_articles
    from timeline.mkdocs_plugin.pages import SitePages

    chronology = make_chronology(ROOT / "content")
    articles = {a.slug: a for a in load_articles(ROOT / "content")}
    site = SitePages(
        chronology, articles, url_of=lambda uri: uri[: -len("index.md")], relative=lambda a, b: a
    )
    events = chronology.events
    for event in events:
        assert site.related(event, limit) == _naive_related(events, event, limit)
    for entity in chronology.entities:
        expected = [
            e
            for e in events
            if e.id in entity.events or entity.id in (*e.actors, *e.places, *e.organizations)
        ]
        assert site.events_of_entity(entity) == expected
    got = {
        k: ([e.id for e in d.starting], [e.id for e in d.continuing]) for k, d in site.days.items()
    }
    assert got == _naive_days(events)
    assert any(d.continuing for d in site.days.values())  # the fixture has spans


HOSTILE = "<script>alert('x')</script> & \"guillemets\""


@pytest.mark.parametrize(
    ("helper", "field"),
    [
        ("event_card", "title"),
        ("event_card", "summary"),
        ("quote_html", "sentence"),
        ("audit_html", "display_date"),
    ],
)
def test_html_built_in_python_escapes_untrusted_text(helper, field):
    """Cards, quotes and audits are f-strings, not templates: they must escape like Jinja2."""
    import dataclasses

    from markupsafe import escape
    from site_fixture import ROOT, make_chronology

    from timeline.articles import load_articles
    from timeline.mkdocs_plugin.pages import SitePages

    chronology = make_chronology(ROOT / "content")
    articles = {a.slug: a for a in load_articles(ROOT / "content")}
    site = SitePages(
        chronology, articles, url_of=lambda uri: uri[: -len("index.md")], relative=lambda a, b: a
    )
    event = chronology.events[0]
    if field == "sentence":
        target = dataclasses.replace(event.sources[0], sentence=HOSTILE)
    else:
        target = dataclasses.replace(event, **{field: HOSTILE})
    html = str(getattr(site, helper)(target))
    assert str(escape(HOSTILE)) in html
    assert "<script>" not in html


def test_an_entity_with_no_event_is_shown_as_mentioned():
    """Its page lists the articles that name it (no empty page); the index says so."""
    import dataclasses

    from markupsafe import escape
    from site_fixture import ROOT, make_chronology

    from timeline.articles import load_articles
    from timeline.mkdocs_plugin.pages import SitePages
    from timeline.present.labels import labels

    chronology = make_chronology(ROOT / "content")
    ref = chronology.articles[0]
    quiet = dataclasses.replace(
        chronology.entities[0],
        id="mentionne-seulement",
        name="Mentionné Seulement",
        events=[],
        mentioned_in=[ref.slug],
        url="entites/mentionne-seulement/",
    )
    chronology.entities.append(quiet)
    articles = {a.slug: a for a in load_articles(ROOT / "content")}
    site = SitePages(
        chronology, articles, url_of=lambda uri: uri[: -len("index.md")], relative=lambda a, b: a
    )
    ui = labels()["ui"]
    page = site._entity_page(quiet)
    assert ui["mentioned_only"] in page and ui["no_event"] not in page
    assert f">{escape(ref.title)}</a> — {escape(ref.source)}" in page
    assert site.article_urls[ref.slug] in page
    index = site._entities_index(site.layout.indexes()["entities"])
    line = next(x for x in index.splitlines() if "Mentionné Seulement" in x)
    assert ui["mentioned"] in line
    # an entity with events still counts them
    busy = next(e for e in chronology.entities if e.events)
    assert ui["mentioned"] not in next(x for x in index.splitlines() if f">{busy.name}<" in x)


def _large_site(days: int, per_day: int):
    """The seed chronology stretched to ``days`` days of ``per_day`` one-day events each
    (the seed's sources, actors and titles), with its periods: a dossier of 1,000 articles."""
    import dataclasses
    import datetime as dt

    from site_fixture import ROOT, make_chronology

    from timeline.articles import load_articles
    from timeline.mkdocs_plugin.pages import SitePages

    seed = make_chronology(ROOT / "content")
    one_day = [e for e in seed.events if e.start == e.end]
    first = dt.date(2014, 1, 1)
    events = []
    for d in range(days):
        day = (first + dt.timedelta(days=d)).isoformat()
        for n in range(per_day):
            model = one_day[(d + n) % len(one_day)]
            events.append(
                dataclasses.replace(
                    model, id=f"{day}-e{n}", start=day, end=day, url=f"evenements/{day}-e{n}/"
                )
            )
    events += [e for e in seed.events if e.start != e.end]
    events.sort(key=lambda e: (e.start, e.end, e.id))
    chronology = dataclasses.replace(seed, events=events)
    articles = {a.slug: a for a in load_articles(ROOT / "content")}
    site = SitePages(
        chronology, articles, url_of=lambda uri: uri[: -len("index.md")], relative=lambda a, b: a
    )
    return site, events


def test_home_page_stays_small_for_a_large_dossier():
    """3,000 events over 600 days (what 1,000 articles give): the home page shows the latest
    days up to HOME_MAX_EVENTS cards and points to the day pages for the rest; the frise
    covers the whole period at the month level."""
    from lxml import html as lxml_html

    from timeline.mkdocs_plugin.pages import HOME_MAX_EVENTS

    site, events = _large_site(days=600, per_day=5)
    fragment = site.home_fragment("")
    root = lxml_html.fromstring(f"<div>{fragment}</div>")
    cards = root.xpath('//article[contains(@class, "tl-event")]')
    assert HOME_MAX_EVENTS - 5 < len(cards) <= HOME_MAX_EVENTS
    latest = max(e.start for e in events)
    assert cards[-1].xpath(".//time/@datetime")[0] == latest  # the latest days, in order
    (older,) = root.xpath('//p[@class="tl-older"]')
    assert f"{len(events) - len(cards)} événements" in older.text_content()
    assert older.xpath(".//a/@href") == ["jours/"]
    (frise,) = root.xpath('//figure[contains(@class, "frise")]')
    assert "frise-mois" in frise.get("class", "").split()
    # 3.0 MB when every card was listed; 0.26 MB now (mostly the frise's 600 days of marks)
    assert len(fragment.encode("utf-8")) < 400_000


def test_home_page_of_a_small_dossier_lists_every_event():
    from lxml import html as lxml_html

    site, events = _large_site(days=10, per_day=5)
    root = lxml_html.fromstring(f"<div>{site.home_fragment('')}</div>")
    assert len(root.xpath('//article[contains(@class, "tl-event")]')) == len(events)
    assert not root.xpath('//p[@class="tl-older"]')


PAGE_URLS = [
    "",
    "evenements/",
    "evenements/a/",
    "evenements/b/",
    "evenements/a/b/",
    "jours/2015-10-01/",
    "jours/2015-10-02/",
    "index.html",
    "evenements/a/index.html",
    "evenements/v1.2/",
    "./evenements/a/",
]
LINK_TARGETS = [
    "",
    "evenements/",
    "evenements/a/",
    "evenements/a",
    "evenements/a/b/",
    "evenements/a/#sources",
    "evenements/ab/",
    "evenements/b/",
    "evenements/b/index.html",
    "jours/2015-10-01/",
    "feed.xml",
    "sources/x/#phrase-12",
    "evenements/../jours/",
    "./evenements/a/",
    "/evenements/a/",
    "evenements//a/",
    ".",
    "..",
]


@pytest.mark.parametrize("order", [1, -1])
def test_links_remembered_per_folder_are_those_of_each_page(order):
    """A link remembered once for a folder (``SitePages.relative_url``) is, from every page,
    the link MkDocs makes (``get_relative_url``), whichever page asked first."""
    from types import SimpleNamespace

    from mkdocs.utils import get_relative_url

    from timeline.mkdocs_plugin.pages import SitePages

    site = SimpleNamespace(_relative_cache={}, relative=get_relative_url)
    for page in PAGE_URLS[::order]:
        for target in LINK_TARGETS[::order]:
            found = SitePages.relative_url(site, target, page)  # type: ignore[arg-type]
            assert found == get_relative_url(target, page), (target, page)
    # the siblings shared their links: fewer remembered than asked for
    assert len(site._relative_cache) < len(PAGE_URLS) * len(LINK_TARGETS)


def _fixture_site():
    from site_fixture import ROOT, make_chronology

    from timeline.articles import load_articles
    from timeline.mkdocs_plugin.pages import SitePages

    chronology = make_chronology(ROOT / "content")
    articles = {a.slug: a for a in load_articles(ROOT / "content")}
    site = SitePages(
        chronology, articles, url_of=lambda uri: uri[: -len("index.md")], relative=lambda a, b: a
    )
    return chronology, site


@pytest.mark.parametrize(
    "where",
    ["title", "summary", "display_date", "previous", "next", "correction", "status"],
)
def test_an_event_page_built_in_python_escapes_untrusted_text(where):
    """The event page is built in Python, not by a template: every text of the chronology
    on it is escaped as Jinja2's autoescape did (the title, the summary, the dates, the
    neighbours' titles, the corrections and the withdrawal notice)."""
    from markupsafe import escape

    chronology, site = _fixture_site()
    event, other = chronology.events[0], chronology.events[1]
    changed = {"title", "summary", "display_date"}
    if where in changed:
        event = dataclasses.replace(event, **{where: HOSTILE})
    neighbour = dataclasses.replace(other, title=HOSTILE)
    page = site._event_markdown(
        event,
        neighbour if where == "previous" else None,
        neighbour if where == "next" else None,
        [],
        [],
        HOSTILE if where == "status" else "",
        [HOSTILE] if where == "correction" else [],
    )
    assert "<script>" not in page
    assert str(escape(HOSTILE)) in page or where == "title"  # the title: a Markdown heading


@pytest.mark.parametrize(
    ("status", "corrections", "sections"),
    [
        ("", [], ["audit", "sources"]),
        ("", ["Date corrigée le 3 mars."], ["corrections", "audit", "sources"]),
        # a withdrawn event shows why, not its corrections
        ("Retiré de la chronologie.", ["Date corrigée."], ["audit", "sources"]),
    ],
)
def test_an_event_page_shows_its_corrections_unless_withdrawn(status, corrections, sections):
    chronology, site = _fixture_site()
    event = dataclasses.replace(chronology.events[0], actors=[], places=[], organizations=[])
    page = site._event_markdown(event, None, None, [], [], status, corrections)
    anchors = [line.rsplit("{#", 1)[1][:-1] for line in page.splitlines() if line[:3] == "## "]
    assert anchors == [*sections, "citer"]
    assert ('id="retire"' in page) == bool(status)

"""The built site in a real browser: navigation, dates shown, screenshots, accessibility.

Playwright drives Debian's chromium (installed by `make test`) over the site served on
127.0.0.1; axe-core checks each visited page for serious or critical violations.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
import urllib.parse
from pathlib import Path

import pytest
from site_fixture import seed_site

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium (/usr/bin/chromium)"),
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    # the path of site_url ("/timeline/"): the 404 page links its assets absolutely, as
    # MkDocs does, so the site is also served under that path, as it is once deployed
    prefix = "/"

    def translate_path(self, path):
        if self.prefix != "/" and path.startswith(self.prefix):
            path = "/" + path[len(self.prefix) :]
        return super().translate_path(path)

    def log_message(self, format, *args):  # noqa: A002
        pass


@pytest.fixture(scope="module")
def served():
    site = seed_site().site_dir
    site_url = json.loads((site / "events.json").read_text(encoding="utf-8"))["site_url"]
    prefix = urllib.parse.urlsplit(site_url).path or "/"
    handler_class = type("Handler", (_QuietHandler,), {"prefix": prefix})
    handler = functools.partial(handler_class, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


# Playwright's 30 s default is too short for a page's first load on this 2-core machine while
# other work runs (a landing's suite at load 15 timed out on the home page): the tests wait
# for what a reader sees, however slowly it comes, and fail only on a page that never comes
PATIENCE_MS = 120_000


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    context.set_default_timeout(PATIENCE_MS)
    context.set_default_navigation_timeout(PATIENCE_MS)
    yield context.new_page()
    context.close()


# moderate rules the site keeps too (a screen reader's list of landmarks must be usable)
ALSO_CHECKED = {"landmark-unique"}


def check_accessibility(page) -> None:
    from axe_playwright_python.sync_playwright import Axe

    # Measure the page at rest: mkdocs-material fades the tabs in and out (CSS transitions),
    # and a contrast measured mid-fade is not the one a reader sees.
    page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running')", timeout=PATIENCE_MS
    )
    results = Axe().run(page)
    bad = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical") or v["id"] in ALSO_CHECKED
    ]
    assert bad == [], f"{page.url}: {bad}"


def heading(page) -> str:
    """The page's h1 without its permalink sign."""
    return page.locator("h1").first.inner_text().replace("¶", "").strip()


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_home_event_entity_source(served, page):
    base, site = served
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    events = {e["url"]: e for e in data["events"]}
    entities = {e["url"]: e for e in data["entities"]}

    # home: the chronology, with machine-readable dates
    page.goto(base)
    assert page.locator("h1").first.inner_text().startswith("Chronologie")
    cards = page.locator("article.tl-event")
    assert cards.count() == len(data["events"])
    first = data["events"][0]
    assert page.locator(f'article.tl-event time[datetime="{first["start"]}"]').count() >= 1
    screenshot(page, "home")
    check_accessibility(page)

    # follow an event link (the first one dated by an expression in the text)
    dated = next(e for e in data["events"] if e["audit"].get("expression"))
    page.locator(f"#e-{dated['id']} h3 a").click()
    page.wait_for_url(f"**/{dated['url']}")
    assert heading(page) == dated["title"]
    date = page.locator(".tl-event-head time.tl-date")
    assert date.get_attribute("datetime") == dated["start"]
    assert date.inner_text() == dated["display_date"]
    audit = page.locator(".tl-audit")
    assert dated["audit"]["expression"] in audit.inner_text()
    rule = audit.locator("details code", has_text=dated["audit"]["rule"]).first
    assert not rule.is_visible()  # the technical record waits behind « détails »
    audit.locator("details summary").click()
    assert rule.is_visible()
    screenshot(page, "event")
    check_accessibility(page)

    # an entity link
    entity_link = page.locator("a.tl-entity").first
    if entity_link.count():
        entity_link.click()
        page.wait_for_url("**/entites/**")
        url = page.url.removeprefix(base)
        assert heading(page) == entities[url]["name"]
        assert page.locator(f'a[href$="{dated["id"]}/"]').count() >= 1
        screenshot(page, "entity")
        check_accessibility(page)
        page.go_back()
        page.wait_for_url(f"**/{dated['url']}")

    # a source link: lands on the quoted sentence in the article
    page.locator("figure.tl-quote figcaption a").first.click()
    page.wait_for_url("**/sources/**")
    anchor = page.url.split("#", 1)[1]
    assert anchor.startswith(("phrase-", "p"))
    sentence = page.locator(f"#{anchor}")
    assert sentence.is_visible()
    assert dated["sources"][0]["sentence"][:40] in sentence.inner_text()
    mark = page.locator("mark.tl-timex").first
    focusable = mark.locator("a").first if mark.locator("a").count() else mark
    focusable.focus()
    assert "2015" in (focusable.get_attribute("title") or "")
    assert page.locator("mark.tl-timex time[datetime]").count() >= 1
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "source")
    check_accessibility(page)
    assert events  # every event has a page (checked by the link tests)


def page_types(site: Path) -> dict[str, str]:
    """One page of every type the site has, by type."""
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    event = next(e for e in data["events"] if e["actors"])
    entity = next(e for e in data["entities"] if e["events"])
    types = {
        "home": "",
        "day": f"jours/{event['start']}/",
        "days": "jours/",
        "event": event["url"],
        "entity": entity["url"],
        "entities": "entites/",
        "source": f"sources/{data['articles'][0]['slug']}/",
        "sources": "sources/",
        "cite": "citer/",
        "method": "methode/",
        "guide": "guide/",
        "report": "rapports/premiere-semaine/",
        "not-found": "404.html",
    }
    return {kind: url for kind, url in types.items() if (site / url).exists()}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_type_is_accessible(served, browser, scheme):
    """axe: no serious or critical violation on any page type, in either colour scheme."""
    base, site = served
    types = page_types(site)
    assert {"home", "day", "event", "entity", "source", "cite", "method", "not-found"} <= set(types)
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        for url in types.values():
            page.goto(base + url)
            expected = "slate" if scheme == "dark" else "default"
            assert page.locator("body").get_attribute("data-md-color-scheme") == expected
            check_accessibility(page)
            if not url and scheme == "dark":
                screenshot(page, "home-dark")
    finally:
        context.close()


def test_pages_read_without_javascript(served, browser):
    base, _ = served
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base)
        assert page.locator("article.tl-event").count() >= 1
        assert page.locator("article.tl-event time[datetime]").first.is_visible()
        page.emulate_media(media="print")
        screenshot(page, "home-print")
    finally:
        context.close()


@pytest.mark.parametrize(
    ("query", "expected_location"),
    [
        # an event: found by words of its source sentence (entries from search_index.py)
        (
            "croiseurs Caspienne",
            "evenements/2015-10-07-quatre-croiseurs-russes-flottille-caspienne/",
        ),
        # a source article: found by words of its body
        ("Davutoglu", "sources/"),
    ],
)
def test_search_finds_events_and_sources(served, page, query, expected_location):
    base, site = served
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any(d["location"].startswith(expected_location) for d in index["docs"])
    hrefs = search(page, base, query, expected_location)
    assert any(expected_location in (href or "") for href in hrefs), hrefs


def search(page, base: str, query: str, wanted: str) -> list[str]:
    """Type ``query`` in Material's search box; the result links once the list has settled
    and holds ``wanted``."""
    page.goto(base, wait_until="networkidle")  # the search worker has its index
    page.locator(".md-search__input").first.click(force=True)
    page.keyboard.type(query)
    # The list is re-rendered as each typed character reaches the search worker and as its
    # answers come back: counting the items and then reading them one by one raced with
    # that. Wait until the list has settled -- the same links in two reads 300 ms apart,
    # after the last keystroke -- and read it in one call.
    page.wait_for_function(
        """([selector, wanted]) => {
            const read = () => [...document.querySelectorAll(selector)]
                .map(a => a.getAttribute("href") || "").join("\\n");
            const now = read();
            const settled = now !== "" && now === window.__timelineLastResults;
            window.__timelineLastResults = now;
            return settled && now.includes(wanted);
        }""",
        arg=[".md-search-result__item a", wanted],
        polling=300,
        timeout=PATIENCE_MS,
    )
    hrefs: list[str] = page.locator(".md-search-result__item > a").evaluate_all(
        "links => links.map(a => a.getAttribute('href') || '')"
    )
    return hrefs


@pytest.mark.parametrize(
    ("alias", "entity_id"),
    [
        ("Daech", "etat-islamique"),  # an alias that event pages also carry in their text
        ("Idlib", "idleb"),  # the spelling the site lists as an alias of « Idleb »
        ("Davutoglu", "ahmet-davutoglu"),  # a short name that event titles also contain
    ],
)
def test_search_for_an_alias_gives_the_entity_page_first(served, page, alias, entity_id):
    base, site = served
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    entity = next(e for e in data["entities"] if e["id"] == entity_id)
    assert alias in entity["aliases"]
    hrefs = search(page, base, alias, entity["url"])
    first = hrefs[0].split("?", 1)[0]  # Material adds ?h=<query> to highlight it there
    assert first == base + entity["url"], hrefs[:3]


def frise_counts(page) -> tuple[int, int]:
    return (
        page.locator(".frise .frise-barre").count(),
        page.locator(".frise .frise-marque").count(),
    )


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_frise_draws_each_period_once_and_filters_by_an_actor(served, browser, javascript):
    """The visual week: one bar per period, one mark per one-day event; a filter link narrows
    the events shown (in place with JavaScript, through the entity's page without)."""
    base, site = served
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    periods = [e for e in data["events"] if e["start"] != e["end"]]
    singles = [e for e in data["events"] if e["start"] == e["end"]]
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 1280, "height": 900}
    )
    try:
        page = context.new_page()
        page.goto(base)
        assert page.locator("figure.frise").count() == 1
        assert frise_counts(page) == (len(periods), len(singles))
        bars = page.locator(".frise .frise-barre a")
        assert {bars.nth(i).inner_text() for i in range(bars.count())} == {
            e["title"] for e in periods
        }
        # an actor with some events but not all
        counts: dict[str, int] = {}
        for event in data["events"]:
            for eid in dict.fromkeys(event["actors"] + event["places"] + event["organizations"]):
                counts[eid] = counts.get(eid, 0) + 1
        filters = page.locator(".tl-filtres a[data-filtre]")
        ids = [filters.nth(i).get_attribute("data-filtre") for i in range(filters.count())]
        actor = next(i for i in ids if 0 < counts.get(i, 0) < len(data["events"]))
        page.locator(f'.tl-filtres a[data-filtre="{actor}"]').click()
        if javascript:
            assert page.url.rstrip("/") + "/" == base  # filtered in place
            visible = page.locator("article.tl-event:visible")
            assert visible.count() == counts[actor]
            marks = page.locator(".frise .frise-marque:visible, .frise .frise-barre:visible")
            assert marks.count() == counts[actor]
            assert "affichés" in page.locator(".tl-filtres [role=status]").inner_text()
            page.mouse.move(0, 0)  # measured at rest, not with the pointer over a link
            check_accessibility(page)
            page.locator(".tl-filtres-tout").click()
            assert page.locator("article.tl-event:visible").count() == len(data["events"])
        else:
            page.wait_for_url(f"**/entites/{actor}/")
            assert page.locator('a[href*="evenements/"]').count() >= counts[actor]
        page.goto(base)
        page.emulate_media(media="print")
        axis = page.locator(".frise .frise-axe")
        assert axis.is_visible() and axis.evaluate("e => getComputedStyle(e).display") == "grid"
    finally:
        context.close()


def test_dense_frise_lays_a_busy_day_s_dots_side_by_side(served, browser):
    """With many day columns each event is a dot: a day with several dots lays them in rows
    across its column, inside it, not one dot a line (a tall column of dots)."""
    base, _site = served
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(base)
        assert page.locator("figure.frise.frise-dense").count() == 1
        columns = page.locator(".frise .frise-colonne").evaluate_all(
            """cols => cols.map(col => {
                const box = col.getBoundingClientRect();
                const dots = [...col.querySelectorAll('.frise-marque a')]
                    .map(a => a.getBoundingClientRect());
                const spans = dots.map(d => [d.left, d.right, d.top]);
                return {left: box.left, right: box.right, dots: spans};
            })"""
        )
        busiest = max(columns, key=lambda c: len(c["dots"]))
        assert len(busiest["dots"]) >= 3, "the seed has a day of many events"
        rows = {round(top) for _left, _right, top in busiest["dots"]}
        assert len(rows) < len(busiest["dots"])
        for column in columns:
            for left, right, _top in column["dots"]:
                assert column["left"] - 0.5 <= left and right <= column["right"] + 0.5
    finally:
        context.close()


def test_screenshot_script_photographs_the_home_page(served, browser, tmp_path):
    """bench/screenshots.py (the README's images): desktop and phone, light and dark."""
    import importlib.util
    import struct

    _, site = served
    path = Path(__file__).resolve().parent.parent / "bench" / "screenshots.py"
    spec = importlib.util.spec_from_file_location("screenshots", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.shoot(site, tmp_path, browser)  # one Playwright per test process
    assert [p.name for p in written] == [f"{name}.png" for name, *_ in module.SHOTS]
    for png, (_, viewport, scale, _) in zip(written, module.SHOTS, strict=True):
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (
            viewport["width"] * scale,
            viewport["height"] * scale,
        )


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_kind_filter_shows_only_statements_in_place(served, browser, javascript):
    """The kinds (faits, déclarations, annonces) filter the home page in place with
    JavaScript; without it they are not offered (no page to link to)."""
    base, site = served
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    kinds: dict[str, int] = {}
    for event in data["events"]:
        kinds[event["kind"]] = kinds.get(event["kind"], 0) + 1
    assert len(kinds) > 1 and 0 < kinds.get("statement", 0) < len(data["events"])
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 1280, "height": 900}
    )
    try:
        page = context.new_page()
        page.goto(base)
        button = page.locator('.tl-filtres button[data-genre="statement"]')
        if not javascript:
            assert button.count() == 1 and not button.is_visible()
            return
        button.click()
        assert button.get_attribute("aria-pressed") == "true"
        cards = page.locator("article.tl-event:visible")
        assert cards.count() == kinds["statement"]
        genres = cards.evaluate_all("cards => cards.map(c => c.dataset.genre)")
        assert set(genres) == {"statement"}
        assert str(kinds["statement"]) in page.locator(".tl-filtres [role=status]").inner_text()
        page.mouse.move(0, 0)
        check_accessibility(page)
        button.click()  # pressed again: every event is back
        assert page.locator("article.tl-event:visible").count() == len(data["events"])
    finally:
        context.close()

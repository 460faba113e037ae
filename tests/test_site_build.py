"""The real project builds under `mkdocs build --strict`; the plugin's pages and guards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html
from mkdocs.exceptions import Abort, PluginError
from site_fixture import ART3, ROOT, build, copy_project, fixture_site, seed_site

from timeline.records import Event, Source


def page(site: Path, url: str):
    return lxml_html.parse(str(site / url / "index.html")).getroot()


def test_strict_build_has_no_warnings():
    built = seed_site()
    assert built.warnings == []
    assert (built.site_dir / "index.html").is_file()


def test_committed_registry_already_holds_every_seed_event_id():
    """Rebuilding the committed project appends no ID: permalinks in reports stay valid."""
    built = seed_site()
    if not built.real_chronology:
        pytest.skip("built from the hand-made chronology")
    assert built.project is not None
    registry = "content/ids.yml"
    assert (built.project / registry).read_text() == (ROOT / registry).read_text()


def test_every_event_entity_and_source_has_its_page():
    site = seed_site().site_dir
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    assert data["events"] and data["entities"]
    for record in (*data["events"], *data["entities"]):
        assert (site / record["url"] / "index.html").is_file(), record["url"]
    for article in data["articles"]:
        assert (site / "sources" / article["slug"] / "index.html").is_file()


def test_event_page_shows_title_date_audit_and_sources():
    site = seed_site().site_dir
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    dated = next(e for e in data["events"] if e["audit"].get("expression"))
    root = page(site, dated["url"])
    assert dated["title"] in root.findtext(".//h1")
    assert root.xpath(f'//time[@datetime="{dated["start"]}"]')
    audit = " ".join(root.xpath('//div[@class="tl-audit"]//text()'))
    assert dated["audit"]["expression"] in audit and dated["display_date"] in audit
    quotes = root.xpath("//blockquote")
    assert len(quotes) == len(dated["sources"])
    assert all("#phrase-" in h for h in root.xpath("//figcaption/a/@href"))


def test_audit_in_plain_french_with_the_record_behind_a_details_toggle():
    """Every event page says how its date was read in French sentences (no rule name, no ISO
    value, no "dct:"), and gives the rule, the TIMEX value and the anchor inside <details>."""
    site = seed_site().site_dir
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    kinds_seen = set()
    for event in data["events"]:
        audit = event["audit"]
        root = page(site, event["url"])
        (box,) = root.xpath('//div[@class="tl-audit"]')
        plain = " ".join(box.xpath('.//p[@class="tl-audit-plain"]//text()'))
        assert event["display_date"] in plain, event["id"]
        # (a date of the publication day is explained in words that say "publication")
        rule = () if audit["rule"] == "publication" else (audit["rule"],)
        for technical in (*rule, audit["value"], audit["anchor"], "dct:", "→"):
            assert technical not in plain, (event["id"], technical)
        if audit.get("expression"):
            assert f"« {audit['expression']} »" in plain
        (details,) = box.xpath(".//details")
        assert details.findtext("summary") == "détails"
        shown = dict(zip(details.xpath(".//dt/text()"), details.xpath(".//dd"), strict=True))
        assert shown["règle"].text_content() == audit["rule"]
        assert shown["valeur TIMEX"].text_content() == audit["value"]
        assert shown["ancrage"].text_content() == audit["anchor"]
        kinds_seen.add(event["dated_by"])
    assert {"explicit", "inherited"} <= kinds_seen  # both wordings are exercised


def test_audit_rule_sentences_name_rules_that_exist():
    """The plain-French reasons are keyed by rule name: a renamed rule must not fall silent."""
    from timeline.content import yamlsafe
    from timeline.present.labels import labels

    names = set()
    for path in (ROOT / "timeline" / "lang" / "fr").glob("rules_*.yml"):
        data = yamlsafe.load_file(path)
        names |= {rule["name"] for rule in data["rules"]}
    assert set(labels()["audit"]["rules"]) <= names


def test_a_weekend_is_not_flagged_as_an_approximate_week():
    site = seed_site().site_dir
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    weekends = [e for e in data["events"] if str(e["audit"].get("value", "")).endswith("-WE")]
    if not weekends:
        pytest.skip("no week-end in this chronology")
    for event in weekends:
        root = page(site, event["url"])
        assert not root.xpath('//span[contains(@class, "tl-flag-week")]'), event["id"]


def test_nav_is_small_and_never_lists_event_pages():
    root = page(seed_site().site_dir, "")
    nav_links = root.xpath('//nav[contains(@class, "md-nav--primary")]//a/@href')
    assert nav_links and not any("evenements/" in h for h in nav_links)
    assert len(set(nav_links)) <= 15


def test_home_groups_by_day_and_marks_spans_and_open_starts():
    site = seed_site().site_dir
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    root = page(site, "")
    cards = root.xpath('//article[contains(@class, "tl-event")]')
    assert len(cards) == len(data["events"])
    if any(e["start"] != e["end"] for e in data["events"]):
        assert root.xpath('//*[contains(@class, "tl-interval")]')
    if any(e["precision"] == "open-start" for e in data["events"]):
        assert root.xpath('//span[contains(@class, "tl-flag-open-start")]')
    headings = [h.get("id") for h in root.xpath("//h2")]
    assert any(h and h.startswith("j-") for h in headings)


def test_source_page_highlights_time_expressions_with_tooltips():
    site = seed_site().site_dir
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    article = next(a for a in data["articles"] if a["timexes"])
    root = page(site, f"sources/{article['slug']}")
    marks = root.xpath('//mark[contains(@class, "tl-timex")]')
    assert len(marks) >= 1
    for mark in marks:
        focusable = mark.get("tabindex") == "0" or mark.xpath("./a[@href]")
        assert focusable and (mark.get("title") or mark.xpath("./a/@title"))
    assert root.xpath('//p[@id="p1"]')


def test_old_ids_redirect_to_the_event():
    built = fixture_site()
    assert built.warnings == []
    old = built.site_dir / "evenements" / "2015-09-30-campagne-russe" / "index.html"
    root = lxml_html.parse(str(old)).getroot()
    refresh = root.xpath('//meta[@http-equiv="refresh"]/@content')
    assert refresh == ["0; url=../2015-09-30-frappes-aeriennes-russes/"]
    canonical = root.xpath('//link[@rel="canonical"]/@href')
    assert canonical == [
        "https://example.org/timeline/evenements/2015-09-30-frappes-aeriennes-russes/"
    ]


@pytest.mark.parametrize(
    ("flag", "event_id"),
    [
        ("tl-flag-open-start", "2014-10-07-coalition-frappes-quotidiennes"),
        ("tl-flag-interval", "2015-09-30-frappes-aeriennes-russes"),
        ("tl-flag-ongoing", "2015-09-30-frappes-aeriennes-russes"),
        ("tl-flag-week", "2015-10-03-violations-espace-aerien-turc"),
        ("tl-flag-inferred", "2015-10-07-frappes-vont-s-intensifier"),
    ],
)
def test_home_marks_spans_open_starts_and_approximate_dates(flag, event_id):
    root = page(fixture_site().site_dir, "")
    assert root.xpath(f'//article[@id="e-{event_id}"]//span[contains(@class, "{flag}")]')


def test_days_show_ongoing_events_as_spans():
    root = page(fixture_site().site_dir, "jours/2015-10-03")
    continuing = root.xpath('//h2[@id="se-poursuit"]/following::article/@id')
    assert "e-2015-09-30-frappes-aeriennes-russes" in continuing
    home = page(fixture_site().site_dir, "")
    ongoing = home.xpath('//h2[@id="j-2015-10-03"]/following-sibling::p[1]//a/@href')
    assert "evenements/2015-09-30-frappes-aeriennes-russes/" in ongoing


def test_every_day_of_the_period_has_a_page_with_what_runs_then():
    """1 and 2 October 2015 start no event, but the campaign begun on 30 September runs."""
    site = seed_site().site_dir
    events = json.loads((site / "events.json").read_text(encoding="utf-8"))["events"]
    campaign = next(e for e in events if e["start"] == "2015-09-30" and e["end"] == "2015-10-07")
    for day in ("2015-10-01", "2015-10-02", "2015-10-05"):
        root = page(site, f"jours/{day}")
        continuing = root.xpath('//h2[@id="se-poursuit"]/following::article/@id')
        assert f"e-{campaign['id']}" in continuing, day
    background = json.loads((site / "events.json").read_text(encoding="utf-8"))["context"]
    assert background and all(item["precision"] == "open-start" for item in background)
    for item in background:  # context: no page a day for a year
        assert not (site / "jours" / item["start"]).exists()


SCRIPT = "<script>alert('xss')</script>"


def test_untrusted_article_text_is_escaped(tmp_path):
    project = copy_project(tmp_path)
    (project / "content" / "2015-10-07-piege.md").write_text(
        f'---\ntitle: "Piège {SCRIPT}"\ndate: 2015-10-07\nsource: "x<b>y</b>"\n---\n\n'
        f"Un paragraphe {SCRIPT} avec <img src=x onerror=alert(1)> et [[event:inconnu]].\n",
        encoding="utf-8",
    )
    evil = Event(
        id="2015-10-07-piege",
        start="2015-10-07",
        end="2015-10-07",
        precision="day",
        value=SCRIPT,
        title=f"Titre {SCRIPT} *gras* [[event:x]]",
        summary=SCRIPT,
        dated_by="explicit",
        sources=[Source(ART3, None, 1, f"Phrase {SCRIPT}", 0, 0, None)],
        audit={"expression": SCRIPT, "context": f"avant {SCRIPT} après"},
    )
    built = build(project, tmp_path / "site", use_fixture=True, extra_events=[evil])
    assert built.warnings == []
    for path in (tmp_path / "site").rglob("*.html"):
        root = lxml_html.parse(str(path)).getroot()
        assert not any("alert" in (s.text or "") for s in root.iter("script")), path
        assert not root.xpath("//img[@onerror]"), path
    text = (tmp_path / "site" / "sources" / "2015-10-07-piege" / "index.html").read_text()
    assert "&lt;script&gt;alert" in text


def test_a_hand_written_page_at_a_generated_path_fails_the_build(tmp_path):
    project = copy_project(tmp_path)
    clash = project / "docs" / "entites" / "russie"
    clash.mkdir(parents=True)
    (clash / "index.md").write_text("# Russie\n", encoding="utf-8")
    with pytest.raises((PluginError, Abort)) as info:
        build(project, tmp_path / "site", use_fixture=True)
    assert "'entites/russie/index.md' is generated" in _log(info.value)


def test_unknown_reference_fails_the_build_naming_file_line_and_suggestion(tmp_path):
    project = copy_project(tmp_path)
    report = project / "docs" / "rapports" / "premiere-semaine.md"
    text = report.read_text(encoding="utf-8")
    good = next(ident for ident in _event_ids_in(text))
    bad_line = len(text.splitlines()) + 2
    report.write_text(text + f"\nVoir [[event:{good}x]].\n", encoding="utf-8")
    with pytest.raises((PluginError, Abort)) as info:
        build(project, tmp_path / "site", use_fixture=True)
    message = _log(info.value)
    assert f"docs/rapports/premiere-semaine.md:{bad_line}" in message
    assert f"'{good}x'" in message and f"did you mean '{good}'" in message


def _log(exc: BaseException) -> str:
    return " | ".join([str(exc), *getattr(exc, "timeline_log", [])])


def _event_ids_in(text: str) -> list[str]:
    import re

    return re.findall(r"\[\[event:(\d{4}-[\w.\-]+)", text)


def test_disabled_plugin_generates_nothing(tmp_path):
    project = copy_project(tmp_path)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("content_dir: content", "content_dir: content\n      enabled: false")
    # without the plugin the nav and the report links cannot resolve: keep only plain pages
    config = config[: config.index("nav:")]
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    (project / "docs" / "rapports" / "premiere-semaine.md").write_text("# R\n", encoding="utf-8")
    (project / "docs" / "index.md").write_text("# Accueil\n", encoding="utf-8")
    build(project, tmp_path / "site", use_fixture=True)
    assert not (tmp_path / "site" / "evenements").exists()
    assert not (tmp_path / "site" / "events.json").exists()


def test_content_folder_is_watched():
    from mkdocs.config import load_config

    root = Path(__file__).resolve().parent.parent
    config = load_config(str(root / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    assert str(root / "content") in config.watch


def test_pages_name_outlet_and_relay_and_announce_the_feed():
    site = seed_site().site_dir
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    articles = {a["slug"]: a for a in data["articles"]}
    event = next(e for e in data["events"] if e["sources"])
    root = page(site, event["url"])
    captions = [" ".join(c.itertext()) for c in root.xpath("//figcaption")]
    for source, caption in zip(event["sources"], captions, strict=True):
        assert articles[source["article"]]["source"] in caption
        assert source["outlet"] == articles[source["article"]]["source"]
    home = page(site, "")
    cards = " ".join(home.xpath('//p[@class="tl-event-sources"]//text()'))
    for slug in {s["article"] for e in data["events"] for s in e["sources"]}:
        assert articles[slug]["source"] in cards
    feed = home.xpath('//link[@rel="alternate"][@type="application/atom+xml"]/@href')
    assert feed and feed[0].endswith("feed.xml")
    titles = root.xpath('//meta[@property="og:title"]/@content')
    assert titles == [event["title"]]


def test_relayed_article_says_via_and_404_is_french():
    site = seed_site().site_dir
    text = (site / "404.html").read_text(encoding="utf-8")
    assert "Page introuvable" in text and "Not found" not in text
    relayed = [
        p for p in (ROOT / "content").glob("*.md") if "\nvia: " in p.read_text(encoding="utf-8")
    ]
    if relayed:
        assert "via wikistrike.com" in (site / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("url", "placeholder"),
    [
        ("https://example.org/timeline/", True),
        ("http://www.example.com/", True),
        ("https://example.net", True),
        ("https://chronologie.lemonde.fr/", False),
        ("https://example.org.evil.fr/", False),
        ("", False),
    ],
)
def test_placeholder_site_url_is_recognised(url, placeholder):
    from timeline.mkdocs_plugin.plugin import PLACEHOLDER_HOSTS

    assert bool(PLACEHOLDER_HOSTS.match(url)) is placeholder


def test_cite_page_shows_the_iframe_example_as_a_code_block():
    root = page(seed_site().site_dir, "citer")
    blocks = [pre.text_content() for pre in root.xpath("//pre")]
    assert any(b.lstrip().startswith("<iframe") and "timelinejs.json" in b for b in blocks)
    inline = [c.text_content() for c in root.xpath("//code[not(ancestor::pre)]")]
    assert not any("<iframe" in c for c in inline)


def test_event_pages_link_the_previous_and_next_events_in_chronological_order():
    site = seed_site().site_dir
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    events = data["events"]
    assert len(events) >= 3
    for i, event in enumerate(events):
        root = page(site, event["url"])
        (nav,) = root.xpath('//nav[@class="tl-event-nav"]')
        neighbours = {
            "prev": events[i - 1] if i > 0 else None,
            "next": events[i + 1] if i + 1 < len(events) else None,
        }
        for rel, other in neighbours.items():
            links = nav.xpath(f'.//a[@rel="{rel}"]')
            if other is None:
                assert links == [], (event["id"], rel)
                continue
            (link,) = links
            assert link.get("href").rstrip("/").endswith(other["id"]), (event["id"], rel)
            assert other["title"] in link.text_content()


def test_method_page_explains_without_benchmark_figures():
    """Méthode is for readers: measured figures (scores, speeds, build times, page counts)
    live in the README and bench/, where they can be reproduced."""
    import re

    text = (ROOT / "docs" / "methode.md").read_text(encoding="utf-8")
    figure = re.compile(r"\d[\d  ,.]*\s?(?:s|Mo|Ko|Mo/s|Ko/s|%|pages|secondes)\b|\b[01],\d\d\b")
    assert figure.findall(text) == []
    assert "README" in text and "bench/" in text


def test_home_context_block_gives_background_with_its_period_and_source():
    """« Contexte »: what the articles recall of the past (never an event of the period),
    each with the period it covers and a link to its sentence."""
    site = seed_site().site_dir
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    background = [c for c in data["context"] if not c.get("event")]
    if not background:
        pytest.skip("no background in this chronology")
    root = page(site, "")
    items = root.xpath('//ul[@class="tl-context"]/li')
    assert len(items) == len(data["context"])
    for item, record in zip(items, data["context"], strict=True):
        text = " ".join(item.text_content().split())
        assert " ".join(record["text"].split()) in text
        if record.get("event"):
            continue
        assert record["display_date"] in text
        hrefs = item.xpath(".//a/@href")
        for source in record["sources"]:
            assert any(h.endswith(f"{source['article']}/#p{source['paragraph']}") for h in hrefs)
    # background is not listed among the events
    titles = {e["title"] for e in data["events"]}
    assert not any(c["text"] in titles for c in background)

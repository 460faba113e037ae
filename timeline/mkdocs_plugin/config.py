"""Typed options of the ``timeline`` MkDocs plugin (``plugins: - timeline: ...``)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class TimelineConfig(Config):  # type: ignore[no-untyped-call]
    enabled = c.Type(bool, default=True)
    # the articles, relative to the folder of mkdocs.yml; watched by `mkdocs serve`
    content_dir = c.Type(str, default="content")
    # local extraction worker processes (0: one per CPU when many articles need extracting)
    workers = c.Type(int, default=0)
    # address of a Dask scheduler to extract on (default: $TIMELINE_SCHEDULER, else local)
    scheduler = c.Optional(c.Type(str))
    # the part of the archive (content_dir) this site tells: entities, keywords, from, to,
    # outlets (timeline.dossier); absent = every article
    dossier = c.Optional(c.Type(dict))
    # folders of the generated sections, under the docs root
    events_dir = c.Type(str, default="evenements")
    entities_dir = c.Type(str, default="entites")
    days_dir = c.Type(str, default="jours")
    sources_dir = c.Type(str, default="sources")
    # the hand-written page whose marker is replaced by the chronology (generated if absent)
    home = c.Type(str, default="index.md")
    marker = c.Type(str, default="<!-- timeline:chronologie -->")
    # exports written at the site root by on_post_build
    exports = c.Type(bool, default=True)
    # `[[event:ID]]` / `[[entity:ID]]` links in hand-written pages
    links = c.Type(bool, default=True)
    # reuse the HTML of generated pages whose source and site did not change (memo.py)
    memo = c.Type(bool, default=True)
    # hooks (MkDocs' `hooks:`, named as there) that change nothing in the site, e.g. timing:
    # unlike any other hook or unknown plugin, they keep the memo and the second process on
    inert_hooks = c.ListOfItems(c.Type(str), default=[])
    # render part of the generated pages in a second process (a forked Dask worker) when
    # at least this many are left to render after the memo (forked.py; 0: never); not
    # under serve. 2,000: a dossier's 1,100 pages cost more with it than they gain (its
    # start, Dask's import, the copies after the fork); a 1,000-article site's 5,750 gain
    second_process_pages = c.Type(int, default=2000)
    # build into a folder beside site_dir and swap it in when the build succeeds, so that a
    # killed or failed build leaves the previous site complete (swap.py)
    atomic_site = c.Type(bool, default=True)

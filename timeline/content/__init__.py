"""Content files: one validator per file, shared by loading (the build) and ``timeline
check``, so the two can never disagree.

* ``yamlsafe`` -- the one YAML loader (no aliases, bounded depth, plain keys);
* ``files`` -- reading an input file: regular files only, inside ``content/``, size-bound;
* ``text`` -- what a text value may hold (no control characters, no lone surrogates);
* ``frontmatter`` -- an article's front matter;
* ``entities`` -- ``content/entities.yml``;
* ``ids`` -- ``content/ids.yml``, the event ID registry;
* ``corrections`` -- ``content/corrections.yml``, the newsroom's corrections of events.

Each validator returns the typed value and every problem found (``TimelineError`` naming
file and line); loading raises the first problem, ``timeline check`` lists them all.
"""

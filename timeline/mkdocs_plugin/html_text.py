"""Text escaped for HTML as a plain string: what ``str(markupsafe.escape(text))`` gives.

The generated pages build their HTML in f-strings, each value escaped by markupsafe's
``escape``, whose ``Markup`` result is then formatted into the string: for a page's links
and titles, thousands of times a build, the Python wrappers (``escape``, ``Markup.__new__``)
cost three times the escaping itself. ``esc_text`` gives the same characters without the
``Markup``: a ``str`` has markupsafe's five replacements made (its own, in its order:
``&``, ``>``, ``<``, ``'``, ``"``); anything else (a ``Markup``, a number) goes through
``escape``. ``tests/test_html_text.py`` compares it with markupsafe.
"""

from __future__ import annotations

from markupsafe import escape


def esc_text(value: object) -> str:
    """``str(markupsafe.escape(value))``."""
    if type(value) is str:
        return (
            value.replace("&", "&amp;")
            .replace(">", "&gt;")
            .replace("<", "&lt;")
            .replace("'", "&#39;")
            .replace('"', "&#34;")
        )
    return str(escape(value))

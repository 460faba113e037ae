"""Keep the pre-rendered HTML blocks of generated pages away from Python-Markdown.

The generated pages are Markdown only for their headings (MkDocs builds the table of
contents and the search sections from them); everything else is HTML that the templates
have already rendered and escaped. Python-Markdown would parse every one of those raw
HTML blocks with its HTML parser, only to copy them through unchanged, which made the
generated pages dominate the build time. ``HtmlBlocks.stash`` replaces each top-level HTML
block (a blank-line separated chunk starting with a block-level tag) with a one-line token
and keeps the block; ``HtmlBlocks.restore`` puts the blocks back into the HTML that Markdown
produced, where each token came out as ``<p>token</p>``. The result is the HTML
Python-Markdown would have produced from the raw block, without the parsing.

A page whose content the theme inserts into its final HTML as it is, and that no other
hook reads (see the plugin's ``on_page_content``), may keep its tokens until then:
``defer`` and ``restore_page`` give the final HTML ``restore`` would have led to, while the
theme's search plugin (which scans every page's content for attributes to remove, even
on the pages it does not index) and the template handle a content a fraction of the size.
"""

from __future__ import annotations

import re
import secrets

#: A chunk that Python-Markdown treats as a raw HTML block: a block-level tag at its start.
BLOCK_START = re.compile(
    r"<(?:article|aside|blockquote|details|div|dl|figure|h[1-6]|nav|ol|p|section|table|ul)"
    r"[\s>]"
)
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
#: One prefix per process, unguessable, so no text of a page can contain a token.
PREFIX = f"tlhtml{secrets.token_hex(6)}x"
TOKEN = re.compile(rf"<p>{PREFIX}(\d+)</p>")
TOKEN_AT_END = re.compile(rf"<p>{PREFIX}(\d+)</p>\Z")


class HtmlBlocks:
    """Tokens standing for HTML blocks, per page."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.final: int | None = None  # the token that ends a deferred content (defer)

    def stash(self, markdown: str) -> str:
        """``markdown`` with each run of top-level HTML blocks replaced by a token paragraph
        (Python-Markdown separates consecutive raw blocks by a blank line: so does the run)."""
        head = FRONT_MATTER.match(markdown)
        start = head.end() if head else 0
        out: list[str] = []
        run: list[str] = []  # the blocks of the current run, joined once it ends
        for chunk in markdown[start:].split("\n\n"):
            block = chunk.strip("\n")
            if BLOCK_START.match(block):
                if not run:
                    out.append(f"{PREFIX}{len(self.blocks)}")
                run.append(block)
                continue
            self._end_run(run)
            out.append(chunk)
        self._end_run(run)
        return markdown[:start] + "\n\n".join(out)

    def _end_run(self, run: list[str]) -> None:
        """The blocks of a run as one block (joined once: an entity's page runs thousands
        of blocks, which a block grown a block at a time copied over and over)."""
        if run:
            self.blocks.append("\n\n".join(run))
            run.clear()

    def restore(self, html: str) -> str:
        """The HTML of a page with every token paragraph replaced by its block."""
        # Python-Markdown ends a raw block with a blank line, and strips the document's end
        restored = TOKEN.sub(lambda m: self.blocks[int(m.group(1))] + "\n", html)
        return restored if html.endswith("\n") else restored.rstrip("\n")

    def defer(self, html: str) -> str:
        """The content ``html`` as it is, its blocks to be put back into the page's final
        HTML by ``restore_page`` (which must then hold ``html`` as it is)."""
        at_end = None if html.endswith("\n") else TOKEN_AT_END.search(html)
        self.final = int(at_end.group(1)) if at_end else None
        return html

    def restore_page(self, page_html: str) -> str:
        """The final HTML of a page whose content was ``defer``-red, with every token
        paragraph replaced by its block, as ``restore`` does in the content alone (where
        the content's end is stripped of the newline that follows a block)."""
        final = self.final

        def block(match: re.Match[str]) -> str:
            number = int(match.group(1))
            return self.blocks[number] if number == final else self.blocks[number] + "\n"

        return TOKEN.sub(block, page_html)

    def holds(self, text: str) -> bool:
        """Whether a block holds ``text``."""
        return any(text in block for block in self.blocks)

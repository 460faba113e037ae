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


class HtmlBlocks:
    """Tokens standing for HTML blocks, per page."""

    def __init__(self) -> None:
        self.blocks: list[str] = []

    def stash(self, markdown: str) -> str:
        """``markdown`` with each run of top-level HTML blocks replaced by a token paragraph
        (Python-Markdown separates consecutive raw blocks by a blank line: so does the run)."""
        head = FRONT_MATTER.match(markdown)
        start = head.end() if head else 0
        out: list[str] = []
        previous_was_block = False
        for chunk in markdown[start:].split("\n\n"):
            block = chunk.strip("\n")
            if not BLOCK_START.match(block):
                out.append(chunk)
                previous_was_block = False
            elif previous_was_block:
                self.blocks[-1] += "\n\n" + block
            else:
                out.append(f"{PREFIX}{len(self.blocks)}")
                self.blocks.append(block)
                previous_was_block = True
        return markdown[:start] + "\n\n".join(out)

    def restore(self, html: str) -> str:
        """The HTML of a page with every token paragraph replaced by its block."""
        # Python-Markdown ends a raw block with a blank line, and strips the document's end
        restored = TOKEN.sub(lambda m: self.blocks[int(m.group(1))] + "\n", html)
        return restored if html.endswith("\n") else restored.rstrip("\n")

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


class HtmlBlocks:
    """Tokens standing for HTML blocks, per page."""

    def __init__(self) -> None:
        self.prefix = f"tlhtml{secrets.token_hex(6)}x"
        self.token_re = re.compile(rf"<p>{self.prefix}(\d+)</p>")
        self.blocks: list[str] = []

    def stash(self, markdown: str) -> str:
        """``markdown`` with each top-level HTML block replaced by a token paragraph."""
        head = FRONT_MATTER.match(markdown)
        start = head.end() if head else 0
        chunks = markdown[start:].split("\n\n")
        for i, chunk in enumerate(chunks):
            block = chunk.strip("\n")
            if BLOCK_START.match(block):
                chunks[i] = f"{self.prefix}{len(self.blocks)}"
                self.blocks.append(block)
        return markdown[:start] + "\n\n".join(chunks)

    def restore(self, html: str) -> str:
        """The HTML of a page with every token paragraph replaced by its block."""
        # Python-Markdown ends a raw block with a blank line, and strips the document's end
        restored = self.token_re.sub(lambda m: self.blocks[int(m.group(1))] + "\n", html)
        return restored if html.endswith("\n") else restored.rstrip("\n")

    def clear(self) -> None:
        self.blocks = []

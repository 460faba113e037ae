"""timeline: French news articles in, a published, cross-linked chronology out."""

__version__ = "0.1.0"

"""Turn new files (Markdown, plain text, saved web pages) into ``content/`` articles.

``add_files(paths, options)`` is the library behind ``timeline add``: each input is read
(encoding detected), converted (HTML through trafilatura + htmldate), validated, checked
against the existing articles for duplicates and written atomically under a name made of
its date and slugified title, never overwriting an existing file.
"""

from timeline.ingest.add import AddOptions, AddOutcome, add_file, add_files

__all__ = ["AddOptions", "AddOutcome", "add_file", "add_files"]

"""Each data file of the language (``timeline/lang/fr/*.yml``) is parsed at most once in a
build's process: a second reading of one file beside its cached accessor (``lexicon``,
``merging_words.raw_data``, ``speakers.words`` before it read ``raw_data``) costs every build
and lets two readings of one file drift apart. Counted in a fresh interpreter (the tests'
own process has the accessors' caches filled already), over the extraction and assembly of
one article, twice."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# every yamlsafe.load of a file under timeline/lang, counted by file name, while one
# article is extracted and assembled twice (its second build reads nothing new)
COUNT = """
import collections, json, sys
from pathlib import Path
from timeline.content import yamlsafe
read = collections.Counter()
load = yamlsafe.load
def counted(text, path, *args, **kwargs):
    if "/lang/" in str(path):
        read[Path(path).name] += 1
    return load(text, path, *args, **kwargs)
yamlsafe.load = counted
sys.path.insert(0, "tests")
from essai_article import chronology_of
body = (
    "La maire de Lyon, Claire Vernay, a inauguré lundi la nouvelle école du quartier. "
    "« Nous tenons notre promesse », a déclaré la maire de Lyon. Selon la préfecture, "
    "les travaux avaient commencé en 2019."
)
for n in (1, 2):
    (Path(sys.argv[1]) / str(n)).mkdir()
    chronology_of(Path(sys.argv[1]) / str(n), body, "2021-03-02")
print(json.dumps(read))
"""


def test_each_language_data_file_is_parsed_at_most_once(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", COUNT, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    read: dict[str, int] = json.loads(done.stdout.splitlines()[-1])
    assert "merging.yml" in read and "events.yml" in read  # the count sees the readings
    assert {name: n for name, n in read.items() if n > 1} == {}

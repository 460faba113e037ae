"""Bytes of an input file to text: UTF-8, or a detected Western encoding (Latin-1...)."""

from __future__ import annotations

from pathlib import Path

from timeline.articles import check_bytes
from timeline.errors import TimelineError

#: Encodings accepted when a file is not UTF-8 (French text: Latin-1 and its relatives).
WESTERN_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman"]


def decode_input(data: bytes, path: Path | str) -> tuple[str, str]:
    """Return (text with ``\\n`` newlines, encoding name). Refuses empty/binary/huge files."""
    check_bytes(data, path)
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        _refuse_mixed(data, exc.start, path)
        text, encoding = _decode_legacy(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\t") > 8:
        raise TimelineError("binary file (control characters), not text", path, 1)
    return text, encoding


def _refuse_mixed(data: bytes, bad: int, path: Path | str) -> None:
    """A file whose lines are partly UTF-8 (with accents) and partly another encoding is
    refused: converting it as a whole would garble the UTF-8 part ("Ã‰lysÃ©e")."""
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        bad_line = data[:bad].count(b"\n") + 1
        raise TimelineError(
            f"mixed encodings: this line is not UTF-8 but line {number} is; "
            "save the whole file as UTF-8",
            path,
            bad_line,
        )


def _decode_legacy(data: bytes, path: Path | str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=WESTERN_ENCODINGS).best()
    if best is not None:
        return str(best), best.encoding
    try:  # cp1252 leaves five bytes undefined; Latin-1 decodes anything
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    line = 1
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
    raise TimelineError("unknown text encoding: save the file as UTF-8", path, line)

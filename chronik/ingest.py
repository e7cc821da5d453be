"""Read articles from files and folders into ``Document`` objects.

Accepted inputs:

* plain-text files (``.txt`` or no suffix), one article each, optionally with a
  sidecar metadata JSONL (``--meta``, or ``meta.jsonl`` in the folder) keyed by ``file``;
* JSONL files (``.jsonl``, ``.jsonl.gz``), one article per line with
  ``id, url, title, text, date, outlet|source, lang``.

Bad input never stops a run: every unreadable file or line becomes a
``Failure`` with a reason a person can act on, and reading goes on.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from chronik.document import Document, content_hash

MAX_ARTICLE_BYTES = 5_000_000  # no news article is longer; bigger inputs are dumps or binaries
MAX_TEXT_FILE_BYTES = 20_000_000
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SIDECAR_NAME = "meta.jsonl"  # picked up from an ingested folder when no --meta is given
SKIP_NAMES = {"README.md", "SOURCE.md", ".DS_Store"}


@dataclass
class Failure:
    """A file (or one line of it) that could not be read, and why."""

    source: str
    reason: str


class BadInput(ValueError):
    pass


def iter_files(paths: Iterable[Path], exclude: set[Path] = frozenset()) -> Iterator[Path]:
    """Files under ``paths`` in a stable order (folders recursively)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name in SKIP_NAMES or child.name.startswith(".") or child.resolve() in exclude:
                    continue
                yield child
        else:
            yield path


def load_meta(path: Path | None) -> dict[str, dict]:
    """Sidecar metadata: one JSON object per line, keyed by its ``file`` field."""
    if path is None:
        return {}
    meta: dict[str, dict] = {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise BadInput(f"{path}:{number}: metadata line is not JSON ({err.msg})") from err
            if "file" not in row:
                raise BadInput(f"{path}:{number}: metadata line has no 'file' field")
            meta[Path(row["file"]).name] = row
    return meta


def decode(data: bytes, source: str) -> str:
    """UTF-8 text of ``data`` or a ``BadInput`` that says what is wrong with it."""
    if not data.strip():
        raise BadInput("empty file")
    head = data[:8192]
    if b"\x00" in head:
        raise BadInput("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BadInput(
            f"not UTF-8: byte 0x{data[err.start]:02x} at offset {err.start} "
            "(convert the file to UTF-8, e.g. with iconv)"
        ) from err
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > 0.05 * min(len(text), 8192):
        raise BadInput("binary file (mostly control characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _date_of(value) -> str | None:
    """ISO date (``YYYY-MM-DD`` or coarser) from the date formats crawlers write."""
    if not value:
        return None
    text = str(value).strip()
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        return text[:10]
    if len(text) in (4, 7) and text[:4].isdigit():
        return text
    raise BadInput(f"unreadable date {text!r} (expected ISO 8601, e.g. 2018-09-10)")


def document_from_record(record: dict, source: str, fallback_id: str) -> Document:
    """A ``Document`` from one JSON record (JSONL line or sidecar metadata + text)."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadInput("record has no text")
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise BadInput(f"article text is {len(text) / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    doc_id = str(record.get("id") or fallback_id)
    meta = {k: v for k, v in record.items() if k not in {"text", "id", "title", "url", "date", "lang"}}
    return Document(
        id=doc_id,
        raw=text,
        source=source,
        url=record.get("url"),
        title=(record.get("title") or "").strip(),
        outlet=record.get("outlet") or record.get("source"),
        lang=record.get("lang") or "de",
        date=_date_of(record.get("date")),
        meta=meta,
    )


def _read_jsonl(path: Path) -> Iterator[Document | Failure]:
    opener = gzip.open if path.name.endswith(".gz") else open
    source = str(path)
    try:
        with opener(path, "rb") as fh:
            for number, raw_line in enumerate(fh, 1):
                where = f"{source}:{number}"
                if not raw_line.strip():
                    continue
                try:
                    line = raw_line.decode("utf-8")
                    record = json.loads(line)
                    if not isinstance(record, dict):
                        raise BadInput("line is not a JSON object")
                    yield document_from_record(record, source, f"{path.stem}-{number}")
                except UnicodeDecodeError:
                    yield Failure(where, "line is not UTF-8")
                except json.JSONDecodeError as err:
                    cut = "" if raw_line.endswith(b"\n") else " (truncated: the file ends mid-line)"
                    yield Failure(where, f"line is not valid JSON: {err.msg}{cut}")
                except BadInput as err:
                    yield Failure(where, str(err))
    except (EOFError, OSError, zlib.error) as err:
        yield Failure(source, f"cannot read further ({type(err).__name__}: {err}); file truncated or corrupt")


def _read_text(path: Path, meta: dict[str, dict]) -> Document:
    size = path.stat().st_size
    if size > MAX_TEXT_FILE_BYTES:
        raise BadInput(
            f"file is {size / 1e6:.0f} MB, over the {MAX_TEXT_FILE_BYTES / 1e6:.0f} MB limit for one article"
        )
    text = decode(path.read_bytes(), str(path))
    record = dict(meta.get(path.name, {}))
    record["text"] = text
    record.setdefault("id", f"{path.stem}")
    return document_from_record(record, str(path), path.stem)


def read(paths: Iterable[Path | str], meta_path: Path | str | None = None) -> Iterator[Document | Failure]:
    """Documents and per-file failures from ``paths`` (files or folders)."""
    paths = [Path(p) for p in paths]
    if meta_path is None:  # a folder may carry its own sidecar metadata
        found = [p / SIDECAR_NAME for p in paths if (p / SIDECAR_NAME).is_file()]
        meta_path = found[0] if len(found) == 1 else None
    meta = load_meta(Path(meta_path)) if meta_path else {}
    exclude = {Path(meta_path).resolve()} if meta_path else set()
    for path in iter_files(paths, exclude):
        name = path.name.lower()
        if not path.exists():
            yield Failure(str(path), "no such file or folder")
        elif any(name.endswith(s) or name.endswith(s + ".gz") for s in JSONL_SUFFIXES):
            yield from _read_jsonl(path)
        elif path.suffix.lower() in TEXT_SUFFIXES:
            try:
                yield _read_text(path, meta)
            except BadInput as err:
                yield Failure(str(path), str(err))
            except OSError as err:
                yield Failure(str(path), f"cannot read: {err.strerror or err}")
        else:
            yield Failure(str(path), f"unsupported file type {path.suffix!r} (expected .txt or .jsonl)")


__all__ = ["Failure", "BadInput", "read", "load_meta", "decode", "document_from_record", "content_hash"]

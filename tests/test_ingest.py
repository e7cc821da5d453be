import gzip
import json

from chronik import ingest
from chronik.ingest import Failure


def _read(*paths, meta=None):
    items = list(ingest.read(paths, meta))
    return [i for i in items if not isinstance(i, Failure)], [i for i in items if isinstance(i, Failure)]


def test_text_file_with_sidecar_meta(tmp_path):
    (tmp_path / "a.txt").write_text("Berlin hat gewählt.\n", encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text(json.dumps({"file": "a.txt", "date": "2021-09-27T10:00:00+02:00", "outlet": "Blatt",
                                "title": "Wahl"}) + "\n", encoding="utf-8")
    docs, failures = _read(tmp_path, meta=meta)
    assert not failures  # the meta file itself is not read as an article
    (doc,) = docs
    assert (doc.id, doc.date, doc.outlet, doc.title) == ("a", "2021-09-27", "Blatt", "Wahl")


def test_jsonl_with_fang_covid_fields(tmp_path):
    path = tmp_path / "x.jsonl.gz"
    rows = [{"id": "n1", "url": "u", "title": "T", "text": "Text eins.", "date": "2020-02-01 16:44:29",
             "source": "sueddeutsche.de"},
            {"id": "n2", "title": "T2", "text": "Text zwei.", "date": "2020-03-01", "outlet": "zeit.de", "lang": "de"}]
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r) for r in rows) + "\n")
    docs, failures = _read(path)
    assert [d.id for d in docs] == ["n1", "n2"] and not failures
    assert docs[0].outlet == "sueddeutsche.de" and docs[0].date == "2020-02-01"


def test_bad_files_are_reported_and_skipped(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 100)
    (tmp_path / "latin1.txt").write_bytes("Größe".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Ein Satz.", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    (tmp_path / "cut.jsonl").write_text('{"id": "a", "text": "ok"}\n{"id": "b", "text": "abgeschn', encoding="utf-8")
    docs, failures = _read(tmp_path)
    assert sorted(d.id for d in docs) == ["a", "good"]
    reasons = {f.source.split("/")[-1]: f.reason for f in failures}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "not UTF-8" in reasons["latin1.txt"]
    assert "unsupported" in reasons["picture.png"]
    assert "truncated" in reasons["cut.jsonl:2"]


def test_huge_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_TEXT_FILE_BYTES", 1000)
    (tmp_path / "huge.txt").write_text("Wort " * 1000, encoding="utf-8")
    docs, failures = _read(tmp_path)
    assert not docs and "limit" in failures[0].reason


def test_truncated_gzip_is_reported(tmp_path):
    path = tmp_path / "t.jsonl.gz"
    data = gzip.compress(("\n".join(json.dumps({"id": str(i), "text": "x " * 200}) for i in range(200))).encode())
    path.write_bytes(data[: len(data) // 2])
    docs, failures = _read(path)
    assert failures and "truncated" in failures[-1].reason


def test_folder_sidecar_meta_is_used_not_read_as_articles(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text('{"file": "a.txt", "date": "2021-01-02"}\n', encoding="utf-8")
    docs, failures = _read(tmp_path)
    assert not failures and docs[0].date == "2021-01-02"

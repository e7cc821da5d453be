"""The whole system through its CLI on the built-in demo corpus: real SQLite files, real processes."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import DEMO

CHRONIK = [sys.executable, "-m", "chronik.cli"]


def run(*args, check=True):
    return subprocess.run([*CHRONIK, *map(str, args)], capture_output=True, text=True, check=check, timeout=600)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    out = run("ingest", DEMO, "--meta", DEMO / "meta.jsonl", "--db", db)
    assert "0 failed" in out.stdout, out.stdout + out.stderr
    return db


def test_export_has_the_documented_shape(demo_db, tmp_path):
    path = tmp_path / "out.json"
    run("export", "--format", "json", "-o", path, "--db", demo_db)
    data = json.loads(path.read_text())
    assert set(data) == {"documents", "entities", "quotes", "stories"}
    doc = data["documents"][0]
    assert {"id", "title", "date", "date_estimated", "outlet", "lang", "text"} <= set(doc)
    ent = data["entities"][0]
    assert {"id", "name", "type", "aliases", "mentions"} <= set(ent)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for q in data["quotes"]:
        assert q["kind"] in {"direct", "indirect", "reported"}
        assert {"doc_id", "text", "speaker", "speaker_entity", "char_start", "char_end"} <= set(q)
        assert q["char_end"] > q["char_start"] and q["char_end"] <= len(texts[q["doc_id"]])
    for story in data["stories"]:
        assert {"id", "title", "doc_ids", "timeline"} <= set(story)
        for e in story["timeline"]:
            assert texts[e["doc_id"]][e["char_start"]:e["char_end"]] == e["text"]
            assert e["status"] in {"reported", "planned"}
            assert len(e["date"]) in (4, 7, 10)


def test_story_grouping_on_the_demo(demo_db):
    meta = [json.loads(line) for line in (DEMO / "meta.jsonl").read_text().splitlines() if line.strip()]
    con = sqlite3.connect(demo_db)
    stories = dict(con.execute("SELECT id, story_id FROM documents"))
    biggest = max(set(stories.values()), key=list(stories.values()).count)
    together = [d for d, s in stories.items() if s == biggest]
    assert len(together) == len(meta) - 1, stories  # the running story in one, the unrelated article apart


def test_reingest_changes_nothing(demo_db):
    con = sqlite3.connect(demo_db)
    before = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "mentions", "quotes")]
    out = run("ingest", DEMO, "--meta", DEMO / "meta.jsonl", "--db", demo_db)
    assert "0 added" in out.stdout
    after = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "mentions", "quotes")]
    assert before == after


def test_read_commands_work(demo_db):
    for args in (["stories"], ["timeline", "1"], ["quotes"], ["entities"], ["chronicle"], ["search", "Kanal"]):
        out = run(*args, "--db", demo_db)
        assert out.stdout.strip(), args
    assert run("timeline", "999", "--db", demo_db, check=False).returncode == 1
    assert run("search", "AND OR (", "--db", demo_db, check=False).returncode == 2


def test_killed_run_completes_on_rerun_without_duplicates(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(DEMO.glob("*.txt")):
        for copy in range(3):  # distinct content per copy, so nothing is skipped as already stored
            (corpus / f"{path.stem}-{copy}.txt").write_text(path.read_text() + f"\n\nNachtrag {copy}.\n")
    db = tmp_path / "k.db"
    proc = subprocess.Popen([*CHRONIK, "ingest", str(corpus), "--db", str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.time() + 300
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                stored = sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 2:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait()
    total = len(list(corpus.iterdir()))
    assert 0 < stored < total
    run("ingest", corpus, "--db", db)
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == total
    assert con.execute("SELECT count(DISTINCT hash) FROM documents").fetchone()[0] == total


def test_bad_input_is_reported_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bin.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "ok.txt").write_text((DEMO / sorted(p.name for p in DEMO.glob("*.txt"))[0]).read_text())
    out = run("ingest", folder, "--db", tmp_path / "b.db")
    assert "1 added" in out.stdout and "2 failed" in out.stdout
    assert "empty file" in out.stderr and "binary" in out.stderr
    assert "empty file" in run("failures", "--db", tmp_path / "b.db").stdout


def test_missing_path_is_a_clear_error(tmp_path):
    out = run("ingest", tmp_path / "nope", "--db", tmp_path / "x.db", check=False)
    assert out.returncode == 2 and "No such file" in out.stderr


def test_demo_corpus_is_in_the_package():
    assert Path(DEMO, "meta.jsonl").exists() and len(list(DEMO.glob("*.txt"))) >= 5

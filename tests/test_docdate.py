"""Document-date estimation on hand-written article snippets, and the learned model file."""

import datetime as dt
import json

import numpy as np
import pytest

from chronik.temporal.docdate import (
    MODEL_PATH,
    DocDateModel,
    Evidence,
    collect_evidence,
    estimate_document_date,
    load_model,
    offsets,
    summarise,
)

needs_model = pytest.mark.skipif(not MODEL_PATH.exists(), reason="docdate model not built")


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


@needs_model
def test_past_and_future_dates_bracket_the_document_date():
    text = ("Die Minister trafen sich am 3. Mai 2017 in Brüssel. "
            "Das nächste Treffen soll am 20. Mai 2017 stattfinden.")
    d = estimate_document_date(text)
    assert d.earliest <= d.best <= d.latest
    assert "2017-05-03" <= d.best <= "2017-05-20"
    assert d.evidence


@needs_model
def test_past_date_and_future_weekday():
    text = ("Der Vertrag wurde am 3. März 2021 unterzeichnet. "
            "Am Freitag soll das Parlament darüber abstimmen.")
    d = estimate_document_date(text)
    assert "2021-03-03" <= d.best <= "2021-04-30"
    assert d.earliest <= "2021-03-10" and d.latest >= "2021-03-04"
    assert _day(d.best).isoweekday() != 5  # "am Freitag" in the future: not written on a Friday


@needs_model
def test_a_future_year_alone_leaves_the_years_before_it_open():
    d = estimate_document_date("Der Präsident wird bis 2036 im Amt bleiben.")
    assert d.earliest < "2036-01-01" and d.best < "2036-01-01"


@needs_model
def test_month_without_year_takes_the_caption_year():
    text = ("Die Ministerin beim Gipfel 2016 in Genf\n\n(Foto: dpa)\n\n"
            "Im Juni hatten die Gespräche begonnen. "
            "Die nächste Runde soll vom 18. bis zum 20. September stattfinden.")
    d = estimate_document_date(text)
    assert "2016-06-01" <= d.best <= "2016-09-20"


@needs_model
def test_weekday_hint_fixes_the_weekday():
    text = ("Am 3. Mai 2017 trat der Minister zurück. "
            "Gestern (Dienstag) wurde der Nachfolger gewählt.")
    d = estimate_document_date(text)
    assert _day(d.best).isoweekday() == 3  # the day after a Tuesday


@needs_model
def test_past_and_future_weekdays_pick_a_day_between():
    text = ("Der Gipfel im Juni 2018 blieb folgenlos. Das gab die Sprecherin am Montag bekannt. "
            "Die Gespräche sollen am Donnerstag stattfinden.")
    d = estimate_document_date(text)
    assert _day(d.best).isoweekday() in (1, 2, 3)


def test_no_dates_no_estimate():
    d = estimate_document_date("Der Minister sagte am Montag, man werde sehen.")
    assert d.best is None and d.earliest is None and d.latest is None
    assert d.evidence


def test_evidence_classes_and_deadline_modifier():
    items, _ = collect_evidence("Am 2. Juli 2018 hatte das Land die Abrüstung bis 2021 angekündigt. "
                                "Ende August wurde verhandelt.")
    by_text = {ev.text: ev for ev in items if ev.kind != "L"}
    latest = [ev for ev in items if ev.kind == "L"]
    assert [ev.text for ev in latest] == ["2. Juli 2018"]  # the deadline 2021 is not "told"
    assert by_text["2. Juli 2018"].kind == "D" and by_text["2. Juli 2018"].tense == "PAST"
    assert by_text["2021"].mod == "before"
    assert by_text["Ende August"].kind == "m" and by_text["Ende August"].mod == "part"


def test_year_less_day_is_read_in_the_nearest_year():
    ev = Evidence("d", "PAST", "", None, 12, 30, None, "30. Dezember")
    days = np.array([dt.date(2021, 1, 5).toordinal(), dt.date(2020, 12, 1).toordinal()])
    assert offsets(ev, days).tolist() == [-6.0, 29.0]
    wd = Evidence("W", "PAST", "", None, None, None, 1, "Montag")
    assert offsets(wd, np.array([dt.date(2021, 1, 6).toordinal()])).tolist() == [5.0]  # Wed → Mon


def test_model_scores_and_interval_from_a_tiny_model(tmp_path):
    edges = {"D": [-2, -1, 0, 1, 2], "W": list(range(8))}
    model = DocDateModel(edges=edges, counts={"D|PAST|": [10, 80, 5, 0]}, temperature=1.0, min_count=1)
    ev = Evidence("D", "PAST", "", 2020, 5, 4, None, "4. Mai 2020")
    days = np.arange(dt.date(2020, 5, 1).toordinal(), dt.date(2020, 5, 10).toordinal())
    ll = model.log_density(ev, offsets(ev, days))
    lo, hi, best = summarise(ll, days, 1.0)
    assert dt.date.fromordinal(best) == dt.date(2020, 5, 5)  # mostly told one day later
    assert lo <= best <= hi


def test_shipped_model_loads_and_is_small():
    if not MODEL_PATH.exists():
        pytest.skip("docdate model not built")
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert MODEL_PATH.stat().st_size < 1_000_000
    model = load_model()
    assert model.temperature > 0
    for key, counts in model.counts.items():
        assert len(counts) == len(raw["edges"][key.split("|")[0]]) - 1

"""The SpkAtt-style scorer on hand-made gold files, and a floor on the shared train split."""

from __future__ import annotations

import json

from chronik.evaluate.quotes import Group, Tally, evaluate, load_document, score_document
from tests.conftest import SHARED, need


def _write(tmp_path, sentences, annotations):
    data = {
        "DocumentName": "t",
        "Sentences": [{"SentenceId": i, "Tokens": s.split()} for i, s in enumerate(sentences)],
        "Annotations": annotations,
    }
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _ann(message, cue, source, frame, form="Direct", nested=False):
    return {
        "Message": message,
        "Cue": cue,
        "Source": source,
        "Addr": [],
        "Frame": frame,
        "Form": form,
        "STWR": "Speech",
        "IsNested": nested,
        "HasNested": False,
    }


def test_document_text_and_gold_token_indices(tmp_path):
    path = _write(
        tmp_path,
        ["„ Wir bleiben hart “ , sagte Vogt .", "Es regnet ."],
        [_ann(["0:0", "0:1", "0:2", "0:3", "0:4"], ["0:6"], ["0:7"], ["0:5", "0:6", "0:7"])],
    )
    doc, spans, gold = load_document(path)
    assert doc.text.startswith("„ Wir bleiben hart “ , sagte Vogt .") and len(doc.sentences) == 2
    assert doc.text[spans[7][0] : spans[7][1]] == "Vogt"
    assert gold[0].roles["Cue"] == frozenset({6}) and gold[0].form == "Direct"


def test_perfect_prediction_scores_100(tmp_path):
    _write(
        tmp_path,
        ["„ Wir bleiben hart “ , sagte Vogt ."],
        [_ann(["0:0", "0:1", "0:2", "0:3", "0:4"], ["0:6"], ["0:7"], ["0:5", "0:6", "0:7"])],
    )
    result = evaluate(tmp_path)
    assert result["full"]["joint"]["f1"] == 100.0
    assert result["simplified"]["joint"]["f1"] == 100.0
    assert result["form_recall"] == {"Direct": 1.0}


def test_missing_and_spurious_statements_count_against_recall_and_precision():
    gold = [
        Group(
            {
                "Message": frozenset({1, 2}),
                "Cue": frozenset({0}),
                "Source": frozenset({3}),
                "Addr": frozenset(),
                "Frame": frozenset(),
            },
            "Indirect",
        )
    ]
    half = [
        Group(
            {
                "Message": frozenset({2, 5}),
                "Cue": frozenset({0}),
                "Source": frozenset({4}),
                "Addr": frozenset(),
                "Frame": frozenset(),
            },
            "Indirect",
        )
    ]
    tally = Tally()
    score_document(half, gold, ("Cue", "Source"), tally)
    assert tally.macro(("Message",)) == {"p": 50.0, "r": 50.0, "f1": 50.0}
    assert tally.macro(("Cue",))["f1"] == 100.0 and tally.macro(("Source",))["f1"] == 0.0
    empty = Tally()
    score_document([], gold, ("Cue", "Source"), empty)
    assert empty.macro(("Message", "Cue", "Source"))["r"] == 0.0


def test_train_split_floor():
    data = need(SHARED / "data" / "quotes-de" / "spkatt2023-news" / "train")
    result = evaluate(data)
    assert result["full"]["joint"]["f1"] >= 63
    assert result["form_recall"]["Direct"] >= 0.95

"""The SpkAtt-style scorer on hand-made gold files, and a floor on the shared train split."""

from __future__ import annotations

import json

import pytest

from chronik.evaluate.quotes import (
    Group,
    Tally,
    errors,
    evaluate,
    load_document,
    main,
    score_document,
    select,
)
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
    assert result["speaker_accuracy"] == 1.0 and result["task"] == "news"


def _indirect(message: set[int], cue: set[int], source: set[int]) -> Group:
    roles = {"Message": message, "Cue": cue, "Source": source, "Addr": set(), "Frame": set()}
    return Group({k: frozenset(v) for k, v in roles.items()}, "Indirect")


def test_missing_and_spurious_statements_count_against_recall_and_precision():
    gold = [_indirect(message={1, 2}, cue={0}, source={3})]
    half = [_indirect(message={2, 5}, cue={0}, source={4})]
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


def test_speaker_accuracy_counts_sources_from_an_earlier_sentence(tmp_path):
    _write(
        tmp_path,
        ["Vogt sagte , die Lage sei ernst .", "Sie komme aber zu spät ."],
        [
            _ann(["0:3", "0:4", "0:5", "0:6"], ["0:1"], ["0:0"], ["0:1"], form="Indirect"),
            _ann(["1:0", "1:1", "1:2", "1:3", "1:4"], [], ["0:0"], [], form="IndirectFreeIndirect"),
        ],
    )
    result = evaluate(tmp_path)
    assert result["speaker_accuracy"] == 1.0 and result["speaker_accuracy_other_sentence"] == 1.0
    assert result["speaker_counts"] == [2, 1]


def test_debate_files_without_form_are_scored_on_cue_source_addr(tmp_path):
    data = {
        "Sentences": [{"SentenceId": 0, "Tokens": "Wir fordern , dass die Regierung handelt .".split()}],
        "Annotations": [
            {"Cue": ["0:1"], "Source": ["0:0"], "Message": ["0:3", "0:4", "0:5", "0:6"], "Addr": [], "Topic": []}
        ],
    }
    (tmp_path / "speech.json").write_text(json.dumps(data), encoding="utf-8")
    result = evaluate(tmp_path)
    assert result["task"] == "debates" and "frame" not in result["full"] and result["form_recall"] == {}


def test_parts_split_files_by_position():
    files = [f"{k}.json" for k in range(10)]
    assert select(files, "held", 5) == ["0.json", "5.json"]
    assert len(select(files, "rest", 5)) == 8 and select(files, "all", 5) == files


def test_command_line_takes_data_option(tmp_path, capsys):
    _write(tmp_path, ["„ Ja “ , sagte Vogt ."], [_ann(["0:0", "0:1", "0:2"], ["0:4"], ["0:5"], ["0:3", "0:4", "0:5"])])
    main(["--data", str(tmp_path)])
    assert json.loads(capsys.readouterr().out)["documents"] == 1
    with pytest.raises(SystemExit) as ended:
        main(["--help"])
    assert ended.value.code == 0
    with pytest.raises(SystemExit):
        main([str(tmp_path)])


def _error_document(tmp_path):
    """Gold: a direct quote (speaker Vogt), an indirect one (speaker Mertens) the rules attribute to
    nobody, and a report without a cue the rules cannot see; the rules add a spurious quotation."""
    return _write(
        tmp_path,
        [
            "„ Wir bleiben hart “ , sagte Vogt .",
            "Der Hafen sei voll , hatte Mertens vorher am Telefon angedeutet .",
            "Die Werft liefert im Mai .",
            "Auf dem Plakat stand „ Nie wieder Stau “ .",
        ],
        [
            _ann(["0:0", "0:1", "0:2", "0:3", "0:4"], ["0:6"], ["0:7"], ["0:5", "0:6", "0:7"]),
            _ann(["1:0", "1:1", "1:2", "1:3"], ["1:10"], ["1:6"], [], form="Indirect"),
            _ann(["2:0", "2:1", "2:2", "2:3", "2:4"], [], ["0:7"], [], form="FreeIndirect"),
        ],
    )


def test_errors_list_missed_spurious_and_speaker_errors(tmp_path):
    _error_document(tmp_path)
    rows = errors(tmp_path)
    by_class = {r["error"]: r for r in rows}
    assert "„ Wir bleiben hart “" not in {r["message"] for r in rows}  # found with its speaker: no error
    missed = by_class["missed"]
    assert missed["form"] == "FreeIndirect" and missed["message"] == "Die Werft liefert im Mai"
    assert missed["sentence"] == "Die Werft liefert im Mai ." and missed["source"] == "Vogt"
    assert by_class["spurious"]["message"].startswith("„ Nie wieder Stau")
    assert "Auf dem Plakat" in by_class["spurious"]["sentence"]
    speaker = next(r for r in rows if r["error"] in ("no_speaker", "wrong_speaker"))
    assert speaker["source"] == "Mertens" and speaker["cue"] == "angedeutet" and "predicted" in speaker
    assert speaker["predicted"]["source"] != "Mertens" and speaker["doc"] == "doc"


def test_errors_option_prints_json_lines_and_counts(tmp_path, capsys):
    _error_document(tmp_path)
    main(["--data", str(tmp_path), "--errors"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    counts = lines[-1]["counts"]
    assert sum(counts.values()) == len(lines) - 1 and counts["missed"] >= 1 and counts["spurious"] >= 1
    assert all({"doc", "error", "form", "sentence", "message", "cue", "source"} <= set(r) for r in lines[:-1])

"""NER evaluator: readers, chunking and strict scoring on a tiny hand-made GermEval file."""

from __future__ import annotations

import pytest

from chronik.entities import MODEL_DIR
from chronik.evaluate.ner import _gold_spans, _names, _score, evaluate
from chronik.train.corpora import (
    Sentence,
    chunks,
    deriv_part_cues,
    mark_unannotated,
    name_type,
    read_conll,
    read_germeval,
)

GERMEVAL = """#\thttp://example.org/a\t[2020-01-01]\t
1\tAngela\tB-PER\tO
2\tMerkel\tI-PER\tO
3\tbesuchte\tO\tO
4\tden\tO\tO
5\tFC\tB-ORG\tO
6\tBayern\tI-ORG\tB-LOC
7\tMünchen\tI-ORG\tO
8\t.\tO\tO

#\thttp://example.org/b\t[2020-01-02]\t
1\tDie\tO\tO
2\tdeutsche\tB-LOCderiv\tO
3\tRegierung\tO\tO
4\ttagte\tO\tO
5\tin\tO\tO
6\tBerlin\tB-LOC\tO
7\t.\tO\tO
"""

CONLL = """-DOCSTART- -X- O O

Emmanuel NNP B-PER
Macron NNP I-PER
sprach NN O
in APPR O
Paris NE I-LOC
. $. O
"""


def test_iob1_and_iob2_chunks_and_label_mapping():
    assert chunks(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-MISC"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "LOC"),
        (5, 6, "OTH"),
    ]
    assert chunks(["B-LOCderiv", "O", "B-ORGpart", "I-ORGpart", "B-DATE"]) == [(0, 1, "LOCderiv"), (2, 4, "ORGpart")]
    assert (name_type("ORG"), name_type("ORGpart")) == ("ORG", None)


def test_germeval_reader_keeps_all_twelve_labels(tmp_path):
    path = tmp_path / "tiny.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    sents = read_germeval(path)
    assert [s.words[0] for s in sents] == ["Angela", "Die"]
    assert sents[0].outer == [(0, 2, "PER"), (4, 7, "ORG")]
    assert sents[0].inner == [(5, 6, "LOC")]
    assert sents[1].outer == [(1, 2, "LOCderiv"), (5, 6, "LOC")]
    text = "\n".join(" ".join(s.words) for s in sents)
    gold = _gold_spans(sents)
    assert {text[a:b] for a, b, _ in gold} == {"Angela Merkel", "FC Bayern München", "deutsche", "Berlin"}
    assert {text[a:b] for a, b, _ in _names(gold)} == {"Angela Merkel", "FC Bayern München", "Berlin"}


def test_silver_tokens_that_may_be_deriv_or_part_become_missing():
    gold = [
        Sentence(
            ["Die", "britische", "und", "die", "russische", "Regierung"], [(1, 2, "LOCderiv"), (4, 5, "LOCderiv")]
        ),
        Sentence(["Die", "Schweizer", "trafen", "den", "SPD-Chef"], [(1, 2, "LOCderiv"), (4, 5, "ORGpart")]),
    ]
    names = [Sentence(["SPD", "und", "CDU"], [(0, 1, "ORG"), (2, 3, "ORG")])] * 2
    cues = deriv_part_cues(gold, names)
    silver = Sentence(
        ["Die", "schwedische", "Ministerin", "traf", "Schweizer", "und", "CDU-Politiker", "in", "Berlin", "."],
        [(4, 5, "OTH"), (8, 9, "LOC")],
    )
    marked = mark_unannotated(silver, cues)
    assert [silver.words[i] for i in marked.missing] == ["schwedische", "Schweizer", "CDU-Politiker"]
    assert marked.outer == [(8, 9, "LOC")]
    assert not cues.match("Ministerin") and not cues.match("Corona-Krise")


def test_conll_reader(tmp_path):
    path = tmp_path / "tiny.conll"
    path.write_text(CONLL, encoding="utf-8")
    (sent,) = read_conll(path)
    assert sent.words[:2] == ["Emmanuel", "Macron"] and sent.outer == [(0, 2, "PER"), (4, 5, "LOC")]


def test_strict_score_counts_exact_span_and_type_only():
    gold = {(0, 13, "PER"), (20, 26, "LOC"), (30, 40, "ORG")}
    pred = {(0, 13, "PER"), (20, 26, "ORG"), (30, 39, "ORG")}
    result = _score(gold, pred)
    assert (result["tp"], result["fp"], result["fn"]) == (1, 2, 2)
    assert result["per_type"]["PER"]["f1"] == 1.0
    assert result["precision"] == pytest.approx(1 / 3, abs=1e-3)


def test_evaluate_runs_the_stage_on_a_germeval_file(tmp_path):
    if not (MODEL_DIR / "config.cfg").exists():
        pytest.skip("shipped NER model not present")
    path = tmp_path / "tiny.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    result = evaluate(path)
    assert result["sentences"] == 2 and result["tokens"] == 15
    assert result["outer"]["per_type"]["PER"]["tp"] == 1  # "Angela Merkel"
    assert result["outer"]["tp"] >= 2 and "inner" in result and "combined" in result
    assert result["outer"]["tp"] + result["outer"]["fn"] == 4  # 12-label gold includes "deutsche"
    assert result["outer_names"]["tp"] + result["outer_names"]["fn"] == 3
    assert result["combined"]["tp"] + result["combined"]["fn"] == 5
    assert result["tokens_per_second"] > 0

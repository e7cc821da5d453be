"""Training helpers of the NER model: vectors, pre-training text and config (no ../shared needed)."""

import json

import numpy as np

from chronik.train.ner import CONFIG, raw_text, with_pretraining
from chronik.train.vectors import build_vectors


def test_vectors_put_words_used_alike_close_together():
    rng = np.random.default_rng(0)
    fillers = [f"w{i}" for i in range(30)]
    texts = []
    for _ in range(400):
        city = rng.choice(["Berlin", "Paris"])
        person = rng.choice(["Merkel", "Macron"])
        texts.append(f"{' '.join(rng.choice(fillers, 3))} in {city} sagte {person} {' '.join(rng.choice(fillers, 3))}")
    words, matrix = build_vectors(texts, vocab_size=50, contexts=50, dims=8, min_count=2)
    vec = dict(zip(words, matrix, strict=True))
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1, atol=1e-4)
    assert vec["Berlin"] @ vec["Paris"] > vec["Berlin"] @ vec["Merkel"]
    assert vec["Merkel"] @ vec["Macron"] > vec["Merkel"] @ vec["Paris"]


def test_raw_text_samples_paragraphs_up_to_the_word_budget(tmp_path):
    texts = ["kurz\n" + "\n".join(f"Satz {i} hat genau sechs Wörter" for i in range(100))]
    n = raw_text(tmp_path / "raw.jsonl", texts, words=60)
    rows = [json.loads(line) for line in (tmp_path / "raw.jsonl").read_text().splitlines()]
    assert n == len(rows) == 10  # 10 paragraphs × 6 words reach the budget of 60
    assert all(len(r["text"].split()) == 6 for r in rows)  # the 1-word line is left out


def test_training_config_with_pretraining_loads_init_tok2vec():
    cfg = with_pretraining(CONFIG)
    assert cfg["pretraining"]["component"] == "tok2vec"  # spaCy loads init_tok2vec only with this section
    assert cfg["corpora"]["pretrain"]["path"] == "${paths.raw_text}"
    assert cfg["corpora"]["train"]["path"] == "${paths.train}"  # the training sections are kept

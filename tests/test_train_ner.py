"""Training helpers of the NER model: vectors, pre-training text and config (no ../shared needed)."""

import json

import numpy as np

from chronik.train.ner import CONFIG, raw_text, with_pretraining, write_vectors
from chronik.train.vectors import build_vectors, train_floret


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


def _city_person_texts(n: int) -> list[str]:
    rng = np.random.default_rng(0)
    fillers = [f"w{i}" for i in range(30)]
    return [f"{' '.join(rng.choice(fillers, 3))} in {rng.choice(['Hamburg', 'Augsburg'])} sagte "
            f"{rng.choice(['Schröder', 'Schäuble'])} {' '.join(rng.choice(fillers, 3))}" for _ in range(n)]


def test_floret_vectors_cover_unseen_words_from_their_character_ngrams(tmp_path):
    import spacy
    from spacy.training.initialize import convert_vectors

    table = train_floret(_city_person_texts(2000), tmp_path / "v.floret", rows=2000, dims=16, epochs=20)
    assert not (tmp_path / "v.tokens.txt").exists()  # the token file is removed
    nlp = spacy.blank("de")
    convert_vectors(nlp, table, truncate=0, prune=-1, mode="floret")
    assert nlp.vocab.vectors.shape == (2000, 16)

    def cos(a: str, b: str) -> float:
        u, v = nlp.vocab[a].vector, nlp.vocab[b].vector
        return float(u @ v / (np.linalg.norm(u) * np.linalg.norm(v)))

    assert np.linalg.norm(nlp.vocab["Hamburgs"].vector) > 0  # never seen, still a vector
    assert cos("Hamburgs", "Hamburg") > cos("Hamburgs", "Schäuble")


def test_write_vectors_builds_a_floret_pipeline_once(tmp_path, monkeypatch):
    import chronik.train.ner as ner

    monkeypatch.setattr(ner, "corpus_texts", lambda shared: iter(_city_person_texts(300)))
    cache = tmp_path / "all-floret-500.floret"
    rows = write_vectors(tmp_path / "vec", tmp_path, rows=500, cache=cache, kind="floret")
    assert rows == 500 and cache.exists()
    assert (tmp_path / "vec" / "vocab" / "vectors.cfg").read_text().count('"floret"') == 1
    stamp = cache.stat().st_mtime_ns
    write_vectors(tmp_path / "vec2", tmp_path, rows=500, cache=cache, kind="floret")
    assert cache.stat().st_mtime_ns == stamp  # the cached table is re-used, not retrained


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

"""BILUO decoding of name taggers: constraints, Viterbi repair, spans, ensembles."""

import numpy as np
import pytest

from chronik.biluo import Constraints, decode, name_spans, spans, tagger_names
from chronik.train.corpora import Sentence
from chronik.train.ner import biluo_tags

TAGS = ("O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "L-LOC", "U-LOC")
RULES = Constraints.of(TAGS)


def _log_probs(rows: list[dict[str, float]]) -> np.ndarray:
    """Token rows of tag probabilities (unlisted tags share what is left)."""
    out = []
    for row in rows:
        rest = (1 - sum(row.values())) / (len(TAGS) - len(row))
        out.append([row.get(tag, rest) for tag in TAGS])
    return np.log(np.array(out))


def test_constraints_allow_only_well_formed_sequences():
    index = {t: i for i, t in enumerate(TAGS)}
    ok = [index[t] for t in ("O", "B-PER", "I-PER", "L-PER", "U-LOC")]
    assert RULES.valid(np.array(ok))
    for bad in (("I-PER", "L-PER"), ("B-PER", "L-LOC"), ("B-PER", "O"), ("O", "B-LOC")):
        assert not RULES.valid(np.array([index[t] for t in bad])), bad


def test_decode_keeps_a_valid_best_path_and_repairs_a_broken_one():
    good = _log_probs([{"B-PER": 0.9}, {"L-PER": 0.9}, {"O": 0.9}])
    assert [TAGS[i] for i in decode(good, RULES)] == ["B-PER", "L-PER", "O"]
    # "Angela" is most likely B-PER, "Merkel" most likely U-PER: B-PER U-PER is not a sequence;
    # the best allowed one is the two-token name
    broken = _log_probs([{"B-PER": 0.6, "U-PER": 0.3}, {"U-PER": 0.5, "L-PER": 0.45}])
    assert [TAGS[i] for i in decode(broken, RULES)] == ["B-PER", "L-PER"]


def test_spans_of_a_tag_sequence():
    tags = ["U-PER", "O", "B-LOC", "I-LOC", "L-LOC", "O", "U-PER"]
    assert list(spans(tags)) == [(0, 1, "PER"), (2, 5, "LOC"), (6, 7, "PER")]


def test_training_tags_are_biluo_with_missing_tokens_empty():
    sent = Sentence(words=["Frau", "Angela", "Merkel", "in", "Berlin", "heute"],
                    outer=[(1, 3, "PER"), (4, 5, "LOC")], missing=[5])
    assert biluo_tags(sent) == ["O", "B-PER", "L-PER", "O", "U-LOC", ""]


def _tiny_tagger_pipeline(seed: int):
    """A blank German pipeline with a tok2vec and a BILUO tagger, trained a few steps."""
    spacy = pytest.importorskip("spacy")
    from spacy.training import Example

    nlp = spacy.blank("de")
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("tagger", name="ner_tagger")
    words = ["Heute", "sprach", "Angela", "Merkel", "in", "Berlin"]
    tags = ["O", "O", "B-PER", "L-PER", "O", "U-LOC"]
    examples = [Example.from_dict(nlp.make_doc(" ".join(words)), {"words": words, "tags": tags})]
    from thinc.api import fix_random_seed

    fix_random_seed(seed)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        nlp.update(examples, sgd=optimizer)
    return nlp


def test_name_spans_from_a_trained_tagger():
    nlp = _tiny_tagger_pipeline(0)
    assert tagger_names(nlp) == ["ner_tagger"]
    nlp.disable_pipe("ner_tagger")
    assert tagger_names(nlp) == ["ner_tagger"]  # disabled components are still found
    docs = list(nlp.pipe(["Heute sprach Angela Merkel in Berlin"]))
    assert name_spans(nlp, docs, ["ner_tagger"]) == [[(2, 4, "PER"), (5, 6, "LOC")]]

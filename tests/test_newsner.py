"""The stand-off annotation format of the team's news NER labels."""

import pytest

from chronik.train.newsner import Annotated, AnnotationError, Entity, agreement, locate, to_sentence


def test_surfaces_are_found_in_order_on_word_boundaries():
    text = "Der SPD-Chef traf Anna Roth in Roth bei Nürnberg; Roth lachte."
    ents = locate(text, [("SPD-Chef", "ORGpart"), ("Anna Roth", "PER"), ("Roth", "LOC"), ("Nürnberg", "LOC"),
                         ("Roth", "PER")])
    assert [text[e.start:e.end] for e in ents] == ["SPD-Chef", "Anna Roth", "Roth", "Nürnberg", "Roth"]
    assert ents[2].start == text.index("in Roth") + 3  # not the "Roth" inside "Anna Roth"


def test_bad_surface_or_label_is_an_error():
    with pytest.raises(AnnotationError):
        locate("Ein Satz ohne Namen.", [("Berlin", "LOC")])
    with pytest.raises(AnnotationError):
        locate("Berlin ist groß.", [("Berlin", "CITY")])
    with pytest.raises(AnnotationError):
        locate("Berliner Luft.", [("Berlin", "LOC")])  # only part of a word


def test_training_view_splits_tokens_at_entity_edges():
    text = 'Die "Tagesschau" nannte deutsche Zahlen.'
    sent = to_sentence(text, locate(text, [("Tagesschau", "OTH"), ("deutsche", "LOCderiv")]))
    assert sent.words[:4] == ["Die", '"', "Tagesschau", '"']
    assert [(" ".join(sent.words[a:b]), label) for a, b, label in sent.outer] == [
        ("Tagesschau", "OTH"), ("deutsche", "LOCderiv")]


def test_agreement_counts_exact_matches_on_shared_sentences():
    a = [Annotated("k1", "a", "x", [Entity(0, 4, "PER"), Entity(10, 15, "LOC")]), Annotated("k2", "a", "y", [])]
    b = [Annotated("k1", "b", "x", [Entity(0, 4, "PER"), Entity(10, 15, "ORG")])]
    result = agreement(a, b)
    assert result["sentences"] == 1 and result["f1"] == 0.5 and result["per_label"]["PER"] == 1.0

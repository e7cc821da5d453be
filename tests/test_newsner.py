"""The stand-off annotation format of the team's news NER labels."""

from pathlib import Path

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


def test_conll_export_reads_back_as_the_same_chunks(tmp_path):
    from chronik.train.corpora import read_conll
    from chronik.train.newsner import write_conll

    text = "Laut Reuters traf US-Präsident Biden in Genf ein."
    ents = locate(text, [("Reuters", "ORG"), ("US-Präsident", "LOCpart"), ("Biden", "PER"), ("Genf", "LOC")])
    sent = to_sentence(text, ents)
    write_conll([sent, to_sentence("Keine Namen hier.", [])], tmp_path / "x.conll")
    back = read_conll(tmp_path / "x.conll")
    assert [s.words for s in back] == [sent.words, ["Keine", "Namen", "hier", "."]]
    assert back[0].outer == sent.outer and back[1].outer == []


def test_wiki_keys_name_silver_corpus_sentences():
    from pathlib import Path

    from chronik.train.corpora import read_conll
    from chronik.train.newsner import sentence_text, wiki_key

    folder = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner-de" / "wikineural-de"
    if not folder.exists():
        pytest.skip("../shared not present")
    third = read_conll(folder / "test.conllu")[2]
    assert sentence_text(wiki_key("test", 2), folder.parents[1]) == " ".join(third.words)


def test_name_type_lexicon_counts_the_annotations_and_shipped_file_matches_its_recipe():
    from chronik.name_types import read
    from chronik.train import name_types as build_names
    from tests.conftest import SHARED, need

    need(SHARED / "data" / "germeval2014" / "NER-de-dev.tsv")
    twin, ship = build_names.build(), build_names.build(all_germeval=True)
    assert len(ship.counts) > len(twin.counts) > 10_000
    assert twin.majority("Berlin") == "LOC"
    shipped = read(Path(build_names.__file__).parents[1] / "models" / "ner-de" / "name_types.tsv")
    assert shipped.counts == ship.counts

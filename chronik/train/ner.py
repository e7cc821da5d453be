"""Train chronik's German NER pipeline (two spaCy CNN + BILUO taggers, the 12 GermEval 2014 labels).

The pipeline holds ``models`` (2) CNN + softmax-tagger pairs, trained alike with seeds ``seed``,
``seed + 1`` …, whose tag probabilities are averaged at run time (:mod:`chronik.biluo`); the static
vector table is shared and stored as float16 (:func:`assemble`).

Data (texts read only from ``/work/shared/data``): WikiNEuRal-de silver (val+test),
EuroParl-de (train+dev), the *train half* of the GermEval 2014 dev file (even sentence
positions; every fifth of those sentences is kept aside as spaCy's model-selection dev set)
and the team's news and Wikipedia annotations (:mod:`chronik.train.newsner`; they replace the
silver labels of the WikiNEuRal sentences they cover). The GermEval half is repeated
``gold_repeat`` (8) times, the team's annotations ``news_repeat`` (4). The silver corpora have no deriv/part
labels, so tokens there that may be deriv/part are trained as missing, not O
(:func:`chronik.train.corpora.mark_unannotated`). The odd positions of the GermEval dev
file are the held-out half that ``chronik.evaluate.ner`` scores (``--all-germeval`` trains on it
too: the shipped model). Static vectors are floret vectors (words and character n-grams in one
hashed table) trained on all unlabelled German text in ``../shared``
(:func:`chronik.train.vectors.corpus_texts`); ``--vector-kind ppmi`` gives v0.4.0's PPMI+SVD table.

Run: ``OMP_NUM_THREADS=1 python -m chronik.train.ner --out chronik/models/ner-de``
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from chronik.name_types import FILE
from chronik.train import name_types, newsner
from chronik.train.corpora import (
    Sentence,
    deriv_part_cues,
    mark_unannotated,
    read_conll,
    read_germeval,
    split_germeval,
)
from chronik.train.vectors import build_vectors, corpus_texts, news_texts, train_floret

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
CONFIG = Path(__file__).with_name("ner.cfg")
PRETRAINING = Path(__file__).with_name("ner-pretrain.cfg")
VECTOR_KIND = "floret"  # the shipped recipe: floret vectors (or "ppmi": v0.4.0's word table) ...
VECTOR_ROWS = 120_000  # ... with this many rows (hash rows for floret, words for ppmi) ...
VECTOR_TEXT = "all"  # ... computed from all unlabelled text (or "news": FANG-COVID only)


def germeval_file(shared: Path = SHARED) -> Path:
    return shared / "germeval2014" / "NER-de-dev.tsv"


def news_sentences(shared: Path = SHARED, store: Path = newsner.STORE) -> list[Sentence]:
    """The team's annotations (one version per sentence), tokenised like the model sees text:
    spaCy's tokenizer, with tokens further cut at entity edges."""
    import spacy

    tokenizer = spacy.blank("de").tokenizer
    return newsner.training_sentences(
        shared, store, tokens=lambda text: [(t.idx, t.idx + len(t.text)) for t in tokenizer(text)])


def training_sentences(
    shared: Path = SHARED, gold_repeat: int = 8, news: bool = True, news_repeat: int | None = None,
    all_germeval: bool = False, silver_data: bool = True,
) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev) sentences; dev is every fifth sentence of the GermEval train half.
    ``all_germeval`` adds the held-out half to the training data (then nothing here is held out);
    ``silver_data=False`` leaves out WikiNEuRal and EuroParl.

    The GermEval train half is repeated ``gold_repeat`` times, the news annotations
    ``news_repeat`` times (default: ``gold_repeat``).
    """
    ner = shared / "ner-de"
    annotated = set(newsner.load()) if news else set()
    silver = [
        s
        for split in ("val", "test")
        for i, s in enumerate(read_conll(ner / "wikineural-de" / f"{split}.conllu"))
        if newsner.wiki_key(split, i) not in annotated  # the team's labels replace the silver ones
    ]
    silver += [s for name in ("train", "dev") for s in read_conll(ner / "europarl-de" / f"{name}.tsv")]
    if not silver_data:
        silver = []
    germeval_train, held_out = split_germeval(read_germeval(germeval_file(shared)))
    dev = germeval_train[0::5]
    gold = [s for i, s in enumerate(germeval_train) if i % 5] + (held_out if all_germeval else [])
    in_domain = news_sentences(shared) if news else []
    cues = deriv_part_cues(gold + in_domain, silver)
    repeat = gold_repeat if news_repeat is None else news_repeat
    train = [mark_unannotated(s, cues) for s in silver] + gold * gold_repeat + in_domain * repeat
    random.Random(0).shuffle(train)
    return train, dev


def biluo_tags(sent: Sentence) -> list[str]:
    """The sentence's outer chunks as BILUO tags ("U-PER", "B-ORG", "I-ORG", "L-ORG", "O"); tokens
    whose label the corpus does not annotate are "" (missing: no loss)."""
    tags = ["O"] * len(sent.words)
    for i in sent.missing:
        tags[i] = ""
    for start, end, label in sent.outer:
        if end - start == 1:
            tags[start] = f"U-{label}"
        else:
            tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 2) + [f"L-{label}"]
    return tags


def to_docbin(sentences: Iterable[Sentence], vocab, path: Path) -> int:
    """Write sentences as a spaCy DocBin (gold tokens, outer chunks as BILUO tags)."""
    from spacy.tokens import Doc, DocBin

    db = DocBin(store_user_data=False)
    for sent in sentences:
        db.add(Doc(vocab, words=sent.words, tags=biluo_tags(sent)))
    db.to_disk(path)
    return len(db)


def write_vectors(
    out: Path, shared: Path = SHARED, lang: str = "de", rows: int = VECTOR_ROWS, cache: Path | None = None,
    text: str = VECTOR_TEXT, kind: str = VECTOR_KIND,
) -> int:
    """Save static vectors as a blank spaCy pipeline at ``out``, computed from ``text``: ``news``
    (FANG-COVID) or ``all`` (:func:`chronik.train.vectors.corpus_texts`). ``kind`` ``floret``: a
    table of ``rows`` hash rows; ``ppmi``: the ``rows`` most frequent words.

    ``cache`` (``.npz`` of ``words``, ``matrix``; for floret the ``.floret`` table) is read when it
    exists (ppmi: with enough rows), else written. Returns the number of rows.
    """
    import spacy
    from spacy.vectors import Vectors

    texts = corpus_texts(shared) if text == "all" else news_texts(shared / "news-de" / "fang-covid")
    if kind == "floret":
        from spacy.training.initialize import convert_vectors

        table = cache or out.with_suffix(".floret")
        if not table.exists():
            train_floret(texts, table, lang=lang, rows=rows)
        nlp = spacy.blank(lang)
        convert_vectors(nlp, table, truncate=0, prune=-1, mode="floret")
        nlp.to_disk(out)
        return nlp.vocab.vectors.shape[0]
    if cache and cache.exists() and len(np.load(cache, allow_pickle=True)["words"]) >= rows:
        data = np.load(cache, allow_pickle=True)
        words, matrix = list(data["words"][:rows]), data["matrix"][:rows]
    else:
        words, matrix = build_vectors(texts, lang=lang, vocab_size=rows)
        if cache:
            np.savez(cache, words=np.array(words, dtype=object), matrix=matrix)
    nlp = spacy.blank(lang)
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=matrix, keys=[nlp.vocab.strings.add(w) for w in words])
    nlp.to_disk(out)
    return len(words)


def raw_text(path: Path, texts: Iterable[str], words: int = 5_000_000, seed: int = 0) -> int:
    """Write about ``words`` whitespace words of paragraphs (lines of ≥ 5 words, a seeded sample
    of ``texts``) as spaCy raw-text JSONL for ``spacy pretrain``; returns the number of paragraphs."""
    paragraphs = [p for text in texts for p in text.split("\n") if len(p.split()) >= 5]
    random.Random(seed).shuffle(paragraphs)
    n = total = 0
    with path.open("w", encoding="utf-8") as fh:
        for para in paragraphs:
            fh.write(json.dumps({"text": para}, ensure_ascii=False) + "\n")
            n, total = n + 1, total + len(para.split())
            if total >= words:
                break
    return n


def pretrain_tok2vec(
    work: Path, config: Path, vectors_dir: Path | None, shared: Path = SHARED, words: int = 5_000_000,
    overrides: dict | None = None,
) -> Path:
    """Pre-train the tok2vec layer of ``config`` (spaCy's character objective: predict each word's
    first and last 4 characters from its context) for one pass over ``words`` words of unlabelled
    text; returns the weights file for ``paths.init_tok2vec``."""
    from spacy import util
    from spacy.training.pretrain import pretrain

    text = work / "raw-text.jsonl"
    if not text.exists():
        n = raw_text(text, corpus_texts(shared, wiki_weight=1), words)
        print(f"pretraining text: {n} paragraphs", flush=True)
    settings = {"paths.raw_text": str(text), "paths.vectors": str(vectors_dir) if vectors_dir else None,
                **(overrides or {})}
    cfg = util.load_config_from_str(with_pretraining(config).to_str(), overrides=settings, interpolate=True)
    out = work / "pretrain"
    out.mkdir(exist_ok=True)
    pretrain(cfg, out, silent=False)
    return out / "model-last.bin"


def with_pretraining(config: Path):
    """``config`` with spaCy's pretraining sections added: ``spacy pretrain`` needs them, and
    ``spacy train`` loads ``paths.init_tok2vec`` only when they are there."""
    from spacy import util
    from thinc.api import Config

    return Config(util.load_config(config, interpolate=False)).merge(
        Config().from_str(PRETRAINING.read_text(encoding="utf-8"), interpolate=False))


def train(
    out: Path,
    shared: Path = SHARED,
    work: Path | None = None,
    config: Path = CONFIG,
    max_steps: int | None = None,
    vectors: bool = True,
    seed: int = 0,
    gold_repeat: int = 8,
    vector_rows: int = VECTOR_ROWS,
    news: bool = True,
    news_repeat: int | None = 4,
    all_germeval: bool = False,
    overrides: dict[str, str] | None = None,
    silver_data: bool = True,
    vector_text: str = VECTOR_TEXT,
    pretrain_words: int = 0,
    init_tok2vec: Path | None = None,
    vector_kind: str = VECTOR_KIND,
    models: int = 2,
) -> Path:
    """Train ``models`` taggers (seeds ``seed``, ``seed + 1`` …) and save their last checkpoints as
    one pipeline at ``out`` (:func:`assemble`).

    ``work`` keeps the converted corpora, checkpoints and a vectors cache (``all-floret-120000.floret``;
    for ppmi ``all-vectors.npz``, re-used when it holds ``vector_rows`` rows); default a temp dir.
    ``overrides``: spaCy config settings (``{"components.ner.model.hidden_width": "96"}``).
    """
    import spacy
    from spacy.cli.train import train as spacy_train
    from threadpoolctl import threadpool_limits

    work = Path(work or tempfile.mkdtemp(prefix="chronik-ner-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.time()
    train_sents, dev_sents = training_sentences(shared, gold_repeat, news, news_repeat, all_germeval, silver_data)
    vocab = spacy.blank("de").vocab
    n_train = to_docbin(train_sents, vocab, work / "train.spacy")
    n_dev = to_docbin(dev_sents, vocab, work / "dev.spacy")
    n_news = len(newsner.load()) if news else 0
    print(f"corpora: {n_train} train ({n_news} news) / {n_dev} dev sentences -> {work}", flush=True)
    settings = dict(overrides or {})
    overrides = {
        "paths.train": str(work / "train.spacy"),
        "paths.dev": str(work / "dev.spacy"),
        "system.seed": seed,
        **{k: _config_value(v) for k, v in settings.items()},
    }
    if vectors:
        vec_dir = work / f"vectors-{vector_kind}-{vector_text}-{vector_rows}"
        floret = vector_kind == "floret"
        cache = f"{vector_text}-floret-{vector_rows}.floret" if floret else f"{vector_text}-vectors.npz"
        with threadpool_limits(1):
            if not (vec_dir / "vocab" / "vectors").exists():
                n_vec = write_vectors(vec_dir, shared, rows=vector_rows, cache=work / cache, text=vector_text,
                                      kind=vector_kind)
                print(f"vectors: {vector_kind}, {n_vec} rows ({time.time() - started:.0f}s)", flush=True)
        overrides["paths.vectors"] = str(vec_dir)
    else:
        overrides["components.tok2vec.model.embed.include_static_vectors"] = False
    if pretrain_words and not init_tok2vec:
        with threadpool_limits(1):
            init_tok2vec = pretrain_tok2vec(
                work, config, Path(overrides["paths.vectors"]) if vectors else None, shared, pretrain_words,
                {k: v for k, v in overrides.items() if k.startswith("components.tok2vec")})
        print(f"pretrained tok2vec: {init_tok2vec} ({time.time() - started:.0f}s)", flush=True)
    if init_tok2vec:
        overrides["paths.init_tok2vec"] = str(init_tok2vec)
        text = with_pretraining(config).to_str()
        config = work / "train-pretrained.cfg"
        config.write_text(text)
    if max_steps:
        overrides["training.max_steps"] = max_steps
    for k in range(models):
        with threadpool_limits(1):
            spacy_train(config, work / f"output-{k}", use_gpu=-1, overrides={**overrides, "system.seed": seed + k})
    stats = {
        "train_sentences": n_train,
        "news_sentences": n_news,
        "dev_sentences": n_dev,
        "gold_repeat": gold_repeat,
        "news_repeat": gold_repeat if news_repeat is None else news_repeat,
        "vector_rows": vector_rows if vectors else 0,
        "vector_text": vector_text,
        "vector_kind": vector_kind if vectors else None,
        "pretrain_words": pretrain_words,
        "init_tok2vec": bool(init_tok2vec),
        "max_steps": max_steps,
        "seeds": list(range(seed, seed + models)),
        "all_germeval": all_germeval,
        "silver": silver_data,
        "config_overrides": settings,
        "seconds": round(time.time() - started),
    }
    return assemble([work / f"output-{k}" / "model-last" for k in range(models)], out, stats)


def _config_value(text: str):
    """A config override typed as spaCy expects it (int, float, bool or string)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def assemble(checkpoints: list[Path], out: Path, stats: dict) -> Path:
    """One pipeline at ``out`` from the tagger checkpoints of a run: the first keeps its shared
    ``tok2vec`` ("ner_tagger"), the others get their own CNN copied in ("ner_tagger_2" …); the
    vector table (the same in all) is stored as float16, which changes no prediction on the GermEval
    held-out half and halves its 48 MB (:func:`chronik.entities.load_model` reads it back as float32).
    With chronik's metadata and ``training.json`` (``stats``: data counts and settings of the run)."""
    import spacy

    nlp = spacy.load(checkpoints[0])
    nlp.rename_pipe("tagger", "ner_tagger")
    for k, checkpoint in enumerate(checkpoints[1:], 2):
        other = spacy.load(checkpoint)
        other.replace_listeners("tok2vec", "tagger", ["model.tok2vec"])
        nlp.add_pipe("tagger", name=f"ner_tagger_{k}", source=other)
    nlp.vocab.vectors.data = nlp.vocab.vectors.data.astype(np.float16)
    nlp.meta.update(
        name="ner_de",
        version="0.6.0",
        description="chronik German NER (GermEval 2014 labels: PER/LOC/ORG/OTH + deriv/part), two spaCy CNN "
        "BILUO taggers averaged (decoded by chronik.biluo) + "
        f"{'floret' if stats.get('vector_kind') == 'floret' else 'PPMI-SVD'} vectors of German news, Wikipedia, "
        "court and parliament text",
        license="CC BY-NC-SA 4.0 (trained on WikiNEuRal and 10kGNAD-based annotations)",
        sources=[
            "WikiNEuRal-de val+test (Tedeschi et al. 2021, CC BY-NC-SA 4.0); 14,500 of its sentences "
            "relabelled by the team",
            "EuroParl-de NER (Faruqui & Pado 2010) train+dev",
            f"GermEval 2014 dev, {'all sentences' if stats.get('all_germeval') else 'even sentence positions'} "
            "(Benikova et al. 2014, CC BY 4.0)",
            "chronik annotations on SpkAtt/Wikinews (CC BY 4.0), 10kGNAD (CC BY-NC-SA 4.0), FANG-COVID, "
            "WikiNEuRal-de sentences (CC BY-NC-SA 4.0)",
            "vectors: FANG-COVID (Mattern et al. 2021), 10kGNAD, SemEval 2022 task 8 German articles, SpkAtt "
            "2023 texts, WikiNEuRal/WikiANN token text, LER, EuroParl",
        ],
    )
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    (out / "training.json").write_text(json.dumps(stats, indent=1))
    name_types.build(all_germeval=bool(stats.get("all_germeval"))).save(out / FILE)  # the same labelled sentences
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("chronik/models/ner-de"))
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--work", type=Path, default=None, help="keep corpora/vectors/checkpoints here")
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0, help="seed of the first tagger (the next: +1 …)")
    parser.add_argument("--models", type=int, default=2, help="taggers trained and averaged")
    parser.add_argument("--gold-repeat", type=int, default=8, help="copies of the GermEval train half (and news)")
    parser.add_argument("--news-repeat", type=int, default=4, help="copies of the team's annotations")
    parser.add_argument("--vector-kind", choices=("floret", "ppmi"), default=VECTOR_KIND,
                        help="floret (words and character n-grams hashed into one table) or ppmi (a word table)")
    parser.add_argument("--vector-rows", type=int, default=VECTOR_ROWS,
                        help="rows of the vector table (floret: hash rows; ppmi: words)")
    parser.add_argument("--no-vectors", action="store_true")
    parser.add_argument("--vector-text", choices=("news", "all"), default=VECTOR_TEXT,
                        help="vectors from FANG-COVID news or from all unlabelled text in ../shared")
    parser.add_argument("--pretrain-words", type=int, default=0,
                        help="pre-train the tok2vec layer on this many words of unlabelled text first")
    parser.add_argument("--init-tok2vec", type=Path, default=None, help="pre-trained tok2vec weights to start from")
    parser.add_argument("--no-news", action="store_true", help="leave out the team's news annotations")
    parser.add_argument("--no-silver", action="store_true", help="leave out WikiNEuRal and EuroParl silver data")
    parser.add_argument("--all-germeval", action="store_true",
                        help="train on the held-out GermEval half too (for the shipped model; no held-out score)")
    parser.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE",
                        help="spaCy config overrides, e.g. components.ner.model.hidden_width=96")
    args = parser.parse_args(argv)
    path = train(
        args.out,
        args.shared,
        args.work,
        args.config,
        args.max_steps,
        not args.no_vectors,
        seed=args.seed,
        gold_repeat=args.gold_repeat,
        vector_rows=args.vector_rows,
        news=not args.no_news,
        news_repeat=args.news_repeat,
        all_germeval=args.all_germeval,
        silver_data=not args.no_silver,
        vector_text=args.vector_text,
        pretrain_words=args.pretrain_words,
        init_tok2vec=args.init_tok2vec,
        vector_kind=args.vector_kind,
        models=args.models,
        overrides=dict(item.split("=", 1) for item in args.set),
    )
    print(f"saved {path}")


if __name__ == "__main__":
    main()

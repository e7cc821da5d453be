"""Static word vectors from raw German text, two kinds.

``floret`` (the shipped recipe): fastText CBOW vectors whose words *and* character 4–5-grams share
one hashed table (floret, spaCy's ``mode="floret"``), so every token, also an unseen compound or
a rare name, gets a vector from a fixed-size table. ``ppmi`` (v0.4.0 and before): the most frequent
case-sensitive spaCy tokens, a symmetric ±``window`` context weighted 1/distance, PPMI with
context-distribution smoothing (α = 0.75), then ``U·√S`` of a seeded randomized SVD; other words
get no vector.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
from scipy import sparse


def news_texts(folder: Path, max_chars: int | None = None) -> Iterator[str]:
    """Article texts of every ``*.jsonl.gz`` in ``folder`` (sorted), up to ``max_chars`` in total."""
    seen = 0
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text") or ""
                yield text
                seen += len(text)
                if max_chars is not None and seen >= max_chars:
                    return


def _conll_texts(path: Path) -> Iterator[str]:
    from chronik.train.corpora import read_conll

    for sent in read_conll(path):
        yield " ".join(sent.words)


def corpus_texts(shared: Path, wiki_weight: int = 3) -> Iterator[str]:
    """Every unlabelled German text in ``shared`` that is not an evaluation set: FANG-COVID and
    10kGNAD news, the German SemEval 2022 task 8 articles, SpkAtt news and debate texts, the token
    texts of WikiNEuRal, WikiANN (Wikipedia, given ``wiki_weight`` times: the rarest domain here),
    LER (court decisions) and EuroParl. The GermEval 2014 file is left out: half of it is held out."""
    from chronik.train.newsner import gnad_texts

    yield from news_texts(shared / "news-de" / "fang-covid")
    yield from gnad_texts(shared)
    with open(shared / "semeval2022-t8" / "de-de_train_pairs_with_text.jsonl", encoding="utf-8") as fh:
        for line in fh:
            pair = json.loads(line)
            yield from (pair.get(k) or "" for k in ("text1", "text2"))
    for part in ("spkatt2023-news", "spkatt2023-debates"):
        for path in sorted((shared / "quotes-de" / part / "train").glob("*.json")):
            sents = json.loads(path.read_text(encoding="utf-8")).get("Sentences", [])
            yield "\n".join(" ".join(s["Tokens"]) for s in sents)
    ner = shared / "ner-de"
    wiki = [ner / "wikineural-de" / f"{s}.conllu" for s in ("val", "test")]
    wiki += [ner / "wikiann-de" / f"{s}.conllu" for s in ("train", "val", "test")]
    for _ in range(wiki_weight):
        for path in wiki:
            yield "\n".join(_conll_texts(path))
    for path in (ner / "legal-ler" / "ler_train.conll.gz", ner / "legal-ler" / "ler_dev.conll",
                 ner / "europarl-de" / "train.tsv", ner / "europarl-de" / "dev.tsv"):
        yield "\n".join(_conll_texts(path))


def _tokenised(texts: Iterable[str], lang: str) -> Iterator[list[str]]:
    import spacy

    tokenizer = spacy.blank(lang).tokenizer
    for text in texts:
        for para in text.split("\n"):
            if para.strip():
                yield [t.text for t in tokenizer(para) if not t.is_space]


def write_tokenised(texts: Iterable[str], path: Path, lang: str = "de") -> None:
    """Write one paragraph per line as space-separated spaCy tokens (floret's input)."""
    with open(path, "w", encoding="utf-8") as fh:
        for tokens in _tokenised(texts, lang):
            fh.write(" ".join(tokens) + "\n")


def train_floret(
    texts: Iterable[str],
    out: Path,
    lang: str = "de",
    rows: int = 120_000,
    dims: int = 100,
    minn: int = 4,
    maxn: int = 5,
    epochs: int = 5,
) -> Path:
    """Train floret CBOW vectors (``rows`` hash rows × ``dims``, two rows per word or n-gram) and save
    the table as ``out`` (``.floret`` text format, read by ``spacy init vectors --mode floret``).

    One thread with floret's fixed seed, so a corpus gives the same table (about 16 minutes for 31 M tokens)."""
    import floret

    corpus = out.with_suffix(".tokens.txt")
    write_tokenised(texts, corpus, lang)
    model = floret.train_unsupervised(
        str(corpus), model="cbow", mode="floret", hashCount=2, bucket=rows, minn=minn, maxn=maxn, dim=dims,
        epoch=epochs, minCount=5, thread=1, verbose=0,
    )
    model.save_floret_vectors(str(out))
    corpus.unlink()
    return out


def build_vectors(
    texts: Iterable[str],
    lang: str = "de",
    vocab_size: int = 80_000,
    contexts: int = 10_000,
    dims: int = 100,
    window: int = 4,
    min_count: int = 5,
    seed: int = 0,
) -> tuple[list[str], np.ndarray]:
    """Return ``(words, matrix)``: the ``vocab_size`` most frequent tokens and their unit-length vectors."""
    from sklearn.utils.extmath import randomized_svd

    paragraphs = list(_tokenised(texts, lang))
    freq = Counter(tok for para in paragraphs for tok in para)
    words = [w for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])) if c >= min_count][:vocab_size]
    index = {w: i for i, w in enumerate(words)}
    ids = np.fromiter(
        (index.get(tok, -1) for para in paragraphs for tok in [*para, None]), dtype=np.int32
    )  # None marks a paragraph break (-1), so windows never cross paragraphs
    del paragraphs
    n, n_ctx = len(words), min(contexts, len(words))
    counts = sparse.csr_matrix((n, n_ctx), dtype=np.float32)
    for d in range(1, window + 1):
        left, right = ids[:-d], ids[d:]
        for a, b in ((left, right), (right, left)):
            keep = (a >= 0) & (b >= 0) & (b < n_ctx)
            weights = np.full(int(keep.sum()), 1.0 / d, dtype=np.float32)
            counts = counts + sparse.csr_matrix((weights, (a[keep], b[keep])), shape=(n, n_ctx))
    counts.sum_duplicates()
    total = counts.sum()
    row = np.asarray(counts.sum(axis=1)).ravel()
    col = np.asarray(counts.sum(axis=0)).ravel() ** 0.75
    col = col / col.sum()
    coo = counts.tocoo()
    pmi = np.log(coo.data / total) - np.log(row[coo.row] / total + 1e-12) - np.log(col[coo.col] + 1e-12)
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep].astype(np.float32), (coo.row[keep], coo.col[keep])), shape=(n, n_ctx))
    u, s, _ = randomized_svd(ppmi, n_components=dims, n_iter=5, random_state=seed)
    vectors = (u * np.sqrt(s)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-8
    return words, vectors

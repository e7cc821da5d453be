"""SpkAtt-2023 (GermEval, Task 2 news) evaluation of chronik's quotation stage.

Each gold JSON gives tokenised sentences and annotations (Message, Cue, Source,
Addr, Frame as "sentence:token" lists). The sentences are joined into a
``Document`` text (tokens separated by spaces), ``find_statements`` runs on it
without entity mentions, and predicted character segments are mapped back to
tokens. Scoring follows the task definition: per document, predicted and gold
statements are paired by maximum total Message token-F1 (linear sum
assignment, a small bonus for the same Form); within each pair every role is
scored by token overlap, unpaired statements count all their tokens as false
positives/negatives. Precision/recall are averaged over (pair, role) cells
that are defined (macro), as the task reports them; micro figures are given
too. Full task: all statements (nested ones included), roles Cue, Source,
Addr, Frame. Simplified task: top-level statements, role Source only.

Also printed: per-form recall (top-level gold statements whose paired prediction covers at
least half of the gold message) and speaker accuracy: of the top-level gold statements with a
Source whose paired prediction overlaps their Message, the share whose predicted Source shares
a token with the gold one; separately for gold Sources outside the message's sentences, i.e.
speakers carried over from earlier sentences. Speed is sentences per CPU second of
``find_statements`` alone (process time, one core), so a busy shared machine does not distort it. Files without ``Form``
fields (SpkAtt Task 1, parliamentary debates) are scored with roles Cue, Source, Addr and pairs
chosen by Message plus Cue overlap, since there every cue is an event, messages may be empty.

``--part held``/``--part rest`` split the files (sorted by name) into every ``--every``-th file
and the others, so rules can be tuned on one part and checked on the other.

``--errors`` prints, instead of scores, one JSON line per error of a top-level statement
(missed, spurious, no or wrong speaker phrase) with its sentence, form, message, cue and source.

Run: ``python -m chronik.evaluate.quotes --data /work/shared/data/quotes-de/spkatt2023-news/train``
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from chronik.document import Document, Span
from chronik.quotes import Statement, find_statements
from chronik.quotes.lexicon import lexicon

ROLES_FULL = ("Cue", "Source", "Addr", "Frame")
FORMS = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")


@dataclass
class Group:
    """One statement as token-index sets per role."""

    roles: dict[str, frozenset[int]]
    form: str
    nested: bool = False


@dataclass
class Tally:
    """Per-role token counts (micro) and per-(pair, role) P/R values (macro)."""

    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)
    precisions: dict[str, list[float]] = field(default_factory=dict)
    recalls: dict[str, list[float]] = field(default_factory=dict)

    def add(self, role: str, gold: frozenset[int], pred: frozenset[int]) -> None:
        tp = len(gold & pred)
        fp, fn = len(pred) - tp, len(gold) - tp
        self.tp[role] = self.tp.get(role, 0) + tp
        self.fp[role] = self.fp.get(role, 0) + fp
        self.fn[role] = self.fn.get(role, 0) + fn
        if pred:
            self.precisions.setdefault(role, []).append(tp / len(pred))
        if gold:
            self.recalls.setdefault(role, []).append(tp / len(gold))

    def macro(self, roles: tuple[str, ...]) -> dict[str, float]:
        ps = [p for r in roles for p in self.precisions.get(r, [])]
        rs = [x for r in roles for x in self.recalls.get(r, [])]
        return _prf(sum(ps) / len(ps) if ps else 0.0, sum(rs) / len(rs) if rs else 0.0)

    def micro(self, roles: tuple[str, ...]) -> dict[str, float]:
        tp = sum(self.tp.get(r, 0) for r in roles)
        fp = sum(self.fp.get(r, 0) for r in roles)
        fn = sum(self.fn.get(r, 0) for r in roles)
        return _prf(tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


def _prf(p: float, r: float) -> dict[str, float]:
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(200 * p * r / (p + r), 2) if p + r else 0.0}


def load_document(path: Path) -> tuple[Document, list[tuple[int, int]], list[Group]]:
    """The gold file as a Document, each token's char span, and the gold statements."""
    data = json.loads(path.read_text(encoding="utf-8"))
    parts, spans, sentences, first = [], [], [], []
    pos = 0
    for sent in data["Sentences"]:
        first.append(len(spans))
        start = pos
        for tok in sent["Tokens"]:
            spans.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok) + 1
        sentences.append(Span(start, pos - 1, "sentence"))
    text = " ".join(parts)
    doc = Document(
        id=path.stem, raw=text, text=text, sentences=sentences, tokens=[Span(s, e, "token") for s, e in spans]
    )

    def idx(refs: list[str]) -> frozenset[int]:
        return frozenset(first[int(r.split(":")[0])] + int(r.split(":")[1]) for r in refs)

    gold = [
        Group({r: idx(a.get(r, [])) for r in ("Message", *ROLES_FULL)}, a.get("Form") or "", bool(a.get("IsNested")))
        for a in data["Annotations"]
    ]
    return doc, spans, gold


def _tokens_in(spans: list[tuple[int, int]], segs: list[tuple[int, int]]) -> frozenset[int]:
    out = set()
    for a, b in segs:
        out.update(i for i, (s, e) in enumerate(spans) if s >= a and e <= b)
    return frozenset(out)


_FORM = {"direct": "Direct", "indirect": "Indirect", "reported": "Reported"}
_MARKS = frozenset('„“”"»«‚‘')


def predicted_groups(doc: Document, spans: list[tuple[int, int]], statements: list[Statement]) -> list[Group]:
    """Statements as groups in the annotation scheme: reported acts carry no cue or frame
    (their verb belongs to the message), and each quotation inside an indirect or reported
    message is a nested direct statement with the same roles."""
    groups = []
    for st in statements:
        form = "IndirectFreeIndirect" if st.continued and st.kind == "indirect" else _FORM[st.kind]
        roles = {
            "Message": _tokens_in(spans, st.message),
            "Cue": frozenset() if st.kind == "reported" else _tokens_in(spans, st.cue),
            "Source": _tokens_in(spans, [st.source]) if st.source else frozenset(),
            "Addr": _tokens_in(spans, [st.addressee]) if st.addressee else frozenset(),
            "Frame": frozenset() if st.kind == "reported" else _tokens_in(spans, st.frame),
        }
        groups.append(Group(roles, form))
        if st.kind != "direct":
            groups.extend(
                Group({**roles, "Message": q}, "Direct", True)
                for q in _quotes_inside(doc.text, spans, roles["Message"])
            )
    return groups


def _quotes_inside(text: str, spans: list[tuple[int, int]], message: frozenset[int]) -> list[frozenset[int]]:
    out, current = [], None
    for i in sorted(message):
        tok = text[spans[i][0] : spans[i][1]]
        if current is None and tok in _MARKS:
            current = [i]
        elif current is not None:
            current.append(i)
            if tok in _MARKS:
                out.append(frozenset(current))
                current = None
    return out


def _f1(a: frozenset[int], b: frozenset[int]) -> float:
    tp = len(a & b)
    return 2 * tp / (len(a) + len(b)) if tp else 0.0


@dataclass
class Found:
    """Per-form hits and speaker hits of paired top-level gold statements."""

    forms: dict[str, list[int]] = field(default_factory=dict)
    speaker: list[int] = field(default_factory=list)
    speaker_elsewhere: list[int] = field(default_factory=list)  # gold Source outside the message's sentence


def pair_statements(
    pred: list[Group], gold: list[Group], pair_on: tuple[str, ...] = ("Message",)
) -> list[tuple[int, int]]:
    """(gold, pred) index pairs of maximum total overlap F1 of the ``pair_on`` roles, a small
    bonus for the same Form; zero-overlap pairs are kept, as the official scorer keeps them."""
    if not (pred and gold):
        return []
    m = np.zeros((len(gold), len(pred)))
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            f = sum(_f1(g.roles[r], p.roles[r]) for r in pair_on)
            m[gi, pi] = f + (0.01 if f and g.form == p.form else 0.0)
    rows, cols = linear_sum_assignment(m, maximize=True)
    return list(zip(rows.tolist(), cols.tolist(), strict=True))


def score_document(
    pred: list[Group],
    gold: list[Group],
    roles: tuple[str, ...],
    tally: Tally,
    found: Found | None = None,
    sentence_of: list[int] | None = None,
    pair_on: tuple[str, ...] = ("Message",),
) -> None:
    """Pair statements by overlap of the ``pair_on`` roles and add every role's token counts to ``tally``."""
    pairs = pair_statements(pred, gold, pair_on)
    empty = frozenset()
    paired_g = {g for g, _ in pairs}
    paired_p = {p for _, p in pairs}
    for gi, pi in pairs:
        for r in ("Message", *roles):
            tally.add(r, gold[gi].roles[r], pred[pi].roles[r])
        if found is not None:
            g, p = gold[gi].roles, pred[pi].roles
            found.forms.setdefault(gold[gi].form, []).append(
                int(len(g["Message"] & p["Message"]) >= 0.5 * len(g["Message"]))
            )
            if g["Source"] and g["Message"] & p["Message"]:
                hit = int(bool(g["Source"] & p["Source"]))
                found.speaker.append(hit)
                if sentence_of and {sentence_of[t] for t in g["Source"]}.isdisjoint(
                    sentence_of[t] for t in g["Message"]
                ):
                    found.speaker_elsewhere.append(hit)
    for gi, g in enumerate(gold):
        if gi not in paired_g:
            for r in ("Message", *roles):
                tally.add(r, g.roles[r], empty)
            if found is not None:
                found.forms.setdefault(g.form, []).append(0)
    for pi, p in enumerate(pred):
        if pi not in paired_p:
            for r in ("Message", *roles):
                tally.add(r, empty, p.roles[r])


ERRORS = ("missed", "spurious", "wrong_speaker", "no_speaker")


def _words(doc: Document, spans: list[tuple[int, int]], idx: frozenset[int]) -> str:
    """The tokens ``idx`` as text; a gap between them shows as " … "."""
    out, prev = [], None
    for i in sorted(idx):
        if prev is not None and i != prev + 1:
            out.append("…")
        out.append(doc.text[spans[i][0] : spans[i][1]])
        prev = i
    return " ".join(out)


def _sentence_text(doc: Document, spans: list[tuple[int, int]], idx: frozenset[int]) -> str:
    chars = [spans[i][0] for i in idx]
    if not chars:
        return ""
    touched = [s for s in doc.sentences if s.end > min(chars) and s.start <= max(chars)]
    return " ".join(doc.text[s.start : s.end] for s in touched)


def _described(doc: Document, spans: list[tuple[int, int]], g: Group) -> dict:
    return {
        "form": g.form,
        "message": _words(doc, spans, g.roles["Message"]),
        "cue": _words(doc, spans, g.roles["Cue"]),
        "source": _words(doc, spans, g.roles["Source"]),
    }


def document_errors(
    name: str, doc: Document, spans: list[tuple[int, int]], pred: list[Group], gold: list[Group]
) -> list[dict]:
    """Errors among top-level statements of one document, for reading: a gold statement is
    ``missed`` when no prediction paired with it (as the scorer pairs them, only pairs that
    share Message tokens count) covers half of its message; an unpaired prediction is
    ``spurious``; a covered gold statement with a Source gets ``no_speaker`` when the
    prediction has none and ``wrong_speaker`` when the two share no token. Each error carries
    the sentence text and the gold (or, for ``spurious``, predicted) form, message, cue and
    source; ``predicted`` adds the paired prediction."""
    gold = [g for g in gold if not g.nested]
    pred = [p for p in pred if not p.nested]
    pairs = {gi: pi for gi, pi in pair_statements(pred, gold) if gold[gi].roles["Message"] & pred[pi].roles["Message"]}
    out = []
    for gi, g in enumerate(gold):
        p = pred[pairs[gi]] if gi in pairs else None
        gm = g.roles["Message"]
        error = None
        if p is None or len(gm & p.roles["Message"]) < 0.5 * len(gm):
            error = "missed"
        elif g.roles["Source"] and not p.roles["Source"]:
            error = "no_speaker"
        elif g.roles["Source"] and not g.roles["Source"] & p.roles["Source"]:
            error = "wrong_speaker"
        if error:
            row = {"doc": name, "error": error, "sentence": _sentence_text(doc, spans, gm), **_described(doc, spans, g)}
            if p is not None:
                row["predicted"] = _described(doc, spans, p)
            out.append(row)
    for pi, p in enumerate(pred):
        if pi not in pairs.values():
            row = {"doc": name, "error": "spurious", "sentence": _sentence_text(doc, spans, p.roles["Message"])}
            out.append({**row, **_described(doc, spans, p)})
    return out


def errors(data: Path, part: str = "all", every: int = 5) -> list[dict]:
    """``document_errors`` of every selected SpkAtt file under ``data`` (news files, with Form)."""
    out = []
    for path in select(sorted(Path(data).rglob("*.json")), part, every):
        doc, spans, gold = load_document(path)
        pred = predicted_groups(doc, spans, find_statements(doc))
        out.extend(document_errors(path.stem, doc, spans, pred, gold))
    return out


def select(files: list[Path], part: str, every: int) -> list[Path]:
    """``all`` files, the ``held`` part (every ``every``-th by sorted name) or the ``rest``."""
    if part not in ("all", "held", "rest"):
        raise ValueError(f"part must be all, held or rest, not {part!r}")
    if part == "all":
        return files
    held = part == "held"
    return [f for k, f in enumerate(files) if (k % every == 0) == held]


def _share(hits: list[int]) -> float | None:
    return round(sum(hits) / len(hits), 3) if hits else None


def evaluate(data: Path, part: str = "all", every: int = 5) -> dict:
    """Score ``find_statements`` on the SpkAtt JSON files under ``data`` (see module doc)."""
    full, simple = Tally(), Tally()
    found = Found()
    n_sent = 0
    elapsed = 0.0
    files = select(sorted(Path(data).rglob("*.json")), part, every)
    lexicon("de")  # language data is read once; keep that out of the timing
    debates = False
    for path in files:
        doc, spans, gold = load_document(path)
        debates = debates or any(not g.form for g in gold)
        roles = ("Cue", "Source", "Addr") if debates else ROLES_FULL
        pair_on = ("Message", "Cue") if debates else ("Message",)
        sentence_of = [k for k, s in enumerate(doc.sentences) for _ in doc.text[s.start : s.end].split(" ")]
        n_sent += len(doc.sentences)
        t0 = time.process_time()
        statements = find_statements(doc)
        elapsed += time.process_time() - t0
        pred = predicted_groups(doc, spans, statements)
        score_document(pred, gold, roles, full, pair_on=pair_on)
        top_pred, top_gold = [p for p in pred if not p.nested], [g for g in gold if not g.nested]
        score_document(top_pred, top_gold, ("Source",), simple, found, sentence_of, pair_on)
    roles = ("Cue", "Source", "Addr") if debates else ROLES_FULL
    return {
        "documents": len(files),
        "sentences": n_sent,
        "task": "debates" if debates else "news",
        "full": {
            "message": full.macro(("Message",)),
            "roles": full.macro(roles),
            "joint": full.macro(("Message", *roles)),
            **{r.lower(): full.macro((r,)) for r in roles},
            "joint_micro": full.micro(("Message", *roles)),
        },
        "simplified": {
            "message": simple.macro(("Message",)),
            "source": simple.macro(("Source",)),
            "joint": simple.macro(("Message", "Source")),
            "joint_micro": simple.micro(("Message", "Source")),
        },
        "form_recall": {f: _share(v) for f, v in sorted(found.forms.items()) if v and f},
        "form_counts": {f: len(v) for f, v in sorted(found.forms.items()) if f},
        "speaker_accuracy": _share(found.speaker),
        "speaker_accuracy_other_sentence": _share(found.speaker_elsewhere),
        "speaker_counts": [len(found.speaker), len(found.speaker_elsewhere)],
        "sentences_per_second": round(n_sent / elapsed) if elapsed else None,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m chronik.evaluate.quotes", description="Score chronik's quotation stage on SpkAtt-2023 JSON."
    )
    parser.add_argument("--data", type=Path, required=True, help="folder of SpkAtt JSON files (searched recursively)")
    parser.add_argument("--part", choices=("all", "held", "rest"), default="all", help="which files to score")
    parser.add_argument("--every", type=int, default=5, help="with --part: every N-th file (sorted) is held out")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="instead of scores, print one JSON line per missed, spurious or wrongly attributed top-level "
        "statement, then a line with the count of each error class",
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"{args.data} is not a folder")
    if args.errors:
        rows = errors(args.data, args.part, args.every)
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        print(json.dumps({"counts": {e: sum(r["error"] == e for r in rows) for e in ERRORS}}))
        return
    print(json.dumps(evaluate(args.data, args.part, args.every), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()

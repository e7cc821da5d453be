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

Run: ``python -m chronik.evaluate.quotes /work/shared/data/quotes-de/spkatt2023-news/train``
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from chronik.document import Document, Span
from chronik.quotes import Statement, find_statements

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


def score_document(
    pred: list[Group],
    gold: list[Group],
    roles: tuple[str, ...],
    tally: Tally,
    found: dict[str, list[int]] | None = None,
) -> None:
    """Pair statements by Message overlap and add every role's token counts to ``tally``."""
    pairs: list[tuple[int, int]] = []
    if pred and gold:
        m = np.zeros((len(gold), len(pred)))
        for gi, g in enumerate(gold):
            for pi, p in enumerate(pred):
                f = _f1(g.roles["Message"], p.roles["Message"])
                m[gi, pi] = f + (0.01 if f and g.form == p.form else 0.0)
        rows, cols = linear_sum_assignment(m, maximize=True)
        pairs = list(zip(rows.tolist(), cols.tolist(), strict=True))
    empty = frozenset()
    paired_g = {g for g, _ in pairs}
    paired_p = {p for _, p in pairs}
    for gi, pi in pairs:
        for r in ("Message", *roles):
            tally.add(r, gold[gi].roles[r], pred[pi].roles[r])
        if found is not None:
            g = gold[gi].roles["Message"]
            hit = len(g & pred[pi].roles["Message"]) >= 0.5 * len(g)
            found.setdefault(gold[gi].form, []).append(int(hit))
    for gi, g in enumerate(gold):
        if gi not in paired_g:
            for r in ("Message", *roles):
                tally.add(r, g.roles[r], empty)
            if found is not None:
                found.setdefault(g.form, []).append(0)
    for pi, p in enumerate(pred):
        if pi not in paired_p:
            for r in ("Message", *roles):
                tally.add(r, empty, p.roles[r])


def evaluate(data: Path) -> dict:
    """Score ``find_statements`` on every SpkAtt JSON file under ``data``."""
    full, simple = Tally(), Tally()
    found: dict[str, list[int]] = {}
    n_sent = 0
    elapsed = 0.0
    files = sorted(Path(data).rglob("*.json"))
    for path in files:
        doc, spans, gold = load_document(path)
        n_sent += len(doc.sentences)
        t0 = time.perf_counter()
        statements = find_statements(doc)
        elapsed += time.perf_counter() - t0
        pred = predicted_groups(doc, spans, statements)
        score_document(pred, gold, ROLES_FULL, full)
        score_document([p for p in pred if not p.nested], [g for g in gold if not g.nested], ("Source",), simple, found)
    result = {
        "documents": len(files),
        "sentences": n_sent,
        "full": {
            "message": full.macro(("Message",)),
            "roles": full.macro(ROLES_FULL),
            "joint": full.macro(("Message", *ROLES_FULL)),
            **{r.lower(): full.macro((r,)) for r in ROLES_FULL},
            "joint_micro": full.micro(("Message", *ROLES_FULL)),
        },
        "simplified": {
            "message": simple.macro(("Message",)),
            "source": simple.macro(("Source",)),
            "joint": simple.macro(("Message", "Source")),
            "joint_micro": simple.micro(("Message", "Source")),
        },
        "form_recall": {f: round(sum(v) / len(v), 3) for f, v in sorted(found.items()) if v},
        "form_counts": {f: len(v) for f, v in sorted(found.items())},
        "sentences_per_second": round(n_sent / elapsed) if elapsed else None,
    }
    return result


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    data = Path(args[0]) if args else Path("/work/shared/data/quotes-de/spkatt2023-news/train")
    print(json.dumps(evaluate(data), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()

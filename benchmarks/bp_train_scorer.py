"""Fit and cross-validate BP014's line scorer (a logistic regression over quality.NAMES) on train+dev.

Run: ``.venv/bin/python benchmarks/bp_train_scorer.py [--folds 10] [--repeats 3] [--print-weights]``.

Generalisation is estimated by leave-documents-out cross-validation over the train and dev
documents of turku-oscar-line-quality-en, identical documents merged first (the splits share
some), so no document is ever scored by a model that saw it. Test is never read here. Each
fold reports the scorer alone, the other BP rules alone (whose lexicons were written looking at
train/dev, so their share of the figure is optimistic) and the family as a whole.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bp import flagged_lines, run_bp  # noqa: E402
from _data import data_dir, prf  # noqa: E402
from bp_quality import heuristic  # noqa: E402

from corpuslint_boilerplate import lexicon, quality  # noqa: E402
from corpuslint_boilerplate.lines import norm_key, tidy  # noqa: E402


def load_documents() -> list[dict]:
    """train+dev documents, each once (the first copy's labels kept)."""
    seen, docs = set(), []
    for split in ("train", "dev"):
        for d in json.loads((data_dir("turku-oscar-line-quality-en") / f"{split}.json").read_text(encoding="utf-8")):
            key = "\n".join(d["text"])
            if key not in seen:
                seen.add(key)
                docs.append(d)
    return docs


def document_rows(doc: dict, stopwords):
    """Line numbers (1-based) of the non-blank lines, their (tidy texts, word counts, function-word
    counts) as BP014 sees them, and their labels (1 = noise)."""
    nums, texts, counts, stops, ys = [], [], [], [], []
    for n, (text, label) in enumerate(zip(doc["text"], doc["labels"]), 1):
        if not text.strip():
            continue
        t = tidy(text)
        tokens = norm_key(t).split()
        texts.append(t)
        counts.append(len(tokens))
        stops.append(sum(map(stopwords.__contains__, tokens)))
        nums.append(n)
        ys.append(1 if label == "0" else 0)
    return nums, (texts, counts, stops), ys


def site_groups(docs: list[dict]) -> list[int]:
    """A group number per document: documents sharing three lines of three words or more (or a
    fifth of the smaller one's) are near-copies or pages of one site, and go in one fold."""
    keys = [{k for k in (norm_key(tidy(t)) for t in d["text"]) if k.count(" ") >= 2} for d in docs]
    parent = list(range(len(docs)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(len(docs)):
        for j in range(i):
            shared = len(keys[i] & keys[j])
            if shared >= 3 or (shared and shared >= 0.2 * min(len(keys[i]), len(keys[j]))):
                parent[root(i)] = root(j)
    return [root(i) for i in range(len(docs))]


def rule_flags(docs: list[dict], exclude: tuple[str, ...]) -> list[set[int]]:
    """Lines each document's BP findings cover, from every BP rule but ``exclude``."""
    codes = [f"BP{n:03d}" for n in range(1, 17) if f"BP{n:03d}" not in exclude]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for i, d in enumerate(docs):
            (root / f"{i:03d}.txt").write_text("\n".join(d["text"]) + "\n", encoding="utf-8")
        flagged = flagged_lines(run_bp(root, select=codes).findings)
    return [flagged.get(f"{i:03d}.txt", set()) for i in range(len(docs))]


def fit(xs: list[tuple[float, ...]], ys: list[int], ws: list[float], l2: float):
    """L2-regularised logistic regression on standardised features: loss = sum of the lines'
    weighted log-losses + l2 / 2 * |weights|^2 (scikit-learn's lbfgs; a dev dependency)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.asarray(xs, dtype=float)
    w = np.asarray(ws, dtype=float)
    mean = (x * w[:, None]).sum(0) / w.sum()
    scale = np.sqrt((((x - mean) ** 2) * w[:, None]).sum(0) / w.sum())
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=1.0 / l2, max_iter=5000, tol=1e-8)
    model.fit((x - mean) / scale, np.asarray(ys), sample_weight=w)
    return (float(model.intercept_[0]), tuple(float(v) for v in mean), tuple(float(v) for v in scale),
            tuple(float(v) for v in model.coef_[0]))


def fit_two_stages(docs_rows, ws_per_doc, l2: float, width: int | None = None):
    """The first stage on the own features of the lines BP014 scores (quality.prose_lines),
    then the second on their full vectors (first-stage log-odds of the neighbours included;
    only the first ``width`` features when given)."""
    own, ys, ws = [], [], []
    docs_rows = list(zip(docs_rows, ws_per_doc))
    for (nums, (texts, counts, stops), labels), w in docs_rows:
        for t, c, st, y, prose in zip(texts, counts, stops, labels, quality.prose_lines(texts, counts, stops)):
            if not prose:
                own.append(quality.own_features(t, c, st))
                ys.append(y)
                ws.append(w)
    first = fit(own, ys, ws, l2)
    feats = []
    for (nums, inputs, _), _w in docs_rows:
        feats.extend(v[:width] for v in quality.document_features(*inputs, quality._fold(first))[1])
    return first, fit(feats, ys, ws, l2)


def metrics(pred: list[bool], ys: list[int]) -> tuple[float, float, float]:
    tp = sum(1 for p, y in zip(pred, ys) if p and y)
    fp = sum(1 for p, y in zip(pred, ys) if p and not y)
    fn = sum(1 for p, y in zip(pred, ys) if not p and y)
    return prf(tp, fp, fn)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--l2", type=float, default=0.3)
    ap.add_argument("--doc-weight", type=float, default=0.5,
                    help="each line weighs lines_in_document ** -x, so long documents do not dominate")
    ap.add_argument("--threshold", type=float, default=None,
                    help="fixed threshold (default: the lowest whose precision, scorer alone, is >= 0.90 "
                         "in every shuffle, on all documents and on those of <= 150 lines)")
    ap.add_argument("--exclude", default="BP014", help="rules left out of 'other rules'")
    ap.add_argument("--print-weights", action="store_true")
    ap.add_argument("--write", action="store_true", help="write the fitted weights into quality.py")
    ap.add_argument("--no-structure", action="store_true",
                    help="leave out the document-structure features (quality.STRUCTURE), for comparison")
    ap.add_argument("--no-groups", action="store_true",
                    help="fold by document only (default: near-copies and pages of one site in one fold)")
    ap.add_argument("--errors", action="store_true", help="print the wrong lines (train/dev) at the threshold")
    ap.add_argument("--curve", action="store_true", help="precision and recall at every threshold")
    args = ap.parse_args()

    stopwords = lexicon.words("stopwords_en")
    docs = load_documents()
    rows = [document_rows(d, stopwords) for d in docs]
    flags = rule_flags(docs, tuple(args.exclude.split(",")))
    groups = list(range(len(docs))) if args.no_groups else site_groups(docs)
    width = len(quality.OWN) + len(quality.CONTEXT) if args.no_structure else None
    big = {i for i, (nums, _, _) in enumerate(rows) if len(nums) > 150}
    print(f"{len(docs)} distinct train+dev documents in {len(set(groups))} fold groups, {sum(len(r[0]) for r in rows)} lines "
          f"({len(big)} documents over 150 lines hold {sum(len(rows[i][0]) for i in big)} of them)")

    thresholds = [t / 100 for t in range(20, 100)]
    # Out-of-fold probabilities, per repeat: every document scored by a model that never saw it.
    oof_runs = []
    for rep in range(args.repeats):
        order = sorted(set(groups))
        random.Random(rep).shuffle(order)
        oof: list[list[float]] = [[] for _ in docs]
        for k in range(args.folds):
            held_groups = set(order[k::args.folds])
            held = {i for i in range(len(docs)) if groups[i] in held_groups}
            train = [r for i, r in enumerate(rows) if i not in held and r[0]]
            models = fit_two_stages(train, [len(r[0]) ** -args.doc_weight for r in train], args.l2, width)
            for i in held:
                oof[i] = quality.probabilities(*rows[i][1], models) if rows[i][0] else []
        oof_runs.append(oof)

    def family(oof, th, subset=None):
        ys, pred, alone, rules_only, heur = [], [], [], [], []
        for i, (nums, _, labels) in enumerate(rows):
            if subset is not None and i not in subset:
                continue
            for n, p, y in zip(nums, oof[i], labels):
                hit = p >= th  # lines of prose score 0.0: never flagged
                pred.append(hit or n in flags[i])
                alone.append(hit)
                rules_only.append(n in flags[i])
                heur.append(heuristic(docs[i]["text"][n - 1]))
                ys.append(y)
        return pred, ys, alone, rules_only, heur

    small = set(range(len(docs))) - big
    if args.threshold is None:
        def worst_precision(t):
            return min(metrics(alone, ys)[0] for o in oof_runs for sub in (None, small)
                       for _, ys, alone, _, _ in [family(o, t, sub)])
        th = next((t for t in thresholds if worst_precision(t) >= 0.90), thresholds[-1])
    else:
        th = args.threshold
    print(f"threshold {th:.2f}; {args.folds}-fold leave-documents-out CV, {args.repeats} shuffles "
          f"(mean; min-max)")
    print(f"{'':44}{'P':>15}{'R':>15}{'F1':>15}")
    for label, subset in (("all documents", None), (f"the {len(small)} documents of <= 150 lines", small)):
        table = {"BP family (other rules + scorer)": [], "scorer alone": [], "other rules alone": [],
                 "baseline: heuristic": [], "baseline: all noise": []}
        for o in oof_runs:
            pred, ys, alone, rules_only, heur = family(o, th, subset)
            table["BP family (other rules + scorer)"].append(metrics(pred, ys))
            table["scorer alone"].append(metrics(alone, ys))
            table["other rules alone"].append(metrics(rules_only, ys))
            table["baseline: heuristic"].append(metrics(heur, ys))
            table["baseline: all noise"].append(metrics([True] * len(ys), ys))
        print(f"-- {label}")
        for name, ms in table.items():
            cells = []
            for j in range(3):
                v = [m[j] for m in ms]
                cells.append(f"{sum(v) / len(v):.3f} ({min(v):.2f}-{max(v):.2f})")
            print(f"{name:44}" + "".join(f"{c:>15}" for c in cells))
    if args.errors:  # train/dev lines only: what the scorer gets wrong, to design features
        for i, (nums, _, labels) in enumerate(rows):
            for n, p, y in zip(nums, oof_runs[0][i], labels):
                if (p >= th) != bool(y) and n not in flags[i]:
                    print(f"  {'FP' if p >= th else 'FN'} {p:.2f} d{i:02d}:{n:<3} {docs[i]['text'][n - 1][:90]!r}")
    for label, subset in (("all documents", None), ("documents of <= 150 lines", small)):
        curve = []
        for t in thresholds:
            _, ys, alone, _, _ = family(oof_runs[0], t, subset)
            curve.append((t, *metrics(alone, ys)))
        best = max(curve, key=lambda v: (v[1] >= 0.90, v[2]))
        print(f"scorer alone, {label}: highest recall with P >= 0.90 at threshold {best[0]:.2f}: "
              f"P {best[1]:.3f} R {best[2]:.3f} F1 {best[3]:.3f}")
    if args.curve:
        for label, subset in (("all", None), ("small", small)):
            print(f"-- curve, {label} documents: threshold, scorer alone P R F1 | family P R F1 (first shuffle)")
            for t in thresholds:
                pred, ys, alone, _, _ = family(oof_runs[0], t, subset)
                a, f = metrics(alone, ys), metrics(pred, ys)
                print(f"  {t:.2f}  {a[0]:.3f} {a[1]:.3f} {a[2]:.3f} | {f[0]:.3f} {f[1]:.3f} {f[2]:.3f}")
    if args.print_weights or args.write:
        train = [r for r in rows if r[0]]
        first, second = fit_two_stages(train, [len(r[0]) ** -args.doc_weight for r in train], args.l2, width)
        r = lambda v: "(" + ", ".join(f"{x:.4f}" for x in v) + ",)"  # noqa: E731
        m = lambda mo: f"({mo[0]:.4f},\n    {r(mo[1])},\n    {r(mo[2])},\n    {r(mo[3])})"  # noqa: E731
        block = f"FIRST = {m(first)}\nSECOND = {m(second)}\n"
        print(f"\nthreshold {th:.2f}\n{block}")
        if args.write:  # the constants of quality.py, between its two marker comments
            path = Path(quality.__file__)
            text = path.read_text(encoding="utf-8")
            head, rest = text.split("# <weights>\n", 1)
            _, tail = rest.split("# </weights>\n", 1)
            path.write_text(f"{head}# <weights>\n{block}# </weights>\n{tail}", encoding="utf-8")
            print(f"written to {path}")
        for label, names, mo in (("first stage", quality.OWN, first), ("second stage", quality.NAMES, second)):
            print(f"{label} (standardised weights, largest first):")
            for name, wi in sorted(zip(names, mo[3]), key=lambda t: -abs(t[1])):
                print(f"  {name:18} {wi:+.3f}")


if __name__ == "__main__":
    main()

"""MT garble score against human judgement: MLQE-PE, neural MT into English (ro, et, ne, si, ru).

Per language pair and macro-averaged: AUROC of the sentence garble score for "DA mean < 50",
Spearman correlation of the score with ``z_mean`` (a garble score should correlate negatively),
and, for pairs with HTER >= 0.3, how often the machine output scores worse than its human
post-edit (ties reported apart). ``--tune`` reports on ``dev`` instead, with each lexical
feature's own AUROC and a logistic fit of the weights (the weights in ``scoring.FEATURE_WEIGHTS``
were chosen on dev); the default reports on ``test`` (test20).

Run: ``.venv/bin/python benchmarks/mt_mlqe.py [--tune]``.
Reference (issue 4): lexical signals alone sit near 0.50 AUROC (chance); 0.60 is a real signal.
"""
from __future__ import annotations

import argparse
import csv
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import data_dir  # noqa: E402

PAIRS = ("ro-en", "et-en", "ne-en", "si-en", "ru-en")


def ranks(values: list[float]) -> list[float]:
    """Average ranks (1-based), ties sharing their mean rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def auroc(scores: list[float], positive: list[bool]) -> float:
    """Probability that a positive scores above a negative (Mann-Whitney, ties half)."""
    r = ranks(scores)
    n_pos = sum(positive)
    n_neg = len(positive) - n_pos
    if not n_pos or not n_neg:
        return float("nan")
    rank_sum = sum(ri for ri, p in zip(r, positive) if p)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def spearman(x: list[float], y: list[float]) -> float:
    rx, ry = ranks(x), ranks(y)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = math.sqrt(sum((a - mx) ** 2 for a in rx))
    vy = math.sqrt(sum((b - my) ** 2 for b in ry))
    return cov / (vx * vy) if vx and vy else float("nan")


def da_rows(split: str, pair: str) -> list[dict]:
    code = pair.replace("-", "")
    folder = data_dir("mlqe-pe-into-english", "direct-assessments", split, pair + ("-dev" if split == "dev" else ""))
    name = f"{split if split == 'dev' else 'test20'}.{code}.df.short.tsv"
    with open(folder / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def pe_rows(split: str, pair: str) -> list[tuple[str, str, float]]:
    tag = "dev" if split == "dev" else "test20"
    folder = data_dir("mlqe-pe-into-english", "post-editing", split, f"{pair}-{tag}")
    mt = (folder / f"{tag}.mt").read_text(encoding="utf-8").splitlines()
    pe = (folder / f"{tag}.pe").read_text(encoding="utf-8").splitlines()
    hter = [float(x) for x in (folder / f"{tag}.hter").read_text(encoding="utf-8").split()]
    return list(zip(mt, pe, hter))


def detok(text: str) -> str:
    """Undo the post-editing files' tokenisation (spaces before punctuation)."""
    for a, b in ((" ,", ","), (" .", "."), (" ;", ";"), (" :", ":"), (" ?", "?"), (" !", "!"),
                 (" 's", "'s"), ("( ", "("), (" )", ")"), (" n't", "n't")):
        text = text.replace(a, b)
    return text


def sentence_score(text: str) -> float:
    """The garble score of one translated sentence: the highest of its sentences' scores."""
    import corpuslint_mt

    result = corpuslint_mt.score(text)
    return max((s.score for s in result.sentences), default=0.0)


def features(text: str) -> dict[str, float]:
    import corpuslint_mt
    from corpuslint_mt import lexicon, scoring

    feats = scoring.sentence_features(text, lexicon.load())
    feats["artefacts"] = sum(scoring.WEIGHTS[k] * n for k, n in corpuslint_mt.score(text).counts.items())
    return feats


def fit(rows: list[tuple[dict[str, float], bool]], names: list[str], steps: int = 400) -> dict[str, float]:
    """Logistic regression by gradient descent (no numpy needed): the weights of ``names``."""
    w = {n: 0.0 for n in names}
    b = 0.0
    lr = 0.5
    for _ in range(steps):
        gw = {n: 0.0 for n in names}
        gb = 0.0
        for feats, y in rows:
            z = b + sum(w[n] * feats.get(n, 0.0) for n in names)
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - y
            gb += err
            for n in names:
                gw[n] += err * feats.get(n, 0.0)
        b -= lr * gb / len(rows)
        for n in names:
            w[n] -= lr * gw[n] / len(rows)
    return w


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tune", action="store_true", help="report on dev, with per-feature AUROC and a fitted weighting")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences per pair")
    args = ap.parse_args()
    split = "dev" if args.tune else "test"
    print(f"== MT garble score on MLQE-PE into English, split {'dev' if args.tune else 'test20'}")
    print(f"{'pair':<7} {'AUROC(DA<50)':>12} {'Spearman(z)':>12} {'mt>pe':>7} {'ties':>6} {'n(HTER>=.3)':>12}")
    macro = {"auroc": [], "rho": [], "worse": []}
    tune_rows: list[tuple[dict[str, float], bool]] = []
    per_feature: dict[str, list[tuple[float, bool]]] = {}
    for pair in PAIRS:
        rows = da_rows(split, pair)
        if args.limit:
            rows = rows[:args.limit]
        scores = [sentence_score(r["translation"]) for r in rows]
        bad = [float(r["mean"]) < 50 for r in rows]
        z = [float(r["z_mean"]) for r in rows]
        a, rho = auroc(scores, bad), spearman(scores, z)
        pes = [p for p in pe_rows(split, pair) if p[2] >= 0.3]
        if args.limit:
            pes = pes[:args.limit]
        worse = ties = 0
        for mt, pe, _ in pes:
            smt, spe = sentence_score(detok(mt)), sentence_score(detok(pe))
            worse += smt > spe
            ties += smt == spe
        share = worse / len(pes) if pes else float("nan")
        print(f"{pair:<7} {a:>12.3f} {rho:>12.3f} {share:>7.3f} {ties / max(1, len(pes)):>6.3f} {len(pes):>12}")
        macro["auroc"].append(a)
        macro["rho"].append(rho)
        macro["worse"].append(share)
        if args.tune:
            for r, y in zip(rows, bad):
                f = features(r["translation"])
                tune_rows.append((f, y))
                for k, v in f.items():
                    per_feature.setdefault(k, []).append((v, y))
    m = {k: sum(v) / len(v) for k, v in macro.items()}
    print(f"{'macro':<7} {m['auroc']:>12.3f} {m['rho']:>12.3f} {m['worse']:>7.3f}")
    print("(AUROC > 0.5 and Spearman < 0 mean the score rises with garble; mt>pe: share of machine "
          "outputs scoring worse than their post-edit, ties apart)")
    if args.tune:
        print("\nper-feature AUROC on dev (all pairs pooled):")
        for k, vals in sorted(per_feature.items()):
            print(f"  {k:<20} {auroc([v for v, _ in vals], [y for _, y in vals]):.3f}")
        names = sorted(per_feature)
        weights = fit(tune_rows, names)
        print("logistic weights fitted on dev:", {k: round(v, 2) for k, v in weights.items()})


if __name__ == "__main__":
    main()

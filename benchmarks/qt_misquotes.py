"""Misquote benchmark: PolNeAR articles as sources, generated derived documents with perturbed quotations; scores QT001 and QT002.

Usage: python benchmarks/qt_misquotes.py [--split test] [--seed 1] [--keep DIR]

For every article and every perturbation type, the generator writes one derived document
that quotes the article. Up to two of its quotations get the perturbation (word substituted,
dropped, inserted, negated, number changed, two quotations spliced); the other quotations are
left as they are or get one benign edit (mark style, elision, [brackets], capitalisation of
the first word, edge punctuation). Documents of type ``unmarked`` lose the quotation marks of
up to two quotations (``unmarked-reworded``: and one word changed, as a translation would).
Two styles: ``copy`` (the article with its quotations edited in place) and ``digest`` (each
quotation in a new framing sentence). Everything runs through the real command line with a
``[sources]`` table mapping each derived document to its article.

Scores (unit = one quotation of a derived document; a finding counts for the quotations it
overlaps): QT001 precision and recall per perturbation type (precision within the documents
of that type), the share of benign and unchanged quotations flagged, and QT002 recall on
quotations whose marks were removed (and its precision).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir, prf  # noqa: E402

from corpuslint import Document  # noqa: E402

PERTURBATIONS = ["substituted", "dropped", "inserted", "negated", "number", "spliced"]
BENIGN = ["marks", "elision", "brackets", "capitalisation", "edge-punctuation"]
UNMARKED = ["unmarked", "unmarked-reworded"]
MIN_WORDS = 6          # quotations perturbed (shorter ones are mostly scare quotes and titles)
MIN_UNMARKED = 5       # quotations whose marks are removed
MAX_WORDS = 10_000

_WORD = re.compile(r"\d+(?:[.,]\d+)*[^\W_]*|(?:\[[^\W_]{1,3}\])?[^\W_]+(?:['’][^\W_]+)*")
_AUX = re.compile(r"\b(is|are|was|were|will|would|can|could|should|must|has|have|had|do|does|did)\b", re.I)
_NEG = re.compile(r"\s+not\b|n['’]t\b|\bnever\s+", re.I)
_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "twenty", "thirty", "fifty", "hundred", "thousand", "million", "billion"]
_NUMBER = re.compile(r"\d+|\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.I)
_INSERTS = ["really", "clearly", "always", "certainly", "simply", "entirely", "truly", "even"]
_BRACKETS = ["[sic]", "[in 2016]", "[the campaign]", "[emphasis added]", "[the party]"]
_FRAMES = ["One passage of the report reads: {q}", "{q} the report quotes.", "The article carried this remark: {q}",
           "As the story has it: {q}", "Among the remarks reported: {q}"]
_PROSE_FRAMES = ["The report says that {q}.", "According to the story, {q}.", "It was reported that {q}."]


def words(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


_ELIDED = re.compile(r"\.\s?\.\s?\.|…|\[[^\]]*\]")


def internal(text: str) -> list[re.Match]:
    """Words that are neither first nor last of the quotation or of a part between elisions
    (a word dropped at an edge is only a shorter excerpt, which is no misquote)."""
    out, pos = [], 0
    for m in list(_ELIDED.finditer(text)) + [None]:
        stop = m.start() if m else len(text)
        ws = [w for w in words(text) if pos <= w.start() and w.end() <= stop]
        out.extend(ws[1:-1])
        pos = m.end() if m else stop   # never the editor's own [words]
    return out


def internal_word(rng, text: str, pred=lambda w: True) -> re.Match | None:
    ws = [w for w in internal(text) if pred(w.group())]
    return rng.choice(ws) if ws else None


# -- perturbations of a quotation's inner text (None: not applicable) ------------------------
def substituted(rng, text, ctx):
    w = internal_word(rng, text, lambda s: len(s) >= 4 and s.isalpha())
    if w is None:
        return None
    new = rng.choice([v for v in ctx["vocab"] if v != w.group().lower()])
    return text[:w.start()] + new + text[w.end():]


def dropped(rng, text, ctx):
    w = internal_word(rng, text)
    if w is None:
        return None
    end = w.end()
    while end < len(text) and text[end] == " ":
        end += 1
    return text[:w.start()] + text[end:]


def inserted(rng, text, ctx):
    w = internal_word(rng, text)
    if w is None:
        return None
    return text[:w.start()] + rng.choice(_INSERTS) + " " + text[w.start():]


def negated(rng, text, ctx):
    inner = {w.start() for w in internal(text)}
    m = next((m for m in _NEG.finditer(text) if _word_at(text, m) in inner), None)
    if m:
        return text[:m.start()] + (" " if m.group().startswith(" ") else "") + text[m.end():]
    m = next((m for m in _AUX.finditer(text) if m.start() in inner), None)
    if m is None:
        return None
    return text[:m.end()] + " not" + text[m.end():]


def _word_at(text: str, m: re.Match) -> int:
    """Start of the word a negation match belongs to ("n't" belongs to "don't")."""
    i = m.start() + len(m.group()) - len(m.group().lstrip())
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "'’"):
        i -= 1
    return i


def number(rng, text, ctx):
    inner = {w.start() for w in internal(text)}
    m = next((m for m in _NUMBER.finditer(text) if m.start() in inner), None)
    if m is None:
        return None
    g = m.group()
    if g.isdigit():
        new = str(int(g) + rng.randint(1, 9)) if len(g) < 4 else str(int(g) + rng.choice([-1, 1]) * rng.randint(1, 3))
    else:
        new = rng.choice([n for n in _NUMBER_WORDS if n != g.lower()])
    return text[:m.start()] + new + text[m.end():]


def spliced(rng, text, ctx):
    others = [q for q in ctx["quotes"] if q.text != text and len(words(q.text)) >= 4
              and abs(q.start - ctx["quote"].start) > 400 and not _ELIDED.search(q.text)]
    if not others or _ELIDED.search(text):
        return None
    other = rng.choice(others).text.strip()
    return text.rstrip(" ,.") + " " + other[0].lower() + other[1:]


# -- benign edits ----------------------------------------------------------------------------
def elision(rng, text, ctx):
    ws = words(text)
    if len(ws) < 8:
        return None
    i = rng.randint(1, len(ws) - 6)
    k = rng.randint(2, 4)
    return text[:ws[i].start()] + rng.choice(["... ", "… ", ". . . "]) + text[ws[i + k].start():]


def brackets(rng, text, ctx):
    w = internal_word(rng, text, lambda s: s.lower() in {"he", "she", "they", "it", "we"})
    if w is not None and rng.random() < 0.5:
        return text[:w.start()] + "[" + rng.choice(ctx["names"]) + "]" + text[w.end():]
    w = internal_word(rng, text)
    if w is None:
        return None
    return text[:w.end()] + " " + rng.choice(_BRACKETS) + text[w.end():]


def capitalisation(rng, text, ctx):
    m = re.search(r"[^\W\d_]", text)
    if m is None:
        return None
    c = m.group()
    return text[:m.start()] + (c.lower() if c.isupper() else c.upper()) + text[m.end():]


def edge_punctuation(rng, text, ctx):
    if text and text[-1] in ",.!?;":
        return text[:-1]
    return text + rng.choice([".", ","])


EDITS = {"substituted": substituted, "dropped": dropped, "inserted": inserted, "negated": negated,
         "number": number, "spliced": spliced, "elision": elision, "brackets": brackets,
         "capitalisation": capitalisation, "edge-punctuation": edge_punctuation}


def reworded(rng, text, ctx):
    out = substituted(rng, text, ctx)
    return out if out is not None else text


# -- documents -------------------------------------------------------------------------------
def flip_marks(text: str) -> str:
    return text.replace("’", "\x00").replace("'", "’").replace("\x00", "'")


def make_document(rng, doc: Document, kind: str, style: str, ctx) -> tuple[str, list[tuple[str, int, int]]] | None:
    """(derived text, units) for one article; units are (label, start, end) in the derived text."""
    quotes = [q for q in doc.quotations if q.closed]
    ctx = dict(ctx, quotes=quotes)
    words_of = [len(words(q.text)) for q in quotes]
    n = len(words_of)
    eligible = [i for i in range(n) if (MIN_UNMARKED if kind in UNMARKED else MIN_WORDS) <= words_of[i] <= MAX_WORDS]
    rng.shuffle(eligible)
    labels: dict[int, tuple[str, str | None]] = {}
    for i in eligible:
        if sum(1 for lab, _ in labels.values() if lab == kind) >= 2:
            break
        if kind in UNMARKED:
            labels[i] = (kind, reworded(rng, quotes[i].text, ctx) if kind == "unmarked-reworded" else quotes[i].text)
            continue
        new = EDITS[kind](rng, quotes[i].text, dict(ctx, quote=quotes[i]))
        if new is not None and new != quotes[i].text:
            labels[i] = (kind, new)
    if not labels:
        return None
    for i in range(n):
        if i in labels:
            continue
        if words_of[i] >= 3 and rng.random() < 0.6:
            b = rng.choice(BENIGN)
            new = quotes[i].text if b == "marks" else EDITS[b](rng, quotes[i].text, dict(ctx, quote=quotes[i]))
            if new is not None:
                labels[i] = ("benign:" + b, new)
                continue
        labels[i] = ("unchanged", quotes[i].text)
    return (_copy if style == "copy" else _digest)(rng, doc, quotes, labels)


def _marks(label: str, q, text: str) -> tuple[str, str, str]:
    """(opening mark, text, closing mark) as the derived document writes the quotation."""
    if label in UNMARKED:
        return "", text, ""
    if label == "benign:marks":
        straight = q.mark == '"'
        return ("“", flip_marks(text), "”") if straight else ('"', flip_marks(text), '"')
    return ("“", text, "”")


def _copy(rng, doc, quotes, labels):
    out, units, pos = [], [], 0
    text = doc.text
    for i, q in enumerate(quotes):
        label, new = labels[i]
        out.append(text[pos:q.open_at])
        opening, body, closing = _marks(label, q, new)
        if label not in UNMARKED and label != "benign:marks":
            opening, closing = text[q.open_at], text[q.close_at]
        start = sum(map(len, out))
        out.append(opening + body + closing)
        units.append((label, start, start + len(opening + body + closing)))
        pos = q.close_at + 1
    out.append(text[pos:])
    return "".join(out), units


def _digest(rng, doc, quotes, labels):
    title = doc.text.split("\n", 1)[0].strip()
    out = [f"Digest: {title}\n\nThis digest collects what the people in the story said.\n"]
    units = []
    for i, q in enumerate(quotes):
        label, new = labels[i]
        if len(words(q.text)) < 3:
            continue
        opening, body, closing = _marks(label, q, new)
        if label in UNMARKED:
            frame = rng.choice(_PROSE_FRAMES)
            piece = body.strip().rstrip(",.;:")
        else:
            frame = rng.choice(_FRAMES)
            piece = opening + body + closing
        para = frame.format(q=piece)
        start = sum(map(len, out)) + 1 + para.index(piece)
        out.append("\n" + para + "\n")
        units.append((label, start, start + len(piece)))
    return "".join(out), units


# -- running and scoring -----------------------------------------------------------------------
def run_corpuslint(root: Path, jobs: int) -> list[dict]:
    (root / ".corpuslint.toml").write_text(
        '[sources]\ndiscover = false\n"derived/*/*.txt" = "originals/{stem}.txt"\n')
    cmd = [sys.executable, "-m", "corpuslint", "check", "--select", "QT", "--format", "json", "--jobs", str(jobs), "derived"]
    proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"corpuslint failed ({proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout)


def main() -> None:
    global MIN_WORDS, MAX_WORDS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="write the generated corpus here and keep it")
    ap.add_argument("--show", type=int, default=0, help="print this many misses and false alarms")
    ap.add_argument("--min-words", type=int, default=MIN_WORDS,
                    help=f"shortest quotation to perturb (default {MIN_WORDS}; shorter ones are mostly scare quotes)")
    ap.add_argument("--max-words", type=int, default=10_000, help="longest quotation to perturb")
    ap.add_argument("--reuse", action="store_true", help="re-check the corpus kept in --keep without regenerating")
    args = ap.parse_args()
    if args.reuse and args.keep:
        saved = json.loads((args.keep / "units.json").read_text())
        texts = {rel: (args.keep / rel).read_text(encoding="utf-8") for rel in saved}
        t0 = time.perf_counter()
        findings = run_corpuslint(args.keep, args.jobs)
        score(findings, texts, {k: [tuple(u) for u in v] for k, v in saved.items()},
              time.perf_counter() - t0, args.show)
        return

    MIN_WORDS, MAX_WORDS = args.min_words, args.max_words
    rng = random.Random(args.seed)
    articles = sorted(data_dir("polnear", args.split, "text").glob("*.txt"))
    root = args.keep or Path(tempfile.mkdtemp(prefix="qt-bench-"))
    (root / "originals").mkdir(parents=True, exist_ok=True)
    docs = []
    vocab: set[str] = set()
    for path in articles:
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        docs.append((path.stem, text, Document(text, path.name)))
        vocab.update(w.lower() for w in re.findall(r"\b[a-z]{4,10}\b", text))
    ctx = {"vocab": sorted(vocab), "names": ["Clinton", "Trump", "the senator", "the governor", "the campaign"]}
    units: dict[str, list[tuple[str, int, int]]] = {}
    texts: dict[str, str] = {}
    for stem, text, doc in docs:
        (root / "originals" / f"{stem}.txt").write_text(text, encoding="utf-8")
        for kind in PERTURBATIONS + UNMARKED:
            for style in ("copy", "digest"):
                made = make_document(rng, _WithMarks(doc), kind, style, ctx)
                if made is None:
                    continue
                rel = f"derived/{kind}-{style}/{stem}.txt"
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                (root / rel).write_text(made[0], encoding="utf-8")
                texts[rel], units[rel] = made
    if args.keep:
        (root / "units.json").write_text(json.dumps(units))
    t0 = time.perf_counter()
    findings = run_corpuslint(root, args.jobs)
    elapsed = time.perf_counter() - t0
    score(findings, texts, units, elapsed, args.show)
    if not args.keep:
        import shutil

        shutil.rmtree(root)


class _Q:
    """A quotation with the character of its opening mark (for mark-style edits)."""

    def __init__(self, q, text):
        self.__dict__.update(q.__dict__)
        self.mark = text[q.open_at]
        self.closed = q.closed


class _WithMarks:
    """An article's text and quotations, each quotation knowing its mark."""

    def __init__(self, doc):
        self.text = doc.text
        self.quotations = [_Q(q, doc.text) for q in doc.quotations]


def score(findings, texts, units, elapsed, show) -> None:
    flagged: dict[tuple[str, str], set[int]] = defaultdict(set)   # (code, path) -> unit indexes
    stray: dict[str, list] = defaultdict(list)                     # findings on no unit
    for f in findings:
        doc = Document(texts[f["path"]], f["path"])
        a = doc.offset(f["line"], f["column"])
        b = doc.offset(f["end_line"], f["end_column"])
        hit = [i for i, (_, s, e) in enumerate(units[f["path"]]) if s < max(b, a + 1) and a < e]
        flagged[(f["code"], f["path"])].update(hit)
        if not hit:
            stray[f["code"]].append(f)

    kinds = defaultdict(lambda: [0, 0])          # label -> [units, flagged by QT001]
    kinds2 = defaultdict(lambda: [0, 0])         # label -> [units, flagged by QT002]
    kinds3 = defaultdict(lambda: [0, 0])
    per_type = {t: [0, 0, 0] for t in PERTURBATIONS}   # tp, fp, fn
    misses, alarms, alarms2 = [], [], []
    for path, us in units.items():
        dtype = path.split("/")[1].rsplit("-", 1)[0]
        for i, (label, s, e) in enumerate(us):
            hit1 = i in flagged[("QT001", path)]
            kinds[label][0] += 1
            kinds[label][1] += hit1
            kinds2[label][0] += 1
            kinds2[label][1] += i in flagged[("QT002", path)]
            if label not in UNMARKED and i in flagged[("QT002", path)]:
                alarms2.append((label, path, texts[path][s:e]))
            kinds3[label][0] += 1
            kinds3[label][1] += i in flagged[("QT003", path)]
            if dtype in per_type:
                if label == dtype:
                    per_type[dtype][0 if hit1 else 2] += 1
                    if not hit1:
                        misses.append((label, path, texts[path][s:e]))
                elif hit1:
                    per_type[dtype][1] += 1
                    alarms.append((label, path, texts[path][s:e]))
        if dtype in per_type:
            per_type[dtype][1] += sum(1 for f in stray["QT001"] if f["path"] == path)

    import resource

    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_s = cpu.ru_utime + cpu.ru_stime
    print(f"QT misquote benchmark: {len(units)} derived documents, "
          f"{sum(len(u) for u in units.values())} quotations; corpuslint took {elapsed:.1f} s wall, "
          f"{cpu_s:.1f} s CPU ({1000 * cpu_s / max(1, len(units)):.0f} ms per document)")
    print("\nQT001 per perturbation type (precision within documents of that type):")
    print(f"  {'type':<12} {'quotes':>6} {'P':>6} {'R':>6} {'F1':>6}  target P>=0.95 R>=0.90")
    ok = True
    for t, (tp, fp, fn) in per_type.items():
        p, r, f1 = prf(tp, fp, fn)
        met = p >= 0.95 and r >= 0.90
        ok &= met
        print(f"  {t:<12} {tp + fn:>6} {p:>6.3f} {r:>6.3f} {f1:>6.3f}  {'met' if met else 'NOT MET'}")
    tp = sum(v[0] for v in per_type.values())
    fp = sum(v[1] for v in per_type.values())
    fn = sum(v[2] for v in per_type.values())
    p, r, f1 = prf(tp, fp, fn)
    print(f"  {'all':<12} {tp + fn:>6} {p:>6.3f} {r:>6.3f} {f1:>6.3f}")
    print("\nQT001 flags on quotations that are not misquotes (all documents):")
    for label in ["unchanged"] + ["benign:" + b for b in BENIGN] + UNMARKED:
        n, k = kinds[label]
        print(f"  {label:<26} {k:>4} of {n:>5} ({k / n if n else 0:.3f})")
    print(f"  findings on no quotation: {len(stray['QT001'])}")

    print("\nQT002 (marks removed):")
    tp2 = sum(kinds2[u][1] for u in UNMARKED)
    fp2 = sum(k for label, (n, k) in kinds2.items() if label not in UNMARKED) + len(stray["QT002"])
    for u in UNMARKED:
        n, k = kinds2[u]
        print(f"  recall {u:<20} {k / n if n else 0:.3f} ({k} of {n})  target >= 0.85 "
              f"{'met' if n and k / n >= 0.85 else 'NOT MET'}")
    n_all = sum(kinds2[u][0] for u in UNMARKED)
    print(f"  recall all                  {tp2 / n_all if n_all else 0:.3f}; precision {prf(tp2, fp2, 0)[0]:.3f} "
          f"({fp2} findings elsewhere)")
    print("\nQT003 (info) on: " + ", ".join(f"{lab} {k}/{n}" for lab, (n, k) in sorted(kinds3.items()) if k))
    if show:
        print("\nmisses:")
        for m in misses[:show]:
            print("  ", m)
        print("false alarms:")
        for m in alarms[:show]:
            print("  ", m)
        print("QT002 false alarms:")
        for m in alarms2[:show]:
            print("  ", m)
        for f in stray["QT002"][:show]:
            print("   (no quotation)", f["path"], f["line"], f["message"][:200])
    print("\nQT001 targets " + ("met" if ok else "NOT all met"))


if __name__ == "__main__":
    main()

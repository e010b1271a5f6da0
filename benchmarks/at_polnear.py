"""AT001 on PolNeAR: natural unattributed quotations, and attributed ones with speaker and cue deleted.

Usage: python benchmarks/at_polnear.py [--split test|dev|train] [--min-words N] [--show N]

Units are the quotations the core finds (``doc.quotations``). A quotation belongs to the
smallest annotated attribution whose Content covers most of it: an ``Attribution`` with a
Source is *attributed*; ``Attribution-no-source`` (or no Source) is *unattributed* (natural
positive); a quotation outside every Content is a scare quote, title or name (or a quotation
the annotator skipped). Ablation: for each attributed quotation, a copy of the article with
that attribution's Source and Cue spans deleted; its quotations are positives.
"""
from __future__ import annotations

import argparse
import random
import bisect
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from _data import data_dir, prf  # noqa: E402
from _polnear import Article, Event, load  # noqa: E402

from corpuslint import Context, Document  # noqa: E402
from corpuslint_attribution.unattributed import QuotationWithoutSpeaker, _Frames, _is_speech  # noqa: E402

WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def overlap(a: int, b: int, spans: list[tuple[int, int]]) -> int:
    return sum(max(0, min(b, e) - max(a, s)) for s, e in spans)


def owner(q, events: list[Event]) -> Event | None:
    """The smallest event whose Content covers at least half of the quotation's words."""
    need = max(1, (q.end - q.start) // 2)
    best = None
    for ev in events:
        if ev.content and overlap(q.start, q.end, ev.content) >= need:
            size = sum(e - s for s, e in ev.content)
            if best is None or size < best[0]:
                best = (size, ev)
    return best[1] if best else None


def flagged(rule, ctx, doc: Document) -> set[int]:
    return {f.start for f in rule.check(doc, ctx)}


def delete(text: str, spans: list[tuple[int, int]]):
    """``text`` without ``spans``, and a function mapping old offsets to new ones."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, pos, cuts, removed = [], 0, [], 0
    for s, e in merged:
        out.append(text[pos:s])
        removed += e - s
        cuts.append((e, removed))
        pos = e
    out.append(text[pos:])
    ends = [c[0] for c in cuts]

    def mapping(off: int) -> int:
        i = bisect.bisect_right(ends, off) - 1
        return off - (cuts[i][1] if i >= 0 else 0)

    # Deleting "Smith said" mid-sentence leaves doubled spaces and stray commas; tidy only spaces.
    return "".join(out), mapping


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test")
    ap.add_argument("--min-words", type=int, default=QuotationWithoutSpeaker.options["min-words"])
    ap.add_argument("--neighbours", default=QuotationWithoutSpeaker.options["neighbours"],
                    type=lambda v: v.lower() in ("true", "1", "yes"), help="true or false")
    ap.add_argument("--show", type=int, default=0, help="print this many missed and false examples")
    args = ap.parse_args()
    articles: list[Article] = load(data_dir("polnear"), args.split)
    rule = QuotationWithoutSpeaker()
    ctx = Context({"min-words": args.min_words, "neighbours": args.neighbours})
    t0 = time.perf_counter()

    nat = Counter()  # natural: tp, fp, fn
    cls_total, cls_flag = Counter(), Counter()
    abl_total = abl_hit = 0
    abl_total_long = abl_hit_long = 0
    missed, false = [], []
    missed_why = Counter()
    for art in articles:
        doc = Document(art.text, art.name + ".txt")
        hits = flagged(rule, ctx, doc)
        for q in doc.quotations:
            ev = owner(q, art.events)
            long = len(WORD.findall(q.text)) >= args.min_words
            if ev is None:
                cls = "outside (scare/title/name)" + (" >=min" if long else " <min")
            elif ev.has_source:
                cls = "attributed" + (" >=min" if long else " <min")
            else:
                cls = "unattributed" + (" >=min" if long else " <min")
            cls_total[cls] += 1
            hit = q.open_at in hits
            cls_flag[cls] += hit
            positive = ev is not None and not ev.has_source
            if hit and positive:
                nat["tp"] += 1
            elif hit:
                nat["fp"] += 1
                if cls.startswith("attributed"):
                    false.append((art.name, art.text[max(0, q.open_at - 200):q.end + 120]))
            elif positive:
                nat["fn"] += 1
        # Ablation: one copy per attributed event that quotes, its Source and Cue deleted.
        for ev in art.events:
            if not ev.has_source or not ev.cue:
                continue
            quoted = [q for q in doc.quotations if owner(q, [ev]) is ev]
            if not quoted:
                continue
            cut = ev.source + ev.cue
            if any(overlap(s, e, ev.content) for s, e in cut):
                continue  # speaker inside the quotation: nothing to delete cleanly
            text, mapping = delete(art.text, cut)
            copy = Document(text, art.name + ".txt")
            chits = flagged(rule, ctx, copy)
            starts = {q.open_at: q for q in copy.quotations}
            for q in quoted:
                new = mapping(q.open_at)
                if new not in starts:
                    continue
                hit = new in chits
                abl_total += 1
                abl_hit += hit
                if len(WORD.findall(q.text)) >= args.min_words:
                    abl_total_long += 1
                    abl_hit_long += hit
                    if not hit:
                        frames = _Frames(copy)
                        idx = next(i for i, cq in enumerate(copy.quotations) if cq.open_at == new)
                        why = frames.why(idx, args.neighbours)
                        if why is None:
                            why = "run-on" if _is_speech(copy, starts[new], args.min_words) else "not speech"
                        missed_why[why] += 1
                        missed.append((art.name, text[max(0, new - 200):new + len(q.text) + 120]))
    elapsed = time.perf_counter() - t0

    print(f"PolNeAR {args.split}: {len(articles)} articles, AT001 min-words={args.min_words}, "
          f"neighbours={args.neighbours}")
    p, r, f = prf(nat["tp"], nat["fp"], nat["fn"])
    print(f"natural unattributed quotations: P={p:.3f} R={r:.3f} F1={f:.3f} "
          f"(tp={nat['tp']} fp={nat['fp']} fn={nat['fn']}; fp counts every other flagged quotation)")
    print("flag rate by class (original articles):")
    for cls in sorted(cls_total):
        print(f"  {cls:34s} {cls_flag[cls]:5d} / {cls_total[cls]:5d} = {cls_flag[cls] / cls_total[cls]:.3f}")
    att_n = cls_total["attributed >=min"] + cls_total["attributed <min"]
    att_f = cls_flag["attributed >=min"] + cls_flag["attributed <min"]
    out_n = cls_total["outside (scare/title/name) >=min"] + cls_total["outside (scare/title/name) <min"]
    out_f = cls_flag["outside (scare/title/name) >=min"] + cls_flag["outside (scare/title/name) <min"]
    print(f"attributed quotations flagged: {att_f}/{att_n} = {att_f / max(att_n, 1):.3f} (all lengths); "
          f">= min-words: {cls_flag['attributed >=min'] / max(cls_total['attributed >=min'], 1):.3f}")
    print(f"scare quotes / titles / names (outside any Content) flagged: {out_f}/{out_n} = {out_f / max(out_n, 1):.3f}")
    print(f"ablation (speaker and cue deleted): recall {abl_hit_long}/{abl_total_long} = "
          f"{abl_hit_long / max(abl_total_long, 1):.3f} on quotations >= min-words; "
          f"{abl_hit}/{abl_total} = {abl_hit / max(abl_total, 1):.3f} on all lengths")
    tp, fp = abl_hit_long, cls_flag["attributed >=min"]
    ap_, ar, af = prf(tp, fp, abl_total_long - tp)
    print(f"ablation P/R/F1 (positives: ablated copies; negatives: the attributed originals, >= min-words): "
          f"P={ap_:.3f} R={ar:.3f} F1={af:.3f}")
    print("missed ablations by what attributed them:", dict(missed_why.most_common()))
    print(f"time: {elapsed:.1f} s")
    for title, rows in (("missed ablations", missed), ("flagged attributed", false)):
        for name, ctxt in random.Random(0).sample(rows, min(args.show, len(rows))):
            print(f"--- {title}: {name}\n{ctxt!r}")


if __name__ == "__main__":
    main()

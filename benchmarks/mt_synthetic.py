"""MT round-trip artefacts, synthetic but on real text: span recall per artefact type, and false
findings per 1,000 words on the clean twins.

Takes the clean articles of news-bbc and news-cnndm, injects at recorded positions the artefacts
of a poor round-trip translation (glued words, a name lower-cased where the document also writes
it capitalised, a foreign function word, a/an errors, misplaced possessives, a space before a
hyphen, a dropped closing quotation mark), keeps the untouched article as its clean twin, and
runs the MT rules on both. An injected artefact is found when an MT finding overlaps its span.

Run: ``.venv/bin/python benchmarks/mt_synthetic.py [--limit N] [--seed 0] [--show 5]``.
Targets (issue 4): recall >= 0.80 overall, false findings <= 0.3 per 1,000 words on clean twins.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _mt import LINE_CODES, MTLinter, news_articles, words  # noqa: E402

TYPES = ("glued", "name-lower", "foreign", "article", "possessive", "hyphen-space", "dropped-quote")

# Function words of the languages English is most often round-tripped through. Words that are
# also ordinary English words ("die", "as", "do", "no", "e") are left out: in English text they
# are not artefacts a reader could see.
FOREIGN = {
    "fr": "de la le et du des les pour dans avec sur une est au aux".split(),
    "es": "de la el y los las del para con por una que es".split(),
    "de": "und der das mit von für auf ist ein eine zu dem den nicht".split(),
    "it": "di il la che per con del della una gli sono nel".split(),
    "pt": "de da em para com uma os que não dos".split(),
}
ENGLISH_FUNCTION = ("of", "and", "in", "for", "with", "to", "on")


@dataclass
class Edit:
    start: int          # in the clean text
    end: int
    replacement: str
    kind: str
    rel: tuple[int, int]  # the artefact's span inside the replacement (or around it, see below)


def _known(word: str) -> bool:
    import wordfreq

    return wordfreq.zipf_frequency(word, "en") >= 3.0


def candidates(text: str, rng: random.Random) -> dict[str, list[Edit]]:
    """Every place each artefact could be injected in ``text``."""
    out: dict[str, list[Edit]] = defaultdict(list)
    # glued: two lower-case words joined (not when the join is itself an English word)
    for m in re.finditer(r"(?<= )([a-z]{2,}) ([a-z]{2,})(?=[ ,.;:])", text):
        joined = m.group(1) + m.group(2)
        if not _known(joined):
            out["glued"].append(Edit(m.start(), m.end(), joined, "glued", (0, len(joined))))
    # name-lower: a capitalised word written mid-sentence at least twice, never lower-case
    mid = Counter(m.group(1) for m in re.finditer(r"[a-z,] ([A-Z][a-z]{3,})(?=[ ,.;:'’])", text))
    for name, n in mid.items():
        if n < 2 or re.search(rf"\b{name.lower()}\b", text):
            continue
        for m in re.finditer(rf"(?<=[a-z,] ){name}(?=[ ,.;:])", text):
            out["name-lower"].append(Edit(m.start(), m.end(), name.lower(), "name-lower", (0, len(name))))
    # foreign: an English function word between lower-case words replaced by a foreign one
    for m in re.finditer(r"(?<=[a-z] )(" + "|".join(ENGLISH_FUNCTION) + r")(?= [a-z])", text):
        lang = rng.choice(sorted(FOREIGN))
        word = rng.choice(FOREIGN[lang])
        out["foreign"].append(Edit(m.start(), m.end(), word, "foreign", (0, len(word))))
    # article: "a X" <-> "an X" (words whose sound the spelling makes plain)
    for m in re.finditer(r"(?<= )(an?) ([a-z]{3,})(?=[ ,.;:])", text):
        art, word = m.group(1), m.group(2)
        if word[0] in "hu" or word.startswith(("eu", "one", "once")):
            continue
        vowel = word[0] in "aeio"
        if (art == "an") != vowel:
            continue  # the original is wrong already: leave it
        flipped = ("a" if art == "an" else "an") + " " + word
        out["article"].append(Edit(m.start(), m.end(), flipped, "article", (0, len(flipped))))
    # possessive: "Name's" -> "Names'" for a singular name
    for m in re.finditer(r"(?<= )([A-Z][a-z]{2,}[^s\W])['’]s(?=[ ,.;:])", text):
        name = m.group(1)
        if re.search(rf"\b{name}s\b", text):
            continue
        broken = f"{name}s'"
        out["possessive"].append(Edit(m.start(), m.end(), broken, "possessive", (0, len(broken))))
    # hyphen-space: "two-day" -> "two -day"
    for m in re.finditer(r"(?<= )([a-z]{2,})-([a-z]{2,})(?=[ ,.;:])", text):
        spaced = f"{m.group(1)} -{m.group(2)}"
        out["hyphen-space"].append(Edit(m.start(), m.end(), spaced, "hyphen-space", (len(m.group(1)), len(m.group(1)) + 1)))
    # dropped-quote: a quotation closed on its line loses its closing mark; the artefact's span
    # runs from the opening mark to where the closing mark was
    for line in re.finditer(r"[^\n]+", text):
        for q in re.finditer(r"“[^“”\n]{10,}?”|(?<![\w\"])\"[^\"\n]{10,}?\"(?![\w])", line.group()):
            if line.group().count("“") + line.group().count('"') > 2:
                continue  # one quotation per line, so the dropped mark is not re-paired
            a = line.start() + q.start()
            b = line.start() + q.end()
            inner = text[a:b - 1]
            out["dropped-quote"].append(Edit(a, b, inner, "dropped-quote", (0, len(inner))))
    return out


def inject(text: str, rng: random.Random) -> tuple[str, list[tuple[str, int, int]]]:
    """The garbled twin of ``text`` and the recorded (kind, start, end) of every artefact in it."""
    cands = candidates(text, rng)
    chosen: list[Edit] = []
    for kind in TYPES:
        options = cands.get(kind, [])
        rng.shuffle(options)
        for e in options:
            # one artefact per kind; artefacts apart from each other (not in the same sentence)
            if all(e.end + 60 < c.start or c.end + 60 < e.start for c in chosen):
                chosen.append(e)
                break
    chosen.sort(key=lambda e: e.start)
    pieces, spans, pos, shift = [], [], 0, 0
    for e in chosen:
        pieces.append(text[pos:e.start])
        new_start = e.start + shift
        pieces.append(e.replacement)
        spans.append((e.kind, new_start + e.rel[0], new_start + e.rel[1]))
        shift += len(e.replacement) - (e.end - e.start)
        pos = e.end
    pieces.append(text[pos:])
    return "".join(pieces), spans


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=3, help="missed examples shown per type")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    lint = MTLinter(codes=LINE_CODES)
    doc_rule = MTLinter(codes=("MT001",))
    injected, hit, by_code = Counter(), Counter(), defaultdict(Counter)
    missed: dict[str, list[str]] = defaultdict(list)
    clean_words = clean_false = garbled_extra = 0
    clean_tokens: Counter = Counter()
    docs = garbled_flagged = clean_flagged = 0
    start = time.perf_counter()
    for i, (doc_id, text) in enumerate(news_articles()):
        if args.limit and i >= args.limit:
            break
        docs += 1
        garbled, spans = inject(text, rng)
        found = lint(garbled)
        for kind, a, b in spans:
            injected[kind] += 1
            over = [f for f in found if f.start <= b and f.end >= a and (f.end > f.start or a <= f.start <= b)]
            if over:
                hit[kind] += 1
                by_code[kind][over[0].code] += 1
            elif len(missed[kind]) < args.show:
                missed[kind].append(f"{doc_id}: ...{garbled[max(0, a - 40):b + 30]!r}...".replace("\\n", " "))
        garbled_extra += sum(1 for f in found if not any(f.start <= b and f.end >= a for _, a, b in spans))
        clean = lint(text)
        clean_words += words(text)
        clean_false += len(clean)
        clean_tokens.update(f"{f.code} {text[f.start:f.end]!r}" for f in clean)
        garbled_flagged += bool(doc_rule(garbled))
        clean_flagged += bool(doc_rule(text))
    total_i, total_h = sum(injected.values()), sum(hit.values())
    print(f"== MT round-trip artefacts injected into {docs} clean news articles (news-bbc + news-cnndm), seed {args.seed}")
    print(f"{'artefact':<15} {'injected':>8} {'found':>6} {'recall':>7}  found by")
    for kind in TYPES:
        n, h = injected[kind], hit[kind]
        codes = ", ".join(f"{c} {k}" for c, k in by_code[kind].most_common(3))
        print(f"{kind:<15} {n:>8} {h:>6} {h / n if n else 0:>7.3f}  {codes}")
    print(f"{'overall':<15} {total_i:>8} {total_h:>6} {total_h / total_i if total_i else 0:>7.3f}  (target >= 0.80)")
    print(f"\nclean twins: {clean_false} per-line MT findings in {clean_words} words = "
          f"{1000 * clean_false / clean_words:.3f} per 1,000 words (target <= 0.3)")
    print(f"garbled twins: {garbled_extra} findings away from the injected artefacts")
    print(f"MT001 fires on {garbled_flagged}/{docs} garbled twins ({garbled_flagged / docs:.1%}) "
          f"and {clean_flagged}/{docs} clean twins ({clean_flagged / docs:.1%})")
    print("\nmost frequent findings on the clean twins:")
    for tok, n in clean_tokens.most_common(15):
        print(f"  {n:>3}  {tok}")
    print("\nexamples of missed artefacts:")
    for kind in TYPES:
        for line in missed[kind]:
            print(f"  [{kind}] {line}")
    print(f"\n({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()

"""BP008: lines recurring across the corpus, counted in the runner's corpus phase."""
from __future__ import annotations

import random

from corpuslint_boilerplate.sketch import CountMinSketch

TOPICS = ["apples", "bridges", "clocks", "dragons", "engines", "ferries", "gardens", "harbours"]
FOOTER = "Example Gazette, 1 Main Street, Springfield"


def corpus(n: int, footer: str = FOOTER) -> dict[str, str]:
    return {f"site/{t}.txt": f"A long story about {t}, told by the people who know them best.\n\n{footer}\n"
            for t in TOPICS[:n]}


def test_bp008_line_in_five_documents_is_flagged_everywhere(lint):
    found = lint(corpus(5), select=["BP008"])
    assert [(f.path, f.line) for f in found] == [(f"site/{t}.txt", 3) for t in TOPICS[:5]]
    assert all(f.data == {"documents": 5} and f.fix.safe for f in found)


def test_bp008_below_the_threshold_nothing(lint):
    assert lint(corpus(4), select=["BP008"]) == []


def test_bp008_thresholds_are_options(lint):
    assert len(lint(corpus(4), select=["BP008"], config={"rules": {"BP008": {"min-documents": 3}}})) == 4
    # a share of the corpus can raise the bar: 8 documents x 0.75 = 6 > 5
    files = {**corpus(5), **{f"other/{t}.txt": f"Something else about {t} entirely.\n" for t in TOPICS[5:8]}}
    assert lint(files, select=["BP008"], config={"rules": {"BP008": {"min-share": 0.75}}}) == []


def test_bp008_numbers_are_folded_but_quotes_and_bylines_are_not_counted(lint):
    files = {f"f/{t}.txt": f"Story about {t} with its own words.\n\nPosts: {i * 37}\n\n\"Yes.\"\n\nBy Jane Doe\n"
             for i, t in enumerate(TOPICS[:6])}
    found = lint(files, select=["BP008"])
    assert {f.line for f in found} == {3}


def test_bp008_same_findings_with_one_and_two_jobs(lint):
    files = corpus(8)
    files.update({f"extra/{t}.txt": f"{FOOTER}\n\nMore about {t}.\n" for t in TOPICS})
    one = lint(files, select=["BP008"], jobs=1)
    two = lint(files, select=["BP008"], jobs=2)
    assert one and [(f.path, f.line, f.message) for f in one] == [(f.path, f.line, f.message) for f in two]


def test_sketch_never_undercounts_and_is_fixed_size():
    sketch = CountMinSketch(width=4096)
    rng = random.Random(1)
    truth: dict[int, int] = {}
    for _ in range(3000):
        h = rng.choice([rng.getrandbits(64), 7, 11, 13])
        truth[h] = truth.get(h, 0) + 1
        sketch.add(h)
    assert all(sketch.estimate(h) >= n for h, n in truth.items())
    assert sketch.estimate(7) == truth[7]  # heavy items are exact here
    assert sketch.nbytes == 4 * 4096 * 2


def test_bp008_same_findings_whether_the_runner_keeps_phase_one_documents_or_not(lint, monkeypatch):
    """Phase 1 leaves its line keys and hashes on a document the runner keeps for phase 2;
    read again, the document gets them computed afresh: the findings must not differ."""
    from corpuslint import runner

    files = {}
    for i, t in enumerate(TOPICS):
        lines = [f"Story about {t} with its own words.", "", f"• Posts: {i * 37}", "", "\u201cYes.\u201d", "",
                 "By Jane Doe", "", "- Share | Tweet", "", "Read\u200bmore" if i % 2 else "Read more", "", FOOTER]
        files[f"f/{t}.txt"] = "\n".join(lines) + "\n"
        files[f"m/{t}.md"] = f"---\ntitle: {t}\n---\n" + "\n".join(lines) + "\n"
    kept = lint(files, select=["BP"])
    monkeypatch.setattr(runner, "KEEP_CHARS", 0)
    assert lint(files, select=["BP"]) == kept
    assert {f.line for f in kept if f.code == "BP008" and f.path.startswith("f/")} >= {3, 9, 13}

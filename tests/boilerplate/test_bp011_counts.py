"""BP011 counts function words only as far as it needs: the classes it gives are those of whole counts."""
from __future__ import annotations

import random

import corpuslint
from corpuslint_boilerplate import content, lexicon
from corpuslint_boilerplate.lines import rows, words

OPTS = dict(content.LowContentLine.options)
FUNCTION = ["the", "of", "and", "to", "in", "it", "was", "that", "with", "for", "on", "as"]
CONTENT = ["council", "bridge", "river", "budget", "Menu", "Login", "Weather", "price", "2024", "£5", "café"]


def _document(rng: random.Random) -> corpuslint.Document:
    lines = []
    for _ in range(rng.randrange(1, 12)):
        share = rng.random()
        n = rng.choice([1, 3, 6, 23, 24, 25, 40, 97])
        ws = [rng.choice(FUNCTION) if rng.random() < share else rng.choice(CONTENT) for _ in range(n)]
        lines.append(" ".join(ws) + rng.choice(["", ".", " »", ","]))
    return corpuslint.Document("\n".join(lines) + "\n", "a.txt")


def test_partial_counts_are_lower_bounds_that_reach_the_share():
    rng = random.Random(7)
    for _ in range(500):
        doc = _document(rng)
        counts, stops = words(doc)
        c, s, partial = content._function_words(rows(doc), OPTS["stopwords-high"])
        assert c == counts
        for n, whole, part in zip(counts, stops, s):
            assert part == whole or (part < whole and part / n >= OPTS["stopwords-high"])
        assert partial or s == stops
        # The foreign-document test on lower bounds, then on whole counts only when it says yes.
        texts = [r.tidy for r in rows(doc)]
        for share in (0.12, 0.3, 0.5):
            whole = content._foreign(texts, counts, stops, share)
            assert (content._foreign(texts, c, s, share) and (not partial or whole)) == whole


def test_classes_from_partial_counts_equal_classes_from_whole_counts():
    rng = random.Random(11)
    stopwords = lexicon.words("stopwords_en")
    for _ in range(500):
        doc = _document(rng)
        rs = rows(doc)
        texts = [r.tidy for r in rs]
        c, s, _ = content._function_words(rs, OPTS["stopwords-high"])
        assert content.classify(texts, stopwords, OPTS, c, s) == content.classify(texts, stopwords, OPTS, *words(doc))


def test_a_document_of_foreign_long_lines_is_still_skipped(lint):
    # Long lines with hardly any English function words: another language, no BP011 finding.
    line = " ".join(["Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor"] * 3)
    text = "\n".join([line, "Menu", "Home", line, "Contact", line]) + "\n"
    assert not [f for f in lint({"a.txt": text}, select=["BP011"])]
    english = lint({"a.txt": text}, select=["BP011"], config={"rules": {"BP011": {"foreign-density": 0.0}}})
    assert english  # judged as English, the same lines are flagged: the skip above is the foreign test

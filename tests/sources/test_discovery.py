"""Discovery: copies and paraphrases are found, independent writing is not, and the direction is right."""
from __future__ import annotations

import source_probe
from fixtures import COPY, EXPANDED, GARBLED, INDEPENDENT, ORIGINAL, PARAPHRASE, excerpt

from corpuslint.document import Document
from corpuslint.sources import align


def sources_of(findings):
    return {f.path: f.message for f in findings if f.code == "SRC001"}


def test_a_near_verbatim_copy_is_discovered_with_its_source(lint):
    found = lint({"gazette.txt": ORIGINAL, "reprint.txt": COPY}, plugins=[source_probe], select=["SRC001"])
    assert sources_of(found) == {"reprint.txt": "source=gazette.txt how=discovered"}


def test_a_sentence_by_sentence_paraphrase_is_discovered(lint):
    found = lint({"gazette.txt": ORIGINAL, "rewrite.txt": PARAPHRASE}, plugins=[source_probe], select=["SRC001"])
    assert sources_of(found) == {"rewrite.txt": "source=gazette.txt how=discovered"}


def test_independent_articles_sharing_one_quotation_are_not_each_others_source(lint):
    found = lint({"gazette.txt": ORIGINAL, "feature.txt": INDEPENDENT, "reprint.txt": COPY},
                 plugins=[source_probe], select=["SRC001"])
    assert sources_of(found) == {"reprint.txt": "source=gazette.txt how=discovered"}


def test_two_copies_of_one_original_both_point_at_the_original(lint):
    found = lint({"gazette.txt": ORIGINAL, "reprint.txt": COPY, "rewrite.txt": PARAPHRASE},
                 plugins=[source_probe], select=["SRC001"])
    assert sources_of(found) == {"reprint.txt": "source=gazette.txt how=discovered",
                                 "rewrite.txt": "source=gazette.txt how=discovered"}


def test_direction_from_metadata_dates(lint):
    older = "---\ndate: 2024-03-01\n---\n" + ORIGINAL
    newer = "---\ndate: 2024-03-05\n---\n" + ORIGINAL.replace("Monday", "Monday evening")
    found = lint({"a.md": newer, "b.md": older}, plugins=[source_probe], select=["SRC001"])
    assert sources_of(found) == {"a.md": "source=b.md how=discovered"}


def test_direction_from_a_credit_line_naming_the_source_title(lint):
    original = "---\ntitle: Harbour town approves new footbridge\n---\n" + ORIGINAL
    copy = ORIGINAL + "\nOriginally published as Harbour town approves new footbridge.\n"
    found = lint({"z_original.md": original, "a_copy.txt": copy}, plugins=[source_probe], select=["SRC001"])
    assert sources_of(found) == {"a_copy.txt": "source=z_original.md how=discovered"}


def test_identical_documents_without_any_cue_are_reported_undecided_not_guessed(lint):
    found = lint({"a.txt": ORIGINAL, "b.txt": ORIGINAL}, plugins=[source_probe], select=["SRC001"])
    assert sources_of(found) == {}  # ctx.source() gives neither document a source
    result = lint.run(plugins=[source_probe], select=["SRC001"], paths=["a.txt", "b.txt"])
    [link] = result.corpus.undecided
    assert (link.derived, link.source, link.decided) == ("a.txt", "b.txt", False)
    assert "direction undecided" in link.evidence


def test_discover_false_turns_discovery_off(lint):
    found = lint({"gazette.txt": ORIGINAL, "reprint.txt": COPY}, plugins=[source_probe], select=["SRC001"],
                 config={"sources": {"discover": False}})
    assert found == []


def test_min_shared_is_an_option(lint):
    found = lint({"gazette.txt": ORIGINAL, "reprint.txt": COPY}, plugins=[source_probe], select=["SRC001"],
                 config={"sources": {"min-shared": 1.01}})
    assert found == []


def test_discovery_gives_the_same_answer_with_worker_processes(lint):
    files = {"gazette.txt": ORIGINAL, "reprint.txt": COPY, "rewrite.txt": PARAPHRASE, "feature.txt": INDEPENDENT}
    one = lint(files, plugins=[source_probe], select=["SRC001"], jobs=1)
    two = lint(files, plugins=[source_probe], select=["SRC001"], jobs=2)
    assert sources_of(one) == sources_of(two) and len(sources_of(one)) == 2


def test_align_pairs_sentences_in_order_with_scores():
    derived, source = Document(PARAPHRASE, "p.txt"), Document(ORIGINAL, "o.txt")
    pairs = align(derived, source)
    assert len(pairs) >= 8
    assert [source.sentences.index(s) for _, s, _ in pairs] == sorted(source.sentences.index(s) for _, s, _ in pairs)
    for d, s, score in pairs:
        assert derived.text[d.start:d.end] == d.text and source.text[s.start:s.end] == s.text
        assert 0.0 < score <= 1.0
    # the mayor's words, which lost their quotation marks in the paraphrase, still align
    mayor = next((d, s) for d, s, _ in pairs if "Halvorsen" in d.text)
    assert "join the two halves" in mayor[1].text


def test_align_of_unrelated_texts_is_empty():
    a = Document("The orchestra tuned its instruments before the concert in Vienna began.\n", "a.txt")
    b = Document("Heavy rain flooded three villages in the valley and closed the motorway.\n", "b.txt")
    assert align(a, b) == []


def test_phase_one_fingerprint_is_small_and_picklable():
    import pickle

    from corpuslint.sources import fingerprint

    fp = fingerprint(Document(ORIGINAL, "o.txt"))
    data = pickle.dumps(fp)
    assert len(data) < len(ORIGINAL.encode())  # smaller than the text it stands for
    assert pickle.loads(data).sentences() == fp.sentences()


def test_lost_quotation_marks_tell_the_direction(lint):
    lint.write({"gazette.txt": ORIGINAL, "rewrite.txt": PARAPHRASE})
    result = lint.run(plugins=[source_probe], select=["SRC001"], paths=["gazette.txt", "rewrite.txt"])
    link = result.corpus.links["rewrite.txt"]
    assert link.source == "gazette.txt" and "quotation marks lost" in link.evidence


def test_third_documents_decide_between_an_original_and_a_longer_rewrite_of_it(lint):
    # Read as a pair, ORIGINAL is contained in EXPANDED and would pass for its copy. Three
    # cut-and-paste copies of ORIGINAL each follow it more closely than they follow EXPANDED.
    files = {"gazette.txt": ORIGINAL, "expanded.txt": EXPANDED,
             "cut1.txt": excerpt([0, 1, 2, 3, 4, 5]), "cut2.txt": excerpt([2, 3, 4, 5, 6, 7]),
             "cut3.txt": excerpt([4, 5, 6, 7, 8, 9]), "cut4.txt": excerpt([0, 2, 4, 6, 8, 9])}
    found = sources_of(lint(files, plugins=[source_probe], select=["SRC001"]))
    assert found["expanded.txt"] == "source=gazette.txt how=discovered"
    assert "gazette.txt" not in found
    for name in ("cut1.txt", "cut2.txt", "cut3.txt", "cut4.txt"):
        assert found[name] == "source=gazette.txt how=discovered"


def test_without_third_documents_the_shorter_of_the_pair_counts_as_the_copy(lint):
    found = sources_of(lint({"gazette.txt": ORIGINAL, "expanded.txt": EXPANDED},
                            plugins=[source_probe], select=["SRC001"]))
    assert found == {"gazette.txt": "source=expanded.txt how=discovered"}


def test_fluency_decides_a_pair_no_other_cue_decides(lint):
    # No dates, no credit lines, no quotation marks lost: the garbled round trip is the copy.
    found = lint({"a_garbled.txt": GARBLED, "b_gazette.txt": ORIGINAL}, plugins=[source_probe], select=["SRC001"])
    assert sources_of(found) == {"a_garbled.txt": "source=b_gazette.txt how=discovered"}
    result = lint.run(plugins=[source_probe], select=["SRC001"], paths=["a_garbled.txt", "b_gazette.txt"])
    assert "fluently" in result.corpus.links["a_garbled.txt"].evidence


# A round trip whose slips are all English words (a/an, stray foreign function words): the
# unknown-word cue abstains, and only a plugin's fluency score can orient the pair.
KNOWN_WORD_SLIPS = (ORIGINAL
                    .replace("The bridge will cost", "The bridge will cost la")
                    .replace("A petition", "An petition")
                    .replace("a single steel arch", "an single steel arch")
                    .replace("a public vote", "an public vote")
                    .replace("will keep running until", "will keep running de the town until"))


def test_a_fluency_plugin_orients_a_pair_no_other_cue_decides(lint):
    import corpuslint_mt

    files = {"a_copy.txt": KNOWN_WORD_SLIPS, "b_original.txt": ORIGINAL}
    assert sources_of(lint(files, plugins=[source_probe], select=["SRC001"])) == {}
    found = lint(files, plugins=[source_probe, corpuslint_mt], select=["SRC001"])
    assert sources_of(found) == {"a_copy.txt": "source=b_original.txt how=discovered"}
    result = lint.run(plugins=[source_probe, corpuslint_mt], select=["SRC001"], paths=list(files))
    assert "fluently" in result.corpus.links["a_copy.txt"].evidence


def test_unknown_words_counts_garbled_lower_case_words_only():
    from corpuslint.discovery import unknown_words

    assert unknown_words("The Tidewright engineers said the bridge shouldopen alongthe river.") == (2, 7)
    assert unknown_words("Nobody was hurt in the fire on Monday.") == (0, 4)

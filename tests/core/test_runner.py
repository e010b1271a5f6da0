"""The two-phase runner: corpus-wide rules, sources for relative rules, and parallel runs."""
import core_sample_plugin as sample_plugin


def test_corpus_rule_sees_every_document(lint):
    files = {f"doc{i}.txt": ("Menu Home News\n" if i < 3 else f"Title {i}\n") + "Body.\n" for i in range(5)}
    found = lint(files, plugins=[sample_plugin], select=["TST003"])
    assert [(f.path, f.message) for f in found] == [
        (f"doc{i}.txt", "first line shared by 3 of 5 documents") for i in range(3)]


def test_corpus_rule_same_findings_with_two_jobs(lint):
    files = {f"d{i % 3}/doc{i:02}.txt": f"Head {i % 4}\nBody {i}.\n" for i in range(40)}
    assert lint(files, plugins=[sample_plugin], select=["TST003"], jobs=2) == \
        lint(files, plugins=[sample_plugin], select=["TST003"], jobs=1)


def test_config_sources_give_rules_the_source_document(lint):
    files = {"originals/story.txt": "The original.\n", "translations/story.txt": "La traduction.\n",
             "translations/other.md": "---\nsource: ../originals/story.txt\n---\nAutre.\n"}
    found = lint(files, plugins=[sample_plugin], select=["TST004"],
                 config={"sources": {"translations/*.txt": "originals/{stem}.txt", "discover": False}})
    assert [(f.path, f.message) for f in found] == [
        ("translations/other.md", "source is originals/story.txt"),
        ("translations/story.txt", "source is originals/story.txt"),
    ]
    assert found[1].related[0].path == "originals/story.txt"


def test_missing_source_is_cl006_on_the_derived_document(lint):
    found = lint({"translations/lost.txt": "Sans source.\n"}, plugins=[sample_plugin], select=["TST004", "CL"],
                 config={"sources": {"translations/*.txt": "originals/{stem}.txt", "discover": False}})
    assert [(f.path, f.code) for f in found] == [("translations/lost.txt", "CL006")]
    assert "source 'originals/lost.txt'" in found[0].message and "not found" in found[0].message


def test_sources_are_not_resolved_when_no_rule_needs_them(lint):
    found = lint({"translations/lost.txt": "Sans source.\n"}, plugins=[sample_plugin], select=["TST001", "CL"],
                 config={"sources": {"translations/*.txt": "originals/{stem}.txt"}})
    assert found == []


class _CorpusSize:
    """A rule that reads the corpus size in ``check`` (in the workers too)."""

    import corpuslint as _c

    class Rule(_c.Rule):
        """Reports the corpus size."""

        code, name, summary = "TST901", "corpus-size", "the corpus size"

        def check(self, doc, ctx):
            yield self.finding(doc, 0, 1, f"{ctx.corpus_size} documents; I am {doc.path}")

    @_c.hookimpl
    def corpuslint_rules(self):
        return [self.Rule]


def test_workers_see_the_whole_corpus(lint):
    files = {f"d{i % 4}/doc{i:03}.txt": f"Text {i}.\n" for i in range(300)}
    files["d0/empty.txt"] = ""
    files["d1/bad.txt"] = b"caf\xe9\n"
    one = lint(files, plugins=[_CorpusSize()], select=["TST901", "CL"], jobs=1, paths=["."])
    two = lint(files, plugins=[_CorpusSize()], select=["TST901", "CL"], jobs=2, paths=["."])
    assert one == two
    assert [f.message for f in one if f.code == "TST901"] == [f"302 documents; I am {p}" for p in sorted(files)
                                                             if p not in ("d0/empty.txt", "d1/bad.txt")]
    assert sorted(f.code for f in one if f.code.startswith("CL")) == ["CL002", "CL004"]


class _ReadCounter:
    """Records every file the runner reads (and lets the built-in readers read it)."""

    import corpuslint as _c

    def __init__(self):
        self.reads = []

    @_c.hookimpl
    def corpuslint_read(self, path, display_path):
        self.reads.append(display_path)


def test_phase_two_reuses_the_documents_phase_one_read(lint, monkeypatch):
    from collections import Counter

    from corpuslint import runner

    files = {f"doc{i}.txt": ("Menu Home News\n" if i < 3 else f"Title {i}\n") + "Body.\n" for i in range(5)}
    once = _ReadCounter()
    kept = lint(files, plugins=[sample_plugin, once], select=["TST003"])
    assert Counter(once.reads) == Counter({name: 1 for name in files})
    # Past the memory bound (here: none at all) each phase reads the files itself: same findings.
    monkeypatch.setattr(runner, "KEEP_CHARS", 0)
    twice = _ReadCounter()
    assert lint(files, plugins=[sample_plugin, twice], select=["TST003"]) == kept
    assert Counter(twice.reads) == Counter({name: 2 for name in files})


def test_documents_are_kept_only_up_to_the_bound(lint, monkeypatch):
    from corpuslint import runner

    files = {f"doc{i}.txt": "x" * 99 + "\n" for i in range(10)}  # 100 characters each
    monkeypatch.setattr(runner, "KEEP_CHARS", 350)
    counter = _ReadCounter()
    lint(files, plugins=[sample_plugin, counter], select=["TST003"])
    assert len(counter.reads) == 10 + 7  # three files kept, seven read again
    assert runner._KEPT == {}  # nothing outlives the run

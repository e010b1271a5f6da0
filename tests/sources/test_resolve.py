"""Which document is whose source: the [sources] table, metadata, the plugin hook, precedence."""
from __future__ import annotations

import source_probe
from fixtures import COPY, ORIGINAL

from corpuslint import hookimpl


def sources_of(findings):
    return {f.path: f.message for f in findings if f.code == "SRC001"}


def test_config_template_maps_a_derived_document_to_its_source(lint):
    found = lint({"originals/bridge.txt": ORIGINAL, "translations/bridge.txt": COPY},
                 plugins=[source_probe], select=["SRC001", "CL006"],
                 config={"sources": {"translations/*.txt": "originals/{stem}.txt", "discover": False}})
    assert sources_of(found) == {"translations/bridge.txt": "source=originals/bridge.txt how=config"}


def test_config_template_placeholders_name_parent_and_suffix(lint):
    found = lint({"en/news/bridge.txt": ORIGINAL, "copies/news/bridge.txt": COPY},
                 plugins=[source_probe], select=["SRC001"],
                 config={"sources": {"copies/*/*.txt": "en/{parent}/{name}", "discover": False}})
    # {parent} is the derived file's folder relative to the config root: "copies/news"
    assert sources_of(found) == {}
    found = lint({"en/bridge.txt": ORIGINAL, "copies/bridge.txt": COPY},
                 plugins=[source_probe], select=["SRC001"],
                 config={"sources": {"copies/*.txt": "en/{stem}{suffix}", "discover": False}})
    assert sources_of(found) == {"copies/bridge.txt": "source=en/bridge.txt how=config"}


def test_config_template_naming_a_missing_file_is_a_CL006_finding(lint):
    found = lint({"translations/bridge.txt": COPY}, plugins=[source_probe], select=["SRC001", "CL006"],
                 config={"sources": {"translations/*.txt": "originals/{stem}.txt"}})
    assert [(f.code, f.path) for f in found] == [("CL006", "translations/bridge.txt")]
    assert "originals/bridge.txt" in found[0].message


def test_metadata_source_path_relative_to_the_document(lint):
    derived = "---\nsource: ../originals/bridge.txt\n---\n" + COPY
    found = lint({"originals/bridge.txt": ORIGINAL, "copies/bridge.md": derived},
                 plugins=[source_probe], select=["SRC001"], config={"sources": {"discover": False}})
    assert sources_of(found) == {"copies/bridge.md": "source=originals/bridge.txt how=metadata"}


def test_metadata_source_url_declared_by_another_document(lint):
    original = "---\nurl: https://gazette.example/bridge\n---\n" + ORIGINAL
    derived = "---\nsource: https://gazette.example/bridge\n---\n" + COPY
    found = lint({"a/original.md": original, "b/copy.md": derived},
                 plugins=[source_probe], select=["SRC001"], config={"sources": {"discover": False}})
    assert sources_of(found) == {"b/copy.md": "source=a/original.md how=metadata"}


def test_metadata_url_of_a_document_outside_the_corpus_gives_no_source(lint):
    derived = "---\nsource: https://elsewhere.example/story\n---\n" + COPY
    found = lint({"copy.md": derived}, plugins=[source_probe], select=["SRC001", "CL006"])
    assert found == []


def test_config_wins_over_metadata(lint):
    derived = "---\nsource: other.txt\n---\n" + COPY
    found = lint({"orig/copy.txt": ORIGINAL, "other.txt": "Unrelated.\n", "copy.md": derived},
                 plugins=[source_probe], select=["SRC001"],
                 config={"sources": {"*.md": "orig/{stem}.txt", "discover": False}})
    assert sources_of(found) == {"copy.md": "source=orig/copy.txt how=config"}


class Declines:
    @hookimpl
    def corpuslint_resolve_source(self, doc, corpus):
        return None


class ByName:
    """Resolves ``x.copy.txt`` to ``x.txt`` when that file is in the corpus."""

    @hookimpl
    def corpuslint_resolve_source(self, doc, corpus):
        if doc.path.endswith(".copy.txt"):
            target = doc.path.replace(".copy.txt", ".txt")
            return target if target in corpus.paths else None
        return None


def test_plugin_hook_resolves_a_source_and_the_first_answer_wins(lint):
    found = lint({"bridge.txt": ORIGINAL, "bridge.copy.txt": COPY},
                 plugins=[source_probe, ByName(), Declines()], select=["SRC001"],
                 config={"sources": {"discover": False}})
    assert sources_of(found) == {"bridge.copy.txt": "source=bridge.txt how=plugin"}


def test_plugin_hook_is_not_asked_when_the_config_maps_the_document(lint):
    class Wrong:
        @hookimpl
        def corpuslint_resolve_source(self, doc, corpus):
            return "bridge.txt"

    found = lint({"orig/bridge.txt": ORIGINAL, "bridge.txt": "Other.\n", "bridge.copy.txt": COPY},
                 plugins=[source_probe, Wrong()], select=["SRC001"],
                 config={"sources": {"*.copy.txt": "orig/bridge.txt", "discover": False}})
    assert sources_of(found)["bridge.copy.txt"] == "source=orig/bridge.txt how=config"


def test_metadata_source_path_that_does_not_exist_is_a_CL006_finding(lint):
    derived = "---\nsource: ../originals/missing.txt\n---\n" + COPY
    found = lint({"copies/bridge.md": derived}, plugins=[source_probe], select=["SRC001", "CL006"])
    assert [(f.code, f.path) for f in found] == [("CL006", "copies/bridge.md")]
    assert "originals/missing.txt" in found[0].message

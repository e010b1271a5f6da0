"""The two-phase runner: phase 1 over the whole corpus, phase 2 the rules per document in worker processes."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from corpuslint import core_rules, readers, sources
from corpuslint.config import Config
from corpuslint.errors import CorpuslintError, PluginError
from corpuslint.findings import Finding
from corpuslint.plugins import Registry
from corpuslint.rule import Context, Rule
from corpuslint.workers import forked_map, listed_count


@dataclass
class RunResult:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    documents: int = 0
    corpus: sources.CorpusIndex | None = None
    #: ``(path, shown)`` of the files checked, in order.
    inputs: list[tuple[str | Path, str]] = field(default_factory=list)


# Worker processes inherit this through fork (set before they fork): rule objects carry
# the corpus-wide state phase 1 built, and are never re-created per document.
_STATE: dict[str, Any] = {}


# Phase 1 keeps the documents it read for phase 2 (read, decoded and parsed once) while their
# text stays under this many characters in all: most corpora a pre-commit hook or a CI job
# checks fit, and a larger one costs no more memory than this bound.
KEEP_CHARS = 16_000_000
# path -> (documents, read findings) kept by phase 1 (in the process that read them; forked
# workers inherit the main process's).
_KEPT: dict[str, tuple[list, list]] = {}


def _init_state(rules: list[Rule], contexts: dict[str, Context], pm, verbose: bool) -> None:
    _STATE.update(rules=rules, contexts=contexts, pm=pm, verbose=verbose, keep_chars=KEEP_CHARS)
    _KEPT.clear()


class Runner:
    """Runs the enabled rules of a registry over files, under a configuration."""

    def __init__(self, registry: Registry, config: Config, *, jobs: int | None = None,
                 verbose: bool = False, cwd: Path | None = None,
                 progress: Callable[[int, int, str], None] | None = None) -> None:
        self.registry = registry
        self.config = config
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.verbose = verbose
        self.cwd = cwd or Path.cwd()
        self.progress = progress

    def enabled_rules(self) -> list[type[Rule]]:
        settings = self.config.settings
        return [cls for code, cls in self.registry.rules.items()
                if self.config.is_enabled(code, cls.enabled_by_default(settings))]

    def files(self, targets: list[str]) -> list[tuple[str, str]]:
        """``(path, shown)`` of every file to check, in order (paths as strings: see readers.find_files)."""
        return readers.find_files(targets, self.config, self.cwd)

    def run(self, targets: list[str]) -> RunResult:
        """Find the files of ``targets`` and check them; ``result.inputs`` lists the files.

        The folders are walked as the run goes: workers check the first files while the
        last folders are listed."""
        return self.run_files(readers.walk_files(targets, self.config, self.cwd))

    def run_files(self, files: Iterable[tuple[str | Path, str]]) -> RunResult:
        rules = [cls() for cls in self.enabled_rules()]
        corpus = sources.CorpusIndex()
        contexts = self._contexts(rules, corpus)
        for rule in rules:
            _setup_rule(rule, contexts[rule.code])
        _init_state(rules, contexts, self.registry.pm, self.verbose)
        result = RunResult(corpus=corpus)

        def listed(items: list[tuple[str | Path, str]]) -> None:
            result.inputs, result.files = items, len(items)
            corpus.paths, corpus.count = [shown for _, shown in items], None

        corpus_rules = [r for r in rules if r.needs_corpus()]
        if corpus_rules or any(r.uses_source for r in rules):
            files = list(files)  # phase 1 needs every file before phase 2 starts
            listed(files)
            self._corpus_phase(files, corpus_rules, contexts, corpus)
        else:
            corpus.count = listed_count  # what a worker forked before the last folder was listed asks
        try:
            for found, ndocs in self._map(_check_file, files, phase=2, combine=_merge_checked, listed=listed):
                result.findings.extend(found)
                result.documents += ndocs
        finally:
            _KEPT.clear()
        return self._finish(result)

    def _contexts(self, rules: list[Rule], corpus) -> dict[str, Context]:
        return {r.code: Context({**r.options, **self.config.rules.get(r.code, {})}, corpus, self.config.settings)
                for r in rules}

    def _finish(self, result: RunResult) -> RunResult:
        result.findings.extend(self._missing_source_findings(result.corpus))
        result.findings = sorted(self._filter(result.findings), key=Finding.sort_key)
        return result

    def resolve_sources(self, targets: list[str]) -> list[sources.SourceLink]:
        """Phase 1 alone, for ``corpuslint sources``: every derived document's link, sorted."""
        files = self.files(targets)
        corpus = sources.CorpusIndex(paths=[shown for _, shown in files])
        _init_state([], {}, self.registry.pm, self.verbose)
        _STATE["keep_chars"] = 0  # no phase 2 to keep documents for
        self._corpus_phase(files, [], {}, corpus)
        return sorted([*corpus.links.values(), *corpus.undecided], key=lambda link: (link.derived, link.source))

    # -- phase 1 -------------------------------------------------------------------
    def _corpus_phase(self, files, corpus_rules, contexts, corpus) -> None:
        docs_meta = []
        # Discovery only when something reads sources (`corpuslint sources` runs with no rules).
        wants_sources = not _STATE["rules"] or any(r.uses_source for r in _STATE["rules"])
        discovery = sources.new_discovery(self.config) if wants_sources else None
        _STATE["fingerprint"] = discovery is not None  # workers fork after this
        for entries in self._map(_collect_file, files, phase=1):
            for doc_id, meta, values, fp in entries:
                docs_meta.append((doc_id, meta))
                if fp is not None:
                    discovery.add(doc_id, fp)
                for rule, value in zip(corpus_rules, values):
                    if value is not None:
                        rule.absorb(value)
        for rule in corpus_rules:
            rule.prepare(contexts[rule.code])
        sources.resolve(docs_meta, self.config, self.registry.pm, corpus, discovery)

    def _missing_source_findings(self, corpus) -> list[Finding]:
        out = []
        for link in corpus.links.values():
            if not link.exists:
                out.append(core_rules.MissingSource.make(
                    link.derived, f"source '{link.source}' ({link.how}: {link.evidence}) not found"))
        return out

    # -- execution -----------------------------------------------------------------
    def _map(self, fn, files: Iterable[Any], phase: int, combine=None,
             listed: Callable[[list[Any]], None] | None = None) -> Iterator[Any]:
        """``fn`` over every file, in worker processes; ``listed(files)`` once all are known."""
        total = 0

        def known(items: list[Any]) -> None:
            nonlocal total
            total = len(items)
            if listed is not None:
                listed(items)

        yield from forked_map(fn, files, self.jobs, lambda done: self._tick(phase, done, total), combine, known)

    def _tick(self, phase: int, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total, "indexing" if phase == 1 else "checking")

    def _filter(self, findings: list[Finding]) -> Iterable[Finding]:
        config = self.config
        ignored_cache: dict[str, tuple[str, ...]] = {}
        for f in findings:
            # Problems with the run itself (unreadable files, crashing rules) show whatever the
            # selection, like a compiler's errors; only an explicit ignore silences them.
            if f.code.startswith("CL") and any(f.code.startswith(sel) for sel in config.ignore if sel != "ALL"):
                continue
            ignored = ignored_cache.get(f.path)
            if ignored is None:
                ignored = ignored_cache[f.path] = config.ignored_for(f.path)
            if any(f.code.startswith(sel) or sel == "ALL" for sel in ignored):
                continue
            level = config.severity_of(f.code, f.severity)
            yield f if level is f.severity else replace(f, severity=level)


def _setup_rule(rule: Rule, ctx: Context) -> None:
    """A rule's setup before the run; a SetupError ends the run, any other exception too,
    named after the rule (a plugin bug must not look like a corpuslint bug)."""
    try:
        rule.setup(ctx)
    except CorpuslintError:
        raise
    except Exception as exc:
        raise PluginError(f"rule {rule.code} ({rule.name}, plugin {rule.plugin or '?'}) failed to set up: "
                          f"{type(exc).__name__}: {exc}") from exc


def _check_file(item: tuple[str, str]) -> tuple[list[Finding], int]:
    path, shown = item
    kept = _KEPT.pop(path, None)
    docs, findings = kept if kept is not None else readers.read(path, shown, _STATE["pm"])
    for doc in docs:
        findings.extend(check_document(doc, _STATE["rules"], _STATE["contexts"], _STATE["verbose"]))
    return findings, len(docs)


def _merge_checked(values: list[tuple[list[Finding], int]]) -> list[tuple[list[Finding], int]]:
    """A chunk's ``_check_file`` results as one: one value to pickle instead of one per file."""
    return [([f for found, _ in values for f in found], sum(n for _, n in values))]


def check_document(doc, rules: list[Rule], contexts: dict[str, Context], verbose: bool = False) -> list[Finding]:
    """Every rule on one document; a rule that raises becomes a CL005 finding, the others go on."""
    out: list[Finding] = []
    for rule in rules:
        try:
            out.extend(rule.check(doc, contexts[rule.code]))
        except Exception as exc:  # a plugin's bug must not stop the run
            out.append(core_rules.RuleCrashed.for_exception(rule, doc, exc, verbose))
    return out


def _collect_file(item: tuple[str, str]) -> list[tuple[str, dict, list, Any]]:
    path, shown = item
    docs, found = readers.read(path, shown, _STATE["pm"])
    size = sum(len(doc.text) for doc in docs)
    if size <= _STATE["keep_chars"]:
        _STATE["keep_chars"] -= size
        _KEPT[path] = (docs, found)
    corpus_rules = [r for r in _STATE["rules"] if r.needs_corpus()]
    out = []
    for doc in docs:
        values = []
        for rule in corpus_rules:
            try:
                values.append(rule.collect(doc, _STATE["contexts"][rule.code]))
            except Exception:
                values.append(None)  # phase 2 reports the rule's crash on this document
        fp = sources.fingerprint(doc) if _STATE.get("fingerprint") else None
        out.append((doc.id, doc.metadata, values, fp))
    return out

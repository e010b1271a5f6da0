"""Which document is whose source: the `[sources]` table, `source:` metadata, plugin strategies, discovery."""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpuslint.document import Document

if TYPE_CHECKING:
    from collections.abc import Callable

    from corpuslint.discovery import Discovery, Fingerprint
    from corpuslint.document import Span

__all__ = ["SourceLink", "CorpusIndex", "align", "fingerprint", "resolve"]


@dataclass(frozen=True)
class SourceLink:
    """``derived`` comes from ``source``; ``how`` is ``config``, ``metadata``, ``plugin`` or ``discovered``.

    ``share`` is the share of the derived document's sentences aligned with the source, in
    order (discovered links only). ``decided`` is False for a discovered pair whose direction
    no cue settled: ``derived`` and ``source`` may then be the other way round, and
    ``ctx.source()`` returns None for both documents.
    """

    derived: str
    source: str
    how: str
    evidence: str = ""
    exists: bool = True
    share: float | None = None
    decided: bool = True


def from_config(shown: str, config) -> SourceLink | None:
    """The source path the ``[sources]`` table maps this document to, if any glob matches."""
    rel = config._relative(shown)
    for pattern, template in config.sources.items():
        if fnmatch.fnmatchcase(rel, pattern):
            p = Path(rel)
            parent = p.parent.as_posix()
            target = template.format(stem=p.stem, name=p.name, parent="" if parent == "." else parent, suffix=p.suffix)
            path = config.root / target
            return SourceLink(shown, _shown(path), "config", f'[sources] "{pattern}"', path.is_file())
    return None


def from_metadata(doc: Document, urls: dict[str, str]) -> SourceLink | None:
    """``source:`` in the document's metadata: a path (relative to the document) or a known ``url:``."""
    value = doc.metadata.get("source")
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if value in urls:
        return SourceLink(doc.id, urls[value], "metadata", f"source: {value}")
    if "://" in value:
        return None  # a URL of a document outside this corpus: nothing to compare with
    path = Path(doc.path).parent / value
    return SourceLink(doc.id, _shown(path), "metadata", f"source: {value}", path.is_file())


def _shown(path: Path) -> str:
    from corpuslint.readers import display_path

    return display_path(path, Path.cwd())  # the same form as the documents' own paths


@dataclass
class CorpusIndex:
    """Phase 1's result, read by rules in phase 2 through ``ctx``."""

    paths: list[str] = field(default_factory=list)
    links: dict[str, SourceLink] = field(default_factory=dict)
    #: Discovered pairs whose direction is undecided (not returned by ``source()``).
    undecided: list[SourceLink] = field(default_factory=list)
    _cache: dict[str, Document | None] = field(default_factory=dict, repr=False)
    #: How a worker forked before the last file was listed learns their number (``paths``
    #: is then incomplete in that worker); None once ``paths`` is complete.
    count: Callable[[], int] | None = field(default=None, repr=False)

    @property
    def size(self) -> int:
        return self.count() if self.count is not None else len(self.paths)

    def link(self, doc: Document) -> SourceLink | None:
        return self.links.get(doc.id)

    def source(self, doc: Document) -> Document | None:
        link = self.links.get(doc.id)
        if link is None or not link.exists:
            return None
        return self.document(link.source)

    def document(self, path: str) -> Document | None:
        """Read a document of the corpus by its shown path (cached per process)."""
        if path not in self._cache:
            from corpuslint.readers import read_text_file
            from corpuslint.errors import ReadError

            if len(self._cache) > 256:
                self._cache.clear()
            try:
                self._cache[path] = read_text_file(Path(path), path)
            except ReadError:
                self._cache[path] = None
        return self._cache[path]


def resolve(docs_meta: list[tuple[str, dict[str, Any]]], config, pm, corpus: CorpusIndex,
            discovery: Discovery | None = None) -> None:
    """Fill ``corpus.links`` for every document, by precedence: config, metadata, plugins, discovery."""
    urls = {str(m["url"]).strip(): doc_id for doc_id, m in docs_meta if isinstance(m.get("url"), str)}
    for doc_id, meta in docs_meta:
        link = from_config(doc_id, config) if config.sources else None
        if link is None and meta.get("source"):
            link = from_metadata(Document("", doc_id, metadata=meta), urls)
        if link is None and pm is not None:
            found = pm.hook.corpuslint_resolve_source(doc=Document("", doc_id, metadata=meta), corpus=corpus)
            if found:
                link = SourceLink(doc_id, str(found), "plugin", "", Path(found).is_file())
        if link is not None and link.source != doc_id:
            corpus.links[doc_id] = link
    if discovery is not None and len(discovery.ids) > 1:
        if discovery.text_of is None:
            def text_of(path: str) -> str | None:
                doc = corpus.document(path)
                return doc.body if doc is not None else None
            discovery.text_of = text_of  # read again only for pairs no other cue decides
        if discovery.garble_of is None and pm is not None and pm.hook.corpuslint_fluency.get_hookimpls():
            discovery.garble_of = lambda text: pm.hook.corpuslint_fluency(text=text)
        for found in discovery.run(skip=set(corpus.links)):
            evidence = f"{found.share:.0%} of sentences aligned ({found.aligned}/{found.countable})"
            evidence += f"; direction: {found.direction}" if found.direction else "; direction undecided"
            link = SourceLink(found.derived, found.source, "discovered", evidence, True,
                              round(found.share, 3), bool(found.direction))
            if link.decided:
                corpus.links[found.derived] = link
            else:
                corpus.undecided.append(link)


# Discovery loads only in runs that read sources: a pre-commit run of BP rules never needs it.
def align(derived: Document, source: Document, min_score: float = 0.3) -> list[tuple[Span, Span, float]]:
    """Sentence alignment of ``derived`` against ``source`` (see :func:`corpuslint.discovery.align`)."""
    from corpuslint.discovery import align as _align

    return _align(derived, source, min_score)


def fingerprint(doc: Document) -> Fingerprint:
    """The compact summary of ``doc`` discovery compares (see :func:`corpuslint.discovery.fingerprint`)."""
    from corpuslint.discovery import fingerprint as _fingerprint

    return _fingerprint(doc)


def new_discovery(config) -> Discovery | None:
    """The discovery accumulator the ``[sources]`` options ask for (None when ``discover = false``)."""
    from corpuslint.config import SOURCE_OPTIONS  # the defaults, documented once

    options = {**SOURCE_OPTIONS, **(getattr(config, "source_options", None) or {})}
    if not options["discover"]:
        return None
    from corpuslint.discovery import Discovery

    return Discovery(min_shared=float(options["min-shared"]), min_coverage=float(options["min-coverage"]),
                     min_third=int(options["min-third"]), min_unknown=int(options["min-unknown"]),
                     min_garble=float(options["min-garble"]))

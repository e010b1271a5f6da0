"""PolNeAR loader for the attribution benchmarks: articles, brat attributions, one annotator per article."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Event:
    """One attribution: trigger type and the character spans of its roles (lists of (start, end))."""

    kind: str
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)

    @property
    def has_source(self) -> bool:
        return self.kind == "Attribution" and bool(self.source)


@dataclass
class Article:
    name: str
    text: str
    events: list[Event]


def _spans(offsets: str) -> list[tuple[int, int]]:
    return [tuple(map(int, part.split())) for part in offsets.split(";")]


def parse_ann(text: str) -> list[Event]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in text.split("\n"):
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2 and " " in parts[1]:
            kind, offsets = parts[1].split(" ", 1)
            spans[parts[0]] = (kind, _spans(offsets))
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(r.split(":", 1) for r in parts[1].split() if ":" in r)
            trigger = next((k for k in roles if k.startswith("Attribution")), None)
            if trigger is None:
                continue
            ev = Event(trigger)
            for role, attr in (("Source", "source"), ("Cue", "cue"), ("Content", "content")):
                if role in roles and roles[role] in spans:
                    getattr(ev, attr).extend(spans[roles[role]][1])
            events.append(ev)
    return events


def load(root: Path, split: str) -> list[Article]:
    """Articles of a split with the first listed annotator's events (one annotation per article)."""
    first: dict[str, list[str]] = {}
    with open(root / "metadata.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            first[row["filename"]] = row["annotators"].split("|")
    out = []
    for txt in sorted((root / split / "text").glob("*.txt")):
        name = txt.stem
        anns = sorted((root / split / "attributions").glob(f"{name}_*.ann"))
        order = first.get(name, [])
        anns.sort(key=lambda p: order.index(p.stem.rsplit("_", 1)[1]) if p.stem.rsplit("_", 1)[1] in order else 99)
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        out.append(Article(name, text, parse_ann(anns[0].read_text(encoding="utf-8"))))
    return out

"""Line keys: the fast paths of norm_key and tidy give what their plain definitions give."""
from __future__ import annotations

import random
import string

from corpuslint_boilerplate.lines import norm_key, tidy

_PUNCT = str.maketrans(string.punctuation, " " * len(string.punctuation))


def _plain_key(text: str) -> str:
    """The definition: lower case, ASCII punctuation as space, words joined by single spaces."""
    return " ".join(text.lower().translate(_PUNCT).split())


def test_norm_key_of_ascii_lines_is_the_plain_definition():
    rng = random.Random(1)
    alphabet = [chr(i) for i in range(128)] + ["  ", ". ", ", ", "\t"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        assert norm_key(text) == _plain_key(text), repr(text)


def test_norm_key_of_wider_text():
    assert norm_key("“Quoted” — and\u00a0spaced…") == "quoted and spaced"
    assert norm_key("\u212aelvin") == "kelvin"  # the Kelvin sign lower-cases to an ASCII k
    assert norm_key("Café,\u2009crème") == "café crème"


def test_tidy_collapses_only_runs_and_odd_spaces():
    assert tidy("• Home  |  News |") == "Home | News"
    assert tidy("a\tb\u00a0c") == "a b c"
    assert tidy("plain text, single spaces") == "plain text, single spaces"
    assert tidy("keeps\x1cthis") == "keeps\x1cthis"  # not printable, but not one of the spaces tidy folds

"""The lexicon matcher: its fast paths (first-letter buckets, trigger words) never change an answer."""
from __future__ import annotations

import re

import pytest

from bp_corpus import ARTICLE, SCRAPED
from corpuslint_boilerplate import lexicon
from corpuslint_boilerplate.lines import tidy

SAMPLES = [tidy(x) for x in (ARTICLE + SCRAPED).splitlines() if x.strip()] + [
    "Advertisement", "The story continues below", "Story continues below advertisement", "Sign up",
    "Subscribe to our newsletter for the latest updates", "Click here", "Follow us on Instagram",
    "© 2025 Example Media", "We use cookies on this site.", "Watch: the launch", "Read more", "Up next",
    "Privacy Policy | Terms of Use", "Last updated: June 3, 2025", "Updated 5 minutes ago", "Back to top",
    "Join us", "support local journalism today", "Submit a letter to the editor", "5 min read",
]


@pytest.mark.parametrize("name", ["advertising", "calls_to_action", "teasers", "notices"])
def test_fast_paths_agree_with_the_plain_regex(name):
    m = lexicon.whole_line(name)
    plain = re.compile("|".join(f"(?:{p})" for p in lexicon.patterns(name)), re.IGNORECASE | re.DOTALL)
    for text in SAMPLES:
        assert m.fullmatch(text) == bool(plain.fullmatch(text)), (name, text)


def test_first_chars_of_patterns():
    assert lexicon._first_chars("(the )?story continues") == {"t", "s"}
    assert lexicon._first_chars("(sign|log) ?(up|in)") == {"s", "l"}
    assert lexicon._first_chars("advertisements?") == {"a"}
    assert lexicon._first_chars("[a-z]+ ads") is None
    assert lexicon._first_chars("(a )?") is None


@pytest.mark.parametrize("code", ["BP001", "BP003"])
def test_invalid_extra_pattern_ends_the_run_naming_rule_and_option(lint, code):
    import corpuslint

    with pytest.raises(corpuslint.SetupError,
                       match=rf"\[rules.{code}\] extra-patterns: '\(unclosed' is not a valid regular expression"):
        lint({"a.txt": "Some text here.\n"}, select=[code], config={"rules": {code: {"extra-patterns": ["(unclosed"]}}})


def test_invalid_extra_pattern_is_one_line_and_exit_2(tmp_path):
    import subprocess
    import sys

    (tmp_path / ".corpuslint.toml").write_text('[rules.BP001]\nextra-patterns = ["(unclosed"]\n')
    (tmp_path / "a.txt").write_text("Some text here.\n")
    r = subprocess.run([sys.executable, "-m", "corpuslint", "check", "--select=BP001"], cwd=tmp_path,
                       capture_output=True, text=True)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "extra-patterns: '(unclosed' is not a valid regular expression" in r.stderr


@pytest.mark.parametrize("name", ["advertising", "calls_to_action", "teasers", "notices", "navigation"])
def test_matcher_agrees_with_the_whole_patterns_unsplit(name):
    """Splitting patterns at their top-level alternatives changes no answer."""
    import re

    whole = re.compile("|".join(f"(?:{p})" for p in lexicon.patterns(name)), re.IGNORECASE)
    m = lexicon.whole_line(name)
    extra = ["For corrections to this story, contact the newsroom.", "Reset your password here",
             "We use cookies to improve your experience on this website and you may opt out",
             "By continuing to use this site you agree", "Report a typo", "Donate today to keep us going"]
    for text in SAMPLES + extra:
        assert m.fullmatch(text) == bool(whole.fullmatch(text)), (name, text)


def test_required_words_of_a_contains_pattern():
    assert lexicon._required_words(r"\b(we|our site) uses? cookies\b") == ("cookies",)
    # A phrase of plain words is one requirement, rarer than any of its words.
    assert lexicon._required_words(r"\ball rights reserved\b") == ("all rights reserved",)
    assert lexicon._required_words(r"\b(sign up|signing up) to (receive|get)") == ("sign up", "signing up")
    # Function words are on most lines: a group without them is the better test.
    assert lexicon._required_words(r"\b(does|did) not (have|hold) an? (entry|record)\b") == ("entry", "record")
    assert lexicon._required_words(r"colou?r photos") == ("r photos",)  # an optional letter breaks a run
    assert lexicon._required_words(r"\bmay not be (published|aired)\b") == ("published", "aired")
    assert lexicon._required_words(r"\bby (continuing|using) (to (use|go) )?(this|our) (site|webpage)\b") == (
        "continuing", "using")
    assert lexicon._required_words(r"\bnot (a|the)? ?(published)?\b") is None  # optional or too short
    assert lexicon._required_words(r"abcd|efgh") is None
    # Optional letters: each branch spelt every way, whole ("log" alone is in "technology").
    assert lexicon._required_words(r"\b(log ?in|joins?) now") == ("login", "log in", "join", "joins")
    # A group of plain marks is rarer in text than any word: it is the test.
    assert lexicon._required_words(r"\b(read|more)\s*(»|›|>>)\s*$") == ("»", "›", ">>")
    assert lexicon._required_words(r"\b(read|more)\s*(»|\.)?$") == ("read", "more")  # optional, escaped: no


@pytest.mark.parametrize("name", ["advertising", "calls_to_action", "teasers", "notices"])
def test_matching_a_document_at_once_agrees_with_line_by_line(name):
    """fullmatch_all (trigger words looked for once per document) gives each line's fullmatch."""
    import random

    m = lexicon.whole_line(name)
    lines = SAMPLES + ["The reader spread the thread.", "Log in to comment", "Interview: the view from here",
                       "We use cookies", "Read more »", "all rights reserved", ""]
    rng = random.Random(0)
    documents = [lines, [], *([x] for x in lines), *(rng.sample(lines, 5) for _ in range(200))]
    for doc in documents:
        assert m.fullmatch_all(doc) == [m.fullmatch(x) for x in doc], (name, doc)


def test_prefixes_read_from_the_regex_parser():
    from corpuslint_boilerplate.prefixes import prefixes

    assert prefixes("(sign|log) ?(up|in)") == {"sig", "log"}
    assert prefixes(r"(the )?story continues") == {"the", "sto"}
    assert prefixes(r"\d+ min(ute)?s? read") == set("0123456789")
    assert prefixes(r"(©|\(c\)) ?\d{4}") == {"(c)"}  # "©" lines are not ASCII: never filtered
    assert prefixes(r"[a-z]+ ads") is None and prefixes(r".*click here.*") is None and prefixes(r"(a )?") is None


def test_prefixes_hold_for_every_match():
    """Every ASCII-beginning string that matches a pattern starts with one of its prefixes."""
    import itertools

    from corpuslint_boilerplate.prefixes import prefixes

    patterns = [r"(ab|a)?c+d", r"x?(?:y|zz)\b ?w", r"(?i:Ab)[cd]e*", r"[0-2]{2}a|b(?=c)c", r"(a|ab)(c|bcd)(d*)",
                r"a(?!b)\w", r"k[ls]?(?:m|n)?o"]
    strings = ["".join(p) for n in range(1, 6) for p in itertools.product("abcdklmnoswxyz0123 ", repeat=min(n, 4))]
    for pattern in patterns:
        found = prefixes(pattern)
        regex = re.compile(pattern, re.IGNORECASE)
        for s in strings + [s.upper() for s in strings]:
            if regex.fullmatch(s):
                assert found is not None and s[:3].lower().startswith(tuple(found)), (pattern, s, found)


@pytest.mark.parametrize("name", ["advertising", "calls_to_action", "teasers", "notices"])
def test_beginnings_filter_once_read_changes_no_answer(name):
    """After a bucket's 50th line its patterns' beginnings filter lines: answers stay the plain regex's."""
    m = lexicon.LineMatcher(list(lexicon.patterns(name)))
    plain = re.compile("|".join(f"(?:{p})" for p in lexicon.patterns(name)), re.IGNORECASE)
    texts = SAMPLES + [x.upper() for x in SAMPLES] + ["The story continues below", "the reader", "Thanks!"]
    for _ in range(lexicon._LATER + 1):
        for text in texts:
            assert m.fullmatch(text) == bool(plain.fullmatch(text)), (name, text)
    assert any(isinstance(s, tuple) for s in m._starts.values())  # the filter was in use


def test_plain_beginnings_hold_for_every_match():
    """Before a bucket's 50th line, a pattern is tried only on lines with one of its plain
    beginnings: every string the pattern matches has one."""
    import itertools

    patterns = [r"ab?c", r"(ab|c)d", r"(x )?yz", r"(a|b)?(c|d)e", r"(k)+l", r"ab(c)?", r"(a(b|c))?d", r"\d+ab",
                r"abc+d", r"(aa|ab)*c"]
    strings = ["".join(p) for n in range(1, 6) for p in itertools.product("abcdklxyz1 ", repeat=n)]
    for pattern in patterns:
        heads = lexicon._literal_heads(pattern)
        regex = re.compile(pattern, re.IGNORECASE)
        for s in strings + [s.upper() for s in strings]:
            if regex.fullmatch(s):
                assert s.lower().startswith(heads), (pattern, s, heads)


def test_one_by_one_compiles_only_the_patterns_a_line_could_match():
    """A one-file run compiles the few patterns whose beginning its lines have, not every bucket."""
    m = lexicon.LineMatcher(["advertisement", "(the )?story continues below", "sponsored( content)?", "share this"])
    assert m.fullmatch("Sponsored content") and not m.fullmatch("Sponsor")
    compiled = [s[1] for singles in m._singles.values() for s in singles if s[2] is not None]
    assert compiled == ["sponsored( content)?"]


@pytest.mark.parametrize("name", ["advertising", "calls_to_action", "teasers", "notices", "empty_pages",
                                  "navigation_furniture"])
def test_every_bucket_keeps_its_beginnings_filter(name):
    """A pattern whose beginnings cannot be read (a leading wildcard, too many alternatives) takes
    the filter away from every bucket it joins, and each line of those buckets then tries the
    whole union: the lexicon's patterns must keep their beginnings plain."""
    m = lexicon.LineMatcher(list(lexicon.patterns(name)))
    assert [c for c, ps in m._bucket_patterns.items() if lexicon._starts(ps, c) is None] == []

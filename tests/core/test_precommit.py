"""The pre-commit hook, run by the real pre-commit (try-repo) in a temporary corpus repository."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


@pytest.fixture(scope="module")
def corpus_repo(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus-repo")
    git(root, "init", "-q")
    # The corpus repository configures corpuslint like any user would.
    (root / ".corpuslint.toml").write_text('select = ["CL"]\n')
    return root


@pytest.fixture(scope="module")
def try_repo(corpus_repo, tmp_path_factory):
    home = tmp_path_factory.mktemp("pre-commit-home")  # pre-commit builds the hook's venv here, once

    def run(*files):
        env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
        env.pop("CI", None)
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "corpuslint",
                               "--files", *files], cwd=corpus_repo, capture_output=True, text=True, env=env,
                              timeout=900)

    return run


def test_hook_fails_on_a_defective_file(corpus_repo, try_repo):
    (corpus_repo / "broken.txt").write_bytes(b"Caf\xe9 menu\n")
    git(corpus_repo, "add", "broken.txt")
    r = try_repo("broken.txt")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "broken.txt:1:4: error: not valid UTF-8: byte 0xe9 at byte offset 3 [CL002]" in r.stdout
    assert "Failed" in r.stdout


def test_hook_passes_on_a_clean_file(corpus_repo, try_repo):
    (corpus_repo / "clean.txt").write_text("A clean paragraph of text.\n")
    git(corpus_repo, "add", "clean.txt")
    r = try_repo("clean.txt")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Passed" in r.stdout

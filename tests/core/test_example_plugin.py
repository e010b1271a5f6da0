"""The example plugin distribution, installed with real pip into a fresh virtual environment."""
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "plugins" / "corpuslint-plugin-example"


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    """A new venv that sees this environment's packages (corpuslint, setuptools) but not the plugin."""
    root = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    python = root / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # Executed by site.py at start-up: processes this environment's .pth files too (editable installs).
    Path(site, "parent_env.pth").write_text(f"import site; site.addsitedir({sysconfig.get_paths()['purelib']!r})\n")
    # This environment's pip installs into the new one (offline: no build isolation, no dependencies).
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                    "--no-build-isolation", str(EXAMPLE)], check=True, capture_output=True)
    return root


def test_example_plugin_is_found_through_its_entry_point(venv, tmp_path):
    (tmp_path / "page.txt").write_text("Heading\n\nBody text. Lorem ipsum dolor sit amet.\n")
    r = subprocess.run([venv / "bin" / "python", "-m", "corpuslint", "check", "--select=LOR001", "page.txt"],
                       cwd=tmp_path, capture_output=True, text=True)
    assert r.stdout == "page.txt:3:12: warning: placeholder text 'lorem ipsum' [LOR001]\n"
    assert r.returncode == 1
    version = subprocess.run([venv / "bin" / "python", "-m", "corpuslint", "--version"], capture_output=True, text=True).stdout
    assert "plugin lorem: corpuslint-plugin-example 0.1.0 (corpuslint_lorem)" in version
    doc = subprocess.run([venv / "bin" / "python", "-m", "corpuslint", "rule", "LOR001"], capture_output=True, text=True).stdout
    assert "# lorem-ipsum (LOR001)" in doc and "Plugin: lorem" in doc


def test_example_plugin_tests_pass_with_the_lint_fixture(venv):
    r = subprocess.run([venv / "bin" / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLE / "tests")],
                       capture_output=True, text=True, cwd=EXAMPLE)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "2 passed" in r.stdout


def test_plugin_is_absent_before_installation():
    r = subprocess.run([sys.executable, "-m", "corpuslint", "rule", "LOR001"], capture_output=True, text=True)
    assert r.returncode == 2 and "unknown rule 'LOR001'" in r.stderr

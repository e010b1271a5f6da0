"""Fixes of the BP family: lines go with the blank line they leave, files keep their form, a second run changes nothing."""
from __future__ import annotations

import subprocess
from pathlib import Path

from bp_corpus import SCRAPED

REPO = Path(__file__).resolve().parents[2]
CLI = REPO / ".venv" / "bin" / "corpuslint"

P1 = "The ferry company said on Monday that fares would rise by a tenth from April, citing the cost of fuel."
P2 = "Islanders said the rise would hit families who cross to the mainland for school and work every day."


def test_deleting_a_paragraph_line_takes_one_blank_line_with_it(lint):
    fixed = lint.fix({"a.txt": f"{P1}\n\nAdvertisement\n\n{P2}\n"}, select=["BP001"])
    assert fixed["a.txt"].decode() == f"{P1}\n\n{P2}\n"


def test_first_and_last_lines_leave_no_blank_edge(lint):
    fixed = lint.fix({"a.txt": f"Advertisement\n\n{P1}\n\nAdvertisement\n"}, select=["BP001"])
    assert fixed["a.txt"].decode() == f"{P1}\n"
    fixed = lint.fix({"a.txt": f"{P1}\n\nAdvertisement"}, select=["BP001"])  # no final newline
    assert fixed["a.txt"].decode() == f"{P1}\n"


def test_line_inside_a_block_is_deleted_alone(lint):
    fixed = lint.fix({"a.txt": f"{P1}\nAdvertisement\n{P2}\n"}, select=["BP001"])
    assert fixed["a.txt"].decode() == f"{P1}\n{P2}\n"


def test_round_trip_fix_relint_clean_fix_again_no_change(lint):
    fixed = lint.fix({"scraped.txt": SCRAPED}, select=["BP"])
    text = fixed["scraped.txt"].decode()
    assert "Advertisement" not in text and "||" not in text and "\n\n\n" not in text
    assert text.startswith("Harbour town votes to rebuild its pier\n\n")
    # Only the unsafe fix (the glued label) is left.
    assert [(f.code, f.fix.safe) for f in lint({}, select=["BP"], paths=["scraped.txt"])] == [("BP004", False)]
    again = lint.fix({"scraped.txt": fixed["scraped.txt"]}, select=["BP"])
    assert again == fixed


def test_unsafe_fix_deletes_only_the_glued_label(lint):
    fixed = lint.fix({"a.txt": f"WorldMarch 19, 2025\n\n{P1}\n"}, unsafe=True, select=["BP004"])
    assert fixed["a.txt"].decode() == f"March 19, 2025\n\n{P1}\n"
    assert lint.fix({"b.txt": f"WorldMarch 19, 2025\n\n{P1}\n"}, select=["BP004"])["b.txt"].startswith(b"World")


def test_crlf_and_bom_are_kept(lint):
    raw = ("\ufeff" + f"{P1}\r\n\r\nAdvertisement\r\n\r\n{P2}\r\n").encode("utf-8")
    fixed = lint.fix({"win.txt": raw}, select=["BP"])
    assert fixed["win.txt"] == ("\ufeff" + f"{P1}\r\n\r\n{P2}\r\n").encode("utf-8")


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLI), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_cli_fix_diff_and_second_run(tmp_path):
    raw = (f"{P1}\r\n\r\nSign up for our daily newsletter\r\n\r\n{P2}\r\n").encode()
    target = tmp_path / "story.txt"
    target.write_bytes(raw)
    diff = run_cli("check", "--select=BP", "--diff", "story.txt", cwd=tmp_path)
    assert "-Sign up for our daily newsletter" in diff.stdout
    assert target.read_bytes() == raw  # --diff writes nothing
    first = run_cli("check", "--select=BP", "--fix", "story.txt", cwd=tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert target.read_bytes() == f"{P1}\r\n\r\n{P2}\r\n".encode()
    assert not [p.name for p in tmp_path.iterdir() if p.name != "story.txt"]  # no temporary file left
    second = run_cli("check", "--select=BP", "--fix", "story.txt", cwd=tmp_path)
    assert second.returncode == 0 and target.read_bytes() == f"{P1}\r\n\r\n{P2}\r\n".encode()
    assert "Fixed" not in second.stderr


def test_cli_unsafe_fixes_flag(tmp_path):
    (tmp_path / "a.txt").write_text(f"WorldMarch 19, 2025\n\n{P1}\n", encoding="utf-8")
    run_cli("check", "--select=BP004", "--fix", "a.txt", cwd=tmp_path)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8").startswith("WorldMarch")
    run_cli("check", "--select=BP004", "--fix", "--unsafe-fixes", "a.txt", cwd=tmp_path)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == f"March 19, 2025\n\n{P1}\n"


def test_a_block_of_flagged_lines_goes_with_one_blank_line(lint):
    cap = "The old pier seen from the beach on Monday. (Coast Wire Photo/Sam Lee)"
    fixed = lint.fix({"a.txt": f"{P1}\n\n{cap}\n{cap}COAST WIRE\n\n{P2}\n"}, select=["BP005"])
    assert fixed["a.txt"].decode() == f"{P1}\n\n{P2}\n"

"""`python main.py classify`: title<TAB>function<TAB>seniority per title, without a database."""

from __future__ import annotations

import subprocess
import sys

from ..conftest import ROOT


def run(env, *args, input_text=None):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=input_text,
        timeout=120,
    )


def rows(stdout: str) -> list[list[str]]:
    return [line.split("\t") for line in stdout.splitlines()]


def test_titles_given_as_arguments(cli_env):
    result = run(cli_env, "classify", "CEO", "Chargé(e) de communication", "IT-chef", "asdf")
    assert result.returncode == 0, result.stderr
    assert rows(result.stdout) == [
        ["CEO", "executive", "owner_executive"],
        ["Chargé(e) de communication", "marketing", "staff"],
        ["IT-chef", "it", "manager"],
        ["asdf", "other", "unknown"],
    ]


def test_titles_read_from_stdin_one_line_out_per_line_in(cli_env):
    text = "Marknadschef på Volvo Cars\n\nHead of Sales @ Acme 🚀\r\nDirectrice des achats\n"
    result = run(cli_env, "classify", input_text=text)
    assert result.returncode == 0, result.stderr
    assert rows(result.stdout) == [
        ["Marknadschef på Volvo Cars", "marketing", "manager"],
        ["", "other", "unknown"],
        ["Head of Sales @ Acme 🚀", "sales", "director"],
        ["Directrice des achats", "purchasing", "director"],
    ]


def test_needs_no_database_nor_key(cli_env, tmp_path):
    env = dict(cli_env, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("CLEARLIST_PASSPHRASE")  # every command that opens a workspace would exit 4
    db = tmp_path / "never.db"
    result = run(env, "--db", str(db), "classify", "DAF")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "DAF\tfinance\tdirector\n"
    assert not db.exists()


def test_a_tab_inside_a_title_cannot_add_a_column(cli_env):
    result = run(cli_env, "classify", "Sales\tManager")
    assert result.returncode == 0, result.stderr
    assert rows(result.stdout) == [["Sales Manager", "sales", "manager"]]

"""Shared fixtures: repository root, corpus, the `fim` CLI binary to compare with."""

import json
import os
import pathlib
import subprocess

import pytest
from typing import NoReturn

REPO = pathlib.Path(__file__).resolve().parents[3]
REQUIRE = os.environ.get("FIM_REQUIRE_CORPUS") == "1"


def _missing(what: str) -> NoReturn:
    if REQUIRE:
        pytest.fail(f"{what} (FIM_REQUIRE_CORPUS=1)")
    pytest.skip(what)
    raise AssertionError("unreachable")


@pytest.fixture(scope="session")
def repo() -> pathlib.Path:
    return REPO


@pytest.fixture(scope="session")
def corpus() -> pathlib.Path:
    c = os.environ.get("FIM_CORPUS")
    if not c or not (pathlib.Path(c) / "xdatenfelder").is_dir():
        _missing("FIM_CORPUS is not set or has no xdatenfelder/ folder")
    return pathlib.Path(c)


@pytest.fixture(scope="session")
def fim_bin() -> pathlib.Path:
    """The CLI built by cargo (`FIM_BIN`, else target/debug/fim)."""
    b = pathlib.Path(os.environ.get("FIM_BIN", REPO / "target" / "debug" / "fim"))
    if not b.is_file():
        _missing(f"the fim CLI binary is missing at {b} (cargo build -p fim-cli)")
    return b


@pytest.fixture(scope="session")
def cli(fim_bin, tmp_path_factory):
    """Runs the CLI in an empty folder (no fim.toml) and returns (exit code, stdout)."""
    cwd = tmp_path_factory.mktemp("cli")

    def run(*args: str) -> "tuple[int, str]":
        p = subprocess.run(
            [str(fim_bin), *map(str, args)],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert p.returncode in (0, 1, 2), p.stderr
        return p.returncode, p.stdout

    def run_json(*args: str):
        code, out = run(*args)
        return code, json.loads(out)

    run.json = run_json
    return run

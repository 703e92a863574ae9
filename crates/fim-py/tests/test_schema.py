"""Schemas: reading the corpus, lint agreement with `fim lint --format json`, diff, blockers,
JSON Schema, hints and validation agreeing with the CLI."""

import json
import pathlib

import pytest

import fim


def xml_files(root: pathlib.Path):
    return sorted(p for p in root.rglob("*.xml") if p.is_file())


def test_package_metadata():
    assert fim.__version__
    assert issubclass(fim.ReadError, fim.FimError)
    assert issubclass(fim.ProcessReadError, fim.ReadError)
    assert issubclass(fim.ValidationError, fim.FimError)
    assert issubclass(fim.SchemaError, fim.FimError)
    assert issubclass(fim.ConfigError, fim.FimError)
    assert {r["code"] for r in fim.rules()} >= {"1006", "1010"}


def test_read_every_corpus_schema(corpus, cli):
    """Every corpus schema is read (or refused) as the CLI reads it."""
    files = xml_files(corpus / "xdatenfelder")
    assert len(files) >= 20
    _, report = cli.json("lint", "--format", "json", *files)
    cli_errors = {f["file"]: f["error"] for f in report["files"] if "error" in f}
    read = 0
    for path in files:
        if str(path) in cli_errors:
            with pytest.raises(fim.ReadError) as e:
                fim.read_schema_file(path)
            want = cli_errors[str(path)]
            assert e.value.message == want["message"]
            if "start" in want:
                assert (e.value.line, e.value.column) == (
                    want["start"]["line"],
                    want["start"]["column"],
                )
            assert e.value.path == str(path)
            continue
        s = fim.read_schema_file(path)
        read += 1
        assert s.xdf_version in ("2.0", "3.0.0")
        assert s.path == str(path)
        d = s.to_dict()
        assert d["version"] == s.xdf_version
        # The three inputs are the same schema.
        assert fim.read_schema(path.read_bytes()).to_dict() == d
        assert fim.read_schema(path).to_dict() == d
        for n in s.read_notes:
            assert n.line >= 1 and n.column >= 1 and n.message
    assert read >= 18


def _findings(fs):
    return [
        (f.code, f.severity, f.message, f.line, f.column, f.element_id, f.element_version)
        for f in fs
    ]


def _cli_findings(diags):
    out = []
    for d in diags:
        loc = d["location"]
        el = loc.get("element") or {}
        out.append(
            (
                d["code"],
                d["severity"],
                d["message"],
                loc["start"]["line"],
                loc["start"]["column"],
                el.get("id"),
                el.get("version"),
            )
        )
    return out


@pytest.mark.parametrize("preset", ["recommended", "all"])
def test_lint_agrees_with_cli(corpus, repo, cli, preset):
    files = xml_files(corpus / "xdatenfelder") + xml_files(repo / "fixtures" / "xdatenfelder")
    _, report = cli.json("lint", "--format", "json", "--preset", preset, *files)
    by_file = {f["file"]: f for f in report["files"]}
    ours = fim.lint_files(files, preset=preset, raise_errors=False)
    assert list(ours) == [str(p) for p in files]
    compared = 0
    total = 0
    for path in files:
        want = by_file[str(path)]
        got = ours[str(path)]
        if "error" in want:
            assert isinstance(got, fim.ReadError), (path, got)
            continue
        assert _findings(got) == _cli_findings(want["diagnostics"]), path
        # The per-schema call gives the same as the parallel one.
        assert _findings(fim.read_schema_file(path).lint(preset=preset)) == _findings(got)
        compared += 1
        total += len(got)
    assert compared >= 18 and total > 0
    names = {f["name"] for f in report["files"] for f in f["diagnostics"]}
    assert names  # rule names are known


def test_lint_configuration(repo, cli):
    path = repo / "fixtures" / "xdatenfelder" / "meldung_hund_v3.xml"
    s = fim.read_schema_file(path)
    _, report = cli.json(
        "lint", "--format", "json", "--select", "1006,1010", "--severity", "1010=info", path
    )
    got = s.lint(select=["1006", "1010"], severity={"1010": "info"})
    assert _findings(got) == _cli_findings(report["files"][0]["diagnostics"])
    assert {f.code for f in got} == {"1006", "1010"}
    assert all(f.severity == "info" for f in got if f.code == "1010")
    assert s.lint(ignore=["1010"], min_severity="error")
    with pytest.raises(fim.ConfigError, match="unbekannte Regel"):
        s.lint(select=["9999"])
    with pytest.raises(fim.ConfigError, match="Preset"):
        s.lint(preset="streng")


SERVICES = ["elterngeld", "gewerbeanmeldung", "ummeldung"]


@pytest.mark.parametrize("service", SERVICES)
def test_blockers_of_service_fixture(repo, cli, service):
    d = repo / "fixtures" / "services" / service
    base, ref = d / "baseline.xml", d / "reference.xml"
    b, r = fim.read_schema_file(base), fim.read_schema_file(ref)
    _, want = cli.json("blockers", base, ref, "--format", "json")
    got = fim.blockers(b, r)
    assert got == want
    assert got["blockers"], "the service fixtures have known blockers"
    assert "maturity_target" in got
    # With the processes, where the fixture has them.
    bp, rp = d / "baseline.bpmn", d / "reference.bpmn"
    if bp.exists() and rp.exists():
        _, want = cli.json(
            "blockers", base, ref, "--format", "json",
            "--base-process", bp, "--ref-process", rp,
        )
        got = fim.blockers(
            b, r,
            base_process=fim.read_process_file(bp),
            ref_process=fim.read_process_file(rp),
        )
        assert got == want


@pytest.mark.parametrize("level", ["all", "no-meta", "user-visible", "structure"])
def test_diff_agrees_with_cli(repo, cli, level):
    d = repo / "fixtures" / "services" / "elterngeld"
    base, ref = d / "baseline.xml", d / "reference.xml"
    _, want = cli.json("diff", base, ref, "--format", "json", "--level", level)
    got = fim.diff(fim.read_schema_file(base), fim.read_schema_file(ref), level=level)
    assert got == want
    with pytest.raises(fim.ConfigError):
        fim.diff(fim.read_schema_file(base), fim.read_schema_file(ref), level="alles")


def test_form_json_schema_and_hints(repo, cli):
    xml = repo / "fixtures" / "form" / "antrag_v3.xml"
    lists = repo / "fixtures" / "form" / "codelisten"
    s = fim.read_schema_file(xml)
    _, want = cli.json("schema", xml, "--codelists", lists)
    assert s.json_schema(codelists=lists) == want
    _, want = cli.json("schema", xml, "--codelists", lists, "--hints")
    assert s.ui_hints(codelists=str(lists)) == want
    assert s.json_schema()["$schema"].startswith("https://json-schema.org/")


def test_validate_submission(repo, cli):
    xml = repo / "fixtures" / "form" / "antrag_v3.xml"
    lists = repo / "fixtures" / "form" / "codelisten"
    valid = repo / "fixtures" / "form" / "antrag_gueltig.json"
    invalid = repo / "fixtures" / "form" / "antrag_ungueltig.json"
    s = fim.read_schema_file(xml)
    assert s.validate(json.loads(valid.read_text()), codelists=lists) == []
    s.check(json.loads(valid.read_text()), codelists=lists)
    code, want = cli.json("validate", xml, invalid, "--codelists", lists, "--json")
    assert code == 1
    got = s.validate(json.loads(invalid.read_text()), codelists=lists)
    assert [(e.path, e.id, e.version, e.name, e.message) for e in got] == [
        (w["path"], w["id"], w["version"], w["name"], w["message"]) for w in want
    ]
    with pytest.raises(fim.ValidationError) as e:
        s.check(json.loads(invalid.read_text()), codelists=lists)
    assert len(e.value.errors) == len(want)
    assert isinstance(e.value, fim.FimError)
    # The limit, with a warning that more were left out.
    with pytest.warns(UserWarning, match="weitere Fehler ausgelassen"):
        assert len(s.validate(json.loads(invalid.read_text()), codelists=lists, max_errors=1)) == 1


def test_threads_share_the_work(corpus):
    """The GIL is released during reading and linting: threads run side by side and get the
    same results as one thread."""
    from concurrent.futures import ThreadPoolExecutor

    files = [p for p in xml_files(corpus / "xdatenfelder") if "v1" not in p.parts]
    data = [p.read_bytes() for p in files]

    def work(d: bytes):
        try:
            return _findings(fim.read_schema(d).lint())
        except fim.ReadError as e:
            return e.message

    one = [work(d) for d in data]
    with ThreadPoolExecutor(max_workers=4) as pool:
        many = list(pool.map(work, data * 3))
    assert many == one * 3

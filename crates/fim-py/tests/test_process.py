"""Processes: the corpus BPMN and XProzess files read; metrics, check and diff agree with the
CLI."""

import pytest

import fim


def test_read_corpus_processes(corpus):
    files = sorted((corpus / "bpmn").rglob("*.bpmn")) + sorted(
        (corpus / "xprozess").glob("*")
    )
    files = [f for f in files if f.suffix in (".bpmn", ".xml")]
    assert len(files) >= 100
    read = refused = 0
    for f in files:
        try:
            p = fim.read_process_file(f)
        except fim.ProcessReadError as e:
            assert e.path == str(f) and e.message
            refused += 1
            continue
        read += 1
        assert p.format in ("bpmn", "xprozess")
        assert isinstance(p.metrics()["processes"], list)
    assert read >= 100
    x = fim.read_process_file(next((corpus / "xprozess").glob("*xprozess*.xml")))
    assert x.format == "xprozess" and x.xprozess is not None


def test_metrics_and_check_agree_with_cli(repo, cli):
    for f in sorted((repo / "fixtures" / "bpmn").rglob("*.bpmn"))[:12]:
        try:
            p = fim.read_process_file(f)
        except fim.ProcessReadError:
            code, _ = cli("process", "metrics", "--json", f)
            assert code == 2
            continue
        _, want = cli.json("process", "metrics", "--json", f)
        assert p.metrics() == want, f
        _, want = cli.json("process", "check", "--json", f)
        got = p.check()
        assert [(g.code, g.severity, g.message, g.start_offset, g.end_offset) for g in got] == [
            (w["code"], w["severity"], w["message"], w["location"]["span"]["start"],
             w["location"]["span"]["end"])
            for w in want
        ], f


def test_process_diff_and_render(repo, cli):
    d = repo / "fixtures" / "services" / "gewerbeanmeldung"
    base, ref = d / "baseline.bpmn", d / "reference.bpmn"
    _, want = cli.json("diff", base, ref, "--format", "json")
    got = fim.diff(fim.read_process_file(base), fim.read_process_file(ref))
    assert got == want
    p = fim.read_process_file(base)
    assert p.render("mermaid").startswith("flowchart") or "graph" in p.render("mermaid")
    assert p.render("dot").lstrip().startswith("digraph")
    with pytest.raises(fim.ConfigError):
        p.render("png")

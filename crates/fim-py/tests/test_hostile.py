"""Hostile and broken input raises the right exception, with its position."""

import pathlib

import pytest

import fim

NS3 = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0"


def test_malformed_xml_is_a_read_error_with_position():
    text = f'<xdf:xdatenfelder.datenfeld.0104 xmlns:xdf="{NS3}">\n  <xdf:header>\n</xdf:datenfeld>'
    with pytest.raises(fim.ReadError) as e:
        fim.read_schema(text)
    assert isinstance(e.value, fim.FimError)
    assert e.value.line == 3 and e.value.column >= 1
    assert "wohlgeformt" in e.value.message
    assert str(e.value).startswith("3:")


def test_doctype_and_entities_are_refused():
    bomb = (
        '<?xml version="1.0"?>\n'
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n'
        f'<xdf:xdatenfelder.datenfeld.0104 xmlns:xdf="{NS3}">&lol2;</xdf:xdatenfelder.datenfeld.0104>'
    )
    with pytest.raises(fim.ReadError, match="DOCTYPE") as e:
        fim.read_schema(bomb.encode())
    assert (e.value.line, e.value.column) == (2, 1)
    with pytest.raises(fim.ReadError, match="Entität"):
        fim.read_schema(f'<x:xdatenfelder.datenfeld.0104 xmlns:x="{NS3}">&xxe;</x:xdatenfelder.datenfeld.0104>')


def test_deep_nesting_and_unknown_encoding():
    deep = f'<x:xdatenfelder.datenfeld.0104 xmlns:x="{NS3}">' + "<a>" * 10000
    with pytest.raises(fim.ReadError, match="Verschachtelungstiefe"):
        fim.read_schema(deep)
    with pytest.raises(fim.ReadError, match="EBCDIC|ebcdic|Kodierung|Zeichen"):
        fim.read_schema(b'<?xml version="1.0" encoding="EBCDIC-CP-US"?><a/>')
    with pytest.raises(fim.ReadError) as e:
        fim.read_schema(b"<a>\n\xff\xfe\xfd</a>")
    assert e.value.line == 2


def test_xdatenfelder_1_and_other_documents(corpus):
    with pytest.raises(fim.ReadError, match="nicht unterstützt"):
        fim.read_schema_file(next((corpus / "xdatenfelder" / "v1").glob("*.xml")))
    with pytest.raises(fim.ReadError, match="kein XDatenfelder-Dokument"):
        fim.read_schema("<html/>")


def test_files_and_types(tmp_path: pathlib.Path):
    with pytest.raises(FileNotFoundError):
        fim.read_schema_file(tmp_path / "fehlt.xml")
    with pytest.raises(fim.ReadError, match="keine reguläre Datei"):
        fim.read_schema_file(tmp_path)
    with pytest.raises(TypeError):
        fim.read_schema(42)  # type: ignore[arg-type]
    bad = tmp_path / "kaputt.xml"
    bad.write_text(f'<x:xdatenfelder.datenfeld.0104 xmlns:x="{NS3}">\n<')
    with pytest.raises(fim.ReadError) as e:
        fim.lint_files([bad])
    assert e.value.path == str(bad) and e.value.line == 2
    out = fim.lint_files([bad], raise_errors=False)
    assert isinstance(out[str(bad)], fim.ReadError)


def test_hostile_submission_data(repo):
    s = fim.read_schema_file(repo / "fixtures" / "form" / "antrag_v3.xml")
    loop: list = []
    loop.append(loop)
    with pytest.raises(ValueError, match="verschachtelt"):
        s.validate(loop)
    with pytest.raises(TypeError, match="kein JSON-Wert"):
        s.validate({"a": object()})
    with pytest.raises(ValueError):
        s.validate({"a": float("nan")})


def test_malformed_process():
    with pytest.raises(fim.ProcessReadError) as e:
        fim.read_process('<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">\n<process></task></definitions>')
    assert isinstance(e.value, fim.ReadError)
    assert e.value.line == 2
    with pytest.raises(fim.ProcessReadError, match="keine BPMN"):
        fim.read_process(b"<html/>")


def test_a_path_given_as_text_is_explained(repo):
    path = str(repo / "fixtures" / "xdatenfelder" / "meldung_hund_v3.xml")
    with pytest.raises(fim.ReadError, match="read_schema_file"):
        fim.read_schema(path)
    assert fim.read_schema_file(path).id == fim.read_schema(pathlib.Path(path)).id
    with pytest.raises(fim.ProcessReadError, match="read_process_file"):
        fim.read_process("antrag.bpmn")

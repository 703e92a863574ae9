"""fim: FIM (Föderales Informationsmanagement) for Python.

XDatenfelder 2.0/3.0.0 schemas (read, QS lint, diff, digitisation blockers, JSON Schema,
UI hints, validation) and BPMN 2.0/XProzess processes (check, metrics, render), backed by
the Rust crates of the ``fim`` toolkit. Messages are German, as in the ``fim`` CLI.

>>> import fim
>>> schema = fim.read_schema_file("meldung_hund_v3.xml")     # doctest: +SKIP
>>> [f.code for f in schema.lint()][:3]                       # doctest: +SKIP
['1006', ...]
"""

from ._fim import (
    ConfigError,
    Finding,
    FimError,
    Process,
    ProcessReadError,
    ReadError,
    ReadNote,
    Schema,
    SchemaError,
    ValidationError,
    ValidationIssue,
    __version__,
    blockers,
    diff,
    lint_files,
    read_process,
    read_process_file,
    read_schema,
    read_schema_file,
    rules,
)

__all__ = [
    "ConfigError",
    "Finding",
    "FimError",
    "Process",
    "ProcessReadError",
    "ReadError",
    "ReadNote",
    "Schema",
    "SchemaError",
    "ValidationError",
    "ValidationIssue",
    "__version__",
    "blockers",
    "diff",
    "lint_files",
    "read_process",
    "read_process_file",
    "read_schema",
    "read_schema_file",
    "rules",
]

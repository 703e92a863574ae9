"""Type stubs of the extension module ``fim._fim`` (re-exported by ``fim``)."""

import os
from typing import Any, Dict, List, Literal, Mapping, Optional, Sequence, Union, final

__all__ = [
    "ConfigError",
    "FimError",
    "Finding",
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

__version__: str

_StrPath = Union[str, "os.PathLike[str]"]
_JSON = Any
"""A JSON document as Python objects: dict, list, str, int, float, bool, None."""

class FimError(Exception):
    """Base class of all errors of the fim package (German messages)."""

class ReadError(FimError):
    """The input cannot be read: malformed XML, DOCTYPE, unknown entity, unsupported
    XDatenfelder version, undecodable bytes, a safety limit."""

    message: str
    """The library's German message, without position."""
    line: Optional[int]
    """1-based line, when known."""
    column: Optional[int]
    """1-based column in characters, when known."""
    path: Optional[str]
    """The file, when read from one."""

class ProcessReadError(ReadError):
    """A BPMN 2.0 or XProzess file cannot be read."""

class SchemaError(FimError):
    """The message holds no schema, group or field (a Dokumentsteckbrief or code list
    message) for an operation that needs one, or a process has no diagram to draw."""

class ConfigError(FimError):
    """An unknown rule, severity, preset, diff level or format."""

class ValidationError(FimError):
    """Raised by :meth:`Schema.check` for invalid data."""

    errors: List["ValidationIssue"]

@final
class ReadNote:
    """A recoverable problem found while reading; reading went on."""

    @property
    def kind(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...

@final
class Finding:
    """One lint finding (QS rule or process rule)."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> Optional[str]: ...
    @property
    def severity(self) -> Literal["error", "warning", "info"]: ...
    @property
    def message(self) -> str: ...
    @property
    def help(self) -> Optional[str]: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def end_line(self) -> int: ...
    @property
    def end_column(self) -> int: ...
    @property
    def start_offset(self) -> int: ...
    @property
    def end_offset(self) -> int: ...
    @property
    def element_id(self) -> Optional[str]: ...
    @property
    def element_version(self) -> Optional[str]: ...
    @property
    def path(self) -> List[str]: ...

@final
class ValidationIssue:
    """One error of a submission."""

    @property
    def path(self) -> str:
        """JSON Pointer into the submission ("" for the whole document)."""
    @property
    def id(self) -> Optional[str]: ...
    @property
    def version(self) -> Optional[str]: ...
    @property
    def name(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def text(self) -> str:
        """The line ``fim validate`` prints (without the file name)."""

@final
class Schema:
    """A read XDatenfelder 2.0 or 3.0.0 message."""

    @property
    def path(self) -> Optional[str]: ...
    @property
    def xdf_version(self) -> Literal["2.0", "3.0.0"]: ...
    @property
    def message_kind(self) -> str: ...
    @property
    def id(self) -> Optional[str]: ...
    @property
    def version(self) -> Optional[str]: ...
    @property
    def name(self) -> Optional[str]: ...
    @property
    def source(self) -> str: ...
    @property
    def read_notes(self) -> List[ReadNote]: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def lint(
        self,
        *,
        preset: Optional[Literal["recommended", "all"]] = None,
        select: Optional[Sequence[str]] = None,
        extend_select: Optional[Sequence[str]] = None,
        ignore: Optional[Sequence[str]] = None,
        severity: Optional[Mapping[str, str]] = None,
        min_severity: Optional[str] = None,
        codelists: Optional[_StrPath] = None,
    ) -> List[Finding]: ...
    def json_schema(self, *, codelists: Optional[_StrPath] = None) -> Dict[str, Any]: ...
    def ui_hints(self, *, codelists: Optional[_StrPath] = None) -> Dict[str, Any]: ...
    def validate(
        self, data: _JSON, *, codelists: Optional[_StrPath] = None, max_errors: int = 1000
    ) -> List[ValidationIssue]: ...
    def check(
        self, data: _JSON, *, codelists: Optional[_StrPath] = None, max_errors: int = 1000
    ) -> None: ...

@final
class Process:
    """A BPMN 2.0 model, or the model embedded in an XProzess message."""

    @property
    def path(self) -> Optional[str]: ...
    @property
    def format(self) -> Literal["bpmn", "xprozess"]: ...
    @property
    def name(self) -> Optional[str]: ...
    @property
    def source(self) -> str: ...
    @property
    def xprozess(self) -> Optional[Dict[str, Any]]: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def check(
        self,
        *,
        soundness: bool = True,
        max_states: int = 200000,
        max_states_file: int = 1000000,
    ) -> List[Finding]: ...
    def metrics(self) -> Dict[str, Any]: ...
    def render(self, format: Literal["dot", "mermaid", "svg"] = "dot") -> str: ...

def read_schema(source: Union[str, bytes, "os.PathLike[str]"]) -> Schema:
    """Read a schema: ``str`` is XML text, ``bytes`` a file's content, a PathLike a file."""

def read_schema_file(path: _StrPath) -> Schema: ...
def lint_files(
    paths: Sequence[_StrPath],
    *,
    preset: Optional[Literal["recommended", "all"]] = None,
    select: Optional[Sequence[str]] = None,
    extend_select: Optional[Sequence[str]] = None,
    ignore: Optional[Sequence[str]] = None,
    severity: Optional[Mapping[str, str]] = None,
    min_severity: Optional[str] = None,
    codelists: Optional[_StrPath] = None,
    raise_errors: bool = True,
) -> Dict[str, Union[List[Finding], FimError, OSError]]: ...
def diff(
    base: Union[Schema, Process],
    reference: Union[Schema, Process],
    *,
    level: Literal["all", "no-meta", "user-visible", "structure"] = "all",
) -> Dict[str, Any]: ...
def blockers(
    base: Schema,
    reference: Schema,
    *,
    base_process: Optional[Process] = None,
    ref_process: Optional[Process] = None,
) -> Dict[str, Any]: ...
def rules() -> List[Dict[str, str]]: ...
def read_process(source: Union[str, bytes, "os.PathLike[str]"]) -> Process: ...
def read_process_file(path: _StrPath) -> Process: ...

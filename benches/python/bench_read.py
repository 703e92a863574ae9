#!/usr/bin/env python3
"""Reading and linting the real corpus schemas through the `fim` package, against lxml
parsing the same bytes, in the same run.

    python3 -m venv /tmp/fimbench && . /tmp/fimbench/bin/activate
    pip install maturin lxml
    maturin build --release -m crates/fim-py/Cargo.toml --out /tmp/fimbench/wheels
    pip install /tmp/fimbench/wheels/fim-*.whl
    FIM_CORPUS=../shared/corpus python benches/python/bench_read.py --iterations 20

Every case works on bytes already in memory (no file IO), one file after the other in one
thread, except `fim.lint_files`, which reads the files itself and lints them in parallel
(rayon; the GIL is released). Reported: the median time of one pass over all files, the
throughput and the ratio to `lxml.etree.fromstring` (> 1: slower than lxml); the cases run
round-robin, and the minimum is shown too, as the machine may be shared.

What is compared: lxml builds a generic element tree (libxml2, C); `fim.read_schema` decodes,
parses with positions, builds the typed XDatenfelder model and hands a `Schema` object to
Python; `to_dict()` converts that model into Python dicts; `lint()` runs the QS rules
(preset `recommended`).
"""

import argparse
import os
import pathlib
import statistics
import sys
import time

import fim

try:
    from lxml import etree  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover
    sys.exit("lxml is missing: pip install lxml")


def corpus_files(corpus: pathlib.Path):
    out = []
    for p in sorted((corpus / "xdatenfelder").rglob("*.xml")):
        data = p.read_bytes()
        try:
            fim.read_schema(data)
        except fim.FimError:
            continue  # XDatenfelder 1, foreign namespaces: not comparable
        out.append((p, data))
    return out


def timed(cases, iterations: int):
    """Runs the cases round-robin (so that load from other processes on a shared machine
    hits all of them alike) and returns each case's median and minimum."""
    for _, fn in cases:
        fn()  # warm-up
    times: "dict[str, list[float]]" = {name: [] for name, _ in cases}
    for _ in range(iterations):
        for name, fn in cases:
            t = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t)
    return [(name, statistics.median(times[name]), min(times[name])) for name, _ in cases]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--iterations", type=int, default=20)
    ap.add_argument("--corpus", default=os.environ.get("FIM_CORPUS", "../shared/corpus"))
    args = ap.parse_args()
    files = corpus_files(pathlib.Path(args.corpus))
    if not files:
        sys.exit(f"no readable schemas under {args.corpus}/xdatenfelder")
    total = sum(len(d) for _, d in files)
    paths = [p for p, _ in files]

    def lxml_parse():
        for _, d in files:
            etree.fromstring(d)

    def lxml_parse_iter():
        for _, d in files:
            root = etree.fromstring(d)
            for _ in root.iter():
                pass

    def fim_read():
        for _, d in files:
            fim.read_schema(d)

    def fim_read_dict():
        for _, d in files:
            fim.read_schema(d).to_dict()

    def fim_read_lint():
        for _, d in files:
            fim.read_schema(d).lint()

    def fim_lint_files():
        fim.lint_files(paths)

    cases = [
        ("lxml.etree.fromstring", lxml_parse),
        ("lxml fromstring + iter()", lxml_parse_iter),
        ("fim.read_schema", fim_read),
        ("fim.read_schema + to_dict()", fim_read_dict),
        ("fim.read_schema + lint()", fim_read_lint),
        ("fim.lint_files (parallel, from disk)", fim_lint_files),
    ]
    results = timed(cases, args.iterations)
    base, base_min = results[0][1], results[0][2]
    print(
        f"{len(files)} schemas, {total / 1e6:.2f} MB, {args.iterations} iterations, "
        f"fim {fim.__version__}, lxml {etree.__version__}, {os.cpu_count()} cores"
    )
    print()
    print("| case | median per pass | min | MB/s (median) | ratio to lxml (median) | ratio (min) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, t, m in results:
        print(
            f"| {name} | {t * 1e3:.2f} ms | {m * 1e3:.2f} ms | {total / 1e6 / t:.1f} "
            f"| {t / base:.2f} | {m / base_min:.2f} |"
        )


if __name__ == "__main__":
    main()

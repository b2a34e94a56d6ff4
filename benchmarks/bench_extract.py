"""Extraction throughput: the sample corpus repeated to at least 10 MB, one core.

Usage: python benchmarks/bench_extract.py [CORPUS_DIR] [--mb N]

Each article is repeated whole (so sentences and noise stay realistic) into documents of about
200 kB, and the documents go through ``extract_documents`` in one process. Prints a table:
stage, MB of text, seconds, MB/s. A script, not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from talentgraph.extract.normalize import Normalizer, RawText
from talentgraph.extract.pipeline import extract_documents, read_sources
from talentgraph.extract.sources import SourceDocument

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def build_docs(corpus: Path, target_mb: float, doc_kb: int = 200) -> list[SourceDocument]:
    docs, problems = read_sources([corpus])
    if not docs:
        raise SystemExit(f"no articles in {corpus}: {[str(p) for p in problems]}")
    out: list[SourceDocument] = []
    total, n = 0, 0
    while total < target_mb * 1_000_000:
        base = docs[n % len(docs)]
        copies = max(1, doc_kb * 1000 // max(1, len(base.text.encode("utf-8"))))
        text = "\n\n".join([base.text] * copies)
        out.append(base.model_copy(update={"name": f"{n:04d}_{base.name}", "text": text}))
        total += len(text.encode("utf-8"))
        n += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--mb", type=float, default=10.0, help="MB of text to process (default 10)")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    docs = build_docs(args.corpus, args.mb)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1_000_000
    # warm up once on the head of every document: gazetteers, regexes, OpenCC, pypinyin, jieba's
    # dictionary and the given-name dictionary load on first use (a one-off cost per process)
    extract_documents([d.model_copy(update={"text": d.text[:3000]}) for d in docs])
    rows = []
    t = time.perf_counter()
    normalizer = Normalizer()
    for d in docs:
        normalizer.run(RawText(text=d.text))
    rows.append(("normalize only", time.perf_counter() - t))
    t = time.perf_counter()
    result = extract_documents(docs)
    rows.append(("full extraction (normalize → resolve)", time.perf_counter() - t))
    print(f"{len(docs)} documents, {mb:.1f} MB of UTF-8 text, {len(result.facts)} facts, one core")
    print(f"| stage | MB | seconds | MB/s |\n| --- | ---: | ---: | ---: |")
    for stage, seconds in rows:
        print(f"| {stage} | {mb:.1f} | {seconds:.1f} | {mb / seconds:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score the extractor on ``../shared/devset`` with that set's own scorer, overall and per
language, and print the Markdown tables of ``docs/accuracy.md``.

usage: python eval/devset_report.py [DEVSET_DIR] [--json]

The dev set (real published articles, gold annotation, scorer) lives outside the repository;
its text is never copied here. Per-language figures score the gold facts stated by that
language's articles against the facts whose evidence cites them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LANGS = {"en": "English", "zh-Hans": "Simplified Chinese", "zh-Hant": "Traditional Chinese"}


def languages(devset: Path) -> dict[str, str]:
    """Article stem → language, from the set's INDEX.md table."""
    out = {}
    for line in (devset / "INDEX.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 3 and cells[1].startswith("articles/"):
            out[Path(cells[1]).stem] = cells[2]
    return out


def score(devset: Path, facts: Path, gold: Path | None = None) -> dict:
    cmd = [sys.executable, str(devset / "score.py"), str(facts), "--json"]
    if gold is not None:
        cmd += ["--gold", str(gold)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def extract(devset: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "talentgraph", "extract", str(devset / "articles"), "-o", str(out)],
                   check=True, capture_output=True)


def report(devset: Path) -> dict[str, dict]:
    langs = languages(devset)
    gold = json.loads((devset / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        facts = Path(tmp) / "facts.jsonl"
        extract(devset, facts)
        results = {"all": score(devset, facts)}
        lines = facts.read_text(encoding="utf-8").splitlines()
        for lang in LANGS:
            stems = {s for s, l in langs.items() if l == lang}
            sub_gold = dict(gold, facts=[f for f in gold["facts"] if set(f["docs"]) & stems])
            gold_path = Path(tmp) / f"gold-{lang}.json"
            gold_path.write_text(json.dumps(sub_gold, ensure_ascii=False), encoding="utf-8")
            sub_facts = Path(tmp) / f"facts-{lang}.jsonl"
            keep = [ln for ln in lines if {Path(e["source"]).stem for e in json.loads(ln)["evidence"]} & stems]
            sub_facts.write_text("\n".join(keep) + "\n", encoding="utf-8")
            results[lang] = score(devset, sub_facts, gold_path)
    return results


def markdown(results: dict[str, dict]) -> str:
    rows = ["| set | gold | tp | fp | precision | recall | F1 |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for key, r in results.items():
        name = "all 29 articles" if key == "all" else LANGS[key]
        rows.append(f"| {name} | {r['gold']} | {r['tp']} | {r['fp']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |")
    rel = ["", "| relation | gold | tp | fp | precision | recall | F1 |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, v in results["all"]["per_relation"].items():
        p = v["tp"] / (v["tp"] + v["fp"]) if v["tp"] + v["fp"] else 0.0
        r = v["tp"] / v["gold"] if v["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rel.append(f"| {name} | {v['gold']} | {v['tp']} | {v['fp']} | {p:.3f} | {r:.3f} | {f:.3f} |")
    tail = [f"", f"Degree accuracy on matched education claims: {results['all']['degree_acc']}; "
                 f"evidence spans exact: {results['all']['evidence_valid']}."]
    return "\n".join(rows + rel + tail)


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    devset = Path(args[0]) if args else REPO.parent / "shared" / "devset"
    results = report(devset)
    print(json.dumps(results, indent=1) if "--json" in argv else markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

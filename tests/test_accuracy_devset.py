"""Accuracy floors on ``../shared/devset`` (real published articles, scored by the set's own
scorer): the test fails when extraction gets worse. Raise the floors as the numbers rise; the
current figures are in docs/accuracy.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

FLOORS = {  # set: (precision, recall, F1)
    "all": (0.96, 0.79, 0.87),
    "en": (0.96, 0.84, 0.90),
    "zh-Hans": (0.96, 0.64, 0.77),
    "zh-Hant": (0.95, 0.83, 0.89),
}


@pytest.fixture(scope="module")
def devset_scores() -> dict:
    devset = Path(os.environ.get("TALENTGRAPH_DEVSET", REPO.parent / "shared" / "devset"))
    if not (devset / "score.py").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"dev set missing at {devset}")
        pytest.skip(f"dev set not found at {devset}")
    done = subprocess.run([sys.executable, str(REPO / "eval" / "devset_report.py"), str(devset), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.mark.corpus
@pytest.mark.parametrize("subset", list(FLOORS))
def test_devset_accuracy_stays_above_its_floor(devset_scores, subset):
    scores = devset_scores[subset]
    precision, recall, f1 = FLOORS[subset]
    assert scores["precision"] >= precision, scores
    assert scores["recall"] >= recall, scores
    assert scores["f1"] >= f1, scores


@pytest.mark.corpus
def test_every_devset_evidence_span_is_exact(devset_scores):
    ok, total = devset_scores["all"]["evidence_valid"].split("/")
    assert int(total) > 0 and ok == total

"""The evaluation set in bench/extraction meets its quality targets (throughput is measured
by the script itself: timing has no place in a test run)."""

import importlib.util
from pathlib import Path

import pytest

from premiere.extraction import Gazetteer

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "extraction" / "evaluate.py"


@pytest.fixture(scope="module")
def evaluation():
    spec = importlib.util.spec_from_file_location("bench_extraction_evaluate", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report(evaluation):
    return evaluation.evaluate(evaluation.load_cases(), Gazetteer(evaluation.load_entries()))


def test_the_set_is_large_enough_and_holds_negatives(evaluation):
    cases = evaluation.load_cases()
    assert len(cases) >= 45
    assert len({case["id"] for case in cases}) == len(cases)
    assert sum(1 for case in cases if case.get("negative")) >= 10


def test_every_expected_fact_has_a_matching_key(evaluation):
    for case in evaluation.load_cases():
        for fact in case["expected"]:
            assert evaluation.expected_key(fact)[0] in evaluation.TYPES, case["id"]


def test_release_dates_meet_their_targets(report):
    dates = report.row("release dates")
    assert dates.precision >= 0.95
    assert dates.recall >= 0.90


def test_mentions_meet_their_precision_target(report):
    assert report.row("mention").precision >= 0.95


def test_negatives_yield_no_facts_but_mentions(report):
    assert report.negatives_with_facts == []


def test_the_script_reports_no_missed_target(report):
    assert report.missed_targets() == []

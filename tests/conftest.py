"""Shared test helpers: where ../shared is, and skipping cleanly without it."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
DEMO = REPO / "chronik" / "demo" / "corpus"


def need(path: Path) -> Path:
    """``path`` inside ../shared, or skip the test when it is not there."""
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is absent)")
    return path


@pytest.fixture
def seeds() -> Path:
    return need(SEEDS)

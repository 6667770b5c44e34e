"""The package's random state: parameter initialisation and DataLoader shuffling draw from it;
``manual_seed(s)`` makes both reproducible (and keys the counter-based dropout generator)."""

from __future__ import annotations

import numpy as np

_state = {"rng": np.random.default_rng(), "seed": 0, "epoch": 0}


def manual_seed(seed: int) -> None:
    _state["rng"] = np.random.default_rng(seed)
    _state["seed"] = int(seed)
    _state["epoch"] += 1


def epoch() -> int:
    """Incremented by every ``manual_seed``: lets generator state notice a new seed."""
    return _state["epoch"]


def rng() -> np.random.Generator:
    return _state["rng"]


def seed() -> int:
    return _state["seed"]

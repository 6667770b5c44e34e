"""The sample table: one module per op family (``samples/<family>.py``), each defining
``SAMPLES = {op_name: [Sample, ...]}`` and optionally ``EXCLUDED = {op_name: reason}``.
``all_samples()`` merges them; tests sweep ops x samples x backends."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Callable

import numpy as np


@dataclass
class Sample:
    inputs: list  # arrays (float64 here; tests cast to float32 where they need)
    attrs: dict = field(default_factory=dict)
    expected: Callable | None = None  # hand-written NumPy expectation f(*inputs) -> array
    diff: list | None = None  # inputs to differentiate (default: all float inputs)
    name: str = ""
    fd: bool = True  # check the VJP by finite differences
    rtol: float = 1e-5
    atol: float = 1e-7

    def id(self, op: str, k: int) -> str:
        return f"{op}-{k}" + (f"-{self.name}" if self.name else "")


def rand(*shape, seed=0, low=-1.0, high=1.0):
    return np.random.default_rng(seed + 7 * len(shape) + sum(shape)).uniform(
        low, high, shape).astype(np.float64)


def all_samples() -> tuple[dict, dict]:
    samples: dict = {}
    excluded: dict = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        mod = importlib.import_module(f"{__name__}.{info.name}")
        for op, lst in getattr(mod, "SAMPLES", {}).items():
            samples.setdefault(op, []).extend(lst)
        excluded.update(getattr(mod, "EXCLUDED", {}))
    return samples, excluded

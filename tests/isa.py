"""Run a test on one CPU code path: ``select_isa(monkeypatch, "avx2" | "avx512")`` sets GV_ISA,
skipping where the host cannot run that path (tests that assert both paths on every host)."""

from __future__ import annotations

import pytest

from gvcompile.llvm import target


def select_isa(monkeypatch, isa: str) -> None:
    if target.host_isa() == "generic":
        pytest.skip("not an x86-64 host with AVX2")
    if isa == "avx512" and target.host_isa() != "avx512":
        pytest.skip("this host has no AVX-512: only the AVX2 path can run here")
    monkeypatch.setenv("GV_ISA", isa)

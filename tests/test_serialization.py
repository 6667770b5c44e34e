"""save / load_parameters (API.md §2): plain .npz round trip in place, deterministic keys,
shared layers, and clear errors on mismatching files."""

from __future__ import annotations

import zipfile

import numpy as np
import pytest

import gvcompile
from gvcompile.errors import DTypeError, ShapeError
from gvcompile.layers import (
    BatchNorm,
    Fc,
    GraphContainer,
    SequentialContainer,
    module_to_eltype_device,
)
from gvcompile.serialization import load_parameters, save, state_arrays


def _model(seed):
    gvcompile.manual_seed(seed)
    bn = BatchNorm(4)
    bn.running_mean[...] = np.arange(4) + seed
    shared = Fc(4, 4)
    inner = GraphContainer(lambda layers, x: layers[0](x) + layers[1](x), [shared, Fc(4, 4)])
    return SequentialContainer([Fc(3, 4), bn, SequentialContainer([inner, shared])])


KEYS = ["model[0].weight", "model[0].bias", "model[1].weight", "model[1].bias",
        "model[1].running_mean", "model[1].running_variance",
        "model[2][0][0].weight", "model[2][0][0].bias", "model[2][0][1].weight",
        "model[2][0][1].bias"]


def test_keys_are_deterministic_and_shared_layers_stored_once():
    assert list(state_arrays(_model(0))) == KEYS
    assert list(state_arrays([Fc(2, 2), BatchNorm(2, affine=False)])) == [
        "model[0].weight", "model[0].bias", "model[1].running_mean", "model[1].running_variance"]


def test_round_trip_in_place(tmp_path):
    src, dst = _model(1), _model(2)
    path = tmp_path / "weights.bin"
    save(src, path)
    with zipfile.ZipFile(path) as z:  # a plain .npz: one .npy per key
        assert sorted(z.namelist()) == sorted(k + ".npy" for k in KEYS)
    before = {k: id(a) for k, a in state_arrays(dst).items()}
    load_parameters(dst, path)
    for k, a in state_arrays(dst).items():
        assert id(a) == before[k], "arrays are written in place"
        np.testing.assert_array_equal(a, state_arrays(src)[k])
    x = np.random.default_rng(0).standard_normal((5, 3)).astype(np.float32)
    gvcompile.layers.testmode(src)
    gvcompile.layers.testmode(dst)
    np.testing.assert_array_equal(src(x), dst(x))


def test_compiled_model_shares_the_loaded_arrays(tmp_path):
    src, dst = _model(3), _model(4)
    x = np.ones((2, 3), np.float32)
    cm = gvcompile.compile(dst, x, target="interp")
    save(src, tmp_path / "w.npz")
    load_parameters(cm, tmp_path / "w.npz")
    np.testing.assert_array_equal(cm.forward(x), gvcompile.compile(src, x, target="interp")
                                  .forward(x))


def test_mismatching_files_raise_clear_errors(tmp_path):
    save(_model(0), tmp_path / "a.npz")
    other = SequentialContainer([Fc(3, 4), BatchNorm(4)])
    with pytest.raises(ValueError, match=r"not in the model: \['model\[2\]"):
        load_parameters(other, tmp_path / "a.npz")
    bigger = SequentialContainer([Fc(3, 4), BatchNorm(4), Fc(4, 1), Fc(1, 1)])
    save(SequentialContainer([Fc(3, 4), BatchNorm(4), Fc(4, 1)]), tmp_path / "b.npz")
    with pytest.raises(ValueError, match=r"missing in the file: \['model\[3\]\.weight'"):
        load_parameters(bigger, tmp_path / "b.npz")
    wrong = SequentialContainer([Fc(3, 4), BatchNorm(4), Fc(4, 2)])
    keep = wrong[0].weight.copy()
    with pytest.raises(ShapeError, match=r"model\[2\]\.weight.*\(2, 4\).*\(1, 4\)"):
        load_parameters(wrong, tmp_path / "b.npz")
    np.testing.assert_array_equal(wrong[0].weight, keep)  # nothing written on failure
    m64 = SequentialContainer([Fc(3, 4), BatchNorm(4), Fc(4, 1)])
    module_to_eltype_device(m64, np.float64)
    with pytest.raises(DTypeError, match="float64.*float32"):
        load_parameters(m64, tmp_path / "b.npz")

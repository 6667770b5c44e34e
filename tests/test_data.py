"""DataLoader (API.md §7): batching on a new axis 0, shuffling, drop_last, indexing, errors."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.data import DataLoader, reshuffle

X = np.arange(10 * 2 * 3, dtype=np.float32).reshape(10, 2, 3)
Y = np.arange(10, dtype=np.float64) * 10


def get(i):
    return X[i], Y[i]


def test_batches_stack_on_a_new_axis_0():
    dl = DataLoader(get, 10, batch_size=4)
    assert len(dl) == 3 and dl.dataset_size == 10
    x, y = dl[0]
    assert x.shape == (4, 2, 3) and x.dtype == np.float32 and y.shape == (4,)
    np.testing.assert_array_equal(x, X[:4])
    x, y = dl[2]  # the last, smaller batch
    np.testing.assert_array_equal(x, X[8:])
    np.testing.assert_array_equal(y, Y[8:])


def test_drop_last_and_exact_division():
    assert len(DataLoader(get, 10, batch_size=4, drop_last=True)) == 2
    assert len(DataLoader(get, 10, batch_size=5, drop_last=True)) == 2
    assert len(DataLoader(get, 10, batch_size=5)) == 2
    assert len(DataLoader(get, 10)) == 10
    dl = DataLoader(get, 10, batch_size=4, drop_last=True)
    assert [b[0].shape[0] for b in dl] == [4, 4]


def test_indexing_negative_slices_iteration_and_index_errors():
    dl = DataLoader(get, 10, batch_size=3)
    np.testing.assert_array_equal(dl[-1][1], Y[9:])
    np.testing.assert_array_equal(dl[-4][1], Y[:3])
    batches = dl[1:3]
    assert isinstance(batches, list) and len(batches) == 2
    np.testing.assert_array_equal(batches[1][1], Y[6:9])
    assert len(dl[:]) == 4 and len(dl[::2]) == 2
    assert [list(b[1]) for b in dl] == [list(b[1]) for b in dl[:]]
    for bad in (4, -5, 100):
        with pytest.raises(IndexError):
            dl[bad]
    with pytest.raises(TypeError):
        dl[1.0]


def test_get_function_gets_0_based_indices():
    seen = []

    def g(i):
        seen.append(i)
        return (np.array([i]),)

    dl = DataLoader(g, 5, batch_size=2)
    list(dl)
    assert sorted(seen) == [0, 1, 2, 3, 4]
    single = DataLoader(lambda i: np.full(2, i), 3, batch_size=3)  # one array, not a tuple
    (a,) = single[0]
    np.testing.assert_array_equal(a, [[0, 0], [1, 1], [2, 2]])


def test_shuffle_is_a_permutation_and_reproducible():
    gvcompile.manual_seed(5)
    a = DataLoader(get, 10, batch_size=3, shuffle=True)
    ya = np.concatenate([b[1] for b in a])
    assert sorted(ya) == sorted(Y) and not np.array_equal(ya, Y)
    gvcompile.manual_seed(5)
    b = DataLoader(get, 10, batch_size=3, shuffle=True)
    np.testing.assert_array_equal(np.concatenate([t[1] for t in b]), ya)
    np.testing.assert_array_equal(np.concatenate([t[1] for t in a]), ya)  # stable until reshuffle
    reshuffle(a)
    yr = np.concatenate([t[1] for t in a])
    assert sorted(yr) == sorted(Y) and not np.array_equal(yr, ya)
    plain = DataLoader(get, 10, batch_size=10)
    np.testing.assert_array_equal(plain[0][1], Y)
    reshuffle(plain)  # reshuffles even without shuffle=True (GradValley's reshuffle!)
    assert not np.array_equal(plain[0][1], Y)


def test_bad_arguments():
    with pytest.raises(ValueError, match="batch_size"):
        DataLoader(get, 10, batch_size=0)
    with pytest.raises(ValueError, match="dataset_size"):
        DataLoader(get, -1)
    with pytest.raises(TypeError):
        DataLoader(None, 3)
    with pytest.raises(ValueError, match="different shapes"):
        DataLoader(lambda i: (np.zeros(i + 1),), 3, batch_size=3)[0]
    assert len(DataLoader(get, 0)) == 0 and list(DataLoader(get, 0)) == []

"""Data-parallel training on MPI (issue 17, API.md §8b), run as real jobs: ``mpiexec -n 2|4
python tests/mpi_worker.py SCENARIO`` (mpi4py + MPICH from the ``mpi`` extra). Each checks what
the contract promises: parameters bit-identical on every rank after k steps (SGD, MSGD, Adam;
cpu and interp), world x B/world equal to one process with batch B (1e-12 in float64, 1e-5 in
float32; with synchronised BatchNorm and without BatchNorm), DataLoader shards disjoint with
equal sizes, a different model on one rank or unequal local batches refused on every rank, and
a rank that raises ending the whole job quickly with a nonzero exit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import Fc, SequentialContainer
from gvcompile.optimization import SGD, mse_loss

try:
    import mpi4py  # noqa: F401
except ImportError:
    HAVE_MPI = False
else:
    HAVE_MPI = True
MPIEXEC = shutil.which("mpiexec") or str(Path(sys.executable).parent / "mpiexec")
WORKER = Path(__file__).with_name("mpi_worker.py")
ROOT = WORKER.parents[1]
needs_mpi = pytest.mark.skipif(not (HAVE_MPI and Path(MPIEXEC).exists()),
                               reason="the mpi extra (pip install 'gvcompile[mpi]')")


def run(n: int, *args: str, timeout: float = 240, script=WORKER) -> subprocess.CompletedProcess:
    env = {**os.environ, "GV_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run([MPIEXEC, "-n", str(n), sys.executable, str(script), *args],
                          capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=script.parent)


def result(n: int, *args: str):
    p = run(n, *args)
    lines = [ln for ln in p.stdout.splitlines() if ln.startswith("RESULT ")]
    assert p.returncode == 0 and lines, f"mpiexec failed ({p.returncode}):\n{p.stderr[-3000:]}"
    return json.loads(lines[-1][len("RESULT "):])


@needs_mpi
@pytest.mark.parametrize("n,opt,dtype,bn,target", [
    (2, "SGD", "float64", "False", "cpu"),
    (2, "MSGD", "float32", "True", "cpu"),
    (2, "Adam", "float64", "False", "interp"),
    (4, "MSGD", "float64", "True", "cpu"),
])
@needs_mpi
def test_ranks_match_each_other_and_one_process(n, opt, dtype, bn, target):
    r = result(n, "dp", opt, dtype, bn, target)
    assert r["identical"] and r["same_loss_on_ranks"], r
    assert r["moved"] > 1e-3, r  # the steps did change the weights
    tol = 1e-12 if dtype == "float64" else 1e-5
    assert r["max_rel_to_one_process"] < tol and r["loss_rel"] < tol, r


@needs_mpi
@pytest.mark.parametrize("n,opt,dtype,bn,bucket", [
    (2, "MSGD", "float32", "True", 1),  # one bucket per gradient
    (2, "SGD", "float32", "False", 1 << 30),  # everything in one bucket
    (4, "Adam", "float64", "False", 400),
])
def test_overlapped_buckets_train_like_the_blocking_step(n, opt, dtype, bn, bucket):
    """bucket_bytes: Iallreduce per bucket started inside the backward pass, waited on before
    the update. Same sums of the same per-rank values: bit-identical on every rank; with 2
    ranks bit-identical to the blocking step (a + b == b + a); with 4 the MPI library may
    pick another reduction order for other message sizes, so to rounding."""
    r = result(n, "overlap", opt, dtype, bn, str(bucket))
    assert r["identical"] and r["in_flight"] == 0 and r["buckets"] == r["waits"] >= 1, r
    if n == 2:
        assert r["equal_to_blocking"] and r["same_losses"], r
    assert r["max_rel_to_blocking"] < (1e-12 if dtype == "float64" else 1e-6), r
    if bucket == 1:
        assert r["buckets"] == 6 and r["started_before_backward_ends"], r


@pytest.mark.parametrize("n", [2, 4])
@needs_mpi
def test_dataloader_shards_are_disjoint_and_equal(n):
    r = result(n, "shards")
    for k, v in r.items():
        if k.endswith(("disjoint", "equal_sizes")):
            assert v is True, (k, r)
        elif k.endswith("count"):
            assert v == 23 // n * n, (k, r)  # all but the remainder of 23 items
    assert len(set(r["plain_batches"])) == 1


@needs_mpi
def test_a_different_model_on_one_rank_is_refused_everywhere():
    errs = [e["error"] for e in result(2, "mismatch")]
    assert all(e and "rank 1 built a different model" in e for e in errs), errs


@needs_mpi
def test_cuda_data_parallel_step_blocking_only():
    """target="cuda" (emulated): each gradient summed by a host step between launches, weights
    identical on the ranks and equal to the CPU step to rounding; buckets refused everywhere."""
    res = result(2, "cuda")
    assert all(r["error"] and "leave bucket_bytes=None on target='cuda'" in r["error"]
               for r in res), res
    assert res[0]["identical"], res
    assert all(r["max_rel_to_cpu"] < 1e-5 for r in res), res


@needs_mpi
def test_unequal_local_batches_are_refused_everywhere():
    errs = [e["error"] for e in result(2, "uneven")]
    assert all(e and "local batches differ in size (from 2 to 3" in e for e in errs), errs


@needs_mpi
@pytest.mark.parametrize("bucket", ["", "400"])  # one allreduce per gradient / buckets
def test_an_exported_data_parallel_step_trains_like_the_python_one(tmp_path, bucket):
    r = result(2, "export", str(tmp_path), bucket)
    assert r["no_hook_error"] and "set its allreduce" in r["no_hook_error"], r
    assert r["identical"] and r["header"], r
    assert r["max_rel"] < 1e-5 and r["loss_rel"] < 1e-5, r  # x86-64-v3 library vs host JIT


@needs_mpi
def test_an_exported_recurrent_data_parallel_step_keeps_its_allreduce(tmp_path):
    r = result(2, "export_recurrent", str(tmp_path))
    assert r["no_hook_error"] and "set its allreduce" in r["no_hook_error"], r
    assert r["identical"], r


@needs_mpi
def test_the_c_mpi_example_trains_data_parallel(tmp_path):
    """examples/c_mpi: a step exported under mpiexec, a C program built with mpicc that hands
    MPI_Allreduce to the library; the ranks end with identical parameters."""
    ex = ROOT / "examples" / "c_mpi"
    p = run(2, str(tmp_path), script=ex / "export_dp.py")
    assert p.returncode == 0, p.stderr[-3000:]
    mpicc = shutil.which("mpicc") or str(Path(sys.executable).parent / "mpicc")
    b = subprocess.run(["make", "-C", str(ex), f"EXPORT_DIR={tmp_path}", f"MPICC={mpicc}"],
                       capture_output=True, text=True, timeout=120)
    assert b.returncode == 0, b.stdout + b.stderr
    c = subprocess.run([MPIEXEC, "-n", "2", str(tmp_path / "main"), "100"],
                       capture_output=True, text=True, timeout=120)
    assert c.returncode == 0, c.stdout + c.stderr
    assert "parameters identical on all ranks: yes" in c.stdout


@needs_mpi
def test_a_rank_that_raises_ends_the_job():
    p = run(2, "raises", timeout=60)
    assert p.returncode != 0
    assert "raised RuntimeError: rank failed on purpose; ending the job" in p.stderr, p.stderr


@needs_mpi
def test_the_mpi_example_trains_on_two_ranks():
    p = run(2, "--epochs", "3", "--min-accuracy", "0.85", "--bucket-bytes", "4096",
            script=ROOT / "examples" / "train_mpi.py")
    assert p.returncode == 0, p.stderr[-3000:]
    assert "weights identical on all 2 ranks: True" in p.stdout
    assert "rank 1:" in p.stdout and "images/s" in p.stdout


def _step(**kw):
    m = SequentialContainer([Fc(3, 2)])
    x, t = np.ones((2, 3), np.float32), np.ones((2, 2), np.float32)
    return gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1), x, t, **kw)


def test_without_mpi4py_the_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "mpi4py", None)  # import mpi4py now raises ImportError
    with pytest.raises(ImportError, match=r"gvcompile\[mpi\]"):
        _step(comm=object())


def test_a_comm_must_be_a_communicator_and_sync_needs_one():
    if HAVE_MPI:
        with pytest.raises(TypeError, match="comm must be an mpi4py communicator"):
            _step(comm=object())
    with pytest.raises(ValueError, match="sync_batchnorm=True needs a communicator"):
        _step(sync_batchnorm=True)
    with pytest.raises(ValueError, match="bucket_bytes needs a communicator"):
        _step(bucket_bytes=1 << 20)
    if HAVE_MPI:
        from mpi4py import MPI

        with pytest.raises(ValueError, match="bucket_bytes must be a positive number"):
            _step(comm=MPI.COMM_SELF, bucket_bytes=0)
    with pytest.raises(TypeError, match="DataLoader: comm must be an mpi4py communicator"):
        gvcompile.DataLoader(lambda i: (i,), 4, comm=object())


def test_importing_gvcompile_does_not_import_mpi4py():
    code = "import sys, gvcompile, gvcompile.layers; print('mpi4py' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"

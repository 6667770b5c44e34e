"""``python -m gvcompile warmup [--clean]``: build this machine's helper families (GEMM, dot,
recurrent cells: llvm/machinecache.py) ahead of time, so that the first compile of a model
with an empty GV_CACHE_DIR compiles only its own kernels.

It compiles small programs that take the usual helper-family variants (a fully connected
train step: the plain GEMM and the dot family; a convolutional one with a fully connected
head: the GEMM with its implicit-convolution entry; a convolution alone; an LSTM forward and
backward: the recurrent families) with a throw-away GV_CACHE_DIR, so only the families stay,
in the machine store. A family a model needs and these programs do not take is built by the
first program that needs it. ``--clean`` first removes the store's folders of other LLVM or
gvcompile versions, CPUs and pipelines. Lives beside the benchmarks because it builds models
(llvm/ may not import the layers).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time

import numpy as np


def _programs():
    import gvcompile
    from gvcompile.layers import AvgPool, Conv, Fc, Reshape, SequentialContainer
    from gvcompile.optimization import SGD, logitcrossentropy_loss, mse_loss

    from .models import recurrent

    rng = np.random.default_rng(0)

    def fc():
        m = SequentialContainer([Fc(64, 48, activation_function="relu"), Fc(48, 10)])
        x = rng.standard_normal((32, 64), dtype=np.float32)
        t = rng.standard_normal((32, 10), dtype=np.float32)
        gvcompile.compile_train_step(m, mse_loss, SGD(m, 1e-3), x, t, target="cpu")

    def conv_fc():
        m = SequentialContainer([Conv(1, 6, (5, 5), activation_function="relu"),
                                 AvgPool((2, 2)), Reshape((6 * 6 * 6,)), Fc(216, 10)])
        x = rng.standard_normal((16, 1, 16, 16), dtype=np.float32)
        t = np.eye(10, dtype=np.float32)[rng.integers(0, 10, 16)]
        gvcompile.compile_train_step(m, logitcrossentropy_loss, SGD(m, 1e-3), x, t,
                                     target="cpu")

    def conv():
        m = SequentialContainer([Conv(3, 8, (3, 3), activation_function="relu")])
        x = rng.standard_normal((8, 3, 16, 16), dtype=np.float32)
        cm = gvcompile.compile(m, x, target="cpu")
        cm.program_for(cm._convert_inputs([x]), full=True)

    def lstm():
        m = recurrent("LSTM", 16, 32)
        x = rng.standard_normal((4, 8, 16), dtype=np.float32)
        cm = gvcompile.compile(m, target="cpu")
        cm.program_for(cm._convert_inputs([x]), full=True)

    return {"fully connected train step": fc, "convolutional train step": conv_fc,
            "convolution forward+backward": conv, "LSTM forward+backward": lstm}


def warmup(clean: bool = False, out=sys.stdout) -> dict:
    """Build the helper families into the machine store; returns {"built": n, "found": n,
    "seconds": s, "dir": path}."""
    from gvcompile.llvm import compile as comp
    from gvcompile.llvm import machinecache

    salt = comp.unit_salt()
    where = machinecache.machine_dir(salt)
    if where is None:
        raise RuntimeError("gvcompile warmup: the machine store is off (GV_MACHINE_CACHE=0, "
                           "or GV_CACHE_DIR=0 without GV_MACHINE_CACHE)")
    if clean:
        for p in machinecache.clean(salt):
            print(f"removed {p}", file=out)
    before = comp.stats()
    t0 = time.perf_counter()
    tmp = tempfile.mkdtemp(prefix="gv_warmup_")
    old = os.environ.get("GV_CACHE_DIR")
    os.environ["GV_CACHE_DIR"] = tmp  # the programs themselves are not kept
    try:
        for name, build in _programs().items():
            build()
            print(f"  {name}", file=out, flush=True)
    finally:
        if old is None:
            os.environ.pop("GV_CACHE_DIR", None)
        else:
            os.environ["GV_CACHE_DIR"] = old
        shutil.rmtree(tmp, ignore_errors=True)
    after = comp.stats()
    res = {"built": int(after["lib_units"] - before["lib_units"]),
           "found": int(after["unit_machine"] - before["unit_machine"]),
           "seconds": time.perf_counter() - t0, "dir": str(where)}
    print(f"helper families in {where}: {res['built']} built, {res['found']} already there "
          f"({res['seconds']:.2f} s)", file=out)
    return res


def main(argv: list[str]) -> int:
    unknown = [a for a in argv if a != "--clean"]
    if unknown:
        print(f"python -m gvcompile warmup: unknown arguments {unknown}\n"
              "usage: python -m gvcompile warmup [--clean]", file=sys.stderr)
        return 2
    try:
        warmup(clean="--clean" in argv)
    except RuntimeError as e:
        print(e, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Export a data-parallel training step for the C example of this folder:

    mpiexec -n 2 python examples/c_mpi/export_dp.py [OUT]     (OUT defaults to examples/c_mpi/build)

The step is built with ``comm=MPI.COMM_WORLD`` (so it averages over that many ranks); rank 0
writes OUT/libmlp.so, libmlp.a, mlp.h, mlp.json. The exported library has no MPI dependency of
its own: the C program hands it MPI_Allreduce through mlp_set_allreduce."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from mpi4py import MPI

import gvcompile
from gvcompile.layers import Fc, SequentialContainer
from gvcompile.optimization import MSGD, mse_loss

comm = MPI.COMM_WORLD
out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("build")
gvcompile.manual_seed(0)
model = SequentialContainer([Fc(8, 16, activation_function="tanh"), Fc(16, 4)])
x, t = np.zeros((4, 8), np.float32), np.zeros((4, 4), np.float32)
step = gvcompile.compile_train_step(model, mse_loss, MSGD(model, 0.05, momentum=0.9), x, t,
                                    comm=comm)
if comm.Get_rank() == 0:
    print(gvcompile.export(step, out, name="mlp"))

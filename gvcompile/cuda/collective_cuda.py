"""CUDA lowering of ``allreduce_sum`` (ops/collective.py): a host step between launches (the
executable synchronises, copies the operand to the host, sums it over the group's processes
through gvcompile/collectives.py, and copies the sum into the result). No device collective
(NCCL, CUDA-aware MPI); the non-blocking pair allreduce_start / allreduce_wait has no CUDA
lowering, and a data-parallel CUDA train step is refused when it is built
(compiled/distributed.py)."""

from __future__ import annotations

from ..collectives import allreduce_in_place
from ..ir.types import BATCH
from ..ops.registry import register_lowering
from .kernel import Kernel, Param, ptr


def _no_grid(n: int):
    return (1, 1, 1), (1, 1, 1)


@register_lowering("cuda", "allreduce_sum")
def _allreduce_sum_cuda(ctx, nid):
    (x,) = ctx.inputs(nid)
    t = ctx.type(nid)
    group = int(ctx.attrs(nid)["group"])
    ct = ctx.ctype(nid)

    def host(driver, args, n):
        shape = tuple(n if d == BATCH else int(d) for d in t.shape)
        a = driver.download(args[0], shape, t.dtype)
        allreduce_in_place(group, a)
        driver.upload(a, args[1])

    params = [ptr(0, x, ct), ptr(0, nid, ct, out=True), Param("N", "long long", ("N",))]
    return Kernel(ctx.kernel_name("allreduce_sum"), params, "", _no_grid, nodes=[nid],
                  host=host)

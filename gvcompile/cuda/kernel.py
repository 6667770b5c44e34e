"""Generated CUDA kernels and modules, and the small C-writing helpers every emitter shares.

A ``Kernel`` is one ``__global__`` function: its text, its parameters (pointers to IR values'
buffers, or the batch extent ``N``), whether it needs fibers under emulation (barriers, warp
operations) and its launch configuration as a function of N. A ``CudaModule`` is the kernels of
one graph; it renders as plain CUDA C (nvcc / NVRTC) or as emulation C++ (g++ with
``gv_cuda_emu.h``, kernels registered under a module tag).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..plan.extent import Lin, contiguous_strides, lin_shape, numel
from .prelude import PRELUDE

CTYPES = {"float32": "float", "float64": "double", "int64": "long long", "int32": "int",
          "uint32": "unsigned", "uint64": "unsigned long long", "uint8": "unsigned char",
          "bool": "bool"}


def ctype(dtype) -> str:
    return CTYPES[np.dtype(dtype).name]


@dataclass(frozen=True)
class Param:
    name: str
    ctype: str  # "const float *", "float *", "long long"
    bind: tuple  # ("value", node_id) | ("N",)


@dataclass
class Kernel:
    name: str
    params: list[Param]
    text: str  # the whole __global__ function, header comment included
    config: Callable[[int], tuple[tuple[int, int, int], tuple[int, int, int]]]
    fibers: bool = False
    nodes: list[int] = field(default_factory=list)
    # a step run on the host between launches instead of a __global__ function (collectives):
    # host(driver, args, N) with the parameters bound as for a launch; ``text`` is empty
    host: Callable | None = None

    def signature(self) -> str:
        return signature(self.params)


def signature(params) -> str:
    return ", ".join(f"{p.ctype}GV_GMEM {p.name}" if p.ctype.endswith("*")
                     else f"{p.ctype} {p.name}" for p in params)


def ptr(k: int, nid: int, ct: str, out: bool = False, name: str | None = None) -> Param:
    """Parameter for the buffer of IR value ``nid`` (``const T *`` unless ``out``)."""
    return Param(name or (f"y{k}" if out else f"x{k}"), f"{'' if out else 'const '}{ct} *",
                 ("value", nid))


N_PARAM = Param("N", "long long", ("N",))


class CudaModule:
    def __init__(self, name: str, kernels: list[Kernel]):
        self.name, self.kernels = name, kernels

    @property
    def device_kernels(self) -> list[Kernel]:
        return [k for k in self.kernels if k.host is None]

    def body(self) -> str:
        return "\n".join(k.text for k in self.device_kernels)

    def cuda_text(self) -> str:
        head = f"// gvcompile CUDA module {self.name}: {len(self.kernels)} kernels\n"
        return head + PRELUDE + "\n" + self.body()

    @property
    def tag(self) -> str:
        h = hashlib.sha256(self.body().encode()).hexdigest()[:16]
        return f"gvm_{h}"

    def emu_text(self) -> str:
        tag = self.tag
        lines = [f"// gvcompile CUDA module {self.name} (emulated as {tag})",
                 '#include "gv_cuda_emu.h"', PRELUDE, f"namespace {tag} {{", self.body()]
        for k in self.device_kernels:
            args = ", ".join(f"*({p.ctype}*)a[{i}]" for i, p in enumerate(k.params))
            lines.append(f"static void w_{k.name}(void **a) {{ {k.name}({args}); }}")
        entries = ", ".join(f'{{"{k.name}", w_{k.name}}}' for k in self.device_kernels)
        if not self.device_kernels:
            entries = '{"", nullptr}'
        lines.append(f"static const gv_emu::Entry gv_entries[] = {{{entries}}};")
        lines.append(f"GV_EMU_MODULE({tag}, gv_entries);")
        lines.append(f"}}  // namespace {tag}")
        return "\n".join(lines) + "\n"


# ---- C text helpers -------------------------------------------------------------------------


def c_lin(v) -> str:
    """A Lin (or int / "N") as a C long long expression in the kernel parameter N."""
    v = Lin.of(v)
    if v.a == 0:
        return f"{v.b}LL" if abs(v.b) >= 2**31 else str(v.b)
    head = "N" if v.a == 1 else f"{v.a}LL * N"
    if v.b == 0:
        return f"({head})"
    return f"({head} {'+' if v.b > 0 else '-'} {abs(v.b)})"


def unravel(index: str, shape, prefix: str = "i") -> tuple[list[str], list[str]]:
    """C lines splitting flat ``index`` over ``shape`` (row-major) into i0, i1, ...;
    returns (lines, names)."""
    dims = lin_shape(shape)
    names = [f"{prefix}{d}" for d in range(len(dims))]
    if not dims:
        return [], []
    lines = [f"long long r_{prefix} = {index};"]
    for d in range(len(dims) - 1, 0, -1):
        lines.append(f"const long long {names[d]} = r_{prefix} % {c_lin(dims[d])}; "
                     f"r_{prefix} /= {c_lin(dims[d])};")
    lines.append(f"const long long {names[0]} = r_{prefix};")
    return lines, names


def broadcast_offset(in_shape, out_shape, idx: list[str]) -> str:
    """Flat offset into an input broadcast (NumPy rules) to ``out_shape`` at out index idx."""
    if tuple(in_shape) == tuple(out_shape):
        return None  # the caller uses the flat output index
    strides = contiguous_strides(in_shape)
    lead = len(out_shape) - len(in_shape)
    terms = []
    for d, (ext, st) in enumerate(zip(in_shape, strides, strict=True)):
        if ext == 1 and out_shape[lead + d] != 1:
            continue
        terms.append(f"{idx[lead + d]} * {c_lin(st)}" if st != Lin(0, 1) else idx[lead + d])
    return " + ".join(terms) or "0"


def grid_stride(total: str) -> str:
    return (f"for (long long gi = blockIdx.x * (long long)blockDim.x + threadIdx.x; "
            f"gi < {total}; gi += (long long)gridDim.x * blockDim.x)")


def flat_config(size: Lin, block: int = 256, max_grid: int = 65535):
    """Launch config of a grid-stride kernel over ``size`` elements."""

    def config(n: int):
        total = size.eval(n)
        grid = max(1, min((total + block - 1) // block, max_grid))
        return (grid, 1, 1), (block, 1, 1)

    config.c = (f"gx = gv_clamp_grid(({c_lin(size)} + {block - 1}) / {block}, {max_grid}); "
                f"bx = {block}; by = 1;")
    return config


def rows_config(rows: Lin, inner: Lin, max_grid: int = 65535):
    """One block per row (grid-stride over rows); 32..256 threads depending on the row size."""

    def config(n: int):
        r, k = rows.eval(n), inner.eval(n)
        block = 32
        while block < 256 and block < k:
            block *= 2
        return (max(1, min(r, max_grid)), 1, 1), (block, 1, 1)

    config.c = (f"gx = gv_clamp_grid({c_lin(rows)}, {max_grid}); bx = 32; by = 1; "
                f"while (bx < 256 && bx < {c_lin(inner)}) bx *= 2;")
    return config


def size_of(shape) -> Lin:
    return numel(shape)


def comment_block(lines: list[str]) -> str:
    return "\n".join("// " + ln for ln in lines)

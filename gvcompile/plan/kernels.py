"""The backend-neutral kernel plan: what to compute, in which loops, into which memory.

A Plan holds
  buffers  graph arguments ('arg'), results ('out'), constants ('const') and temporaries
           ('temp', placed in ONE arena of ``a*N + b`` bytes by memory.py)
  kernels  in execution order. A 'loop' kernel is one or more loop nests (``Loop``): a domain of
           extents (Lins: the batch extent N is a run-time argument), a body DAG of scalar
           expressions and sinks that store or accumulate results. An 'op' kernel (matmul,
           conv, ...) is lowered by the backend's rule for that op (``OPS[op].lower[backend]``)
           from its input/output views and attrs.
  outputs  where each graph output is found after the call (a buffer or an argument).
Body expressions (tuples, referenced by index within their Loop):
  ('load', k)                 loads[k] at the current point
  ('const', value)            a float immediate
  ('lin', Lin)                an integer a*N+b converted to the float type (numel)
  ('op', name, attrs, args)   an element-wise op: its ``OPS[name].scalar`` body
Every kernel records its provenance: the IR nodes it computes and their source layers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..ir.graph import Graph
from .extent import Lin, numel
from .view import View


@dataclass
class Buffer:
    id: int
    kind: str  # 'arg' | 'out' | 'const' | 'temp'
    dtype: np.dtype
    size: Lin  # elements
    name: str
    index: int = -1  # position among args / outs / consts
    offset: Lin | None = None  # bytes into the arena ('temp')


@dataclass(frozen=True)
class Access:
    buf: int
    offset: Lin
    strides: tuple[Lin, ...]  # one per domain axis


@dataclass(frozen=True)
class Sink:
    expr: int
    access: Access
    mode: str = "store"  # 'store' | 'sum' | 'max'


@dataclass
class Loop:
    domain: tuple[Lin, ...]
    exprs: list = field(default_factory=list)
    loads: list[Access] = field(default_factory=list)
    sinks: list[Sink] = field(default_factory=list)
    dtype: np.dtype = np.dtype(np.float32)
    comment: str = ""


@dataclass
class Kernel:
    id: int
    name: str
    kind: str  # 'loop' | 'op'
    loops: list[Loop] = field(default_factory=list)
    op: str | None = None
    attrs: dict = field(default_factory=dict)
    inputs: list[View] = field(default_factory=list)
    outputs: list[View] = field(default_factory=list)
    nodes: list[str] = field(default_factory=list)  # IR node names (provenance)
    ops: list[str] = field(default_factory=list)  # their ops (for the readable name)
    nids: list[int] = field(default_factory=list)  # their node ids
    srcs: list[str] = field(default_factory=list)  # source layers
    shapes: list[str] = field(default_factory=list)

    def reads(self) -> set[int]:
        r = {v.buf for v in self.inputs}
        for lp in self.loops:
            r |= {a.buf for a in lp.loads}
            r |= {s.access.buf for s in lp.sinks if s.mode != "store"}
        return r

    def writes(self) -> set[int]:
        w = {v.buf for v in self.outputs}
        for lp in self.loops:
            w |= {s.access.buf for s in lp.sinks}
        return w

    def header(self) -> str:
        return (f"kernel {self.name}: nodes {', '.join(self.nodes)}; "
                f"layers {', '.join(self.srcs) or '-'}; shapes {'; '.join(self.shapes)}")


@dataclass
class OutRef:
    kind: str  # 'buf' | 'arg'
    id: int  # buffer id or argument position
    shape: tuple  # IR shape (may hold "N")
    dtype: np.dtype


@dataclass
class Plan:
    name: str
    graph: Graph
    buffers: list[Buffer] = field(default_factory=list)
    kernels: list[Kernel] = field(default_factory=list)
    args: list[int] = field(default_factory=list)  # buffer id per graph argument
    outputs: list[OutRef] = field(default_factory=list)
    consts: list[np.ndarray] = field(default_factory=list)
    arena: Lin = Lin()  # bytes
    views: dict = field(default_factory=dict)  # IR node id -> View (materialised values)

    def new_buffer(self, kind: str, dtype, size, name: str, index: int = -1) -> Buffer:
        b = Buffer(len(self.buffers), kind, np.dtype(dtype), size, name, index)
        self.buffers.append(b)
        return b

    def count(self, kind: str) -> int:
        return sum(1 for b in self.buffers if b.kind == kind)

    def __str__(self) -> str:
        from .text import format_plan

        return format_plan(self)


def size_of(shape) -> Lin:
    return numel(shape)

"""Graph -> Plan: views for movement ops, fused loop kernels for element-wise groups and
reductions, op kernels for ops with their own loop nests, then memory planning."""

from __future__ import annotations

import numpy as np

from ..errors import UnsupportedOp
from ..ir.graph import Graph
from ..ops import OPS
from .conv import CONV_PLANS
from .extent import Lin, contiguous_strides, lin_shape, numel
from .fusion import expand, inline_set, pointwise
from .kernels import Access, Kernel, Loop, OutRef, Plan, Sink
from .memory import plan_memory
from .pool import POOL_PLANS
from .rnn import RNN_PLANS, absorbed_pad
from .view import View

VIEW_OPS = ("transpose", "slice", "flip", "broadcast_to", "reshape")
# op families planned in their own files: pooling, recurrences, random numbers, time steps
FAMILY_PLANS = {**POOL_PLANS, **RNN_PLANS}

REDUCE_INIT = {"reduce_sum": ("sum", 0.0), "reduce_max": ("max", -np.inf)}


def build_plan(graph: Graph, backend: str = "llvm", mask_registers: bool = True) -> Plan:
    """The kernel plan of ``graph`` for ``backend``; ``mask_registers``: whether the target's
    vector loads and FMAs take lane masks for free (AVX-512: plan/conv.py MASKED_PAD)."""
    g = expand(graph)
    pb = _Builder(g, backend)
    pb.mask_registers = mask_registers
    for nid in g.topo_order():
        pb.visit(nid)
    pb.finish_outputs()
    dead = drop_dead_stores(pb.plan)
    plan_memory(pb.plan)
    # node -> where its value lives (GV_VALIDATE reads them)
    pb.plan.views = {n: v for n, v in pb.views.items() if v.buf not in dead}
    return pb.plan


def drop_dead_stores(plan: Plan) -> set[int]:
    """Remove the sinks of temporaries that no kernel reads (a multi-output loop whose every
    consumer of a value joined the loop keeps it in a register); their buffers get no memory.
    Returns the dropped buffer ids."""
    read: dict[int, int] = {}
    for k in plan.kernels:
        for b in k.reads():
            read[b] = read.get(b, 0) + 1
    dead: set[int] = set()
    for k in plan.kernels:
        if k.kind != "loop":
            continue
        for lp in k.loops:
            keep, drop = [], []
            for sk in lp.sinks:
                buf = plan.buffers[sk.access.buf]
                unread = buf.kind == "temp" and sk.mode == "store" and buf.id not in read
                (drop if unread else keep).append(sk)
            if not keep:  # (a value nobody reads at all: keep computing it, as before)
                keep, drop = drop[-1:], drop[:-1]
            lp.sinks = keep
            dead |= {sk.access.buf for sk in drop}
    for b in dead:
        plan.buffers[b].size = Lin()
    return dead


class _Builder:
    def __init__(self, g: Graph, backend: str):
        self.g = g
        self.backend = backend
        self.plan = Plan(g.name, g)
        self.inline = inline_set(g)
        self.views: dict[int, View] = {}
        self.copies: dict[int, View] = {}  # contiguous copies of strided views, by node
        self.groups: list = []  # (kernel, loop, memo) of element-wise loops, open to sinks
        for i, a in enumerate(g.args):
            t = g.type(a)
            buf = self.plan.new_buffer("arg", t.dtype, numel(t.shape), g.node(a)["name"], i)
            self.plan.args.append(buf.id)
            self.views[a] = View.contiguous(buf.id, t.shape)

    # ---- views ----------------------------------------------------------------------------
    def view(self, nid: int) -> View:
        v = self.views.get(nid)
        if v is None:
            d = self.g.node(nid)
            if d["op"] == "const":
                arr = np.ascontiguousarray(d["attrs"]["value"], dtype=d["type"].dtype)
                buf = self.plan.new_buffer("const", arr.dtype, Lin(0, arr.size), d["name"],
                                           len(self.plan.consts))
                self.plan.consts.append(arr)
                v = View.contiguous(buf.id, arr.shape)
            else:  # an inlined element-wise value or numel needed as memory
                v = self._materialise_loop(nid)
            self.views[nid] = v
        return v

    def contiguous(self, nid: int) -> View:
        """A contiguous view of ``nid``, copying a strided view into a new buffer once (an
        LSTM's gradient slice fed three matmuls: three copies of 3 MB)."""
        v = self.view(nid)
        if v.is_contiguous():
            return v
        if nid not in self.copies:
            self.copies[nid] = self._copy(nid, v)
        return self.copies[nid]

    def _copy(self, nid: int, v: View) -> View:
        t = self.g.type(nid)
        out = self._new_temp(nid)
        k = self._kernel(nid, "copy")
        lp = Loop(v.shape, dtype=t.dtype, comment=f"copy %{self.g.node(nid)['name']}")
        lp.loads.append(Access(v.buf, v.offset, v.strides))
        lp.exprs.append(("load", 0))
        lp.sinks.append(Sink(0, Access(out.buf, out.offset, out.strides)))
        k.loops.append(lp)
        return out

    def _new_temp(self, nid: int) -> View:
        t = self.g.type(nid)
        buf = self.plan.new_buffer("temp", t.dtype, numel(t.shape), self.g.node(nid)["name"])
        return View.contiguous(buf.id, t.shape)

    def _kernel(self, nid: int, what: str, kind: str = "loop") -> Kernel:
        k = Kernel(len(self.plan.kernels), "", kind)
        k.name = f"gv_k{k.id}_{what}"
        self._prov(k, nid)
        self.plan.kernels.append(k)
        return k

    def _prov(self, k: Kernel, nid: int) -> None:
        """Record that kernel ``k`` computes node ``nid`` (kept in graph order)."""
        d = self.g.node(nid)
        k.nids.append(nid)
        order = sorted(range(len(k.nids)), key=lambda i: k.nids[i])
        k.nids = [k.nids[i] for i in order]
        k.nodes = [k.nodes[i] if i < len(k.nodes) else "%" + d["name"] for i in order]
        k.ops = [k.ops[i] if i < len(k.ops) else d["op"] for i in order]
        k.shapes = [k.shapes[i] if i < len(k.shapes) else f"%{d['name']}: {d['type']}"
                    for i in order]
        if d["src"] and d["src"] not in k.srcs:
            k.srcs.append(d["src"])

    # ---- bodies ---------------------------------------------------------------------------
    def _expr(self, nid: int, lp: Loop, memo: dict, k: Kernel) -> int:
        if nid in memo:
            return memo[nid]
        d = self.g.node(nid)
        op = d["op"]
        if nid in self.inline:
            args = tuple(self._expr(i, lp, memo, k) for i in d["inputs"])
            lp.exprs.append(("op", op, tuple(sorted(d["attrs"].items())), args))
            self._prov(k, nid)
        elif op == "const" and np.asarray(d["attrs"]["value"]).size == 1:
            lp.exprs.append(("const", float(np.asarray(d["attrs"]["value"]).reshape(()))))
        elif op == "numel" and nid not in self.views:
            lp.exprs.append(("lin", self._numel(nid)))
        else:
            v = self.view(nid)
            lp.loads.append(Access(v.buf, v.offset, v.over(lp.domain)))
            lp.exprs.append(("load", len(lp.loads) - 1))
        memo[nid] = len(lp.exprs) - 1
        return memo[nid]

    def _numel(self, nid: int) -> Lin:
        x = self.g.inputs(nid)[0]
        shape = self.g.type(x).shape
        return numel([shape[a] for a in self.g.node(nid)["attrs"]["axes"]])

    def _materialise_loop(self, nid: int) -> View:
        t = self.g.type(nid)
        out = self._new_temp(nid)
        k = self._kernel(nid, self.g.op(nid))
        lp = Loop(lin_shape(t.shape), dtype=t.dtype, comment=f"%{self.g.node(nid)['name']}")
        memo: dict = {}
        if self.g.op(nid) == "numel":
            lp.exprs.append(("lin", self._numel(nid)))
        else:
            d = self.g.node(nid)
            args = tuple(self._expr(i, lp, memo, k) for i in d["inputs"])
            lp.exprs.append(("op", d["op"], tuple(sorted(d["attrs"].items())), args))
        memo[nid] = len(lp.exprs) - 1
        lp.sinks.append(Sink(len(lp.exprs) - 1, Access(out.buf, out.offset, out.strides)))
        k.loops.append(lp)
        self._memo = memo
        return out

    # ---- multi-output fusion ----------------------------------------------------------------
    def _operands(self, nid: int) -> tuple[set[int], set[int]]:
        """(stored values, inlined nodes) that ``nid``'s loop body reads."""
        leaves: set[int] = set()
        inner: set[int] = set()
        for i in self.g.inputs(nid):
            if i in self.inline:
                inner.add(i)
                sub, deeper = self._operands(i)
                leaves |= sub
                inner |= deeper
            else:
                leaves.add(i)
        return leaves, inner

    def _written_after(self, buf: int, kid: int) -> bool:
        """Whether a kernel after kernel ``kid`` (ids are list positions) writes ``buf``; only
        those are looked at: this runs per candidate group (quadratic over all kernels)."""
        return any(buf in k.writes() for k in self.plan.kernels[kid + 1:])

    def _join_group(self, nid: int) -> View | None:
        """Compute element-wise ``nid`` as one more sink of an earlier element-wise loop (see
        fusion.py): the latest one with the same domain and dtype that already computes or
        loads one of its operands, stores nothing ``nid`` loads, and runs after every kernel
        that writes its other operands."""
        t = self.g.type(nid)
        dom = tuple(lin_shape(t.shape))
        leaves, inner = self._operands(nid)
        for k, lp, memo in reversed(self.groups):
            if tuple(lp.domain) != dom or np.dtype(t.dtype) != lp.dtype:
                continue
            if not (leaves | inner) & memo.keys():
                continue
            stored = {s.access.buf for s in lp.sinks}
            others = [self.views[x].buf for x in leaves if x not in memo and x in self.views]
            if any(b in stored or self._written_after(b, k.id) for b in others):
                continue
            return self._add_sink(nid, k, lp, memo)
        return None

    def _add_sink(self, nid: int, k: Kernel, lp: Loop, memo: dict) -> View:
        d = self.g.node(nid)
        out = self._new_temp(nid)
        args = tuple(self._expr(i, lp, memo, k) for i in d["inputs"])
        lp.exprs.append(("op", d["op"], tuple(sorted(d["attrs"].items())), args))
        memo[nid] = len(lp.exprs) - 1
        lp.sinks.append(Sink(memo[nid], Access(out.buf, out.offset, out.strides)))
        lp.comment += f", %{d['name']}"
        self._prov(k, nid)
        self._name(k)
        return out

    # ---- nodes ------------------------------------------------------------------------------
    def visit(self, nid: int) -> None:
        d = self.g.node(nid)
        op = d["op"]
        if nid in self.views or op in ("input", "param", "buffer", "const"):
            return
        if nid in self.inline or op == "numel":
            return  # computed inside its consumer (or on demand by view())
        if op in VIEW_OPS:
            self.views[nid] = self._view_op(nid)
        elif pointwise(op):
            v = self._join_group(nid)
            if v is None:
                v = self._materialise_loop(nid)
                k = self.plan.kernels[-1]
                self.groups.append((k, k.loops[-1], self._memo))
            self.views[nid] = v
        elif op in REDUCE_INIT:
            self.views[nid] = self._reduce(nid)
        elif op == "pad":
            if not absorbed_pad(self, nid):  # read unpadded by recurrent gradients
                self.views[nid] = self._pad(nid)
        elif op == "concat":
            self.views[nid] = self._concat(nid)
        elif op in CONV_PLANS and "matmul" in OPS and self.backend in OPS["matmul"].lower:
            v = CONV_PLANS[op](self, nid)
            if v is not None:  # None: a fused epilogue's last node has it (conv_epilogue.py)
                self.views[nid] = v
        elif op in FAMILY_PLANS:
            self.views[nid] = FAMILY_PLANS[op](self, nid)
        elif self.backend in OPS[op].lower:
            self.views[nid] = self._op_kernel(nid)
        else:
            raise UnsupportedOp(f"{d['src'] or 'graph'}: op {op!r} has no {self.backend} "
                                "lowering yet")
        if self.plan.kernels:
            self._name(self.plan.kernels[-1])

    def _name(self, k: Kernel) -> None:
        seen: list[str] = []
        for o in reversed(k.ops):
            if o not in seen and o not in ("const", "numel"):
                seen.append(o)
        k.name = "_".join([f"gv_k{k.id}"] + list(reversed(seen))[-4:] or ["copy"])

    def _view_op(self, nid: int) -> View:
        d = self.g.node(nid)
        x = d["inputs"][0]
        a = d["attrs"]
        v = self.view(x)
        op = d["op"]
        if op == "transpose":
            return v.transpose(a["perm"])
        if op == "slice":
            return v.slice(a["axis"], a["start"], a["stop"])
        if op == "flip":
            return v.flip(a["axes"])
        if op == "broadcast_to":
            return v.broadcast_to(a["shape"])
        if not v.is_contiguous():
            v = self._copy(x, v)
        return v.reshape(a["shape"])

    def _reduce(self, nid: int) -> View:
        d = self.g.node(nid)
        x = d["inputs"][0]
        mode, init = REDUCE_INIT[d["op"]]
        axes, t = d["attrs"]["axes"], d["type"]
        xshape = lin_shape(self.g.type(x).shape)
        out = self._new_temp(nid)
        k = self._kernel(nid, d["op"])
        fill = Loop(lin_shape(t.shape), dtype=t.dtype, comment="initialise the accumulator")
        fill.exprs.append(("const", init))
        fill.sinks.append(Sink(0, Access(out.buf, out.offset, out.strides)))
        keep = tuple(Lin(0, 1) if i in axes else e for i, e in enumerate(xshape))
        acc_strides = tuple(Lin() if i in axes else s
                            for i, s in enumerate(contiguous_strides(keep)))
        lp = Loop(xshape, dtype=t.dtype, comment=f"{d['op']} over axes {tuple(axes)}")
        e = self._expr(x, lp, {}, k)
        lp.sinks.append(Sink(e, Access(out.buf, out.offset, acc_strides), mode))
        k.loops += [fill, lp]
        return out

    def _pad(self, nid: int) -> View:
        d = self.g.node(nid)
        x = d["inputs"][0]
        t = d["type"]
        out = self._new_temp(nid)
        k = self._kernel(nid, "pad")
        fill = Loop(lin_shape(t.shape), dtype=t.dtype, comment="zero fill")
        fill.exprs.append(("const", 0.0))
        fill.sinks.append(Sink(0, Access(out.buf, out.offset, out.strides)))
        inner = out
        for axis, (lo, hi) in enumerate(d["attrs"]["pads"]):
            inner = inner.slice(axis, lo, lo + self.g.type(x).shape[axis]) if lo or hi else inner
        lp = Loop(lin_shape(self.g.type(x).shape), dtype=t.dtype, comment="copy the interior")
        e = self._expr(x, lp, {}, k)
        lp.sinks.append(Sink(e, Access(out.buf, inner.offset, inner.strides)))
        k.loops += [fill, lp]
        return out

    def _concat(self, nid: int) -> View:
        d = self.g.node(nid)
        t = d["type"]
        axis = d["attrs"]["axis"]
        out = self._new_temp(nid)
        k = self._kernel(nid, "concat")
        start = 0
        for x in d["inputs"]:
            n = self.g.type(x).shape[axis]
            part = out.slice(axis, start, start + n)
            lp = Loop(part.shape, dtype=t.dtype, comment=f"part [{start}:{start + n}]")
            e = self._expr(x, lp, {}, k)
            lp.sinks.append(Sink(e, Access(out.buf, part.offset, part.strides)))
            k.loops.append(lp)
            start += n
        return out

    def _op_kernel(self, nid: int) -> View:
        d = self.g.node(nid)
        ins = [self.contiguous(i) for i in d["inputs"]]
        out = self._new_temp(nid)
        k = self._kernel(nid, d["op"], kind="op")
        k.op, k.attrs, k.inputs, k.outputs = d["op"], dict(d["attrs"]), ins, [out]
        return out

    # ---- outputs ----------------------------------------------------------------------------
    def finish_outputs(self) -> None:
        claimed: dict[int, int] = {}
        for o in self.g.outputs:
            t = self.g.type(o.node)
            v = self.view(o.node)
            buf = self.plan.buffers[v.buf]
            whole = (v.is_contiguous() and v.offset == Lin() and numel(v.shape) == buf.size)
            if whole and buf.kind == "arg":
                self.plan.outputs.append(OutRef("arg", buf.index, t.shape, t.dtype))
                continue
            if not whole or buf.kind == "const":
                v = self._copy(o.node, v)
                self._name(self.plan.kernels[-1])
                buf = self.plan.buffers[v.buf]
            if buf.kind == "temp":
                buf.kind, buf.index = "out", self.plan.count("out")
            self.plan.outputs.append(OutRef("buf", buf.id, t.shape, t.dtype))
            claimed[o.node] = buf.id

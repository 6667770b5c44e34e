"""The CUDA target (``target="cuda"``): Graph -> kernel plan (``build_plan(graph, "cuda")``, the
same fusion and memory planning as the CPU) -> CudaModule (plan_cuda.py) -> compiled and loaded
through a driver (a GPU via cuda-python/pycuda, or ``emulate=True``: the CPU emulation) ->
``exe(args) -> outputs`` (NumPy arrays in graph.args / graph.outputs order). Any batch size runs
without recompiling: kernels take the batch extent N.

Device memory of an executable: constants uploaded once; ONE arena of ``a*N + b`` bytes for
every temporary (the plan's offsets), and one buffer per result, both kept per batch size and
reused across calls. Arguments may be NumPy arrays (uploaded each call) or ``DeviceArray``s
(used in place: parameters and optimizer state that live on the device). ``device_outputs``
names results returned as DeviceArrays (fresh buffers, not copied back).

``CudaBackend(per_node=True)`` keeps the older schedule (one kernel per IR node, one buffer per
value): a cross-check of the plan path in the tests, not used by default.
"""

from __future__ import annotations

import numpy as np

from .. import config
from ..errors import DTypeError, where
from ..interp.interpreter import bind_dims
from ..ir.types import BATCH, resolve_shape
from ..targets import register_backend
from .driver import DeviceArray, DeviceBuffer
from .kernel import size_of
from .lower import LEAVES, lower_graph
from .plan_cuda import plan_module


def make_driver(emulate: bool, driver: str | None):
    if emulate:
        from .emu import EmuDriver

        return EmuDriver()
    from .driver import get_driver

    return get_driver(driver)


@register_backend("cuda")
class CudaBackend:
    name = "cuda"

    def __init__(self, emulate: bool = False, driver: str | None = None,
                 per_node: bool = False):
        self.emulate = bool(emulate)
        self.per_node = bool(per_node)
        self.driver = make_driver(self.emulate, driver)

    def _text(self, cmod) -> str:
        return cmod.emu_text() if self.emulate else cmod.cuda_text()

    def lower(self, graph):
        """(plan or None, CudaModule) of ``graph``."""
        if self.per_node:
            plan, cmod = None, lower_graph(graph)
        else:
            plan, cmod = plan_module(graph)
            if config.debug_level() >= 2:
                config.emit_debug(f"plan {graph.name}", str(plan))
        if config.debug_level() >= 4:
            config.emit_debug(f"cuda {graph.name}", cmod.cuda_text(), "cu")
        if config.debug_level() >= 5 and not self.emulate:
            from .nvcc import find_nvcc, nvcc_compile

            if find_nvcc():
                ptx = nvcc_compile(cmod.cuda_text(), "ptx", getattr(self.driver, "arch", "sm_80"))
                config.emit_debug(f"ptx {graph.name}", ptx.decode(), "ptx")
        return plan, cmod

    def _exe(self, graph, plan, cmod, loaded):
        if plan is None:
            return NodeExecutable(graph, self.driver, cmod, loaded)
        return CudaExecutable(graph, plan, self.driver, cmod, loaded)

    def build(self, graph):
        plan, cmod = self.lower(graph)
        name = cmod.tag if self.emulate else cmod.name
        return self._exe(graph, plan, cmod, self.driver.module(self._text(cmod), name))

    def build_many(self, graphs) -> list:
        """Build several graphs; under emulation all modules go through one g++ run."""
        if not self.emulate:
            return [self.build(g) for g in graphs]
        lowered = [self.lower(g) for g in graphs]
        loaded = self.driver.compile_many({c.tag: c.emu_text() for _, c in lowered})
        return [self._exe(g, p, c, loaded[c.tag]) for g, (p, c) in
                zip(graphs, lowered, strict=True)]


def _check_arg(g, nid, a):
    want = g.type(nid).dtype
    if a.dtype != want:
        node = g.node(nid)
        raise DTypeError(f"{where(node['src'])}{node['binding']}: expected "
                         f"{want.name}, got {a.dtype.name}")


def _launch(driver, k, fn, grid, block, vals, n) -> None:
    if k.host is not None:  # a host step (collectives): after the launches before it
        driver.synchronize()
        k.host(driver, vals, n)
    else:
        driver.launch(fn, grid, block, vals, fibers=k.fibers)


class CudaExecutable:
    """A planned graph on the device (see the module docstring)."""

    def _launch(self, k, fn, grid, block, vals, n) -> None:
        _launch(self.driver, k, fn, grid, block, vals, n)

    def __init__(self, graph, plan, driver, cmod, loaded, device_outputs=()):
        self.graph, self.plan, self.driver, self.module = graph, plan, driver, cmod
        self.launches = [(k, k.host or loaded.function(k.name)) for k in cmod.kernels]
        self.consts = [driver.upload(np.ascontiguousarray(c)) for c in plan.consts]
        self.device_outputs = set(device_outputs)
        self._state: tuple[int, DeviceBuffer, dict] | None = None
        self._bounds_checked: set[int] = set()  # GV_BOUNDS=1: batch extents checked

    @property
    def source(self) -> str:
        return self.module.cuda_text()

    def _memory(self, n: int):
        """(arena, {out buffer id: DeviceBuffer}) for batch extent n (kept while n is)."""
        if self._state is None or self._state[0] != n:
            arena = self.driver.alloc(self.plan.arena.eval(n))
            outs = {b.id: self.driver.alloc(b.size.eval(n) * b.dtype.itemsize)
                    for b in self.plan.buffers if b.kind == "out"}
            self._state = (n, arena, outs)
        return self._state[1], self._state[2]

    def _bases(self, args, n: int) -> tuple[dict, list]:
        g, plan = self.graph, self.plan
        if len(args) != len(g.args):
            raise ValueError(f"graph {g.name} takes {len(g.args)} arguments, got {len(args)}")
        arena, outs = self._memory(n)
        if self.device_outputs:  # results handed out must not be overwritten by the next call
            outs = {b: self.driver.alloc(buf.nbytes) for b, buf in outs.items()}
        base, dev_args = {}, []
        for nid, bid, a in zip(g.args, plan.args, args, strict=True):
            if not isinstance(a, DeviceArray):
                a = np.ascontiguousarray(a)
            _check_arg(g, nid, a)
            buf = a.buf if isinstance(a, DeviceArray) else self.driver.upload(a)
            base[bid] = buf
            dev_args.append(a)
        for b in plan.buffers:
            if b.kind == "out":
                base[b.id] = outs[b.id]
            elif b.kind == "const":
                base[b.id] = self.consts[b.index]
            elif b.kind == "temp":
                base[b.id] = arena.at(b.offset.eval(n))
        return base, dev_args

    def __call__(self, args, dims: dict | None = None) -> list:
        if dims is None:
            dims = bind_dims(self.graph, [np.empty(a.shape, a.dtype) if isinstance(
                a, DeviceArray) else a for a in args])
        n = int(dims.get(BATCH, 0))
        if config.bounds() and n not in self._bounds_checked:
            from ..llvm.bounds import check_plan

            check_plan(self.plan, n)  # every launch's views inside their buffers
            self._bounds_checked.add(n)
        base, dev_args = self._bases(args, n)
        bufs = self.plan.buffers
        for k, fn in self.launches:
            grid, block = k.config(n)
            vals = [n if p.bind[0] == "N" else
                    base[p.bind[1]].at(p.bind[2].eval(n) * bufs[p.bind[1]].dtype.itemsize)
                    for p in k.params]
            self._launch(k, fn, grid, block, vals, n)
        self.driver.synchronize()
        return self._results(base, dev_args, n)

    def _results(self, base, dev_args, n) -> list:
        out = []
        for i, o in enumerate(self.plan.outputs):
            shape = tuple(n if d == BATCH else int(d) for d in o.shape)
            if o.kind == "arg":
                a = dev_args[o.id]
                out.append(a if isinstance(a, DeviceArray) else a.reshape(shape))
                continue
            dev = DeviceArray(base[o.id], shape, o.dtype)
            out.append(dev if i in self.device_outputs else dev.get())
        return out


class NodeExecutable:
    """One kernel per IR node, one buffer per IR value (``per_node=True``)."""

    def __init__(self, graph, driver, cmod, loaded):
        self.graph, self.driver, self.module = graph, driver, cmod
        self.launches = [(k, k.host or loaded.function(k.name)) for k in cmod.kernels]
        self.consts = {nid: driver.upload(np.asarray(graph.node(nid)["attrs"]["value"],
                                                     dtype=graph.type(nid).dtype))
                       for nid in graph.topo_order() if graph.op(nid) == "const"}
        self.temps = [nid for nid in graph.topo_order() if graph.op(nid) not in LEAVES]
        self._bufs: tuple[int, dict] | None = None

    @property
    def source(self) -> str:
        return self.module.cuda_text()

    def _buffers(self, n: int) -> dict:
        if self._bufs is None or self._bufs[0] != n:
            g = self.graph
            bufs = {nid: self.driver.alloc(size_of(g.type(nid).shape).eval(n)
                                           * g.type(nid).dtype.itemsize) for nid in self.temps}
            self._bufs = (n, bufs)
        return self._bufs[1]

    def __call__(self, args, dims: dict | None = None) -> list[np.ndarray]:
        g = self.graph
        if len(args) != len(g.args):
            raise ValueError(f"graph {g.name} takes {len(g.args)} arguments, got {len(args)}")
        if dims is None:
            dims = bind_dims(g, args)
        n = dims.get("N", 0)
        bufs = dict(self._buffers(n))
        bufs.update(self.consts)
        for nid, a in zip(g.args, args, strict=True):
            a = np.ascontiguousarray(a)
            _check_arg(g, nid, a)
            bufs[nid] = self.driver.upload(a)
        for k, fn in self.launches:
            grid, block = k.config(n)
            vals = [bufs[p.bind[1]] if p.bind[0] == "value" else n for p in k.params]
            _launch(self.driver, k, fn, grid, block, vals, n)
        self.driver.synchronize()
        return [self.driver.download(bufs[o.node], resolve_shape(g.type(o.node).shape, dims),
                                     g.type(o.node).dtype) for o in g.outputs]

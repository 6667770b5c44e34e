"""The CUDA target (``target="cuda"``): lower a Graph to a CudaModule, compile and load it
through a driver (a GPU via cuda-python/pycuda, or ``emulate=True``: the CPU emulation), and
return an executable ``exe(args) -> outputs`` (NumPy arrays in graph.args / graph.outputs
order). Any batch size runs without recompiling: kernels take the batch extent N.

Schedule: one kernel (or a few) per IR node in topological order; one device buffer per IR
value, allocated once per batch size and reused across calls.
"""

from __future__ import annotations

import numpy as np

from ... import config
from ...errors import DTypeError, where
from ...interp.interpreter import bind_dims
from ...ir.types import resolve_shape
from ...targets import register_backend
from .kernel import size_of
from .lower import LEAVES, lower_graph


def make_driver(emulate: bool, driver: str | None):
    if emulate:
        from .emu import EmuDriver

        return EmuDriver()
    from .driver import get_driver

    return get_driver(driver)


@register_backend("cuda")
class CudaBackend:
    name = "cuda"

    def __init__(self, emulate: bool = False, driver: str | None = None):
        self.emulate = bool(emulate)
        self.driver = make_driver(self.emulate, driver)

    def _text(self, cmod) -> str:
        return cmod.emu_text() if self.emulate else cmod.cuda_text()

    def lower(self, graph):
        cmod = lower_graph(graph)
        if config.debug_level() >= 4:
            config.emit_debug(f"cuda {graph.name}", cmod.cuda_text(), "cu")
        if config.debug_level() >= 5 and not self.emulate:
            from .nvcc import find_nvcc, nvcc_compile

            if find_nvcc():
                ptx = nvcc_compile(cmod.cuda_text(), "ptx", getattr(self.driver, "arch", "sm_80"))
                config.emit_debug(f"ptx {graph.name}", ptx.decode(), "ptx")
        return cmod

    def build(self, graph) -> "CudaExecutable":
        cmod = self.lower(graph)
        name = cmod.tag if self.emulate else cmod.name
        loaded = self.driver.module(self._text(cmod), name)
        return CudaExecutable(graph, self.driver, cmod, loaded)

    def build_many(self, graphs) -> list["CudaExecutable"]:
        """Build several graphs; under emulation all modules go through one g++ run."""
        if not self.emulate:
            return [self.build(g) for g in graphs]
        cmods = [self.lower(g) for g in graphs]
        loaded = self.driver.compile_many({c.tag: c.emu_text() for c in cmods})
        return [CudaExecutable(g, self.driver, c, loaded[c.tag]) for g, c in
                zip(graphs, cmods, strict=True)]


class CudaExecutable:
    def __init__(self, graph, driver, cmod, loaded):
        self.graph, self.driver, self.module = graph, driver, cmod
        self.launches = [(k, loaded.function(k.name)) for k in cmod.kernels]
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

    def _upload_args(self, args, bufs):
        g = self.graph
        for nid, a in zip(g.args, args, strict=True):
            a = np.ascontiguousarray(a)
            want = g.type(nid).dtype
            if a.dtype != want:
                node = g.node(nid)
                raise DTypeError(f"{where(node['src'])}{node['binding']}: expected "
                                 f"{want.name}, got {a.dtype.name}")
            bufs[nid] = self.driver.upload(a)

    def __call__(self, args, dims: dict | None = None) -> list[np.ndarray]:
        g = self.graph
        if len(args) != len(g.args):
            raise ValueError(f"graph {g.name} takes {len(g.args)} arguments, got {len(args)}")
        if dims is None:
            dims = bind_dims(g, args)
        n = dims.get("N", 0)
        bufs = dict(self._buffers(n))
        bufs.update(self.consts)
        self._upload_args(args, bufs)
        for k, fn in self.launches:
            grid, block = k.config(n)
            vals = [bufs[p.bind[1]] if p.bind[0] == "value" else n for p in k.params]
            self.driver.launch(fn, grid, block, vals, fibers=k.fibers)
        self.driver.synchronize()
        return [self.driver.download(bufs[o.node], resolve_shape(g.type(o.node).shape, dims),
                                     g.type(o.node).dtype) for o in g.outputs]

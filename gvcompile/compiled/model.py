"""CompiledModel: a module compiled for a target, used exactly like the module.

A *program* is compiled per input signature (ranks, non-batch extents, dtypes, train/test
modes); every batch size shares it. A signature starts with a FORWARD-ONLY program (no saved
values, no backward compiled: inference pays for neither). The first ``backward`` after such a
forward compiles the full program of that signature (a forward that also returns the values the
backward needs, "saved", and the backward), replays the forward with it on the same inputs and
the state as it was before that forward (a copy of the state arguments is kept, so recurrent
state, running statistics and the dropout generator advance once, not twice), and runs the
backward; from then on the signature, and every train-mode signature first met after a
backward, uses the full program. ``backward`` accumulates the parameter gradients into the
layers' own ``*_gradient`` arrays.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from .. import config
from ..autodiff import add_backward, split_forward_backward
from ..errors import ArgumentError, DTypeError, GVError, ShapeError
from ..interp import bind_dims
from ..interp.interpreter import check_constraints
from ..ir.binding import Arg, FieldRef
from ..ir.graph import Graph, Output
from ..ir.types import TensorType, show_shape
from ..layers.api import iter_modules
from ..layers.base import Module, epoch, settings
from ..passes import run_pipeline
from ..targets import canonical, get_backend
from ..trace import trace_module
from ..trace.tied import merge_tied_params
from .inputs import as_array, check_compute_dtypes, model_of, refuse_empty_axes
from .repeat import record


def module_signature(module) -> tuple:
    """What a compiled program depends on besides the inputs: every layer's train/test mode,
    settings and functions (``_functions``), and the shapes and dtypes of its parameters and
    buffers (a recurrent state's batch, a module_to_eltype_device conversion)."""
    if getattr(module, "__dict__", {}).get("_gv_device") == "gpu":
        from .device_calls import resident_signature  # read without copying device state

        return resident_signature(module)
    mods = tuple(iter_modules(module))
    arrays = []  # read at every call: an array reshaped in place assigns nothing
    for m in mods:
        for f, a in m.own_parameters() + m.buffers():
            if type(a) is np.ndarray:
                arrays.append((f, a.shape, a.dtype.str))
            else:
                arrays.append((f, np.shape(a), np.asarray(a).dtype.str))
    # modes and settings (most of the time: every field of every layer) are reused while no
    # layer attribute was assigned since (layers/base.py epoch) and the tree is these objects
    now = epoch()
    own = getattr(module, "__dict__", {})
    hit = own.get("_gv_modes")
    if hit is not None and hit[0] == now and len(hit[1]) == len(mods) and \
            all(a is b for a, b in zip(hit[1], mods)):
        modes = hit[2]
    else:
        modes = tuple((bool(getattr(m, "training", True)), settings(m), _functions(m))
                      for m in mods)
        own["_gv_modes"] = (now, mods, modes)
    return modes, tuple(arrays)


class _Same:
    """A function in a program key, equal only to itself (held: its id is not reused)."""

    __slots__ = ("fn",)

    def __init__(self, fn):
        self.fn = fn

    def __eq__(self, other) -> bool:
        return type(other) is _Same and other.fn is self.fn

    def __hash__(self) -> int:
        return id(self.fn)


def _functions(m) -> tuple:
    """The functions a layer holds (a GraphContainer's forward_pass, a SkipConnection's
    connection): traced code calls them, so another one selects another program."""
    return tuple((k, _Same(v)) for k, v in sorted(vars(m).items(), key=lambda kv: kv[0])
                 if k[0] != "_" and callable(v) and not isinstance(v, (Module, type)))


def _arg_table(graph: Graph) -> list:
    """(binding, expected shape) of each argument of a program's graph, read from the graph
    once (its node lookups were a tenth of a ResNet-20 forward's per-call Python time)."""
    key = tuple(graph.args)
    hit = graph.__dict__.get("_gv_arg_table")
    if hit is None or hit[0] != key:
        hit = key, [(graph.node(n)["binding"], tuple(graph.node(n)["type"].shape))
                    for n in key]
        graph.__dict__["_gv_arg_table"] = hit
    return hit[1]


def _bind_dims(graph: Graph, args) -> dict:
    """bind_dims through the argument table; any mismatch goes to bind_dims, which words the
    error."""
    dims: dict = {}
    for (_, want), a in zip(_arg_table(graph), args, strict=True):
        got = np.shape(a)
        if len(got) != len(want):
            return bind_dims(graph, args)
        for w, g in zip(want, got):
            if (dims.setdefault(w, g) if isinstance(w, str) else w) != g:
                return bind_dims(graph, args)
    check_constraints(graph, dims)
    return dims


# compile() builds forward-only programs and the backward only when first needed (issues 14-16);
# False: every program is built with its backward at once (as before; tests compare the two)
LAZY_BACKWARD = True


@dataclass
class Program:
    forward: Graph
    backward: Graph | None  # None: a forward-only program (no saved values)
    fwd_exe: object
    bwd_exe: object
    in_types: list[TensorType]
    out_types: list[TensorType]
    n_outputs: int
    resident: bool = False  # state on the device (device_state.py): grads accumulate there
    key: tuple = ()  # the signature it was compiled for
    batch_hint: int | None = None
    # forward-only: the state fields the forward writes, copied before each call so that a
    # backward can replay the forward from the state it started with
    state_args: tuple = ()

    @property
    def full(self) -> bool:
        return self.backward is not None


def build_graphs(module, in_types, batch_hint=None, name=None) -> tuple[Graph, Graph, list]:
    """Trace, differentiate, optimise and split: (forward graph, backward graph, seeds)."""
    g = trace_module(module, in_types, batch_hint, name=name)
    outs = [o for o in g.outputs if o.role == "output"]
    seeds = []  # (output node, seed node): a value returned twice gets both seeds
    for o in outs:
        src = g.node(o.node)["src"] or "model"
        seed = g.add_node("input", (), {}, g.type(o.node), f"{src} [seed]",
                          name=f"seed{o.key}", binding=Arg("seed", o.key))
        g.args.append(seed)
        seeds.append((o.node, seed))
    xs = [a for a in g.args if isinstance(g.node(a)["binding"], Arg)
          and g.node(a)["binding"].kind == "input" and g.type(a).dtype.kind == "f"]
    tied = merge_tied_params(g)  # one array in several layers: one gradient, the sum
    ps = [a for a in g.args if g.op(a) == "param"]
    cts = add_backward(g, seeds, xs + ps)
    for p in ps:
        if cts[p] is not None:  # every layer holding the array gets it (PyTorch's one .grad)
            for ref in [g.node(p)["binding"]] + tied.get(g.node(p)["binding"], []):
                g.outputs.append(Output(cts[p], "grad", ref))
    for x in xs:
        if cts[x] is not None:
            g.outputs.append(Output(cts[x], "input_grad", g.node(x)["binding"].index))
    run_pipeline(g)
    fwd, bwd = split_forward_backward(g)  # the seeds by binding: passes may renumber nodes
    return fwd, bwd


def build_forward_graph(module, in_types, batch_hint=None, name=None) -> Graph:
    """Trace and optimise the forward only: outputs (role 'output') and buffer updates (role
    'state'), no saved values, no backward (inference and ahead-of-time export)."""
    g = trace_module(module, in_types, batch_hint, name=name)
    run_pipeline(g, stage="fwd_")
    return g


@dataclass
class _Replay:
    """What a forward-only forward leaves for a backward: its inputs and the state arguments
    as they were before it ran."""
    inputs: list
    state: dict


class CompiledModel:
    """A model compiled for one target: ``forward``/``backward`` on arrays, one program per
    input signature (ranks, non-batch extents, dtypes, the model's mode and settings)."""

    _gv_runnable = True  # forward(cm, x) and the module functions take it for its model

    def __init__(self, module, target: str = "cpu", **options):
        self._module = model_of(module, "compile")
        self.target = canonical(target)
        self.batch_axes = None  # per input (gvcompile.spec); None: axis 0 of every array
        self.options = options
        self.backend = get_backend(self.target, **options)
        self._programs: dict = {}
        self._last_prog = None  # the program of the last call (what export writes)
        self._last = None
        self._fast = None  # the last forward's program and arguments, to repeat (repeat.py)
        self._trains = False  # a backward has run: new signatures get full programs at once
        self._res = None  # the CUDA target's Residency (used for models moved to "gpu")
        if self.target == "cuda":
            from .device_state import Residency

            self._res = Residency(self.backend.driver)

    @property
    def module(self):
        """The model this was compiled for (its programs were traced from it)."""
        return self._module

    @module.setter
    def module(self, other):
        # its programs and the per-call shortcut belong to the model compiled: another one
        # would silently run the old model's code
        raise AttributeError(
            f"CompiledModel.module is the {type(self._module).__name__} it was compiled for "
            f"and cannot be replaced: compile the other model with gvcompile.compile(model, "
            f"...)")

    def __repr__(self) -> str:
        opts = "".join(f", {k}={v!r}" for k, v in self.options.items())
        axes = "" if self.batch_axes is None else f", batch_axes={self.batch_axes}"
        return (f"CompiledModel({self.module!r}, target={self.target!r}{axes}{opts}, "
                f"parameters={self.module.num_parameters()}, programs={len(self._programs)})")

    def _resident(self) -> bool:
        return self._res is not None and self.module.__dict__.get("_gv_device") == "gpu"

    # ---- the module's interface -----------------------------------------------------------
    def __call__(self, *inputs):
        return self.forward(*inputs)

    def forward(self, *inputs):
        self._last = None  # a failed forward must not leave an older one for backward
        rec = self._fast
        # repeat.py: the last call's program and arguments while nothing they came from changed
        if rec is not None and rec.ready(self, inputs, LAZY_BACKWARD):
            arrays, prog = list(inputs), rec.prog
            before = self._state_before(prog)
            ran = rec.run(arrays)
            if ran is not None:
                return self._finish(prog, arrays, *ran, rec.dims, before, rec)
        self._fast, epoch0 = None, epoch()
        if self._res is not None:
            from .device_calls import forward_resident

            if self._resident():
                return forward_resident(self, inputs)
        arrays = self._convert_inputs(inputs)
        prog = self._last_prog = self.program_for(arrays)
        args = self._gather(prog.forward, arrays, None)
        dims = _bind_dims(prog.forward, args)  # checks every extent; the backward reuses it
        before = self._state_before(prog)
        outs = prog.fwd_exe(args, dims)
        self._fast = record(self, prog, arrays, args, _arg_table(prog.forward), dims, epoch0,
                            LAZY_BACKWARD)
        return self._finish(prog, arrays, args, outs, dims, before, None)

    def _finish(self, prog: Program, arrays, args, outs, dims, before, rec):
        """After the program ran: write the state back, keep what a backward needs, return
        the results (``rec``: the Repeat the call took, or None)."""
        self._last_prog = prog
        nout = prog.n_outputs
        results = outs[:nout]
        roles = prog.forward.outputs
        saved = [v for o, v in zip(roles, outs) if o.role == "saved"] if prog.full else \
            _Replay(arrays, before)
        if rec is None:
            for o, v in zip(roles, outs):
                if o.role == "state":
                    o.key.write(v)
        else:  # an output computed in place in its argument, the field's array, is written
            for k, ref, j in rec.writes:
                if j is None or outs[k] is not args[j]:
                    ref.write(outs[k])
        self._last = (prog, saved, rec.in_shapes if rec else [np.shape(a) for a in arrays],
                      [np.shape(r) for r in results], dims)
        del outs, args
        # a result that is (a view of) an input -- x * 1.0 simplified away -- is a new array,
        # as in NumPy: writing to it must not change the caller's input (only the outputs
        # that are arguments can be, on the cpu target: rec.alias)
        for k in (range(nout) if rec is None else rec.alias):
            if any(np.may_share_memory(results[k], a) for a in arrays):
                results[k] = results[k].copy()
        py = [float(r) if r.ndim == 0 else r for r in results]
        return py[0] if len(py) == 1 else tuple(py)

    @staticmethod
    def _state_before(prog: Program):
        """What a backward needs to replay a forward-only program's forward with saved values:
        the state it writes, as it was before."""
        if prog.full:
            return None
        return {ref: np.array(ref.get(), copy=True) for ref in prog.state_args}

    def backward(self, derivative_loss):
        if self._last is None:
            raise RuntimeError(f"backward({type(self.module).__name__}) called before forward")
        prog, saved, in_shapes, out_shapes, dims = self._last
        if not self._trains:  # from now on, train-mode signatures get full programs
            self._fast = None
        self._trains = True
        if prog.resident:
            from .device_calls import backward_resident

            return backward_resident(self, derivative_loss)
        if not prog.full:
            prog, saved, dims = self._replay(prog, saved)
            self._last = (prog, saved, in_shapes, out_shapes, dims)
        seeds = derivative_loss if isinstance(derivative_loss, (tuple, list)) and \
            prog.n_outputs > 1 else [derivative_loss]
        if len(seeds) != prog.n_outputs:
            raise ShapeError(f"model ({type(self.module).__name__}): backward expects "
                             f"{prog.n_outputs} derivatives, got {len(seeds)}")
        seed_arrays = [self._convert_seed(s, t, shp) for s, t, shp in
                       zip(seeds, prog.out_types, out_shapes)]
        args = self._gather(prog.backward, seed_arrays, saved)
        outs = prog.bwd_exe(args, dims)
        from ..layers.base import mark_gradient

        input_grads: dict[int, np.ndarray] = {}
        done: set[int] = set()  # tied layers may share one gradient array too: add once
        for o, v in zip(prog.backward.outputs, outs):
            if o.role == "grad":
                layer = o.key.layer
                gname = o.key.field + "_gradient"
                acc = getattr(layer, gname, None)
                if acc is None or np.shape(acc) != np.shape(v):
                    setattr(layer, gname, np.array(v, copy=True))
                elif id(acc) not in done:
                    acc += v
                done.add(id(getattr(layer, gname)))
                mark_gradient(layer, o.key.field)
            elif o.role == "input_grad":
                input_grads[o.key] = v
        grads = []
        for i, (shape, t) in enumerate(zip(in_shapes, prog.in_types)):
            g = input_grads.get(i)
            if g is None:
                g = np.zeros(shape, t.dtype if t.dtype.kind == "f" else np.float64)
            grads.append(float(g) if np.ndim(g) == 0 else g)
        from ..layers.containers import GraphContainer

        if isinstance(self.module, GraphContainer):
            return grads
        return grads[0] if len(grads) == 1 else grads

    def zero_gradients(self):
        from ..layers.api import zero_gradients

        zero_gradients(self.module)

    def trainmode(self):
        from ..layers.api import trainmode

        trainmode(self.module)

    def testmode(self):
        from ..layers.api import testmode

        testmode(self.module)

    # ---- programs ---------------------------------------------------------------------------
    def _signature(self, arrays):
        from ..spec import axes_for, fixed_shape

        axes = axes_for(arrays, self.batch_axes)
        ins = tuple((a.ndim, fixed_shape(a, ax), a.dtype.str) for a, ax in zip(arrays, axes))
        if self._res is not None and self._resident():
            from .device_calls import resident_signature

            return ins, resident_signature(self.module), True
        return ins, module_signature(self.module)

    def program_for(self, arrays, full: bool = False) -> Program:
        """The program of ``arrays``' signature, compiled on first use: forward-only unless
        ``full``, the model's state lives on the device, a backward has run before and a layer
        is in train mode, or LAZY_BACKWARD is off; a forward-only program is replaced by the
        full one if ``full``."""
        key = self._signature(arrays)
        prog = self._programs.get(key)
        resident = len(key) == 3
        full = full or resident or not LAZY_BACKWARD or (self._trains and self._training())
        if prog is None or (full and not prog.full):
            from ..spec import axes_for, batch_extent, symbolic_type

            axes = axes_for(arrays, self.batch_axes)
            in_types = [symbolic_type(a, ax) for a, ax in zip(arrays, axes)]
            hint = batch_extent(arrays, axes, f"model ({type(self.module).__name__})")
            prog = self._compile(in_types, hint, resident, full)
            prog.key = key
            self._programs[key] = prog
            self._fast = None
        return prog

    def _training(self) -> bool:
        """Any layer in train mode (after training, a test-mode signature is inference)."""
        return any(getattr(m, "training", True) for m in iter_modules(self.module))

    def _replay(self, prog: Program, replay: "_Replay"):
        """The forward of a forward-only program run again by the full program of its
        signature (compiled now), from the same inputs and the state it started from; its
        state outputs are dropped (the first run wrote them). Returns (full program, saved
        values, dims)."""
        # traced with the state's shapes as they were (a recurrent state's first call starts
        # from an empty one): the signature of the forward that ran
        changed = [(ref, ref.get()) for ref, a in replay.state.items()
                   if np.shape(ref.get()) != np.shape(a)]
        try:
            for ref, _ in changed:
                ref.set(replay.state[ref])
            full = self._compile(prog.in_types, prog.batch_hint, full=True)
        finally:
            for ref, a in changed:
                ref.set(a)
        full.key = prog.key
        self._fast = None
        if self._programs.get(prog.key) is prog:
            self._programs[prog.key] = full
        if self._last_prog is prog:
            self._last_prog = full
        args = self._gather(full.forward, replay.inputs, None)
        for i, nid in enumerate(full.forward.args):
            args[i] = replay.state.get(full.forward.node(nid)["binding"], args[i])
        dims = bind_dims(full.forward, args)
        outs = full.fwd_exe(args, dims)
        return full, [v for o, v in zip(full.forward.outputs, outs) if o.role == "saved"], dims

    def _compile(self, in_types, batch_hint, resident: bool = False,
                 full: bool = True) -> Program:
        t0 = time.perf_counter()
        name = type(self.module).__name__
        if full:
            fwd, bwd = build_graphs(self.module, in_types, batch_hint, name=name)
        else:
            fwd, bwd = build_forward_graph(self.module, in_types, batch_hint, name=name), None
        check_compute_dtypes([t.dtype for t in in_types], f"model ({name})")
        if resident:
            from .device_calls import accumulate_gradients

            accumulate_gradients(bwd)
        t1 = time.perf_counter()
        fexe = self.backend.build(fwd)
        bexe = self.backend.build(bwd) if full else None
        if config.debug_level() >= 1:
            print(f"[gvcompile] compiled {name} for {self.target} "
                  f"({'forward+backward' if full else 'forward only'}): trace+passes "
                  f"{1e3 * (t1 - t0):.1f} ms, codegen {1e3 * (time.perf_counter() - t1):.1f} ms")
        outs = [o for o in fwd.outputs if o.role == "output"]
        state_args = () if full else tuple(o.key for o in fwd.outputs if o.role == "state")
        return Program(fwd, bwd, fexe, bexe, in_types, [fwd.type(o.node) for o in outs],
                       len(outs), resident, batch_hint=batch_hint, state_args=state_args)

    # ---- argument marshalling ---------------------------------------------------------------
    def _param_dtype(self):
        if self._res is not None and self._resident():
            from .device_calls import resident_param_dtype

            return resident_param_dtype(self.module)
        for m in iter_modules(self.module):
            for _, a in m.own_parameters():
                return np.asarray(a).dtype
        return None

    def _convert_inputs(self, inputs, allow_spec: bool = False):
        from ..spec import Spec

        if not inputs:
            raise ArgumentError(f"model ({type(self.module).__name__}): forward needs at least "
                                "one input, got 0")
        out = []
        pdt = self._param_dtype()
        if pdt is None:  # no parameters: Python scalars take the float arrays' dtype
            pdt = next((np.asarray(x).dtype for x in inputs if isinstance(x, np.ndarray)
                        and x.dtype.kind == "f"), None)
        for i, x in enumerate(inputs):
            if isinstance(x, Spec) and allow_spec:
                out.append(x)
                continue
            if isinstance(x, (bool, int, float, np.integer, np.bool_)):
                x = np.asarray(x, dtype=pdt if pdt is not None else np.float64)
            elif self._res is not None and hasattr(x, "buf") and hasattr(x, "get"):
                out.append(x)  # a DeviceArray: used in place by the CUDA target
                continue
            x = as_array(x, f"model ({type(self.module).__name__})", f"input {i}")
            out.append(np.asarray(x, order="C"))
        from ..spec import axes_for, batch_extent

        axes = axes_for(out, self.batch_axes)
        batch_extent(out, axes, f"model ({type(self.module).__name__})")
        for i, (a, ax) in enumerate(zip(out, axes)):
            refuse_empty_axes(a, ax, f"model ({type(self.module).__name__})", f"input {i}")
        return out

    def _convert_seed(self, s, t: TensorType, shape):
        arr = as_array(s, f"model ({type(self.module).__name__})", "backward derivative")
        if arr.dtype.kind not in "fiu":
            raise DTypeError(f"model ({type(self.module).__name__}): backward derivative has "
                             f"dtype {arr.dtype}, expected {t.dtype.name}")
        if isinstance(s, (int, float)) or arr.dtype.kind in "iu":
            arr = arr.astype(t.dtype)
        if arr.dtype != t.dtype:
            raise DTypeError(f"model ({type(self.module).__name__}): backward derivative has "
                             f"dtype {arr.dtype.name}, expected {t.dtype.name} (the output's)")
        if arr.shape != tuple(shape):
            raise ShapeError(f"model ({type(self.module).__name__}): backward derivative has "
                             f"shape {show_shape(arr.shape)}, expected {show_shape(shape)} "
                             "(the shape of the last forward's output)")
        return np.asarray(arr, order="C")

    def _gather(self, graph: Graph, head, saved):
        args = []
        for bind, _ in _arg_table(graph):
            if isinstance(bind, FieldRef):
                args.append(np.asarray(bind.get()))
            elif bind.kind in ("input", "seed"):
                args.append(head[bind.index])
            elif bind.kind == "saved":
                args.append(saved[bind.index])
            else:
                raise GVError(f"unknown argument binding {bind}")
        return args

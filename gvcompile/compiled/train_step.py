"""compile_train_step: forward, loss, backward and the optimizer update in ONE graph, compiled
into one function per target (API.md §8).

The graph's arguments are the input, the target, every parameter, every buffer (running
statistics) and every optimizer state array (step count, momentum / moment buffers); its
outputs are the loss and the new value of every parameter, buffer and state array (role
'state'), which the runtime writes back in place, so the model's own arrays hold the new
parameters after a step and an eager optimizer built on the same model sees the same state.
The layers' ``*_gradient`` fields are not touched: the gradients live only inside the step.
Which parameters are updated follows the eager optimizers (PyTorch): one the loss does not
reach gets no update and keeps its optimizer state; arguments bound to one array (tied
weights) are merged, so it is updated once with the summed gradient of its uses.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from operator import is_
from typing import Any

import numpy as np

from .. import config
from ..autodiff import add_backward
from ..errors import ShapeError
from ..interp import check_constraints
from ..ir.binding import Arg, FieldRef
from ..ir.graph import Graph, Output
from ..ir.types import BATCH, TensorType, show_shape
from ..layers.base import epoch
from ..ops.builder import Builder, Value
from ..optimization.loss_graphs import _label_hint, loss_graph, resolve
from ..optimization.optimizers import Optimizer
from ..passes import run_pipeline
from ..spec import fixed_shape, symbolic_type
from ..targets import canonical, get_backend
from ..trace import TraceContext
from ..trace.tied import held_array, merge_tied_params
from .inputs import as_array, check_compute_dtypes, model_of, refuse_empty_axes
from .step_repeat import record_step


@dataclass(frozen=True)
class OptStateRef:
    """One optimizer state array: ``optimizer.state[key][name]`` (created on first use)."""

    key: tuple
    name: str
    opt: Any = field(compare=False, repr=False)
    param: Any = field(compare=False, repr=False)

    def get(self) -> np.ndarray:
        st = self.opt.state.get(self.key)
        if st is not None and self.name in st:  # the usual case, without _state_for's checks
            a, p = st[self.name], self.param
            if a.dtype == p.dtype and a.shape == (() if self.name == "t" else p.shape):
                return a
        return self.opt._state_for(self.key, self.param, self.opt.state_names)[self.name]

    def write(self, value) -> None:
        self.get()[...] = value

    def __str__(self) -> str:
        return f"optstate {self.key[1]}#{self.key[0]}.{self.name}"


@dataclass(frozen=True)
class HyperRef:
    """A hyperparameter of the optimizer read at every step (its learning rate), so a schedule
    changes it without recompiling."""

    name: str
    dtype: str
    optimizer_id: int
    optimizer: Any = field(compare=False, repr=False)

    def get(self) -> np.ndarray:
        return np.asarray(getattr(self.optimizer, self.name), dtype=self.dtype)

    def __str__(self) -> str:
        return "hyper"


class _Snapshot:
    """Objects compared by identity (held, so no id is reused) and (shape, dtype) pairs."""

    __slots__ = ("objs", "types")

    def __init__(self, objs: list, types: list):
        self.objs, self.types = objs, types

    def __eq__(self, other) -> bool:
        return (len(self.objs) == len(other.objs) and all(map(is_, self.objs, other.objs))
                and self.types == other.types)

    __hash__ = None


def _type_of(a) -> tuple:
    if isinstance(a, np.ndarray):
        return a.shape, a.dtype
    return np.shape(a), np.asarray(a).dtype


def _getter(bind):
    """A function returning the array of a graph argument bound to ``bind``. The learning
    rate is written into one array per argument (its address stays, see llvm/executable.py)."""
    if isinstance(bind, HyperRef):
        held = np.zeros((), bind.dtype)

        def learning_rate():
            held[()] = getattr(bind.optimizer, bind.name)
            return held

        return learning_rate
    return lambda: np.asarray(bind.get())


def target_type(t: TensorType, out: TensorType, batch: int | None) -> TensorType:
    """The target's type: its batch stands where the model output's does (a time-major model
    may take (T, N, F) and answer (N, classes)); ``t`` is the example target's concrete type."""
    if BATCH not in out.shape or len(t.shape) != len(out.shape):
        return t
    ax = list(out.shape).index(BATCH)
    if t.shape[ax] != batch:
        return t  # the shape check that follows names both shapes
    return TensorType(t.shape[:ax] + (BATCH,) + t.shape[ax + 1:], t.dtype)


def build_train_graph(model, loss, optimizer: Optimizer, x_type: TensorType,
                      t_type: TensorType | None, loss_options: dict, batch_hint=None,
                      dist=None) -> Graph:
    """``dist`` (compiled/distributed.py): average the gradients and the loss over the ranks
    (and the BatchNorm statistics with sync_batchnorm)."""
    graph = Graph(f"{type(model).__name__}_train_step")
    b = Builder(graph, batch_hint=batch_hint)
    with TraceContext(b, sync=dist.sync if dist else None) as ctx:
        with b.scope(f"model ({type(model).__name__}) input"):
            x = b.arg(Arg("input", 0), x_type, "x")
        out = ctx.call(model, [x], "model")
        if isinstance(out, (tuple, list)):
            raise ShapeError("compile_train_step: the model must have one output")
        d = resolve(loss)
        with b.scope(f"loss ({d.name})"):
            tt = target_type(t_type, out.type, batch_hint) if t_type else out.type
            if tuple(tt.shape) != tuple(out.shape):
                raise ShapeError(f"loss ({d.name}): target shape "
                                 f"{show_shape(tt.shape, batch_hint)} differs from the model "
                                 f"output {show_shape(out.shape, batch_hint)}"
                                 f"{_label_hint(d.name, out.shape, tt.shape)}")
            t = b.arg(Arg("input", 1), tt, "target")
            if "reduction_method" in loss_options:
                raise ValueError(f"loss ({d.name}): a training step minimises the mean loss; "
                                 "reduction_method cannot be set in loss_options")
            lval = loss_graph(d.name, b, out, t, "mean", **loss_options)
            if lval.ndim != 0:
                raise ShapeError(f"loss ({d.name}): a training step needs a scalar loss")
            one = b.const(np.ones((), lval.dtype))
    graph.outputs = [Output(lval.id, "output", 0)]
    for ref, v in ctx.state_updates:
        graph.outputs.append(Output(v.id, "state", ref))
    held = optimizer.unique_parameters()  # reads the fields first (device copies back)
    merge_tied_params(graph)
    params = {graph.node(a)["binding"]: a for a in graph.args if graph.op(a) == "param"}
    grads = add_backward(graph, {lval.id: one.id}, list(params.values()))
    by_array = {id(held_array(ref)): nid for ref, nid in params.items()}
    lrs: dict[str, Value] = {}  # the learning rate: one run-time argument per dtype
    means = {}  # param -> mean gradient through overlapped buckets (compiled/distributed.py)
    if dist is not None and dist.world > 1 and dist.bucket_bytes:
        from .distributed import bucketed_mean

        live = (by_array.get(id(p)) for _, p, _ in held)
        means = bucketed_mean(b, dist, {n: grads[n] for n in live if n is not None and grads[n]
                                        is not None})
    for key, p_arr, _ in held:
        nid = by_array.get(id(p_arr))
        if nid is None or grads[nid] is None:
            continue  # unused, or not reached by the loss: no gradient, no update (as eager)
        src = f"{graph.node(nid)['binding'].path} optimizer ({type(optimizer).__name__})"
        with b.scope(src):
            dt = np.dtype(p_arr.dtype).name
            if dt not in lrs:
                lrs[dt] = b.arg(HyperRef("learning_rate", dt, id(optimizer), optimizer),
                                TensorType((), p_arr.dtype), "learning_rate", op="buffer")
            st = {}
            for name in ("t",) + tuple(optimizer.state_names):
                sref = OptStateRef(key, name, optimizer, p_arr)
                shape = () if name == "t" else p_arr.shape
                st[name] = b.arg(sref, TensorType(shape, p_arr.dtype), f"{name}_{nid}",
                                 op="buffer")
            t_new = st["t"] + 1.0
            grad = Value(b, grads[nid])
            if nid in means:
                grad = means[nid]
            elif dist is not None and dist.world > 1:  # the mean gradient over the ranks
                grad = b.emit("allreduce_sum", grad, group=dist.group) * (1.0 / dist.world)
            new_p, new_st = optimizer.update_graph(b, Value(b, nid), grad,
                                                   {**st, "t": t_new}, lr=lrs[dt])
            new_st["t"] = t_new
        graph.outputs.append(Output(new_p.id, "state", graph.node(nid)["binding"]))
        for name, v in new_st.items():
            graph.outputs.append(Output(v.id, "state", graph.node(st[name].id)["binding"]))
    if not any(o.role == "state" and o.key in params for o in graph.outputs):
        check_some_update(model, optimizer, params)
    if dist is not None and dist.world > 1:  # the loss over the global batch
        with b.scope(f"loss ({d.name}) over {dist.world} ranks"):
            mean = b.emit("allreduce_sum", Value(b, lval.id), group=dist.group) * (1.0 / dist.world)
        graph.outputs[0] = Output(mean.id, "output", 0)
    return graph


def check_some_update(model, optimizer: Optimizer, params: dict) -> None:
    """No parameter is updated: refuse a step that would silently train nothing (PyTorch's
    ``loss.backward()`` refuses a loss that depends on no parameter too), naming the reason."""
    paths, todo = {}, [(model, "model")]  # id(module) -> its path (first one met)
    while todo:
        m, path = todo.pop()
        paths.setdefault(id(m), path)
        todo += [(c, f"{path}[{i}]") for i, c in enumerate(m.children())][::-1]
    paths.update({ref.layer_id: ref.path for ref in params})  # where the trace met it
    held = [m for m in optimizer.modules if id(m) in paths and m.own_parameters()]
    if held:
        names = [f"{paths[id(m)]} ({type(m).__name__})" for m in held]
        more = f" and {len(names) - 4} more" if len(names) > 4 else ""
        raise ValueError("compile_train_step: no parameter reaches the loss: the parameters of "
                         f"{', '.join(names[:4])}{more} get no gradient (the model's output "
                         f"does not depend on them), so the {type(optimizer).__name__} step "
                         "would change nothing")
    if params:
        raise ValueError(f"compile_train_step: the {type(optimizer).__name__} optimizer holds "
                         "none of the model's parameters (was it built on another model?)")


def _hashable(v):
    """A loss option as part of a program key (class weights may be a list or an array)."""
    if isinstance(v, (list, tuple)):
        return tuple(_hashable(e) for e in v)
    if isinstance(v, np.ndarray):
        return ("array", v.shape, v.dtype.str, v.tobytes())
    return v


class TrainStep:
    """``step(x, t) -> loss`` runs one generated function: forward, loss, backward, update."""

    def _fixed_field(name):  # noqa: N805  (a property factory run in the class body)
        def get(self):
            return self._fixed[name]

        def refuse(self, other):
            # the generated step was traced from these: another one would silently keep
            # running the old model, loss or optimizer
            raise AttributeError(
                f"TrainStep.{name} is the {type(self._fixed[name]).__name__} the step was "
                f"compiled with and cannot be replaced: compile another step with "
                f"gvcompile.compile_train_step(...)")
        return property(get, refuse, doc=f"The {name} this step was compiled with.")

    model = _fixed_field("model")
    loss = _fixed_field("loss")
    optimizer = _fixed_field("optimizer")
    del _fixed_field

    def __init__(self, model, loss, optimizer, target="cpu", loss_options=None, comm=None,
                 sync_batchnorm=False, bucket_bytes=None, **options):
        if not isinstance(optimizer, Optimizer):
            raise TypeError(f"compile_train_step: expected an optimizer, got "
                            f"{type(optimizer).__name__}")
        self._fixed = {"model": model_of(model, "compile_train_step"), "loss": loss,
                       "optimizer": optimizer}
        self.dist = None  # data-parallel over an MPI communicator (compiled/distributed.py)
        if comm is not None:
            from .distributed import setup

            self.dist = setup(comm, self.model, optimizer, sync_batchnorm,
                              f"compile_train_step({type(self.model).__name__})", bucket_bytes,
                              canonical(target))
        elif sync_batchnorm or bucket_bytes is not None:
            what = "sync_batchnorm=True" if sync_batchnorm else "bucket_bytes"
            raise ValueError(f"compile_train_step: {what} needs a communicator (comm=...)")
        self.loss_options = dict(loss_options or {})
        self.target = canonical(target)
        self.backend = get_backend(self.target, **options)
        self._programs: dict = {}
        self.batch_axis = 0  # of the input; the target's follows the model output's
        self._t_axis: dict = {}  # input signature -> the target's batch axis
        self._last_prog = None  # the program of the last call (what export writes)
        self._fast = None  # the last call's input types, snapshot and program (_program)
        self._repeat = None  # the last step's program and arguments, to repeat (step_repeat.py)
        self._calls: dict = {}  # id(graph) -> its arguments' getters and write-backs
        self._res = None  # the CUDA target's Residency (models moved to "gpu")
        if self.target == "cuda":
            from .device_state import Residency

            self._res = Residency(self.backend.driver)

    def __repr__(self) -> str:
        loss = getattr(self.loss, "__name__", type(self.loss).__name__)
        opts = f", loss_options={self.loss_options}" if self.loss_options else ""
        return (f"TrainStep({self.model!r}, loss={loss}{opts}, optimizer={self.optimizer!r}, "
                f"target={self.target!r}, batch_axis={self.batch_axis}, "
                f"programs={len(self._programs)})")

    def __call__(self, x, t) -> float:
        return self.step(x, t)

    def _convert(self, a, what):
        where = f"train step of {type(self.model).__name__}"
        arr = as_array(a, where, what)
        ax = self.batch_axis if what == "input" else 0
        if arr.ndim <= ax:
            raise ShapeError(f"{where}: {what} must have a batch axis {ax}, got "
                             f"{show_shape(arr.shape)}")
        refuse_empty_axes(arr, ax, where, what)
        return np.asarray(arr, order="C")

    def program_for(self, x, t):
        from ..layers.base import settings
        from .model import module_signature

        hyper = tuple(kv for kv in settings(self.optimizer) if kv[0] != "learning_rate")
        xkey = (fixed_shape(x, self.batch_axis), x.dtype.str, module_signature(self.model),
                hyper, tuple((k, _hashable(v)) for k, v in sorted(self.loss_options.items())))
        n = x.shape[self.batch_axis]
        t_ax = self._t_axis.get(xkey, "?")
        key = xkey + ((fixed_shape(t, t_ax), t.dtype.str) if t_ax != "?" else ())
        prog = self._programs.get(key)
        self._check_target(t, t_ax, n)
        if prog is None:
            t0 = time.perf_counter()
            g = build_train_graph(self.model, self.loss, self.optimizer,
                                  symbolic_type(x, self.batch_axis),
                                  TensorType(t.shape, t.dtype), self.loss_options, batch_hint=n,
                                  dist=self.dist)
            check_compute_dtypes([x.dtype], f"train step of {type(self.model).__name__}")
            t_type = g.type(next(a for a in g.args if g.node(a)["binding"] == Arg("input", 1)))
            self._t_axis[xkey] = list(t_type.shape).index(BATCH) if BATCH in t_type.shape \
                else None
            run_pipeline(g, stage="train_")
            if self.dist is not None:  # gradient buckets: start early, wait late
                from .distributed import schedule

                schedule(g)
            prog = (g, self.backend.build(g))
            key = xkey + (fixed_shape(t, self._t_axis[xkey]), t.dtype.str)
            self._programs[key] = prog
            if config.debug_level() >= 1:
                print(f"[gvcompile] compiled train step for {self.target} in "
                      f"{1e3 * (time.perf_counter() - t0):.1f} ms")
        return prog

    def _check_target(self, t, t_ax, n):
        if t_ax not in ("?", None) and (t.ndim <= t_ax or t.shape[t_ax] != n):
            raise ShapeError(f"train step of {type(self.model).__name__}: input batch {n} (axis "
                             f"{self.batch_axis}) does not fit the target of shape "
                             f"{show_shape(t.shape)}, whose batch is on axis {t_ax} (where the "
                             "model output has it)")

    def step(self, x, t) -> float:
        rec = self._repeat
        if rec is not None:  # step_repeat.py: the last step's program and arguments
            loss = rec.step(self, x, t)
            if loss is not None:
                return loss
        self._repeat, epoch0, raw = None, epoch(), (x, t)
        if self._res is not None:
            if getattr(self.model, "__dict__", {}).get("_gv_device") == "gpu":
                return self._step_resident(x, t)
            self.program_for(*self._inputs(x, t))[1].device_outputs = set()
        x, t = self._inputs(x, t)
        if self.dist is not None:
            self.dist.check_batch(x.shape[self.batch_axis],
                                  f"train step of {type(self.model).__name__}")
        graph, exe = self._last_prog = self._program(x, t)
        if graph.constraints:
            check_constraints(graph, {BATCH: x.shape[self.batch_axis]})
        getters, writes = self._call_plan(graph)
        xt = (x, t)
        args = [xt[g] if g.__class__ is int else g() for g in getters]
        outs = exe(args)  # everything is computed before anything is written back
        self._repeat = record_step(self, (graph, exe), raw, xt, args, getters, writes, epoch0,
                                  OptStateRef)
        for i, key, j in writes:
            v = outs[i]
            if j is None or v is not args[j]:  # else computed in place in the state's array
                key.write(v)
        return float(outs[0])

    def _program(self, x, t):
        """``program_for(x, t)``, whose key (the model's settings, modes, parameter shapes and
        dtypes, the optimizer's settings) takes longer to compute than a small step's kernels:
        when the inputs have the last call's shapes and dtypes and every object the key reads
        is still the same object (``_snapshot``), it is the last call's program."""
        fast = self._fast
        if fast is not None and x.shape == fast[0] and t.shape == fast[1] and \
                x.dtype == fast[2] and t.dtype == fast[3] and self._snapshot() == fast[4]:
            return fast[5]
        prog = self.program_for(x, t)
        self._fast = (x.shape, t.shape, x.dtype, t.dtype, self._snapshot(), prog)
        return prog

    def _snapshot(self) -> "_Snapshot":
        """What ``program_for``'s key reads: the modules, each one's attributes (objects, not
        values: a setting given a new value, even an equal one, takes the full key) and its
        arrays' shapes and dtypes (which change in place), the optimizer's attributes but the
        learning rate (a run-time argument), the batch axis and the loss options."""
        from ..layers.api import iter_modules

        objs = [self.model, self.optimizer, self.batch_axis]
        types = [tuple((k, _hashable(v)) for k, v in sorted(self.loss_options.items()))]
        for m in iter_modules(self.model):
            d = vars(m)
            objs += (m, type(m), m.training, len(d), *d, *d.values())
            types += [_type_of(a) for _, a in m.own_parameters()]
            types += [_type_of(a) for _, a in m.buffers()]
        d = {k: v for k, v in vars(self.optimizer).items() if k != "learning_rate"}
        objs += (len(d), *d, *d.values())
        return _Snapshot(objs, types)

    def _call_plan(self, graph: Graph) -> tuple[list, list]:
        """Per graph argument: the index of the input or a function returning its array; per
        state output: (output index, where it goes, index of the argument it was read from)."""
        plan = self._calls.get(id(graph))
        if plan is None or plan[0] is not graph:
            getters, index = [], {}
            for i, nid in enumerate(graph.args):
                bind = graph.node(nid)["binding"]
                index.setdefault(bind, i)
                getters.append(bind.index if isinstance(bind, Arg) else _getter(bind))
            writes = [(i, o.key, index.get(o.key)) for i, o in enumerate(graph.outputs)
                      if o.role == "state"]
            plan = self._calls[id(graph)] = (graph, getters, writes)
        return plan[1], plan[2]

    def _inputs(self, x, t):
        """(input, target) checked; DeviceArrays (CUDA target) are used in place."""
        dev = self._res is not None
        x = x if dev and hasattr(x, "buf") else self._convert(x, "input")
        t = t if dev and hasattr(t, "buf") else self._convert(t, "target")
        if t.dtype.kind in "iub":
            t = np.asarray(t).astype(x.dtype)
        n = x.shape[self.batch_axis]
        if n == 0:
            raise ShapeError(f"train step of {type(self.model).__name__}: the input has an "
                             f"empty batch (axis {self.batch_axis}): shape {show_shape(x.shape)}")
        return x, t

    def _step_resident(self, x, t) -> float:
        """The step with the model's state on the device (device_state.py): parameters,
        buffers and optimizer state are device arrays in and out, nothing is copied back."""
        from .device_calls import gather

        x, t = self._inputs(x, t)
        if self.dist is not None:
            self.dist.check_batch(x.shape[self.batch_axis],
                                  f"train step of {type(self.model).__name__}")
        graph, exe = self._last_prog = self.program_for(x, t)
        if graph.constraints:
            check_constraints(graph, {BATCH: x.shape[self.batch_axis]})
        args = gather(self, graph, (x, t), None)
        exe.device_outputs = {i for i, o in enumerate(graph.outputs) if o.role == "state"}
        outs = exe(args)
        new = {}
        for o, v in zip(graph.outputs, outs):
            if o.role == "state":
                self._res.store(o.key, v)
                new[o.key] = v
        for ref, other in self._tied_copies(graph):
            if ref in new and other.field in vars(other.layer).get("_gv_dev", {}):
                self._res.store(other, new[ref])  # its own device slot: the same new value
        return float(outs[0])

    def _tied_copies(self, graph: Graph) -> list:
        """(kept parameter binding, another layer's binding of the same array) for the tied
        arrays merge_tied_params merged: on the device each layer field has a slot of its own
        (read by CompiledModel calls), which must follow the kept one."""
        cache = self.__dict__.setdefault("_tied", {})
        if id(graph) not in cache:
            from ..layers.api import iter_modules

            kept = {id(vars(ref.layer).get(ref.field)): ref for ref in
                    (graph.node(a)["binding"] for a in graph.args if graph.op(a) == "param")}
            cache[id(graph)] = [
                (kept[id(a)], FieldRef.of("param", kept[id(a)].path, m, f))
                for m in iter_modules(self.model) for f in m.param_fields
                if (a := vars(m).get(f)) is not None and id(a) in kept
                and (kept[id(a)].layer is not m or kept[id(a)].field != f)]
        return cache[id(graph)]


def compile_train_step(model, loss, optimizer, example_input, example_target,
                       target: str | None = None, loss_options: dict | None = None,
                       batch_axis=None, comm=None, sync_batchnorm: bool = False,
                       bucket_bytes: int | None = None, **options) -> TrainStep:
    """One generated function for forward, loss, backward and update. The input's batch is
    ``batch_axis`` (default 0, or the example ``Spec``'s); the target's batch stands where the
    model output has it, so a time-major (T, N, F) input trains against (N, classes).

    ``comm`` (an mpi4py communicator): data-parallel training, each rank stepping on its part
    of the global batch with the gradients averaged over the ranks (compiled/distributed.py);
    ``sync_batchnorm`` computes BatchNorm statistics over the global batch; ``bucket_bytes``
    sums the gradients in buckets of about that size, each started (non-blocking) as soon as
    the backward pass has computed it and waited on before its update."""
    from ..spec import Spec, normalise_axis
    from ..targets import default_target

    ts = TrainStep(model, loss, optimizer, target or default_target(), loss_options, comm=comm,
                   sync_batchnorm=sync_batchnorm, bucket_bytes=bucket_bytes, **options)
    if isinstance(example_input, Spec):
        raise TypeError("compile_train_step: give the example input as an array (and its "
                        "batch_axis=), not a Spec")
    if batch_axis is not None:
        ts.batch_axis = normalise_axis(batch_axis, np.ndim(example_input),
                                       f"compile_train_step({type(model).__name__})")
    ts.program_for(*ts._inputs(example_input, example_target))  # checked as step checks them
    return ts

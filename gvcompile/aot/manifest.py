"""Export stage, description: a CompiledModel or TrainStep -> the graphs to export, their plans,
the state arrays the library holds, and the manifest (NAME.json) that everything else is
generated from (the header, the C tables, the Python loader).

State arrays are the model's parameters and buffers (walk order of ``gvcompile.save``: root
``model``, entries ``model[0]``, ``model[1][2]``, fields appended with a dot) followed by the
optimizer state a train step reads (``optimizer.model[0].weight.m``). The flat parameter
vector of ``NAME_get_parameters`` is the parameters in that order, each in C order. The
recurrent layers' state buffers are of kind ``recurrent`` (sized per call by the runtime,
``recurrent_state`` in the manifest; recurrent.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ..errors import ExportError
from ..ir.binding import Arg, FieldRef
from ..ir.graph import Graph
from ..ir.types import BATCH
from ..plan.extent import Lin, numel

FORMAT = 1
ERROR_CODES = {"OK": 0, "ERR_NULL": 1, "ERR_BATCH": 2, "ERR_ALLOC": 3, "ERR_STATE": 4,
               "ERR_COLLECTIVE": 5}
# CUDA exports (runtime/export/gv_export_cuda.h): 0-5 are the AOT launcher's codes
CUDA_ERROR_CODES = {"OK": 0, "ERR_NULL": 1, "ERR_NODRIVER": 2, "ERR_NODEVICE": 3,
                    "ERR_CUDA": 4, "ERR_ALLOC": 5, "ERR_BATCH": 6, "ERR_STATE": 7}
CUDA_KERNELS = "CUDA sm_80/sm_90 SASS + compute_90 PTX"
C_TYPES = {"float32": "float", "float64": "double", "int32": "int32_t", "int64": "int64_t",
           "uint8": "uint8_t", "bool": "uint8_t"}


@dataclass
class StateArray:
    name: str
    kind: str  # 'param' | 'buffer' | 'optimizer' | 'recurrent' (recurrent.py)
    value: np.ndarray


@dataclass
class Entry:
    """One exported function: its graph, kernel plan and I/O description."""

    name: str  # 'forward' | 'train_step'
    graph: Graph
    plan: object = None
    inputs: list[dict] = field(default_factory=list)
    outputs: list[dict] = field(default_factory=list)


@dataclass
class ExportSpec:
    name: str
    kind: str  # 'model' | 'train_step'
    model: object
    entries: list[Entry]
    state: list[StateArray]
    state_index: dict  # binding -> index into state
    params: list[int]  # state indices of the parameters, manifest order
    extra: dict = field(default_factory=dict)
    target: str = "cpu"  # 'cpu' (LLVM objects) | 'cuda' (fatbins + launcher, export/cuda.py)


def _walk(path, module, seen):
    if id(module) in seen:
        return
    seen.add(id(module))
    yield path, module
    for i, child in enumerate(module.children()):
        yield from _walk(f"{path}[{i}]", child, seen)


def _shape(t) -> list:
    return [d if d == BATCH else int(d) for d in t.shape]


def _io(graph: Graph, nid: int, name: str, inputs: bool = False) -> dict:
    """An input or output: name, shape ("N": the extent the ``batch`` argument gives), dtype;
    an input that feeds a recurrent layer also names its ``axes`` ("time": the sequence axis,
    "batch": the layer's batch axis, null: other)."""
    from .recurrent import sequence_axes

    t = graph.type(nid)
    row = {"name": name, "shape": _shape(t), "dtype": np.dtype(t.dtype).name}
    seq = sequence_axes(graph, nid) if inputs else {}
    if seq:
        row["axes"] = [seq.get(k) for k in range(len(t.shape))]
    return row


# libNAME.so / -lNAME of these would stand in for the C runtime in the documented link lines
SYSTEM_LIBRARIES = frozenset({"c", "m", "dl", "rt", "pthread", "gcc", "gcc_s", "util",
                              "cuda", "cudart"})

C_KEYWORDS = frozenset(
    "auto break case char const continue default do double else enum extern float for goto if "
    "inline int long register restrict return short signed sizeof static struct switch "
    "typedef union unsigned void volatile while _Bool _Complex _Imaginary bool true false "
    "alignas alignof static_assert thread_local".split())


def _last_program(programs: dict, what: str, last=None):
    """The program of the last call (or, before any call, the last compiled)."""
    if last is not None:
        return last
    if not programs:
        raise ExportError(f"export: the {what} has not been compiled yet; call it once or pass "
                          "example inputs to compile first")
    return list(programs.values())[-1]


FORWARD_MODES = ("test", "train")
_ABSENT = object()


def _forward_graph(module, in_types, mode: str) -> Graph:
    """The forward traced in ``mode`` ('test': the inference program, dropout off and
    BatchNorm on its running statistics; 'train': batch statistics, dropout on), whatever mode
    the model is in; the model's own mode flags are restored afterwards."""
    from ..compiled.model import build_forward_graph, iter_modules

    saved = [(m, m.__dict__.get("training", _ABSENT)) for m in iter_modules(module)]
    try:
        for m, _ in saved:
            m.training = mode == "train"
        return build_forward_graph(module, in_types, name=type(module).__name__)
    finally:
        for m, flag in saved:
            if flag is _ABSENT:
                m.__dict__.pop("training", None)
            else:
                m.training = flag


def _entries_from(obj, mode: str):
    """(kind, model, entries, extra) of what is exported; a model with recurrent layers is
    traced with their state carried (recurrent.py)."""
    from ..compiled.model import CompiledModel
    from ..compiled.train_step import TrainStep
    from .recurrent import carried_state, recurrent_fields

    if isinstance(obj, CompiledModel):
        prog = _last_program(obj._programs, "CompiledModel", getattr(obj, "_last_prog", None))
        trace = lambda: [_forward_graph(obj.module, prog.in_types, mode)]  # noqa: E731
        with carried_state(recurrent_fields(_walk("model", obj.module, set())), trace):
            g = trace()[0]
        return "model", obj.module, [Entry("forward", g)], {}
    if isinstance(obj, TrainStep):
        dist = getattr(obj, "dist", None)
        if dist is not None and getattr(obj, "target", "cpu") == "cuda":
            raise ExportError("export: a data-parallel CUDA step has no device collective")
        tg, _ = _last_program(obj._programs, "TrainStep", getattr(obj, "_last_prog", None))
        x = next(a for a in tg.args if tg.node(a)["binding"] == Arg("input", 0))
        from ..optimization.loss_graphs import resolve

        extra = {"loss": resolve(obj.loss).name, "optimizer": type(obj.optimizer).__name__}
        if dist is not None and dist.world > 1:  # NAME_set_allreduce (csource.py)
            extra["data_parallel"] = {"world": dist.world,
                                      "sync_batchnorm": dist.sync_batchnorm}
        trace = lambda: [_forward_graph(obj.model, [tg.type(x)], mode)]  # noqa: E731
        fields = recurrent_fields(_walk("model", obj.model, set()))
        with carried_state(fields, trace) as recurrent:
            g = trace()[0]
            if recurrent:  # the step's own program read a fresh state as zeros: trace again
                tg = _train_graph(obj, tg)
        return "train_step", obj.model, [Entry("forward", g), Entry("train_step", tg)], extra
    raise ExportError(f"export: expected a CompiledModel or a TrainStep, got {type(obj).__name__}")


def _train_graph(step, tg: Graph) -> Graph:
    """The step's program traced again (the recurrent state carried, see recurrent.py) for the
    input and target types of ``tg``, its last program."""
    from ..compiled.train_step import build_train_graph
    from ..passes import run_pipeline

    x, t = (next(a for a in tg.args if tg.node(a)["binding"] == Arg("input", k)) for k in (0, 1))
    dist = getattr(step, "dist", None)  # a data-parallel step keeps its allreduce
    g = build_train_graph(step.model, step.loss, step.optimizer, tg.type(x), tg.type(t),
                          step.loss_options, batch_hint=BATCH, dist=dist)
    run_pipeline(g, stage="train_")
    if dist is not None:
        from ..compiled.distributed import schedule

        schedule(g)
    return g


def _collect_state(model, entries) -> tuple[list[StateArray], dict, list[int]]:
    from .recurrent import is_recurrent

    state: list[StateArray] = []
    index: dict = {}
    names: dict[int, str] = {}  # id(array) -> "model[0].weight" (names optimizer state)
    for path, m in _walk("model", model, set()):
        for kind, fields in (("param", m.own_parameters()), ("buffer", m.buffers())):
            for f, arr in fields:
                if not isinstance(arr, np.ndarray):
                    continue
                index[FieldRef.of(kind, path, m, f)] = len(state)
                names[id(arr)] = f"{path}.{f}"
                k = "recurrent" if kind == "buffer" and is_recurrent(m, f) else kind
                state.append(StateArray(f"{path}.{f}", k, arr))
    params = [i for i, s in enumerate(state) if s.kind == "param"]
    for e in entries:
        for nid in e.graph.args:
            bind = e.graph.node(nid)["binding"]
            if isinstance(bind, Arg) or bind in index:
                continue
            if not hasattr(bind, "get"):
                raise ExportError(f"export: argument {bind} of {e.name} has no stored value")
            arr = np.asarray(bind.get())
            index[bind] = len(state)
            if isinstance(bind, FieldRef):  # state outside the model tree (the RNG state)
                state.append(StateArray(f"{bind.path}.{bind.field}", "buffer", arr))
            else:  # optimizer state: named after its parameter
                pname = names.get(id(getattr(bind, "param", None)), str(bind))
                state.append(StateArray(f"optimizer.{pname}.{getattr(bind, 'name', '?')}",
                                        "optimizer", arr))
    return state, index, params


def _check_state(spec: ExportSpec) -> None:
    """Only a recurrent state may depend on the batch, and only on its first axis (its rows);
    the runtime sizes it per call (recurrent.py)."""
    for e in spec.entries:
        for nid in e.graph.args:
            bind = e.graph.node(nid)["binding"]
            shape = e.graph.type(nid).shape
            if isinstance(bind, Arg) or BATCH not in shape:
                continue
            i = spec.state_index.get(bind)
            if i is None or spec.state[i].kind != "recurrent" or BATCH in shape[1:]:
                raise ExportError(f"export: {bind} has a batch-dependent shape "
                                  f"{[str(d) for d in shape]}; only a recurrent layer's state "
                                  "may depend on the batch")


def _names(stem: str, n: int) -> list[str]:
    return [stem] if n == 1 else [f"{stem}{k}" for k in range(n)]


def _describe_io(e: Entry) -> None:
    """Inputs and outputs in ABI order, named as API.md §8 writes them: ``input`` (``input0``,
    ``input1`` ... for several), ``output``, and ``input, target, loss`` for a train step."""
    g = e.graph
    ins = {}
    for nid in g.args:
        bind = g.node(nid)["binding"]
        if isinstance(bind, Arg):
            if bind.kind != "input":
                raise ExportError(f"export: {e.name} has a {bind.kind} argument")
            ins[bind.index] = nid
    outs = [o.node for o in g.outputs if o.role == "output"]
    if e.name == "train_step":
        in_names, out_names = ["input", "target"], ["loss"]
    else:
        in_names, out_names = _names("input", len(ins)), _names("output", len(outs))
    e.inputs = [_io(g, ins[i], nm, True) for i, nm in zip(sorted(ins), in_names, strict=True)]
    e.outputs = [_io(g, nid, nm) for nid, nm in zip(outs, out_names, strict=True)]
    bad = {o.role for o in g.outputs} - {"output", "state"}
    if bad:
        raise ExportError(f"export: {e.name} has outputs with roles {sorted(bad)}")


def build_spec(obj, name: str | None, mode: str = "test") -> ExportSpec:
    from ..llvm import lowering  # noqa: F401  (the plan depends on what is lowered)
    from ..plan.build import build_plan

    if mode not in FORWARD_MODES:
        raise ExportError(f"export: mode {mode!r} is not one of {list(FORWARD_MODES)} (the mode "
                          "the forward entry runs in)")
    kind, model, entries, extra = _entries_from(obj, mode)
    extra = {**extra, "forward_mode": mode}
    target = "cuda" if getattr(obj, "target", "cpu") == "cuda" else "cpu"
    name = name or "model"
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) or name in C_KEYWORDS:
        raise ExportError(f"export: name {name!r} is not a C identifier")
    if name in SYSTEM_LIBRARIES:
        raise ExportError(f"export: name {name!r} would write lib{name}.so, which shadows the "
                          f"system library that -l{name} links; choose another name")
    state, index, params = _collect_state(model, entries)
    spec = ExportSpec(name, kind, model, entries, state, index, params, extra, target)
    _check_state(spec)
    for e in entries:
        _describe_io(e)
        e.plan = build_plan(e.graph, "cuda" if target == "cuda" else "llvm")
    return spec


def byte_lin(shape, dtype) -> Lin:
    return numel(shape) * np.dtype(dtype).itemsize


def _state_table(spec: ExportSpec) -> dict:
    """Every state array; the buffers and optimizer state (everything but the parameters and
    the recurrent state) also have the byte ``offset`` at which NAME_get_state /
    NAME_set_state pack them back to back (``state_bytes`` in all): a C program's checkpoint.
    The recurrent state has its own functions (``recurrent_state``)."""
    rows, off = [], 0
    for s in spec.state:
        row = {"name": s.name, "kind": s.kind, "shape": list(s.value.shape),
               "dtype": s.value.dtype.name}
        if s.kind not in ("param", "recurrent"):
            row["offset"] = off
            off += int(s.value.nbytes)
        rows.append(row)
    return {"state": rows, "state_bytes": off}


def _learning_rate(spec: ExportSpec) -> dict:
    """The state slots of the learning rate (a run-time argument of the train step), which
    NAME_set/get_learning_rate write and read."""
    from ..compiled.train_step import HyperRef

    slots = sorted(i for b, i in spec.state_index.items()
                   if isinstance(b, HyperRef) and b.name == "learning_rate")
    if not slots:
        return {}
    return {"learning_rate_state": slots}


def _recurrent(spec: ExportSpec) -> dict:
    from .recurrent import recurrent_table

    rec = recurrent_table(spec)
    return {"recurrent_state": rec} if rec else {}


def manifest(spec: ExportSpec) -> dict:
    from ..version import __version__

    dtypes = {spec.state[i].value.dtype.name for i in spec.params}
    if len(dtypes) > 1:
        raise ExportError(f"export: parameters of several dtypes {sorted(dtypes)}; convert "
                          "with module_to_eltype_device first")
    dtype = dtypes.pop() if dtypes else spec.entries[0].inputs[0]["dtype"]
    params, off = [], 0
    for i in spec.params:
        a = spec.state[i].value
        params.append({"name": spec.state[i].name, "shape": list(a.shape), "offset": off,
                       "size": int(a.size)})
        off += int(a.size)
    n = spec.name
    cuda = spec.target == "cuda"
    codes = CUDA_ERROR_CODES if cuda else ERROR_CODES
    return {
        "format": FORMAT, "name": n, "kind": spec.kind, "model": type(spec.model).__name__,
        "gvcompile_version": __version__, "dtype": dtype, "target": spec.target,
        "cpu": CUDA_KERNELS if cuda else "x86-64-v3",
        "library": f"lib{n}.so", "archive": f"lib{n}.a", "header": f"{n}.h", **spec.extra,
        "entry_points": {e.name: {"symbol": f"{n}_{e.name}", "inputs": e.inputs,
                                  "outputs": e.outputs} for e in spec.entries},
        "parameters": params, "num_parameters": off,
        **_learning_rate(spec),
        **_state_table(spec),
        **_recurrent(spec),
        "error_codes": {f"{n.upper()}_{k}": v for k, v in codes.items()},
    }

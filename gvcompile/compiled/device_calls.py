"""CompiledModel calls for a model whose state lives on the device (``target="cuda"`` after
``module_to_eltype_device(m, device="gpu")``; residency itself is device_state.py).

Kept apart from model.py so the CPU and interpreter call paths stay as they were.

- Arguments: user inputs (NumPy arrays, uploaded by the executable, or DeviceArrays used in
  place), the saved forward values (DeviceArrays left on the device by the forward) and the
  state (the Residency's device arrays: uploaded once, then reused).
- Results: state outputs (running statistics, recurrent state) and saved values stay on the
  device (``device_outputs``) and become the new device values without a copy; the outputs and
  input gradients come back as NumPy arrays, or as DeviceArrays when an input was one.
- Gradients accumulate on the device: the backward graph of a resident program reads each
  ``<field>_gradient`` and returns ``<field>_gradient + g`` as state (``accumulate_gradients``).
"""

from __future__ import annotations

import numpy as np

from ..errors import DTypeError, ShapeError
from ..interp import bind_dims
from ..ir.binding import Arg, FieldRef
from ..ir.graph import Graph, Output
from .device_state import raw_field


def _is_device(a) -> bool:
    return hasattr(a, "buf") and hasattr(a, "get")


def resident_signature(module) -> tuple:
    """CompiledModel._signature's mode part, read without copying device state back."""
    from ..layers.api import iter_modules

    modes = []
    for m in iter_modules(module):
        modes.append(bool(getattr(m, "training", True)))
        for f in tuple(m.param_fields) + tuple(m.buffer_fields):
            a = raw_field(m, f)
            if a is not None:
                modes.append((f, tuple(np.shape(a)), np.dtype(a.dtype).str))
    return tuple(modes)


def resident_param_dtype(module):
    from ..layers.api import iter_modules

    for m in iter_modules(module):
        for f in m.param_fields:
            a = raw_field(m, f)
            if a is not None:
                return np.dtype(a.dtype)
    return None


def accumulate_gradients(bwd: Graph) -> None:
    """grad output g of parameter p ⇒ state output ``p_gradient + g`` (p_gradient an argument):
    the accumulation of ``backward`` runs on the device, into the resident gradient."""
    outs = []
    for o in bwd.outputs:
        if o.role != "grad":
            outs.append(o)
            continue
        ref = o.key
        gref = FieldRef.of("buffer", ref.path, ref.layer, ref.field + "_gradient")
        ty, src = bwd.type(o.node), bwd.node(o.node)["src"]
        acc = bwd.add_node("buffer", (), {}, ty, src, name=f"{ref.field}_gradient",
                           binding=gref)
        bwd.args.append(acc)
        total = bwd.add_node("add", (acc, o.node), {}, ty, src, name=f"{ref.field}_grad_acc")
        outs.append(Output(total, "state", gref))
    bwd.outputs = outs


def gather(cm, graph: Graph, head, saved) -> list:
    res = cm._res
    args = []
    for nid in graph.args:
        bind = graph.node(nid)["binding"]
        if isinstance(bind, Arg):
            args.append(saved[bind.index] if bind.kind == "saved" else head[bind.index])
            continue
        d = res.arg(bind, graph.type(nid))
        args.append(np.asarray(bind.get()) if d is None else d)
    return args


def _run(exe, graph: Graph, args, dims, keep_roles: tuple, user_dev: bool):
    """Run ``exe`` leaving the outputs of ``keep_roles`` (and, for device inputs, every user
    result) on the device."""
    keep = set(keep_roles) | ({"output", "input_grad"} if user_dev else set())
    exe.device_outputs = {i for i, o in enumerate(graph.outputs) if o.role in keep}
    return exe(args, dims)


def _py(v):
    if _is_device(v):
        return v
    return float(v) if v.ndim == 0 else v


def forward_resident(cm, inputs):
    arrays = cm._convert_inputs(inputs)
    user_dev = any(_is_device(a) for a in arrays)
    prog = cm.program_for(arrays)
    g = prog.forward
    args = gather(cm, g, arrays, None)
    dims = bind_dims(g, args)
    outs = _run(prog.fwd_exe, g, args, dims, ("state", "saved"), user_dev)
    results = outs[:prog.n_outputs]
    saved = [v for o, v in zip(g.outputs, outs) if o.role == "saved"]
    for o, v in zip(g.outputs, outs):
        if o.role == "state":
            cm._res.store(o.key, v)
    cm._last = (prog, saved, [tuple(a.shape) for a in arrays],
                [tuple(r.shape) for r in results], dims)
    cm._last_device = user_dev
    py = [_py(r) for r in results]
    return py[0] if len(py) == 1 else tuple(py)


def _seed(cm, s, t, shape):
    if not _is_device(s):
        return cm._convert_seed(s, t, shape)
    if s.dtype != t.dtype or tuple(s.shape) != tuple(shape):
        err = DTypeError if s.dtype != t.dtype else ShapeError
        raise err(f"model ({type(cm.module).__name__}): backward derivative is "
                  f"{s.dtype.name}{list(s.shape)}, expected {np.dtype(t.dtype).name}"
                  f"{list(shape)}")
    return s


def backward_resident(cm, derivative_loss):
    prog, saved, in_shapes, out_shapes, dims = cm._last
    seeds = derivative_loss if isinstance(derivative_loss, (tuple, list)) and \
        prog.n_outputs > 1 else [derivative_loss]
    if len(seeds) != prog.n_outputs:
        raise ShapeError(f"model ({type(cm.module).__name__}): backward expects "
                         f"{prog.n_outputs} derivatives, got {len(seeds)}")
    seed_arrays = [_seed(cm, s, t, shp) for s, t, shp in
                   zip(seeds, prog.out_types, out_shapes)]
    g = prog.backward
    args = gather(cm, g, seed_arrays, saved)
    user_dev = getattr(cm, "_last_device", False)
    outs = _run(prog.bwd_exe, g, args, dims, ("state",), user_dev)
    from ..layers.base import mark_gradient

    input_grads = {}
    for o, v in zip(g.outputs, outs):
        if o.role == "state":
            cm._res.store(o.key, v)
            if o.key.field.endswith("_gradient"):  # accumulate_gradients' outputs
                mark_gradient(o.key.layer, o.key.field[:-len("_gradient")])
        elif o.role == "input_grad":
            input_grads[o.key] = v
    grads = []
    for i, (shape, t) in enumerate(zip(in_shapes, prog.in_types)):
        v = input_grads.get(i)
        if v is None:
            v = np.zeros(shape, t.dtype if t.dtype.kind == "f" else np.float64)
        grads.append(_py(v))
    from ..layers.containers import GraphContainer

    if isinstance(cm.module, GraphContainer):
        return grads
    return grads[0] if len(grads) == 1 else grads

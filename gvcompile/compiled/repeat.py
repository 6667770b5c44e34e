"""The per-call shortcut of CompiledModel.forward (model.py): the last call's program and
arguments again.

Before its generated code starts, a forward reads every layer's mode and settings and every
parameter and buffer (``module_signature``), looks the program up, gathers the arguments, binds
the extents, and the executable checks each array's dtype and layout: ~0.5 ms on a ResNet-20
(55 modules, 108 arguments, on caches the kernels left cold), 25 us for a small MLP whose
kernels take 1 us. A ``Repeat`` recorded after
a call lets the next one skip all of that while nothing it was derived from can have changed:
  - no attribute of any layer was assigned or deleted since (layers/base.py epoch: a parameter
    replaced, a mode or setting changed, a model moved to the GPU: to_device assigns);
  - every container has the same children (a list write assigns nothing);
  - every parameter and buffer array has the shape, strides and dtype it had (an in-place
    reshape or dtype view assigns nothing either; values may change freely: the generated
    code reads them through their addresses);
  - the inputs are C-contiguous NumPy arrays of the last call's shapes and dtypes;
  - arrays that change without an assignment to a layer (the dropout generator's state, which
    manual_seed replaces; a field a descriptor computes) are read at every call and must keep
    their layouts;
  - the program table is as it was (program_for and a backward's replay drop the record).
Anything else takes the full path, which checks and words errors as before, and records anew.
"""

from __future__ import annotations

from copy import copy
from operator import attrgetter, eq, is_

import numpy as np

from ..ir.binding import Arg, FieldRef
from ..layers.api import iter_modules
from ..layers.base import Module, epoch
from ..layers.containers import LayerStack

_LAYOUT = attrgetter("shape", "strides", "dtype")
_SHAPE, _STRIDES, _DTYPE = attrgetter("shape"), attrgetter("strides"), attrgetter("dtype")


class Layers:
    """The layers' side of a recorded call: the epoch it started at, the containers'
    children, and the layers' own arrays it read (``fixed``) with their layouts."""

    __slots__ = ("epoch", "stacks", "stack_kids", "containers", "fixed", "dtypes", "shapes",
                 "strides")

    def __init__(self, module, fixed: list, epoch0: int):
        self.epoch = epoch0
        self.stacks, self.stack_kids, self.containers = [], [], []
        for m in iter_modules(module):
            kind = type(m).children
            if kind is LayerStack.children and type(vars(m).get("layer_stack")) is list:
                self.stacks.append(m.layer_stack)
                self.stack_kids.append(list(m.layer_stack))
            elif kind is not Module.children:
                self.containers.append((m, m.children()))
        self.fixed = tuple(fixed)
        self.dtypes, self.shapes = tuple(map(_DTYPE, fixed)), tuple(map(_SHAPE, fixed))
        self.strides = tuple(map(_STRIDES, fixed))

    def unchanged(self) -> bool:
        if self.epoch != epoch():
            return False
        # the layer_stack lists are the same objects (an assignment would have moved the
        # epoch): their items are compared, in C
        if not all(map(eq, self.stacks, self.stack_kids)):
            return False
        for c, kids in self.containers:
            if c.children() != kids:
                return False
        # three flat passes (the dtypes by identity: an equal new dtype object only misses):
        # about a third less time than one of (shape, strides, dtype) triples, on caches the
        # last call's kernels left cold
        fixed = self.fixed
        return all(map(is_, map(_DTYPE, fixed), self.dtypes)) and \
            tuple(map(_SHAPE, fixed)) == self.shapes and \
            tuple(map(_STRIDES, fixed)) == self.strides


def layouts(arrays) -> tuple:
    """The (shape, strides, dtype) of each array."""
    return tuple(map(_LAYOUT, arrays))


def same_layouts(arrays: list, want: tuple) -> bool:
    """Whether ``arrays`` are NumPy arrays with the layouts ``want``."""
    return all(type(a) is np.ndarray for a in arrays) and layouts(arrays) == want


class Repeat:
    """What a forward found for its inputs, and what that depended on."""

    __slots__ = ("layers", "axes", "lazy", "ins", "prog", "args", "inputs_at", "reread",
                 "reread_layouts", "dims", "gen", "alias", "in_shapes", "writes")

    def ready(self, cm, inputs, lazy: bool) -> bool:
        """Whether ``cm.forward(*inputs)`` would find this program and these arguments
        (``lazy``: model.py's LAZY_BACKWARD now)."""
        if len(inputs) != len(self.ins) or cm.batch_axes != self.axes or self.lazy != lazy:
            return False
        for x, (shape, dtype) in zip(inputs, self.ins):
            if type(x) is not np.ndarray or x.shape != shape or x.dtype != dtype or \
                    not x.flags.c_contiguous:
                return False
        return self.layers.unchanged()

    def run(self, inputs) -> tuple[list, list] | None:
        """(arguments, outputs) of the program on ``inputs`` (which ``ready`` accepted); None,
        nothing run, when an argument read anew has another layout than when recorded."""
        args = self.args.copy()
        for i, k in self.inputs_at:
            args[i] = inputs[k]
        recheck = ()
        if self.reread:
            recheck = [i for i, _ in self.reread]
            for i, bind in self.reread:
                args[i] = bind.get()
            if not same_layouts([args[i] for i in recheck], self.reread_layouts):
                return None
        exe = self.prog.fwd_exe
        if self.gen is None:
            return args, exe(args, self.dims)
        # the executable reads the inputs only (and the arrays read anew, if not the same)
        outs, self.gen = exe.call_held(args, self.dims, self.gen, recheck)
        return args, outs


def plain_field(bind, a) -> bool:
    """Whether argument ``a``, read from ``bind``, is a layer's own array that only an
    attribute assignment replaces (not one a property computes or a device slot refreshes)."""
    layer = getattr(bind, "layer", None)
    return isinstance(bind, FieldRef) and isinstance(layer, Module) and \
        type(a) is np.ndarray and vars(layer).get(bind.field) is a and \
        not hasattr(getattr(type(layer), bind.field, None), "__set__")


def record(cm, prog, arrays: list, args: list, table: list, dims: dict, epoch0: int,
           lazy: bool) -> Repeat | None:
    """A Repeat of the forward that just ran ``prog`` on ``arrays`` with ``args`` (bound as
    ``table`` says), started at layer epoch ``epoch0`` with LAZY_BACKWARD ``lazy``; None where
    the shortcut does not apply (a CUDA target, a model with state on the device, an argument
    of another kind)."""
    module = cm.module
    if cm._res is not None or module.__dict__.get("_gv_device") == "gpu" or \
            any(type(a) is not np.ndarray for a in arrays):
        return None
    r = Repeat()
    r.args, r.inputs_at, r.reread, fixed = list(args), [], [], []
    for i, ((bind, _), a) in enumerate(zip(table, args, strict=True)):
        if type(bind) is Arg and bind.kind == "input":
            r.inputs_at.append((i, bind.index))
            r.args[i] = None  # the caller's input is not kept alive
        elif type(bind) is not FieldRef or type(a) is not np.ndarray:
            return None
        elif plain_field(bind, a):
            fixed.append(a)
        else:  # the dropout generator's state (replaced by manual_seed), a property
            r.reread.append((i, bind))
    r.lazy, r.prog, r.dims = lazy, prog, dims
    r.axes = copy(cm.batch_axes)  # compared by value: a list may be changed in place
    r.ins = [(a.shape, a.dtype) for a in arrays]
    r.in_shapes = [a.shape for a in arrays]
    at: dict = {}
    for i, (bind, _) in enumerate(table):
        at.setdefault(bind, i)
    r.writes = [(k, o.key, at.get(o.key)) for k, o in enumerate(prog.forward.outputs)
                if o.role == "state"]
    r.layers = Layers(module, fixed, epoch0)
    r.reread_layouts = layouts(args[i] for i, _ in r.reread)
    exe = prog.fwd_exe
    r.gen = exe.generation(args) if getattr(type(exe), "call_held", None) else None
    # the results that may be (views of) an input, which forward copies
    alias = getattr(exe, "argument_results", None)
    r.alias = range(prog.n_outputs) if alias is None else [k for k in alias
                                                           if k < prog.n_outputs]
    return r

"""The per-call shortcut of TrainStep.step (train_step.py): the last step's program and
arguments again, as compiled/repeat.py does for a forward.

Before its generated code starts, a step snapshots every layer's attributes and arrays and the
optimizer's attributes (``TrainStep._snapshot``), reads every argument through its getter (240
on a ResNet-20: parameters, running statistics, optimizer state, the learning rate) and the
executable checks each one and every extent: ~1 ms of Python per ResNet-20 step, of which a
StepRepeat saves half by letting the next step read only what can change without an assignment
to a layer:
  - the layers, as repeat.Layers checks them (the epoch, the containers' children, the
    layouts of the layers' own arrays);
  - the model, the optimizer and each of its attributes but the learning rate (objects: a new
    value, even an equal one, takes the full path), the batch axis and the loss options;
  - the input and target: C-contiguous NumPy arrays of the last step's shapes and dtypes
    (nothing to convert);
  - the optimizer's state arrays (``optimizer.state[key][name]``: code outside the step may
    replace them), the learning rate and fields a descriptor computes are read at every step
    and must keep their layouts (a new array of the same layout is checked and held anew by
    the executable).
Anything else takes the full path, which checks and words errors as before, and records anew.
"""

from __future__ import annotations

import numpy as np

from ..interp import bind_dims
from ..ir.binding import Arg
from .repeat import Layers, layouts, plain_field, same_layouts


class StepRepeat:
    """What a step found for its input and target, and what that depended on."""

    __slots__ = ("layers", "model", "optimizer", "opt_len", "opt_attrs", "loss_options", "axis",
                 "xt",
                 "prog", "args", "xt_at", "states", "getters", "reread_at", "reread_layouts",
                 "dims", "gen", "writes")

    def step(self, ts, x, t) -> float | None:
        """``ts.step(x, t)``'s loss; None, nothing run, when anything it depends on changed."""
        for a, (shape, dtype) in zip((x, t), self.xt):
            if type(a) is not np.ndarray or a.shape != shape or a.dtype != dtype or \
                    not a.flags.c_contiguous:
                return None
        opt = self.optimizer
        d = vars(opt)
        if ts.model is not self.model or ts.optimizer is not opt or \
                ts.batch_axis != self.axis or ts.loss_options != self.loss_options or \
                len(d) != self.opt_len or \
                any(d.get(k, self) is not v for k, v in self.opt_attrs) or \
                not self.layers.unchanged():
            return None
        args = self.args.copy()
        args[self.xt_at[0]], args[self.xt_at[1]] = x, t
        try:
            state = opt.state
            for i, key, name in self.states:
                args[i] = state[key][name]
        except (KeyError, TypeError):  # cleared or replaced state: the full path makes it
            return None
        for i, get in self.getters:
            args[i] = get()
        if not same_layouts([args[i] for i in self.reread_at], self.reread_layouts):
            return None
        graph, exe = ts._last_prog = self.prog
        if self.gen is None:
            outs = exe(args)
        else:  # the executable reads the input, target and the arrays read anew, if not held
            outs, self.gen = exe.call_held(args, self.dims, self.gen, self.reread_at)
        for i, key, j in self.writes:
            v = outs[i]
            if j is None or v is not args[j]:  # else computed in place in the state's array
                key.write(v)
        return float(outs[0])


def record_step(ts, prog, raw: tuple, xt: tuple, args: list, getters: list, writes: list,
                epoch0: int, state_ref: type) -> StepRepeat | None:
    """A StepRepeat of the step that just ran ``prog`` = (graph, executable) on ``xt`` (the
    input and target as passed: ``raw``) with ``args`` (read by ``getters``), started at layer
    epoch ``epoch0`` (``state_ref``: train_step.OptStateRef); None where the shortcut does not
    apply (a converted input or target, a CUDA target, data-parallel steps, an argument of
    another kind)."""
    if ts._res is not None or ts.dist is not None or raw[0] is not xt[0] or \
            raw[1] is not xt[1] or any(type(a) is not np.ndarray for a in xt):
        return None
    graph, exe = prog
    r = StepRepeat()
    r.args, r.xt_at, r.states, r.getters, fixed = list(args), [None, None], [], [], []
    opt = ts.optimizer
    for i, (get, nid) in enumerate(zip(getters, graph.args, strict=True)):
        bind, a = graph.node(nid)["binding"], args[i]
        if get.__class__ is int:
            r.xt_at[get] = i
            r.args[i] = None  # the caller's arrays are not kept alive
        elif type(a) is not np.ndarray:
            return None
        elif plain_field(bind, a):
            fixed.append(a)
        elif type(bind) is state_ref and bind.opt is opt and \
                opt.state.get(bind.key, {}).get(bind.name) is a:
            r.states.append((i, bind.key, bind.name))
        elif not isinstance(bind, Arg):  # the learning rate, fields a descriptor computes
            r.getters.append((i, get))
        else:
            return None
    if None in r.xt_at:
        return None
    r.reread_at = [i for i, _, _ in r.states] + [i for i, _ in r.getters]
    r.reread_layouts = layouts(args[i] for i in r.reread_at)
    r.layers = Layers(ts.model, fixed, epoch0)
    r.model, r.optimizer, r.axis = ts.model, opt, ts.batch_axis
    r.opt_len = len(vars(opt))
    r.opt_attrs = [(k, v) for k, v in vars(opt).items() if k != "learning_rate"]
    r.loss_options = dict(ts.loss_options)
    r.xt = [(a.shape, a.dtype) for a in xt]
    r.prog, r.writes = prog, writes
    r.dims = bind_dims(graph, args)
    r.gen = exe.generation(args) if getattr(type(exe), "call_held", None) else None
    return r

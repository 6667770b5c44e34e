"""Device residency of module state: after ``module_to_eltype_device(m, device="gpu")`` a model
compiled for ``target="cuda"`` keeps its parameters, gradients, buffers (running statistics,
recurrent state) and its optimizers' state on the device between calls.

Where the state lives -- a side table, not the fields:
  - The layer fields stay NumPy arrays (host mirrors), so everything written against NumPy
    (``save``, ``load_parameters``, eager optimizers, ``zero_gradients``, user code) works.
  - The device copy of a field is a ``Slot`` in ``layer.__dict__["_gv_dev"]`` (one per field);
    of an optimizer state array, in the ``LazyDict`` that replaces ``optimizer.state[key]``.
  - A slot says which copy is newer: DEV (device; the host mirror is stale), SYNC (equal) or
    HOST (the host array was handed out and may have been written: the device is stale).
  - Reading a field from Python is intercepted by a ``LazyField`` descriptor installed on the
    layer's class by ``module_to_eltype_device(..., device="gpu")`` (``optimizer.state[key][n]``
    by ``LazyDict.__getitem__``): a DEV slot is copied back into the host array in place (its
    identity is kept), and the slot becomes HOST. The next compiled call uploads a HOST slot
    again (into the same device buffer) -- so a training loop that does not look at the fields
    uploads each array exactly once, and one that does always sees the current values.
  - A reference kept across device steps (``w = layer.weight``) is refreshed by the next
    attribute read, not by the steps themselves (as a host mirror of a CUDA tensor would be).
  - Classes without residency pay nothing; the descriptor is installed on the classes of models
    moved to "gpu" only, and costs one dictionary look-up per field read.

The compiled runtime (model.py, train_step.py) reads and writes slots directly through a
``Residency`` (bypassing the descriptors). ``STATS`` counts uploads and copy-backs (tests).
"""

from __future__ import annotations

import numpy as np

HOST, SYNC, DEV = 0, 1, 2
STATS = {"uploads": 0, "downloads": 0}
_MISSING = object()


class Slot:
    __slots__ = ("dev", "state")

    def __init__(self, dev, state):
        self.dev, self.state = dev, state


def _pull(mapping: dict, slots: dict, key) -> None:
    """Make ``mapping[key]`` current (copy a DEV slot back in place) and mark the slot HOST."""
    s = slots.get(key)
    if s is None:
        return
    if s.state == DEV:
        host = s.dev.get()
        STATS["downloads"] += 1
        cur = dict.get(mapping, key)
        if isinstance(cur, np.ndarray) and cur.shape == host.shape and cur.dtype == host.dtype \
                and cur.flags.writeable:
            cur[...] = host
        else:
            dict.__setitem__(mapping, key, host)
    s.state = HOST


class LazyField:
    """A data descriptor for one array field of a layer class (see the module docstring)."""

    def __init__(self, name: str, fallback=_MISSING):
        self.name, self.fallback = name, fallback

    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        d = inst.__dict__
        slots = d.get("_gv_dev")
        if slots:
            _pull(d, slots, self.name)
        v = d.get(self.name, _MISSING)
        if v is _MISSING:
            if self.fallback is _MISSING:
                raise AttributeError(f"{type(inst).__name__!r} object has no attribute "
                                     f"{self.name!r}")
            return self.fallback
        return v

    def __set__(self, inst, value) -> None:
        d = inst.__dict__
        d[self.name] = value
        slots = d.get("_gv_dev")
        if slots and self.name in slots:
            slots[self.name].state = HOST

    def __delete__(self, inst) -> None:
        inst.__dict__.pop(self.name, None)
        inst.__dict__.get("_gv_dev", {}).pop(self.name, None)


def state_fields(m) -> list[str]:
    """The array fields of a module that may live on the device."""
    return list(m.param_fields) + [f + "_gradient" for f in m.param_fields] + \
        list(m.buffer_fields)


def install_lazy_fields(m) -> None:
    """Put a LazyField on ``type(m)`` for each state field (once per class); a field that the
    class already defines as a property or other descriptor is left alone (not resident)."""
    cls = type(m)
    for f in state_fields(m):
        cur = cls.__dict__.get(f, _MISSING)
        if isinstance(cur, LazyField):
            continue
        inherited = getattr(cls, f, _MISSING)
        if isinstance(inherited, LazyField):
            inherited = inherited.fallback
        elif hasattr(inherited, "__get__") and not isinstance(inherited, (type(None), bool)):
            continue  # a property or method: not a plain data field
        setattr(cls, f, LazyField(f, inherited))


def is_lazy(m, f: str) -> bool:
    return isinstance(type(m).__dict__.get(f), LazyField) or \
        isinstance(getattr(type(m), f, None), LazyField)


def pull_module(m) -> None:
    """Copy every DEV field of ``m`` back to the host and drop its slots (device -> "cpu")."""
    d = m.__dict__
    slots = d.get("_gv_dev")
    if slots:
        for f in list(slots):
            _pull(d, slots, f)
        d.pop("_gv_dev", None)


def raw_field(m, f: str):
    """The newest copy of field ``f`` without syncing: the device array of a DEV slot, else the
    host value (None if absent). Only its shape and dtype are meant to be read."""
    d = m.__dict__
    slots = d.get("_gv_dev")
    if slots:
        s = slots.get(f)
        if s is not None and s.state == DEV:
            return s.dev
    v = d.get(f, _MISSING)
    return getattr(m, f, None) if v is _MISSING else v


class LazyDict(dict):
    """``optimizer.state[key]`` of a resident optimizer: a dict whose reads copy DEV entries
    back first (see the module docstring)."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.slots: dict = {}

    def __getitem__(self, k):
        if self.slots:
            _pull(self, self.slots, k)
        return dict.__getitem__(self, k)

    def get(self, k, default=None):
        return self[k] if k in self else default

    def __setitem__(self, k, v) -> None:
        dict.__setitem__(self, k, v)
        if k in self.slots:
            self.slots[k].state = HOST

    def _pull_all(self) -> None:
        for k in list(self.slots):
            _pull(self, self.slots, k)

    def values(self):
        self._pull_all()
        return dict.values(self)

    def items(self):
        self._pull_all()
        return dict.items(self)

    def copy(self) -> dict:
        self._pull_all()
        return dict(dict.items(self))

    def __repr__(self) -> str:
        self._pull_all()
        return dict.__repr__(self)

    def __reduce__(self):
        return (dict, (self.copy(),))


def _compatible(dev, driver) -> bool:
    other = dev.buf.driver
    return other is driver or (getattr(other, "emulated", False) and
                               getattr(driver, "emulated", False))


class Residency:
    """The runtime's view of the slots for one CUDA driver: ``arg(binding, type)`` gives the
    device array of a graph argument (uploading a missing or HOST slot), ``store(binding, d)``
    makes a state output the new device value (no copy)."""

    def __init__(self, driver):
        self.driver = driver

    def _device(self, mapping: dict, slots: dict, key, host, ty):
        s = slots.get(key)
        if s is not None and s.state != HOST and _compatible(s.dev, self.driver) and \
                s.dev.shape == tuple(ty.shape) and s.dev.dtype == ty.dtype:
            return s.dev
        from ..cuda.driver import DeviceArray

        if s is not None and s.state == DEV:
            _pull(mapping, slots, key)
            host = dict.get(mapping, key)
        host = np.asarray(host, order="C")
        STATS["uploads"] += 1
        if s is not None and _compatible(s.dev, self.driver) and s.dev.shape == host.shape \
                and s.dev.dtype == host.dtype:
            s.dev.set(host)
        else:
            s = slots[key] = Slot(DeviceArray.from_host(self.driver, host), SYNC)
        s.state = SYNC
        return s.dev

    def field(self, ref, ty):
        """FieldRef -> DeviceArray (a missing or mis-shaped gradient field starts at zeros)."""
        layer = ref.layer
        if not is_lazy(layer, ref.field):
            return None
        d = layer.__dict__
        slots = d.setdefault("_gv_dev", {})
        host = raw_field(layer, ref.field)
        if host is None or tuple(np.shape(host)) != tuple(ty.shape):
            if not ref.field.endswith("_gradient"):
                return None
            d[ref.field] = host = np.zeros(tuple(ty.shape), ty.dtype)
            slots.pop(ref.field, None)
        return self._device(d, slots, ref.field, host, ty)

    def opt_state(self, sref, ty):
        """OptStateRef -> DeviceArray; the optimizer's per-parameter dict becomes a LazyDict."""
        opt = sref.opt
        st = opt.state.get(sref.key)
        if not isinstance(st, LazyDict) or sref.name not in st or \
                dict.__getitem__(st, sref.name).dtype != ty.dtype:
            sref.get()  # creates or converts the state (host), as the eager step would
            st = opt.state[sref.key]
            if not isinstance(st, LazyDict):
                st = opt.state[sref.key] = LazyDict(st)
        return self._device(st, st.slots, sref.name, dict.__getitem__(st, sref.name), ty)

    def arg(self, bind, ty):
        """The device array of a state argument, or None when it is not resident."""
        if hasattr(bind, "layer_id"):
            return self.field(bind, ty)
        if hasattr(bind, "opt"):
            return self.opt_state(bind, ty)
        return None

    def store(self, bind, value) -> None:
        """A state output: the new device value of a resident argument, else written to the
        host as before."""
        if hasattr(bind, "layer_id"):
            slots = bind.layer.__dict__.get("_gv_dev")
            s = slots.get(bind.field) if slots else None
        elif hasattr(bind, "opt"):
            st = bind.opt.state.get(bind.key)
            s = st.slots.get(bind.name) if isinstance(st, LazyDict) else None
        else:
            s = None
        if s is None or not hasattr(value, "buf"):
            bind.write(value.get() if hasattr(value, "buf") else value)
            return
        s.dev, s.state = value, DEV


def on_device(module) -> bool:
    return module.__dict__.get("_gv_device") == "gpu"

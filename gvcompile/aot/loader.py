"""``gvcompile.load(path)``: an exported library (``libNAME.so`` or its directory) opened
through cffi (ABI mode), used like the CompiledModel or TrainStep it came from.

The declarations handed to cffi come from the manifest next to the library (the same function
that writes the header), so the loader and NAME.h always agree. Each ``load`` creates one
instance (``NAME_create``), with its own copy of the weights as they were at export; it is
destroyed when the object is garbage collected.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from ..compiled.inputs import as_array
from ..errors import ArgumentError, DTypeError, GVError, ShapeError
from .header import declarations

_FFI: dict = {}  # library path -> (ffi, lib): one dlopen per library per process


class ExportedError(GVError, RuntimeError):
    """A nonzero return code from the library; the message is ``NAME_last_error``."""


def _open(so: Path, man: dict):
    key = (str(so), so.stat().st_mtime_ns)
    hit = _FFI.get(key)
    if hit is None:
        import cffi

        ffi = cffi.FFI()
        ffi.cdef("\n".join(declarations(man)))
        hit = (ffi, ffi.dlopen(str(so)))
        _FFI[key] = hit
    return hit


def _converts(v, a: np.ndarray, want: np.dtype, name: str) -> bool:
    """Whether a value of another dtype is converted, as the CompiledModel or TrainStep the
    library came from does: Python/NumPy scalars, integer targets (class labels) and integer
    data for an integer input; a float model refuses integer or float16 input arrays."""
    return bool(np.isscalar(v) or want.kind in "iub" or
                (name == "target" and a.dtype.kind in "iub"))


def _is_manifest(path: Path) -> bool:
    try:
        return "entry_points" in json.loads(path.read_text())
    except (ValueError, OSError):
        return False


def library_paths(path) -> tuple[Path, Path]:
    """(library, manifest) for ``load``'s argument: ``libNAME.so`` (with ``NAME.json`` beside
    it) or the export directory holding one exported library (the manifest's ``library``)."""
    p = Path(os.fspath(path)).resolve()
    what = f"load({os.fspath(path)!r})"
    if p.is_dir():
        found = sorted(q for q in p.glob("*.json") if _is_manifest(q))
        if len(found) != 1:
            raise FileNotFoundError(f"{what}: expected one exported library in the directory, "
                                    f"found {len(found)} manifests {[q.name for q in found]}; "
                                    "give the path of the .so")
        man = json.loads(found[0].read_text())
        lib = p / man.get("library", f"lib{man.get('name', found[0].stem)}.so")
        if not lib.exists():
            raise FileNotFoundError(f"{what}: {found[0].name} names the library {lib.name}, "
                                    "which is not beside it")
        return lib, found[0]
    if not p.exists():
        raise FileNotFoundError(f"{what}: no such library {p}")
    if p.suffix != ".so":  # libNAME.a is for C programs: it cannot be opened at run time
        raise ValueError(f"{what}: expected the shared library libNAME.so or the export "
                         f"directory, got {p.name}")
    stem = p.stem[3:] if p.stem.startswith("lib") else p.stem
    m = p.with_name(stem + ".json")
    if not m.exists():
        raise FileNotFoundError(f"{what}: no manifest {m.name} beside the library")
    return p, m


class ExportedModel:
    """forward(*xs) -> array (or float / tuple, as CompiledModel), step(x, t) -> float for a
    train step export, get_parameters() / set_parameters(flat), num_parameters()."""

    _gv_runnable = True  # forward(lib, x) works as on a CompiledModel (gvcompile.layers.api)

    def __init__(self, path_to_so):
        so, mpath = library_paths(path_to_so)
        self.manifest = json.loads(mpath.read_text())
        self.name = self.manifest["name"]
        self.kind = self.manifest["kind"]
        self.dtype = np.dtype(self.manifest["dtype"])
        self.forward_mode = self.manifest.get("forward_mode")  # 'test' | 'train' (None: older)
        self._ffi, self._lib = _open(so, self.manifest)
        if self.num_parameters() != self.manifest["num_parameters"]:
            raise ValueError(f"load({os.fspath(path_to_so)!r}): {mpath.name} describes another "
                             f"library ({self.manifest['num_parameters']} parameters, the library "
                             f"has {self.num_parameters()}): export them together")
        out = self._ffi.new(f"{self.name}_t **")
        self._check(self._fn("create")(out), None)
        self._inst = self._ffi.gc(out[0], self._fn("destroy"))

    def _fn(self, what: str):
        return getattr(self._lib, f"{self.name}_{what}")

    def _check(self, rc: int, inst) -> None:
        if rc != 0:
            msg = self._ffi.string(self._fn("last_error")(
                inst if inst is not None else self._ffi.NULL)).decode()
            raise ExportedError(f"lib{self.name}.so returned {rc}: {msg}")

    # ---- calls ------------------------------------------------------------------------------
    def _arrays(self, ename: str, values) -> tuple[int, list[np.ndarray]]:
        spec = self.manifest["entry_points"][ename]["inputs"]
        if len(values) != len(spec):
            raise ArgumentError(f"{self.name}.{ename}: expected {len(spec)} inputs "
                                f"({', '.join(s['name'] for s in spec)}), got {len(values)}")
        arrays, batch = [], None
        for v, s in zip(values, spec, strict=True):
            want = np.dtype(s["dtype"])
            a = as_array(v, f"{self.name}.{ename}", s["name"], want.name)
            if a.dtype != want:
                if not _converts(v, a, want, s["name"]):
                    raise DTypeError(f"{self.name}.{ename}: {s['name']} has dtype "
                                     f"{a.dtype.name}, expected {want.name}")
                a = a.astype(want)
            batch = self._check_shape(ename, s, a, batch)
            arrays.append(np.ascontiguousarray(a))
        return (batch if batch is not None else 1), arrays

    def _check_shape(self, ename, s, a, batch):
        shape = s["shape"]
        ok = a.ndim == len(shape) and all(d == "N" or d == e for d, e in zip(shape, a.shape))
        if not ok:
            raise ShapeError(f"{self.name}.{ename}: {s['name']} has shape {a.shape}, expected "
                             f"({', '.join(str(d) for d in shape)})")
        if "N" in shape:  # the batch may stand on any axis (a time-major sequence: axis 1)
            n = a.shape[list(shape).index("N")]
            if n == 0:
                raise ShapeError(f"{self.name}.{ename}: {s['name']} has an empty batch")
            if batch is not None and n != batch:
                raise ShapeError(f"{self.name}.{ename}: {s['name']} has batch {n}, "
                                 f"the other inputs {batch}")
            batch = n
        return batch

    def _call(self, ename: str, values) -> list[np.ndarray]:
        batch, arrays = self._arrays(ename, values)
        outs = []
        for s in self.manifest["entry_points"][ename]["outputs"]:
            shape = tuple(batch if d == "N" else d for d in s["shape"])
            outs.append(np.empty(shape, np.dtype(s["dtype"])))
        ptrs = [self._ffi.from_buffer(f"{self._ctype(a)}[]", a) for a in arrays + outs]
        self._check(self._fn(ename)(self._inst, batch, *ptrs), self._inst)
        return outs

    def _ctype(self, a: np.ndarray) -> str:
        from .manifest import C_TYPES

        return C_TYPES[a.dtype.name]

    def forward(self, *inputs):
        outs = self._call("forward", inputs)
        py = [float(o) if o.ndim == 0 else o for o in outs]
        return py[0] if len(py) == 1 else tuple(py)

    def step(self, x, t) -> float:
        if "train_step" not in self.manifest["entry_points"]:
            raise TypeError(f"lib{self.name}.so was exported from a CompiledModel: it has no "
                            "train_step (export a TrainStep for that)")
        return float(self._call("train_step", (x, t))[0])

    def __call__(self, *args):
        return self.step(*args) if self.kind == "train_step" else self.forward(*args)

    # ---- data-parallel steps ----------------------------------------------------------------
    def set_comm(self, comm) -> None:
        """The allreduce of a data-parallel step export (compile_train_step(comm=...)): sums
        over ``comm`` (an mpi4py communicator of as many ranks as at export) with MPI's
        Allreduce; from C, NAME_set_allreduce with any such function."""
        dp = self.manifest.get("data_parallel")
        if not dp:
            raise TypeError(f"lib{self.name}.so is not a data-parallel step: it needs no comm")
        from ..compiled.distributed import mpi

        MPI = mpi()
        if comm.Get_size() != dp["world"]:
            raise ValueError(f"lib{self.name}.so averages over {dp['world']} ranks; this comm "
                             f"has {comm.Get_size()}")
        dtypes = {0: np.dtype(np.float32), 1: np.dtype(np.float64)}

        def allreduce(buf, count, dtype, ctx):
            try:
                dt = dtypes[dtype]
                a = np.frombuffer(self._ffi.buffer(buf, count * dt.itemsize), dt)
                comm.Allreduce(MPI.IN_PLACE, a, op=MPI.SUM)
                return 0
            except Exception:  # noqa: BLE001  (reported through the step's error code)
                import traceback

                traceback.print_exc()
                return 1

        self._allreduce = self._ffi.callback(f"{self.name}_allreduce_fn", allreduce)
        self._check(self._fn("set_allreduce")(self._inst, self._allreduce, self._ffi.NULL),
                    self._inst)

    # ---- the learning rate ------------------------------------------------------------------
    def _lr_fn(self, what: str):
        if not self.manifest.get("learning_rate_state"):
            why = ("was exported from a CompiledModel" if self.kind != "train_step" else
                   "was exported by an older gvcompile")
            raise TypeError(f"lib{self.name}.so {why}: it has no {self.name}_{what}")
        return self._fn(what)

    @property
    def learning_rate(self) -> float:
        """The learning rate the next step uses (this instance's; set it to change it)."""
        fn = self._lr_fn("get_learning_rate")
        out = self._ffi.new("double *")
        self._check(fn(self._inst, out), self._inst)
        return float(out[0])

    @learning_rate.setter
    def learning_rate(self, value) -> None:
        self.set_learning_rate(value)

    def set_learning_rate(self, value) -> None:
        fn = self._lr_fn("set_learning_rate")
        self._check(fn(self._inst, float(value)), self._inst)

    # ---- buffers and optimizer state (a checkpoint with the parameters) ---------------------
    def get_state(self) -> np.ndarray:
        """The buffers and optimizer state as ``manifest['state_bytes']`` bytes (uint8), packed
        at the ``offset`` of each non-parameter entry of ``manifest['state']``."""
        if "state_bytes" not in self.manifest:
            raise TypeError(f"lib{self.name}.so was exported by an older gvcompile: it has no "
                            f"{self.name}_get_state")
        dst = np.empty(int(self._fn("state_bytes")()), np.uint8)
        self._check(self._fn("get_state")(self._inst, self._ffi.from_buffer("char[]", dst)),
                    self._inst)
        return dst

    def set_state(self, data) -> None:
        """Write back what get_state returned (of this library or an equal export)."""
        if "state_bytes" not in self.manifest:
            raise TypeError(f"lib{self.name}.so was exported by an older gvcompile: it has no "
                            f"{self.name}_set_state")
        src = (np.frombuffer(bytes(data), np.uint8) if isinstance(data, (bytes, bytearray))
               else np.ascontiguousarray(data).view(np.uint8).ravel())
        if src.size != int(self._fn("state_bytes")()):
            raise ShapeError(f"{self.name}.set_state: {src.size} bytes, expected "
                             f"{self.manifest['state_bytes']}")
        self._check(self._fn("set_state")(self._inst, self._ffi.from_buffer("char[]", src)),
                    self._inst)

    # ---- recurrent state (RNN / LSTM / GRU layers) -------------------------------------------
    def reset_state(self) -> None:
        """Make the recurrent layers' state fresh (zeros for any batch), as ``reset(model)``;
        ``gvcompile.layers.reset(lib)`` calls it. Harmless without recurrent layers."""
        if self.manifest.get("recurrent_state"):
            self._check(self._fn("reset_state")(self._inst), self._inst)

    def get_recurrent_state(self) -> np.ndarray:
        """The recurrent state as bytes (uint8): per ``manifest['recurrent_state']`` entry an
        int64 row count (0: fresh) and that many rows (see the header)."""
        if not self.manifest.get("recurrent_state"):
            return np.zeros(0, np.uint8)
        n = self._ffi.new("int64_t *")
        self._check(self._fn("recurrent_state_bytes")(self._inst, n), self._inst)
        dst = np.empty(int(n[0]), np.uint8)
        self._check(self._fn("get_recurrent_state")(self._inst, self._ffi.from_buffer(
            "char[]", dst)), self._inst)
        return dst

    def set_recurrent_state(self, data) -> None:
        """Write back what get_recurrent_state returned."""
        src = (np.frombuffer(bytes(data), np.uint8) if isinstance(data, (bytes, bytearray))
               else np.ascontiguousarray(data).view(np.uint8).ravel())
        if not self.manifest.get("recurrent_state"):
            if src.size:
                raise ShapeError(f"{self.name}.set_recurrent_state: the model has no recurrent "
                                 f"state, got {src.size} bytes")
            return
        buf = self._ffi.from_buffer("char[]", src) if src.size else self._ffi.NULL
        self._check(self._fn("set_recurrent_state")(self._inst, buf, src.size), self._inst)

    def children(self) -> list:
        """No sub-modules: the functions that walk a model (``reset``) see the library
        itself."""
        return []

    @property
    def training(self) -> bool:
        """Whether forward runs in train mode (fixed at export: ``export(..., mode=)``)."""
        return self.forward_mode == "train"

    @training.setter
    def training(self, value) -> None:
        if bool(value) != self.training:
            raise TypeError(f"lib{self.name}.so: its forward runs in {self.forward_mode} mode, "
                            "fixed at export (export(..., mode=...))")

    # ---- parameters -------------------------------------------------------------------------
    def num_parameters(self) -> int:
        return int(self._fn("num_parameters")())

    def get_parameters(self) -> np.ndarray:
        """The parameters as one flat array in manifest order (``manifest['parameters']``)."""
        dst = np.empty(self.num_parameters(), self.dtype)
        self._check(self._fn("get_parameters")(
            self._inst, self._ffi.from_buffer(f"{self._ctype(dst)}[]", dst)), self._inst)
        return dst

    def set_parameters(self, values) -> None:
        """Write the parameters: one flat array of ``num_parameters()`` values, a sequence of
        arrays (one per parameter, manifest order, each of its shape or flat) or a
        ``{name: array}`` dict with every parameter's name."""
        where = f"{self.name}.set_parameters"
        if isinstance(values, dict):
            values = self._in_order(values, where)
        if hasattr(values, "__iter__") and not isinstance(values, (np.ndarray, str, bytes)):
            values = list(values)  # a sequence of arrays, or of numbers (one flat array)
            if not all(np.ndim(v) == 0 for v in values):
                values = self._joined(values, where)
        src = as_array(values, where, "values", self.dtype.name)
        src = np.ascontiguousarray(src, dtype=self.dtype).ravel()
        if src.size != self.num_parameters():
            raise ShapeError(f"{self.name}.set_parameters: expected {self.num_parameters()} "
                             f"values, got {src.size}")
        self._check(self._fn("set_parameters")(
            self._inst, self._ffi.from_buffer(f"{self._ctype(src)}[]", src)), self._inst)

    def _in_order(self, values: dict, where: str) -> list:
        names = [p["name"] for p in self.manifest["parameters"]]
        missing, unknown = [n for n in names if n not in values], set(values) - set(names)
        if missing or unknown:
            raise ArgumentError(f"{where}: the dict must name every parameter once; missing "
                                f"{missing}, unknown {sorted(map(str, unknown))}")
        return [values[n] for n in names]

    def _joined(self, values, where: str) -> np.ndarray:
        """One parameter per entry, in manifest order, each of its shape (or flat)."""
        spec = self.manifest["parameters"]
        if len(values) != len(spec):
            raise ShapeError(f"{where}: expected {len(spec)} arrays (one per parameter), got "
                             f"{len(values)}")
        flat = []
        for v, p in zip(values, spec):
            a = as_array(v, where, p["name"], self.dtype.name)
            if a.shape != tuple(p["shape"]) and a.shape != (p["size"],):
                raise ShapeError(f"{where}: {p['name']} has shape {a.shape}, expected "
                                 f"{tuple(p['shape'])}")
            flat.append(a.ravel())
        return np.concatenate(flat) if flat else np.zeros(0, self.dtype)

    def parameters(self) -> dict[str, np.ndarray]:
        """``{name: array}`` views of get_parameters() shaped as in the model."""
        flat = self.get_parameters()
        return {p["name"]: flat[p["offset"]:p["offset"] + p["size"]].reshape(p["shape"])
                for p in self.manifest["parameters"]}

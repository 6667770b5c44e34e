"""The machine-level store of helper families: GEMM, dot and recurrent-cell code built once per
MACHINE and linked into every program, whatever its GV_CACHE_DIR.

A helper family (a ``lib:`` unit of kcache.py: ``gv_gemm_f32``, ``gv_dot_f32+gv_rows_f32``)
depends only on the instruction set, the dtype and the code generator's settings, not on a
model's shapes: LeNet-5 and ResNet-20 share one GEMM family, an MLP and an LSTM another. They
are most of a small program's cold compile time (LeNet-5 train step: ~0.6 of 1.8 s), so they
are stored here, outside the per-user compile cache, and an empty GV_CACHE_DIR compiles only
the program's own kernels. ``python -m gvcompile warmup`` builds them ahead of time; otherwise
the first program that needs a family builds it.

Where: GV_MACHINE_CACHE (a directory; ``0`` turns the store off), else
``$XDG_CACHE_HOME/gvcompile-kernels`` (default ``~/.cache/gvcompile-kernels``); off when
GV_CACHE_DIR is ``0`` and GV_MACHINE_CACHE is not set. Inside, one folder per ``salt_id``:
the hash of the unit salt (target: ISA, CPU name and features; llvmlite and gvcompile versions;
the pipeline's sources), so a new LLVM, project version or CPU never reads another's objects
and ``clean`` can drop the folders no longer in use. A unit's own key is the hash of its
canonical IR text (which the generator's sources and knobs determine) with that salt, so a
changed knob or generator source makes a new key, never a stale hit. Entries are written like
objcache.py's: a private temporary file renamed into place, checked by SHA-256 on read.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from .. import config
from . import objcache


def machine_root() -> Path | None:
    """The machine store's root directory, or None when it is off."""
    d = os.environ.get("GV_MACHINE_CACHE")
    if d is not None and d.strip():
        return None if d.strip() == "0" else Path(d)
    if config.cache_dir() is None:
        return None
    home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(home) / "gvcompile-kernels"


def salt_id(salt: str) -> str:
    return hashlib.sha256(salt.encode()).hexdigest()[:16]


def machine_dir(salt: str) -> Path | None:
    """This target's and versions' folder of the store (None when the store is off)."""
    root = machine_root()
    return None if root is None else root / salt_id(salt)


def read(salt: str, key: str) -> bytes | None:
    d = machine_dir(salt)
    return None if d is None else objcache.read_object(d, key)


def write(salt: str, key: str, obj: bytes) -> bool:
    """Store a helper family's object; False when the store is off or cannot be written (a
    read-only home: the program's own cache keeps it instead)."""
    d = machine_dir(salt)
    if d is None:
        return False
    try:
        objcache.write_object(d, key, obj)
    except OSError:
        return False
    return True


class CanonStore:
    """kcache.split's store of helper families' canonical forms (text, key, final names),
    keyed by the hash of what they are a function of: a cold program finds a family's key
    without renaming its 14,000 lines. One JSON file per form, with its own SHA-256; a damaged
    one reads as missing."""

    def __init__(self, salt: str):
        self.dir = machine_dir(salt)

    def _path(self, ident: str) -> Path:
        return self.dir / "canon" / f"{ident}.json"

    def get(self, ident: str):
        if self.dir is None:
            return None
        try:
            d = json.loads(self._path(ident).read_text())
            body = d["body"]
            if hashlib.sha256(json.dumps(body).encode()).hexdigest() != d["sha256"]:
                return None
            text, key, names = body
            if isinstance(text, str) and isinstance(key, str) and isinstance(names, dict):
                return text, key, names
        except (OSError, ValueError, KeyError, TypeError):
            pass
        return None

    def put(self, ident: str, value) -> None:
        if self.dir is None:
            return
        body = list(value)
        data = {"sha256": hashlib.sha256(json.dumps(body).encode()).hexdigest(), "body": body}
        try:
            objcache.write_atomic(self._path(ident), json.dumps(data).encode())
        except OSError:
            pass  # a read-only store: the form is computed again next time


def clean(salt: str) -> list[Path]:
    """Remove the folders of other salts (an older LLVM, project version or pipeline);
    returns them."""
    root, keep = machine_root(), salt_id(salt)
    if root is None or not root.is_dir():
        return []
    gone = [p for p in root.iterdir() if p.is_dir() and p.name != keep]
    for p in gone:
        shutil.rmtree(p, ignore_errors=True)
    return gone

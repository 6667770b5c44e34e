"""The on-disk store of compiled units and program manifests (under GV_CACHE_DIR).

Every entry is written to a private temporary file in the same directory and renamed into
place (``os.replace`` is atomic), so a reader sees a whole entry or none, and two processes
compiling the same unit at once each write a whole copy and one of them wins. A unit compiled
in a bundle (one object for several units, compile.py) has a link entry naming that object.
An object entry starts with a magic tag and the SHA-256 of its bytes; an entry that does not
check out (a disk that filled up, a file edited by hand) reads as missing and is compiled
again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path

MAGIC = b"GVOBJ1\n"


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def object_path(cdir: Path, key: str) -> Path:
    return cdir / "kernels" / f"{key}.o"


def write_object(cdir: Path, key: str, obj: bytes) -> None:
    write_atomic(object_path(cdir, key), MAGIC + hashlib.sha256(obj).digest() + obj)


def read_object(cdir: Path, key: str) -> bytes | None:
    try:
        data = object_path(cdir, key).read_bytes()
    except OSError:
        return None
    n = len(MAGIC)
    if not data.startswith(MAGIC) or len(data) < n + 32:
        return None
    digest, obj = data[n:n + 32], data[n + 32:]
    return obj if hashlib.sha256(obj).digest() == digest else None


def link_path(cdir: Path, key: str) -> Path:
    return cdir / "kernels" / f"{key}.in"


def write_link(cdir: Path, key: str, obj_key: str) -> None:
    """Unit ``key`` is compiled into the object stored under ``obj_key`` (a bundle of units,
    compile.py)."""
    write_atomic(link_path(cdir, key), obj_key.encode())


def read_link(cdir: Path, key: str) -> str | None:
    try:
        target = link_path(cdir, key).read_text()
    except (OSError, ValueError):
        return None
    return target if target.isalnum() else None


def manifest_path(cdir: Path, plan_key: str) -> Path:
    return cdir / "llvm" / f"{plan_key}.json"


def write_manifest(cdir: Path, plan_key: str, units: list[str], entry: str) -> None:
    data = json.dumps({"units": units, "entry": entry}).encode()
    write_atomic(manifest_path(cdir, plan_key), data)


def read_manifest(cdir: Path, plan_key: str) -> tuple[list[str], str] | None:
    try:
        d = json.loads(manifest_path(cdir, plan_key).read_text())
        return list(d["units"]), str(d["entry"])
    except (OSError, ValueError, KeyError, TypeError):
        return None

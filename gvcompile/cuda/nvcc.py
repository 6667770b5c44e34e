"""nvcc helpers: compile CUDA C text to PTX, cubin or fatbin for given architectures, without a
GPU (used by the tests on every generated kernel, and by the AOT export).

The ``nvcc`` on PATH may be a wrapper script outside the toolkit; ``cuda_home()`` asks nvcc
itself (``--dryrun`` prints ``_HERE_=<toolkit>/bin``). Results are cached by a hash of the
source and the command line under the gvcompile cache directory.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from .. import config
from ..errors import BackendUnavailable
from .driver import CudaError

ARCHS = ("sm_80", "sm_90")


@lru_cache(maxsize=1)
def find_nvcc() -> str | None:
    home = os.environ.get("CUDA_HOME") or os.environ.get("CUDA_PATH")
    if home and (Path(home) / "bin" / "nvcc").exists():
        return str(Path(home) / "bin" / "nvcc")
    return shutil.which("nvcc")


@lru_cache(maxsize=1)
def cuda_home() -> Path | None:
    """The toolkit root (the folder whose bin/ holds the real nvcc), or None without nvcc."""
    nvcc = find_nvcc()
    if nvcc is None:
        return None
    try:
        out = subprocess.run([nvcc, "--dryrun", "-E", "-x", "cu", os.devnull],
                             capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in (out.stdout + out.stderr).splitlines():
        if "_HERE_=" in line:
            return Path(line.split("_HERE_=", 1)[1].strip()).resolve().parent
    return Path(nvcc).resolve().parent.parent


def require_nvcc() -> str:
    nvcc = find_nvcc()
    if nvcc is None:
        raise BackendUnavailable("nvcc was not found (set CUDA_HOME or put nvcc on PATH)")
    return nvcc


def _cache_path(kind: str, key: str, suffix: str) -> Path | None:
    d = config.cache_dir()
    if d is None:
        return None
    return d / "cuda_nvcc" / f"{kind}-{key}{suffix}"


def nvcc_compile(source: str, kind: str = "ptx", archs=ARCHS, extra=()) -> bytes:
    """Compile ``source`` with nvcc. kind: 'ptx' (one arch: PTX for compute_XY), 'cubin' (one
    arch), 'fatbin' (SASS for each arch plus PTX of the last). Raises CudaError with nvcc's
    messages on failure, BackendUnavailable without nvcc."""
    nvcc = require_nvcc()
    archs = (archs,) if isinstance(archs, str) else tuple(archs)
    if kind in ("ptx", "cubin") and len(archs) != 1:
        raise ValueError(f"nvcc_compile: kind {kind!r} takes one architecture, got {archs}")
    if kind == "ptx":
        flags = [f"-arch=compute_{archs[0][3:]}", "-ptx"]
    elif kind == "cubin":
        flags = [f"-arch={archs[0]}", "-cubin"]
    elif kind == "fatbin":
        flags = ["-fatbin"] + [f"-gencode=arch=compute_{a[3:]},code={a}" for a in archs]
        flags.append(f"-gencode=arch=compute_{archs[-1][3:]},code=compute_{archs[-1][3:]}")
    else:
        raise ValueError(f"nvcc_compile: unknown kind {kind!r}")
    flags += ["-std=c++17", *extra]
    key = hashlib.sha256((" ".join(flags) + "\0" + source).encode()).hexdigest()[:32]
    cached = _cache_path(kind, key, "." + kind)
    if cached is not None and cached.exists():
        return cached.read_bytes()
    with tempfile.TemporaryDirectory(prefix="gv_nvcc_") as tmp:
        src, out = Path(tmp) / "k.cu", Path(tmp) / f"k.{kind}"
        src.write_text(source)
        res = subprocess.run([nvcc, *flags, str(src), "-o", str(out)], capture_output=True,
                             text=True)
        if res.returncode != 0:
            raise CudaError(f"nvcc {' '.join(flags)} failed:\n{res.stderr[-4000:]}")
        data = out.read_bytes()
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmpf = cached.with_suffix(f".{os.getpid()}.tmp")
        tmpf.write_bytes(data)
        tmpf.replace(cached)
    return data


def ptx_and_cubins(source: str, archs=ARCHS) -> dict[str, bytes]:
    """{'ptx_sm_80': ..., 'cubin_sm_80': ..., ...}: what the tests check for every kernel."""
    out = {}
    for a in archs:
        out[f"ptx_{a}"] = nvcc_compile(source, "ptx", a)
        out[f"cubin_{a}"] = nvcc_compile(source, "cubin", a)
    return out

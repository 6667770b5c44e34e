"""The CPU emulation "driver": the same Driver interface as driver.py, but modules are the
generated CUDA C compiled as host C++ with ``runtime/cuda/gv_cuda_emu.h`` (g++ -shared, cached
by a hash of the source), loaded through cffi; buffers are 64-byte aligned NumPy arrays and a
launch runs the grid on the calling thread (blocks in order, threads as fibers when the kernel
has barriers or warp operations).

``compile_many`` puts several modules into one shared object (one g++ run): the tests build
hundreds of small modules, and g++'s start-up time would dominate otherwise.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import numpy as np

from .. import config
from ..errors import BackendUnavailable
from ..paths import runtime_dir
from .driver import CudaError, DeviceBuffer, Driver

RUNTIME_DIR = runtime_dir() / "cuda"
HEADER = RUNTIME_DIR / "gv_cuda_emu.h"
CXXFLAGS = ("-std=c++17", "-O1", "-shared", "-fPIC", "-w", "-fno-strict-aliasing")
_CDEF = """
int gv_emu_launch(void *wrapper, unsigned gx, unsigned gy, unsigned gz, unsigned bx,
                  unsigned by, unsigned bz, int fibers, void **args);
void *gv_emu_lookup(const char *module, const char *kernel);
const char *gv_emu_last_error(void);
"""
_lock = threading.Lock()
_ffi = None


def ffi():
    global _ffi
    if _ffi is None:
        import cffi

        f = cffi.FFI()
        f.cdef(_CDEF)
        _ffi = f
    return _ffi


def find_cxx() -> str:
    cxx = os.environ.get("CXX") or shutil.which("g++") or shutil.which("c++")
    if cxx is None:
        raise BackendUnavailable("emulate=True needs a C++17 compiler (g++) to run the "
                                 "generated CUDA C on the CPU; none found (set CXX)")
    if not HEADER.exists():
        raise BackendUnavailable(f"the CUDA emulation header is missing: {HEADER}")
    return cxx


def _so_path(key: str) -> Path:
    d = config.cache_dir()
    if d is None:
        d = Path(tempfile.gettempdir()) / f"gvcompile-{os.getuid()}"
    return d / "cuda_emu" / f"{key}.so"


def build_shared_object(text: str) -> Path:
    """g++ the emulation text into a shared object (cached by source, header and flags)."""
    cxx = find_cxx()
    key = hashlib.sha256("\0".join([text, HEADER.read_text(), " ".join(CXXFLAGS), cxx])
                         .encode()).hexdigest()[:32]
    so = _so_path(key)
    if so.exists():
        return so
    so.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gv_emu_") as tmp:
        src = Path(tmp) / "module.cpp"
        src.write_text(text)
        out = Path(tmp) / "module.so"
        res = subprocess.run([cxx, *CXXFLAGS, f"-I{RUNTIME_DIR}", str(src), "-o", str(out)],
                             capture_output=True, text=True)
        if res.returncode != 0:
            raise CudaError(f"g++ failed on the emulated CUDA module:\n{res.stderr[-6000:]}")
        tmp_so = so.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        shutil.copyfile(out, tmp_so)
        tmp_so.replace(so)  # atomic: concurrent test workers may build the same module
    return so


class EmuModule:
    def __init__(self, driver, lib, tag: str):
        self.driver, self.lib, self.tag, self._fns = driver, lib, tag, {}

    def function(self, kernel: str):
        fn = self._fns.get(kernel)
        if fn is None:
            fn = self.lib.gv_emu_lookup(self.tag.encode(), kernel.encode())
            if fn == ffi().NULL:
                raise CudaError(f"kernel {kernel} not found in emulated module {self.tag}")
            fn = self._fns[kernel] = (self.lib, fn)
        return fn


class EmuDriver(Driver):
    """Runs generated CUDA C on the CPU. ``compile`` takes a module's *emulation* text
    (``CudaModule.emu_text()``), which registers its kernels under the module's tag."""

    name = "emulate"
    emulated = True
    arch = "emulated"

    def __init__(self):
        find_cxx()
        self._libs: dict[Path, object] = {}

    def compile(self, source: str, name: str) -> Path:
        return build_shared_object(source)

    def _dlopen(self, so: Path):
        with _lock:
            lib = self._libs.get(so)
            if lib is None:
                lib = self._libs[so] = ffi().dlopen(str(so))
        return lib

    def load(self, image: Path, name: str) -> EmuModule:
        return EmuModule(self, self._dlopen(image), name)

    def compile_many(self, texts: dict[str, str]) -> dict[str, EmuModule]:
        """{tag: emulation text} -> {tag: module}, all in one shared object."""
        so = build_shared_object("\n".join(texts[t] for t in sorted(texts)))
        lib = self._dlopen(so)
        return {t: EmuModule(self, lib, t) for t in texts}

    def alloc(self, nbytes: int) -> DeviceBuffer:
        raw = np.zeros(int(nbytes) + 64, np.uint8)
        off = (-raw.ctypes.data) % 64
        arr = raw[off:off + int(nbytes)]
        return DeviceBuffer(self, arr.ctypes.data, nbytes, arr)

    def upload(self, host, buf=None):
        host = np.ascontiguousarray(host)
        buf = buf or self.alloc(host.nbytes)
        off = buf.ptr - buf.handle.ctypes.data  # a sub-buffer (DeviceBuffer.at) of an arena
        buf.handle[off:off + host.nbytes] = host.reshape(-1).view(np.uint8)
        return buf

    def download(self, buf, shape, dtype):
        dtype = np.dtype(dtype)
        n = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
        off = buf.ptr - buf.handle.ctypes.data
        return buf.handle[off:off + n].view(dtype).reshape(shape).copy()

    def launch(self, fn, grid, block, args, fibers=False):
        f = ffi()
        keep = []
        for a in args:
            if isinstance(a, DeviceBuffer):
                keep.append(f.new("void **", f.cast("void *", a.ptr)))
            else:
                keep.append(f.new("long long *", int(a)))
        argv = f.new("void *[]", [f.cast("void *", k) for k in keep] or [f.NULL])
        lib, ptr = fn  # launch through the wrapper's own library: its thread state is static
        if lib.gv_emu_launch(ptr, *grid, *block, int(bool(fibers)), argv):
            msg = f.string(lib.gv_emu_last_error()).decode()
            raise CudaError(f"emulated launch failed: {msg}")

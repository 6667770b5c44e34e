"""The CUDA driver interface: compile CUDA C to a module image, load it, allocate and copy
buffers, launch kernels. Two implementations, both imported lazily inside methods:

  ``CudaPythonDriver``  cuda-bindings (driver API) + NVRTC wheels: compiles without nvcc
  ``PyCudaDriver``      pycuda (the ``gvcompile[cuda]`` extra; pycuda's compiler runs nvcc)

``get_driver()`` returns the first that imports *and* finds a GPU; otherwise it raises
``BackendUnavailable`` naming what was missing. ``emu.EmuDriver`` implements the same interface
on the CPU. Kernel arguments are ``DeviceBuffer``s (pointers) or Python ints (``long long``).
"""

from __future__ import annotations

import ctypes
import weakref

import numpy as np

from ..errors import BackendUnavailable, GVError


class CudaError(GVError, RuntimeError):
    """A CUDA call failed (compile error, launch failure, out of memory ...)."""


class DeviceBuffer:
    """Device memory of ``nbytes`` bytes; ``ptr`` is the device address (an int)."""

    def __init__(self, driver, ptr: int, nbytes: int, handle=None):
        self.driver, self.ptr, self.nbytes, self.handle = driver, int(ptr), int(nbytes), handle

    def __repr__(self) -> str:
        return f"DeviceBuffer({self.driver.name}, 0x{self.ptr:x}, {self.nbytes} B)"

    def at(self, byte_offset: int) -> "DeviceBuffer":
        """The same memory from ``byte_offset`` on (a kernel argument into an arena/view)."""
        if not byte_offset:
            return self
        sub = DeviceBuffer(self.driver, self.ptr + byte_offset, self.nbytes - byte_offset,
                           self.handle)
        sub.base = self
        return sub


class DeviceArray:
    """An array living on the device: a buffer with a shape and dtype. ``np.asarray(d)`` (or
    ``d.get()``) copies it to the host; executables take DeviceArrays as arguments without a
    copy and can leave results on the device as DeviceArrays."""

    __array_priority__ = 100

    def __init__(self, buf: DeviceBuffer, shape, dtype):
        self.buf, self.shape, self.dtype = buf, tuple(int(d) for d in shape), np.dtype(dtype)

    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def size(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64))

    @property
    def nbytes(self) -> int:
        return self.size * self.dtype.itemsize

    def get(self) -> np.ndarray:
        return self.buf.driver.download(self.buf, self.shape, self.dtype)

    def __array__(self, dtype=None, copy=None):
        a = self.get()
        return a if dtype is None else a.astype(dtype)

    def set(self, host) -> None:
        host = np.asarray(host, self.dtype, order="C")  # (ascontiguousarray makes 0-d 1-d)
        if host.shape != self.shape:
            raise ValueError(f"DeviceArray.set: shape {host.shape} != {self.shape}")
        self.buf.driver.upload(host, self.buf)

    @staticmethod
    def from_host(driver, host) -> "DeviceArray":
        host = np.asarray(host, order="C")
        return DeviceArray(driver.upload(host), host.shape, host.dtype)

    def __repr__(self) -> str:
        return f"DeviceArray({self.shape}, {self.dtype.name}, {self.buf.driver.name})"


class Driver:
    """What the backend needs from CUDA. ``fibers`` in ``launch`` matters only to the emulator
    (kernels with barriers or warp operations); real drivers ignore it."""

    name = "abstract"

    def compile(self, source: str, name: str):  # -> module image (cubin bytes, .so path ...)
        raise NotImplementedError

    def load(self, image, name: str):  # -> loaded module, with .function(kernel_name)
        raise NotImplementedError

    def alloc(self, nbytes: int) -> DeviceBuffer:
        raise NotImplementedError

    def upload(self, host: np.ndarray, buf: DeviceBuffer | None = None) -> DeviceBuffer:
        raise NotImplementedError

    def download(self, buf: DeviceBuffer, shape, dtype) -> np.ndarray:
        raise NotImplementedError

    def launch(self, fn, grid, block, args, fibers: bool = False) -> None:
        raise NotImplementedError

    def synchronize(self) -> None:
        pass

    def module(self, source: str, name: str):
        return self.load(self.compile(source, name), name)


# ---- cuda-python (cuda-bindings + NVRTC) ----------------------------------------------------


class CudaPythonDriver(Driver):
    name = "cuda-python"

    def __init__(self, device: int = 0):
        try:
            from cuda.bindings import driver as cu
            from cuda.bindings import nvrtc
        except ImportError as e:
            raise BackendUnavailable(f"cuda-python is not installed ({e}); "
                                     "pip install 'gvcompile[cuda-python]'") from None
        self.cu, self.nvrtc = cu, nvrtc
        try:
            self._check(cu.cuInit(0), "cuInit")
        except RuntimeError as e:  # "Failed to dlopen libcuda.so.1"
            raise BackendUnavailable(f"no CUDA driver: {e}") from None
        except CudaError as e:
            raise BackendUnavailable(f"no usable CUDA device: {e}") from None
        (self.dev,) = self._check(cu.cuDeviceGet(device), "cuDeviceGet")
        (self.ctx,) = self._check(cu.cuDevicePrimaryCtxRetain(self.dev), "cuCtxRetain")
        self._check(cu.cuCtxSetCurrent(self.ctx), "cuCtxSetCurrent")
        self.arch = compute_capability_arch(self._attr("MAJOR"), self._attr("MINOR"))

    def _attr(self, which: str) -> int:
        cu = self.cu
        a = getattr(cu.CUdevice_attribute, f"CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_{which}")
        return int(self._check(cu.cuDeviceGetAttribute(a, self.dev), "cuDeviceGetAttribute")[0])

    def _check(self, res, what: str):
        err, rest = res[0], res[1:]
        if int(err) != 0:
            raise CudaError(f"{what} failed: {err!r}")
        return rest

    def compile(self, source: str, name: str) -> bytes:
        nv = self.nvrtc
        (prog,) = self._check(nv.nvrtcCreateProgram(source.encode(), f"{name}.cu".encode(), 0,
                                                     [], []), "nvrtcCreateProgram")
        opts = [f"--gpu-architecture={self.arch}".encode(), b"-std=c++17"]
        err = nv.nvrtcCompileProgram(prog, len(opts), opts)[0]
        if int(err) != 0:
            (size,) = self._check(nv.nvrtcGetProgramLogSize(prog), "nvrtcGetProgramLogSize")
            log = b" " * size
            nv.nvrtcGetProgramLog(prog, log)
            raise CudaError(f"NVRTC failed to compile {name}:\n{log.decode(errors='replace')}")
        (size,) = self._check(nv.nvrtcGetCUBINSize(prog), "nvrtcGetCUBINSize")
        cubin = b" " * size
        self._check(nv.nvrtcGetCUBIN(prog, cubin), "nvrtcGetCUBIN")
        return cubin

    def load(self, image: bytes, name: str):
        (mod,) = self._check(self.cu.cuModuleLoadData(image), f"cuModuleLoadData({name})")
        return _Loaded(self, mod)

    def _function(self, mod, kernel: str):
        return self._check(self.cu.cuModuleGetFunction(mod, kernel.encode()),
                           f"cuModuleGetFunction({kernel})")[0]

    def alloc(self, nbytes: int) -> DeviceBuffer:
        (ptr,) = self._check(self.cu.cuMemAlloc(max(int(nbytes), 1)), "cuMemAlloc")
        buf = DeviceBuffer(self, int(ptr), nbytes, ptr)
        # freed with its last reference (pycuda's allocations do the same): resident state and
        # device_outputs hand out fresh buffers every call
        weakref.finalize(buf, self.cu.cuMemFree, ptr)
        return buf

    def upload(self, host, buf=None):
        host = np.ascontiguousarray(host)
        buf = buf or self.alloc(host.nbytes)
        if host.nbytes:
            self._check(self.cu.cuMemcpyHtoD(buf.ptr, host.ctypes.data, host.nbytes),
                        "cuMemcpyHtoD")
        return buf

    def download(self, buf, shape, dtype):
        out = np.empty(shape, dtype)
        if out.nbytes:
            self._check(self.cu.cuMemcpyDtoH(out.ctypes.data, buf.ptr, out.nbytes),
                        "cuMemcpyDtoH")
        return out

    def launch(self, fn, grid, block, args, fibers=False):
        vals = [np.array([a.ptr], np.uint64) if isinstance(a, DeviceBuffer)
                else np.array([a], np.int64) for a in args]
        params = np.array([v.ctypes.data for v in vals], np.uint64)
        self._check(self.cu.cuLaunchKernel(fn, *grid, *block, 0, 0, params.ctypes.data, 0),
                    "cuLaunchKernel")

    def synchronize(self):
        self._check(self.cu.cuCtxSynchronize(), "cuCtxSynchronize")


class _Loaded:
    def __init__(self, driver, mod):
        self.driver, self.mod, self._fns = driver, mod, {}

    def function(self, kernel: str):
        if kernel not in self._fns:
            self._fns[kernel] = self.driver._function(self.mod, kernel)
        return self._fns[kernel]


# ---- pycuda ---------------------------------------------------------------------------------


class PyCudaDriver(Driver):
    name = "pycuda"

    def __init__(self, device: int = 0):
        try:
            import pycuda.driver as drv
        except ImportError as e:  # also "libcuda.so.1: cannot open shared object file"
            raise BackendUnavailable(f"pycuda is unavailable ({e}); "
                                     "pip install 'gvcompile[cuda]' where CUDA is") from None
        self.drv = drv
        try:
            drv.init()
            dev = drv.Device(device)
        except Exception as e:  # pycuda.driver.LogicError: cuInit failed
            raise BackendUnavailable(f"no usable CUDA device: {e}") from None
        self.ctx = dev.retain_primary_context()
        self.ctx.push()
        self.arch = compute_capability_arch(*dev.compute_capability())

    def compile(self, source: str, name: str) -> bytes:
        from pycuda.compiler import compile as pc_compile

        try:
            return pc_compile(source, arch=self.arch, no_extern_c=True,
                              options=["-std=c++17"])
        except Exception as e:
            raise CudaError(f"nvcc (via pycuda) failed to compile {name}: {e}") from None

    def load(self, image: bytes, name: str):
        mod = self.drv.module_from_buffer(image)
        return _PyCudaLoaded(mod)

    def alloc(self, nbytes):
        h = self.drv.mem_alloc(max(int(nbytes), 1))
        return DeviceBuffer(self, int(h), nbytes, h)

    def upload(self, host, buf=None):
        host = np.ascontiguousarray(host)
        buf = buf or self.alloc(host.nbytes)
        if host.nbytes:
            self.drv.memcpy_htod(buf.ptr, host)
        return buf

    def download(self, buf, shape, dtype):
        out = np.empty(shape, dtype)
        if out.nbytes:
            self.drv.memcpy_dtoh(out, buf.ptr)
        return out

    def launch(self, fn, grid, block, args, fibers=False):
        vals = [np.uintp(a.ptr) if isinstance(a, DeviceBuffer) else np.int64(a) for a in args]
        fn(*vals, grid=tuple(grid), block=tuple(block))

    def synchronize(self):
        self.ctx.synchronize()


class _PyCudaLoaded:
    def __init__(self, mod):
        self.mod = mod

    def function(self, kernel: str):
        return self.mod.get_function(kernel)


# ---- selection ------------------------------------------------------------------------------


def compute_capability_arch(major: int, minor: int) -> str:
    return f"sm_{int(major)}{int(minor)}"


IMPLEMENTATIONS = {"cuda-python": CudaPythonDriver, "pycuda": PyCudaDriver}
_cache: dict[str, Driver] = {}


def get_driver(prefer: str | None = None) -> Driver:
    """The first driver implementation that imports and finds a GPU (``prefer`` first; or
    only ``prefer`` when given). Raises BackendUnavailable listing every reason."""
    names = [prefer] if prefer else list(IMPLEMENTATIONS)
    reasons = []
    for name in names:
        if name in _cache:
            return _cache[name]
        cls = IMPLEMENTATIONS.get(name)
        if cls is None:
            raise ValueError(f"unknown CUDA driver {name!r}; expected one of "
                             f"{sorted(IMPLEMENTATIONS)}")
        try:
            _cache[name] = drv = cls()
            return drv
        except BackendUnavailable as e:
            reasons.append(f"{name}: {e}")
    raise BackendUnavailable("target 'cuda' needs a CUDA driver and GPU, and cuda-python or "
                             "pycuda; none is usable here (" + "; ".join(reasons) +
                             "). Use target='cuda', emulate=True to run the generated CUDA C "
                             "on the CPU.")


def libcuda_present() -> bool:
    """Whether the CUDA driver library can be loaded at all (cheap; no GPU query)."""
    try:
        ctypes.CDLL("libcuda.so.1")
        return True
    except OSError:
        return False

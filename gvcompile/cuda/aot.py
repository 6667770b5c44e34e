"""AOT CUDA libraries: planned graphs -> one fatbin per graph (SASS sm_80 + sm_90 and
compute_90 PTX, via nvcc) embedded as C arrays, plus a generated C launcher that dlopen()s
``libcuda.so.1`` at run time -- so the library builds with gcc where there is no GPU and returns
``GV_CUDA_ENODRIVER`` (with a message) when it runs without a driver.

The C interface of ``build_library(graphs, path, name)`` (``NAME_cuda.h`` is written alongside):

  int  NAME_cuda_create(NAME_cuda **out)        load libcuda, cuInit, device 0's primary
                                                context, load the modules, upload constants
  void NAME_cuda_destroy(NAME_cuda *)
  const char *NAME_cuda_last_error(NAME_cuda *) (NULL: the message of the last failed create)
  int  NAME_cuda_<entry>(NAME_cuda *, int64_t N, const void *const *args, void *const *outs)
        host pointers, in the plan's argument / result order (graph.args / graph.outputs)
  int  NAME_cuda_<entry>_dev(NAME_cuda *, int64_t N, const uint64_t *args, const uint64_t *outs)
        the same with device pointers (CUdeviceptr): nothing is copied
Return codes: 0 ok, 1 bad argument (null pointer, batch < 1), 2 no driver (libcuda.so.1 not
loadable), 3 no usable device (cuInit / context failed), 4 a CUDA call failed, 5 out of memory.
Graph outputs that are arguments (``OutRef kind 'arg'``) are copied from the argument.

The exporter (gvcompile/aot) calls ``build_library`` with its entry graphs (forward,
train step) and wraps the NAME_cuda_* functions in the C ABI of API.md section 8.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import numpy as np

from ..paths import runtime_dir
from ..plan.extent import Lin
from .kernel import CTYPES
from .nvcc import ARCHS, nvcc_compile
from .plan_cuda import plan_module

RUNTIME = runtime_dir() / "cuda" / "gv_cuda_aot.h"


def c_lin_n(v: Lin) -> str:
    return f"({v.a}LL * N + {v.b}LL)" if v.a else f"{v.b}LL"


def _bytes_array(name: str, data: bytes) -> str:
    body = ",".join(str(b) for b in data)
    return f"static const unsigned char {name}[{len(data)}] __attribute__((aligned(64))) = " \
           f"{{{body}}};\n"


def _base_expr(plan, b: int) -> str:
    buf = plan.buffers[b]
    if buf.kind == "arg":
        return f"a[{buf.index}]"
    if buf.kind == "out":
        return f"o[{buf.index}]"
    if buf.kind == "const":
        return f"e->consts[{buf.index}]"
    return f"(e->arena + (uint64_t){c_lin_n(buf.offset)})"


def _entry_c(name: str, idx: int, plan, cmod, fatbin_sym: str) -> str:
    """The C of one entry: launch sequence over device pointers, and the host wrapper."""
    lines = [f"static int {name}_launch_{idx}(GvCuda *c, GvEntry *e, long long N, "
             "const uint64_t *a, const uint64_t *o) {",
             "  unsigned gx, bx, by; CUresult r;",
             "  if (gv_arena(c, e, (size_t)" + c_lin_n(plan.arena) + ")) return c->code;"]
    for i, k in enumerate(cmod.kernels):
        vals = []
        for j, p in enumerate(k.params):
            if p.bind[0] == "N":
                vals.append(f"  long long v{j} = N;")
            else:
                item = plan.buffers[p.bind[1]].dtype.itemsize
                vals.append(f"  uint64_t v{j} = {_base_expr(plan, p.bind[1])} + "
                            f"(uint64_t)({c_lin_n(p.bind[2])} * {item});")
        ptrs = ", ".join(f"&v{j}" for j in range(len(k.params)))
        lines += [f"  {{ /* {k.name} */", *vals, f"  void *pv[] = {{{ptrs}}};",
                  f"  {k.config.c}",
                  f"  r = c->api.cuLaunchKernel(e->fn[{i}], gx, 1, 1, bx, by, 1, 0, 0, pv, 0);",
                  f'  if (r) return gv_fail(c, r, "cuLaunchKernel({k.name})"); }}']
    lines += ["  return gv_sync(c);", "}", ""]
    names = ", ".join(f'"{k.name}"' for k in cmod.kernels) or '""'
    lines.append(f"static const char *const {name}_kernels_{idx}[] = {{{names}}};")
    return "\n".join(lines)


def _sizes_c(name: str, idx: int, plan) -> str:
    """Byte sizes of arguments / results as functions of N (for the host wrapper)."""
    args = [plan.buffers[b] for b in plan.args]
    outs = sorted((b for b in plan.buffers if b.kind == "out"), key=lambda b: b.index)
    arg_sz = " ".join(f"s[{i}] = (size_t){c_lin_n(b.size)} * {b.dtype.itemsize};"
                      for i, b in enumerate(args))
    out_sz = " ".join(f"s[{b.index}] = (size_t){c_lin_n(b.size)} * {b.dtype.itemsize};"
                      for b in outs)
    alias = []  # graph outputs that are arguments: result slot <- argument
    for k, o in enumerate(plan.outputs):
        if o.kind == "arg":
            alias.append(f"m[{k}] = {o.id};")
    res = [f"m2[{k}] = {plan.buffers[o.id].index};" for k, o in enumerate(plan.outputs)
           if o.kind == "buf"]
    return "\n".join([
        f"static void {name}_argsz_{idx}(long long N, size_t *s) {{ (void)N; {arg_sz} }}",
        f"static void {name}_outsz_{idx}(long long N, size_t *s) {{ (void)N; {out_sz} }}",
        f"static void {name}_resmap_{idx}(int *m, int *m2) {{ (void)m; (void)m2; "
        f"{' '.join(alias + res)} }}", ""])


def library_source(graphs: dict, name: str, archs=ARCHS) -> str:
    """The C source of the launcher (fatbins included) for {entry name: graph}."""
    if not re.fullmatch(r"[A-Za-z_]\w*", name):
        raise ValueError(f"library name {name!r} is not a C identifier")
    parts = [f"/* gvcompile AOT CUDA library {name}: entries {', '.join(graphs)} */",
             '#include "gv_cuda_aot.h"', ""]
    decls = []
    for idx, (entry, g) in enumerate(graphs.items()):
        if not re.fullmatch(r"[A-Za-z_]\w*", entry):
            raise ValueError(f"entry name {entry!r} is not a C identifier")
        plan, cmod = plan_module(g, f"{name}_{entry}")
        host = [k.name for k in cmod.kernels if k.host is not None]
        if host:  # collectives: a host step between launches, no launcher for it
            raise ValueError(f"export: host steps (collectives) cannot be exported: {host}")
        missing = [k.name for k in cmod.kernels if not hasattr(k.config, "c")]
        if missing:
            raise ValueError(f"kernels without a C launch configuration: {missing}")
        fat = nvcc_compile(cmod.cuda_text(), "fatbin", archs)
        parts.append(_bytes_array(f"{name}_fatbin_{idx}", fat))
        for ci, arr in enumerate(plan.consts):
            arr = np.ascontiguousarray(arr)
            parts.append(_bytes_array(f"{name}_const_{idx}_{ci}", arr.tobytes() or b"\0"))
        consts = ", ".join(f"{{{name}_const_{idx}_{ci}, {np.asarray(a).nbytes}}}"
                           for ci, a in enumerate(plan.consts)) or "{0, 0}"
        parts.append(f"static const GvBlob {name}_consts_{idx}[] = {{{consts}}};")
        parts.append(_entry_c(name, idx, plan, cmod, f"{name}_fatbin_{idx}"))
        parts.append(_sizes_c(name, idx, plan))
        n_out = plan.count("out")
        parts.append(
            f"static const GvEntryDef {name}_def_{idx} = {{{name}_fatbin_{idx}, "
            f"{name}_kernels_{idx}, {len(cmod.kernels)}, {name}_consts_{idx}, "
            f"{len(plan.consts)}, {len(plan.args)}, {n_out}, {len(plan.outputs)}, "
            f"{name}_launch_{idx}, {name}_argsz_{idx}, {name}_outsz_{idx}, "
            f"{name}_resmap_{idx}}};")
        decls.append((entry, idx))
    defs = ", ".join(f"&{name}_def_{i}" for _, i in decls)
    parts.append(f"static const GvEntryDef *const {name}_defs[] = {{{defs}}};")
    parts.append(f"GV_CUDA_LIBRARY({name}, {name}_defs, {len(decls)})")
    for entry, idx in decls:
        parts.append(f"GV_CUDA_ENTRY({name}, {entry}, {idx})")
    return "\n".join(parts) + "\n"


def header_text(graphs: dict, name: str) -> str:
    lines = [f"/* {name}_cuda.h: generated by gvcompile (AOT CUDA launcher). */",
             f"#ifndef {name.upper()}_CUDA_H", f"#define {name.upper()}_CUDA_H",
             "#include <stddef.h>", "#include <stdint.h>",
             f"typedef struct {name}_cuda {name}_cuda;",
             f"int {name}_cuda_create({name}_cuda **out);",
             f"void {name}_cuda_destroy({name}_cuda *c);",
             f"const char *{name}_cuda_last_error({name}_cuda *c);",
             "/* device memory: kind 0 host->device, 1 device->host, 2 device->device */",
             f"int {name}_cuda_alloc({name}_cuda *c, size_t bytes, uint64_t *ptr);",
             f"void {name}_cuda_free({name}_cuda *c, uint64_t ptr);",
             f"int {name}_cuda_copy({name}_cuda *c, int kind, void *dst, const void *src, "
             "size_t bytes);"]
    for entry in graphs:
        lines += [f"int {name}_cuda_{entry}({name}_cuda *c, int64_t batch, "
                  "const void *const *args, void *const *outs);",
                  f"int {name}_cuda_{entry}_dev({name}_cuda *c, int64_t batch, "
                  "const uint64_t *args, const uint64_t *outs);"]
    return "\n".join(lines + ["#endif", ""])


def build_library(graphs, path, name: str, archs=ARCHS, cc: str = "gcc",
                  shared: bool = True) -> Path:
    """Write ``path/NAME_cuda.c`` and ``.h`` and build ``path/libNAME_cuda.so`` (or, with
    ``shared=False``, the object ``NAME_cuda.o`` for the exporter to link). ``graphs``: one
    Graph (entry 'forward') or {entry: graph}."""
    if not isinstance(graphs, dict):
        graphs = {"forward": graphs}
    out = Path(path)
    out.mkdir(parents=True, exist_ok=True)
    src = out / f"{name}_cuda.c"
    src.write_text(library_source(graphs, name, archs))
    (out / f"{name}_cuda.h").write_text(header_text(graphs, name))
    target = out / (f"lib{name}_cuda.so" if shared else f"{name}_cuda.o")
    flags = ["-shared", "-fPIC"] if shared else ["-c", "-fPIC"]
    with tempfile.TemporaryDirectory():
        res = subprocess.run([cc, "-std=c11", "-O2", "-fvisibility=hidden",
                              "-Werror=implicit-function-declaration", *flags,
                              f"-I{RUNTIME.parent}", str(src), "-o", str(target)]
                             + (["-ldl", "-Wl,--no-undefined"] if shared else []),
                             capture_output=True, text=True)
    if res.returncode != 0:
        raise RuntimeError(f"{cc} failed on {src}:\n{res.stderr[-4000:]}")
    return target


__all__ = ["build_library", "library_source", "header_text", "CTYPES"]

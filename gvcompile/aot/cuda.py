"""Export stage for CUDA-compiled models and steps: the same C ABI as the CPU export (API.md §8,
host pointers in and out), running on the GPU.

    entry graphs --aot.build_library(..., shared=False)--> NAME_cuda.o (fatbins + launcher that
    dlopen()s libcuda.so.1)  +  generated NAME_abi.c (tables, ABI functions)  +
    runtime/export/gv_export_cuda*.c (instances: state on the device)  +  blob (initial state)
    --gcc -ldl--> libNAME.so  and  --ld -r, objcopy, ar--> libNAME.a (the same objects)

The library needs no CUDA at link time: without a driver ``NAME_create`` returns
``NAME_ERR_NODRIVER`` (2) with a message. Each instance uploads the state as at export once, at
create; the entry points keep it on the device. Besides the host-pointer functions the library
exports device-pointer variants ``NAME_<entry>_dev`` (documented in the header).
"""

from __future__ import annotations

from pathlib import Path

from ..paths import runtime_dir
from .csource import (
    _array,
    _ct,
    _lin,
    checkpoint_tables,
    io_tables,
    learning_rate_functions,
    recurrent_functions,
    recurrent_tables,
    state_functions,
)
from .manifest import ExportError, ExportSpec, byte_lin

RUNTIME = runtime_dir() / "export"
GVC = ("gvc", "gvc_instance")  # the runtime the shared ABI generators call (gv_export_cuda.c)


def _entry_tables(spec: ExportSpec, e) -> tuple[str, str]:
    g, p = e.graph, e.name
    args, out_bytes, results = io_tables(spec, e)
    outs = out_bytes
    arg_bytes = [_lin(byte_lin(g.type(nid).shape, g.type(nid).dtype)) for nid in g.args]
    tables = "\n".join([_array("gv_arg", f"{p}_args", args),
                        _array("gv_lin", f"{p}_arg_bytes", arg_bytes),
                        _array("gv_lin", f"{p}_out_bytes", out_bytes),
                        _array("gv_result", f"{p}_results", results)])
    n = spec.name
    run = (f"static int {p}_run(void *c, int64_t n, const uint64_t *a, const uint64_t *o) {{\n"
           f"    return {n}_cuda_{p}_dev(({n}_cuda *)c, n, a, o);\n}}")
    init = (f"static const gvc_entry {p}_entry = {{\"{n}_{p}\", {p}_run, {len(e.inputs)}, "
            f"{len(e.outputs)}, {len(args)}, {p}_args, {p}_arg_bytes, {len(outs)}, "
            f"{p}_out_bytes, {len(results)}, {p}_results}};")
    return tables + "\n" + run, init


def _api(n: str) -> list[str]:
    return [
        f"static int api_create(void **out) {{ return {n}_cuda_create(({n}_cuda **)out); }}",
        f"static void api_destroy(void *c) {{ {n}_cuda_destroy(({n}_cuda *)c); }}",
        f"static const char *api_error(void *c) {{ return {n}_cuda_last_error(({n}_cuda *)c); }}",
        f"static int api_alloc(void *c, size_t b, uint64_t *p) {{\n"
        f"    return {n}_cuda_alloc(({n}_cuda *)c, b, p);\n}}",
        f"static void api_free(void *c, uint64_t p) {{ {n}_cuda_free(({n}_cuda *)c, p); }}",
        f"static int api_copy(void *c, int k, void *d, const void *s, size_t b) {{\n"
        f"    return {n}_cuda_copy(({n}_cuda *)c, k, d, s, b);\n}}",
        "static const gvc_api api = {api_create, api_destroy, api_error, api_alloc, api_free, "
        "api_copy};"]


def _abi_functions(spec: ExportSpec, man: dict) -> list[str]:
    from .header import _dev_params, _io_params

    n = spec.name
    out = [f"GV_API int {n}_create({n}_t **out) {{\n"
           f"    return gvc_create(&model, \"{n}_create\", (gvc_instance **)out);\n}}",
           f"GV_API void {n}_destroy({n}_t *m) {{ gvc_destroy((gvc_instance *)m); }}"]
    for ename, e in man["entry_points"].items():
        ins = ", ".join(i["name"] for i in e["inputs"]) or "NULL"
        outs = ", ".join(o["name"] for o in e["outputs"]) or "NULL"
        for suffix, params, dev, cast in (("", _io_params(e), 0, ""),
                                          ("_dev", _dev_params(e), 1, "(void *)(uintptr_t)")):
            plist = ", ".join([f"{n}_t *m", "int64_t batch"] + params)
            cin = ", ".join(f"{cast}{x}" for x in ins.split(", ")) if ins != "NULL" else ins
            cout = ", ".join(f"{cast}{x}" for x in outs.split(", ")) if outs != "NULL" else outs
            out.append(f"GV_API int {n}_{ename}{suffix}({plist}) {{\n"
                       f"    const void *in[] = {{{cin}}};\n    void *out[] = {{{cout}}};\n"
                       f"    return gvc_run((gvc_instance *)m, &{ename}_entry, batch, in, out, "
                       f"{dev});\n}}")
    ct = _ct(man)
    out += [f"GV_API int {n}_get_parameters({n}_t *m, {ct} *dst) {{\n    return "
            f"gvc_get_parameters((gvc_instance *)m, \"{n}_get_parameters\", dst);\n}}",
            f"GV_API int {n}_set_parameters({n}_t *m, const {ct} *src) {{\n    return "
            f"gvc_set_parameters((gvc_instance *)m, \"{n}_set_parameters\", src);\n}}",
            f"GV_API int64_t {n}_num_parameters(void) {{ return gvc_num_parameters(&model); }}",
            *learning_rate_functions(n, man.get("learning_rate_state", []), *GVC),
            *state_functions(n, "state_bytes" in man, *GVC),
            *recurrent_functions(n, "recurrent_state" in man, *GVC),
            f"GV_API const char *{n}_last_error({n}_t *m) {{\n"
            "    return gvc_last_error((gvc_instance *)m);\n}"]
    return out


def c_source(spec: ExportSpec, man: dict) -> tuple[str, bytes]:
    """(NAME_abi.c text, blob bytes: the initial state at 64-byte aligned offsets)."""
    import numpy as np

    from .csource import Blob

    n = spec.name
    blob = Blob()
    state_off = [blob.add(s.value) for s in spec.state]
    lines = [f"/* {n}_abi.c: generated by gvcompile; tables + ABI of the CUDA export lib{n}.so. */",
             "#include <stdint.h>", '#include "gv_export_cuda.h"', f'#include "{n}.h"',
             f'#include "{n}_cuda.h"', "", f"extern const unsigned char {n}__blob[];", ""]
    lines += _api(n)
    inits = []
    for e in spec.entries:
        tables, init = _entry_tables(spec, e)
        lines += ["", tables]
        inits.append(init)
    lines += [""] + inits + [""]
    lines.append(_array("int64_t", "state_offsets", [str(o) for o in state_off]))
    lines.append(_array("int64_t", "state_bytes_each",
                        [str(s.value.nbytes) for s in spec.state]))
    lines.append(_array("int64_t", "param_state", [str(i) for i in spec.params]))
    esize = np.dtype(man["dtype"]).itemsize
    rec = man.get("recurrent_state", [])
    lines += checkpoint_tables(spec) + recurrent_tables(spec, rec)
    lines.append(f"static const gvc_model model = {{&api, {n}__blob, {len(spec.state)}, "
                 f"state_offsets, state_bytes_each, {len(spec.params)}, param_state, {esize}, "
                 f"{len(rec)}, rec, state_rec, \"{n}_reset_state\"}};")
    lines += [""] + _abi_functions(spec, man)
    return "\n".join(lines) + "\n", blob.bytes()


def link(spec: ExportSpec, man: dict, tmp: Path, out: Path, out_a: Path) -> None:
    from ..cuda.aot import build_library
    from ..cuda.nvcc import find_nvcc
    from .build import _run, archive, compiler, write_sources

    if find_nvcc() is None:
        raise ExportError("export: a CUDA-compiled model needs nvcc (the CUDA toolkit) to build "
                          "the kernels' fatbins; none found (set CUDA_HOME or PATH)")
    n = spec.name
    try:
        build_library({e.name: e.graph for e in spec.entries}, tmp, n, cc=compiler(),
                      shared=False)
    except RuntimeError as err:
        raise ExportError(f"export: building the CUDA launcher failed: {err}") from None
    srcs = write_sources(spec, man, tmp, c_source) + [
        str(RUNTIME / f) for f in ("gv_export_cuda.c", "gv_export_cuda_state.c")]
    _run([compiler(), "-std=gnu11", "-O2", "-fPIC", "-pthread", "-fvisibility=hidden",
          f"-I{RUNTIME}", "-I.", "-c", *srcs], tmp, "compiling")
    objs = [Path(s).with_suffix(".o").name for s in srcs] + [f"{n}_cuda.o"]
    _run([compiler(), "-shared", "-pthread", *objs, f"-Wl,-soname,lib{n}.so",
          f"-Wl,--version-script={n}.map", "-Wl,-z,noexecstack", "-Wl,-z,nodelete",
          "-Wl,--no-undefined", "-ldl", "-o", str(out)], tmp, f"linking {out.name}")
    archive(man, objs, tmp, out_a)  # the fatbins are data in NAME_cuda.o: they archive too


def write_cuda_library(spec: ExportSpec, path) -> Path:
    """Write libNAME.so, libNAME.a, NAME.h and NAME.json of a CUDA export into ``path``;
    returns the .so."""
    from .build import write_library

    return write_library(spec, path, link)

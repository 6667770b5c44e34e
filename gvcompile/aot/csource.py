"""Export stage, C glue: the tables that tell runtime/export/gv_export.c where each argument of a
generated entry point comes from and where each result goes, the thin ABI functions, the data
blob (initial state + constants, embedded with ``.incbin``) and the linker version script.

Blob layout: the state arrays at 64-byte aligned offsets (copied into every instance at
create), then each entry's constants (read-only, shared by all instances).
"""

from __future__ import annotations

import re

import numpy as np

from ..plan.extent import Lin
from .manifest import ExportSpec, byte_lin

ALIGN = 64


def _round(n: int) -> int:
    return (n + ALIGN - 1) // ALIGN * ALIGN


class Blob:
    def __init__(self):
        self.parts: list[bytes] = []
        self.size = 0

    def add(self, arr) -> int:
        data = np.ascontiguousarray(arr).tobytes()
        off = self.size
        pad = _round(len(data)) - len(data)
        self.parts.append(data + b"\0" * pad)
        self.size += len(data) + pad
        return off

    def bytes(self) -> bytes:
        return b"".join(self.parts) or b"\0" * ALIGN


def _lin(x: Lin) -> str:
    return f"{{{x.a}, {x.b}}}"


def _array(ctype: str, name: str, items: list[str]) -> str:
    body = ",\n    ".join(items) if items else "{0}" if ctype != "int64_t" else "0"
    return f"static const {ctype} {name}[] = {{\n    {body}\n}};"


def io_tables(spec: ExportSpec, e) -> tuple[list[str], list[str], list[str]]:
    """C initializers of one entry, shared by the CPU and CUDA exports: where each graph
    argument comes from (an input pointer or a state slot), the byte size of each output
    buffer (a*N + b) and where each graph output goes (an output pointer or a state slot)."""
    g, plan = e.graph, e.plan
    args = []
    for nid in g.args:
        bind = g.node(nid)["binding"]
        if bind in spec.state_index:
            args.append(f"{{GV_FROM_STATE, {spec.state_index[bind]}}}")
        else:
            args.append(f"{{GV_FROM_INPUT, {bind.index}}}")
    outs = sorted((b for b in plan.buffers if b.kind == "out"), key=lambda b: b.index)
    out_bytes = [_lin(b.size * b.dtype.itemsize) for b in outs]  # the runtime allocates >= 1
    results, k = [], 0
    for o, ref in zip(g.outputs, plan.outputs, strict=True):
        src = ("GV_SRC_OUT", plan.buffers[ref.id].index) if ref.kind == "buf" else \
            ("GV_SRC_ARG", ref.id)
        if o.role == "output":
            to = ("GV_TO_OUTPUT", k)
            k += 1
        else:
            to = ("GV_TO_STATE", spec.state_index[o.key])
        nb = _lin(byte_lin(ref.shape, ref.dtype))
        results.append(f"{{{src[0]}, {src[1]}, {to[0]}, {to[1]}, {nb}}}")
    return args, out_bytes, results


def _entry_tables(spec: ExportSpec, e, blob: Blob) -> tuple[str, str]:
    """The C tables of one entry and its ``gv_entry`` initializer."""
    plan, p = e.plan, e.name
    args, out_bytes, results = io_tables(spec, e)
    outs = out_bytes
    consts = [str(blob.add(c)) for c in plan.consts]
    tables = "\n".join([_array("gv_arg", f"{p}_args", args),
                        _array("gv_lin", f"{p}_out_bytes", out_bytes),
                        _array("gv_result", f"{p}_results", results),
                        _array("int64_t", f"{p}_consts", consts)])
    init = (f"static const gv_entry {p}_entry = {{\"{spec.name}_{p}\", {spec.name}__{p}_impl, "
            f"{len(e.inputs)}, {len(e.outputs)}, {len(args)}, {p}_args, {len(outs)}, "
            f"{p}_out_bytes, {len(results)}, {p}_results, {len(consts)}, {p}_consts, "
            f"{_lin(plan.arena)}, {int(uses_collectives(plan))}}};")
    return tables, init


def uses_collectives(plan) -> bool:
    """The plan calls gv_allreduce (a data-parallel train step, compile_train_step(comm=))."""
    return any(k.op in ("allreduce_sum", "allreduce_start") for k in plan.kernels)


def _abi_functions(spec: ExportSpec, man: dict) -> list[str]:
    from .header import _io_params

    n = spec.name
    out = [f"GV_API int {n}_create({n}_t **out) {{\n"
           f"    return gv_create(&model, \"{n}_create\", (gv_instance **)out);\n}}",
           f"GV_API void {n}_destroy({n}_t *m) {{ gv_destroy((gv_instance *)m); }}"]
    for ename, e in man["entry_points"].items():
        params = ", ".join([f"{n}_t *m", "int64_t batch"] + _io_params(e))
        ins = ", ".join(i["name"] for i in e["inputs"]) or "NULL"
        outs = ", ".join(o["name"] for o in e["outputs"]) or "NULL"
        out.append(f"GV_API int {n}_{ename}({params}) {{\n"
                   f"    const void *in[] = {{{ins}}};\n    void *out[] = {{{outs}}};\n"
                   f"    return gv_run((gv_instance *)m, &{ename}_entry, batch, in, out);\n}}")
    ct = _ct(man)
    out += [f"GV_API int {n}_get_parameters({n}_t *m, {ct} *dst) {{\n    return "
            f"gv_get_parameters((gv_instance *)m, \"{n}_get_parameters\", dst);\n}}",
            f"GV_API int {n}_set_parameters({n}_t *m, const {ct} *src) {{\n    return "
            f"gv_set_parameters((gv_instance *)m, \"{n}_set_parameters\", src);\n}}",
            f"GV_API int64_t {n}_num_parameters(void) {{ return gv_num_parameters(&model); }}",
            *learning_rate_functions(n, man.get("learning_rate_state", [])),
            *state_functions(n, "state_bytes" in man),
            *recurrent_functions(n, "recurrent_state" in man),
            *allreduce_functions(n, man),
            f"GV_API const char *{n}_last_error({n}_t *m) {{\n"
            "    return gv_last_error((gv_instance *)m);\n}"]
    return out


def allreduce_functions(n: str, man: dict) -> list[str]:
    if "data_parallel" not in man:
        return []
    return [f"GV_API int {n}_set_allreduce({n}_t *m, {n}_allreduce_fn fn, void *ctx) {{\n"
            f"    return gv_set_allreduce((gv_instance *)m, \"{n}_set_allreduce\", "
            "(gv_allreduce_fn)fn, ctx);\n}"]


def state_functions(n: str, on: bool, prefix: str = "gv", inst: str = "gv_instance") -> list[str]:
    """NAME_state_bytes / NAME_get_state / NAME_set_state over ``ckpt_state`` (the table of the
    non-parameter, non-recurrent state arrays, manifest order); ``prefix`` names the runtime
    (gv: CPU, gvc: CUDA)."""
    if not on:
        return []
    call = f"({inst} *)m, \"{{}}\", sizeof ckpt_state / sizeof ckpt_state[0] - 1, ckpt_state"
    return [f"GV_API int64_t {n}_state_bytes(void) {{ return ckpt_bytes; }}",
            f"GV_API int {n}_get_state({n}_t *m, void *dst) {{\n    return {prefix}_get_state("
            f"{call.format(n + '_get_state')}, dst);\n}}",
            f"GV_API int {n}_set_state({n}_t *m, const void *src) {{\n    return "
            f"{prefix}_set_state({call.format(n + '_set_state')}, src);\n}}"]


def learning_rate_functions(n: str, slots: list[int], prefix: str = "gv",
                            inst: str = "gv_instance") -> list[str]:
    """NAME_set/get_learning_rate: the learning-rate state slots (one per parameter dtype)."""
    if not slots:
        return []
    sets = "".join(f"    if (!rc) rc = {prefix}_set_scalar(i, \"{n}_set_learning_rate\", {k}, "
                   "lr);\n" for k in slots)
    return [f"GV_API int {n}_set_learning_rate({n}_t *m, double lr) {{\n"
            f"    {inst} *i = ({inst} *)m;\n    int rc = 0;\n{sets}    return rc;\n}}",
            f"GV_API int {n}_get_learning_rate({n}_t *m, double *lr) {{\n    return "
            f"{prefix}_get_scalar(({inst} *)m, \"{n}_get_learning_rate\", {slots[0]}, lr);\n}}"]


def checkpoint_tables(spec: ExportSpec) -> list[str]:
    """``ckpt_state`` (-1 ended) and ``ckpt_bytes``: what NAME_get_state packs."""
    ckpt = [i for i, s in enumerate(spec.state) if s.kind not in ("param", "recurrent")]
    return [_array("int64_t", "ckpt_state", [str(i) for i in ckpt] + ["-1"]),
            f"static const int64_t ckpt_bytes = "
            f"{sum(spec.state[i].value.nbytes for i in ckpt)};"]


def _ct(man: dict) -> str:
    from .manifest import C_TYPES

    return C_TYPES[man["dtype"]]


def c_source(spec: ExportSpec, man: dict) -> tuple[str, bytes]:
    """(NAME_abi.c text, blob bytes)."""
    n = spec.name
    blob = Blob()
    state_off = [blob.add(s.value) for s in spec.state]
    state_bytes = blob.size
    lines = [f"/* {n}_abi.c: generated by gvcompile; tables + ABI of lib{n}.so / lib{n}.a. */",
             '#include "gv_export.h"', f'#include "{n}.h"', "",
             f"extern const unsigned char {n}__blob[];"]
    for e in spec.entries:
        lines.append(f"void {n}__{e.name}_impl(int64_t, void **, void **, void **, void *);")
    inits, max_ptrs = [], 0
    for e in spec.entries:
        tables, init = _entry_tables(spec, e, blob)
        lines += ["", tables]
        inits.append(init)
        max_ptrs = max(max_ptrs, len(e.graph.args) + e.plan.count("out") + len(e.plan.consts))
    lines += [""] + inits + [""]
    lines.append(_array("int64_t", "state_offsets", [str(o) for o in state_off]))
    lines.append(_array("int64_t", "state_bytes_each",
                        [str(s.value.nbytes) for s in spec.state]))
    lines.append(_array("int64_t", "param_state", [str(i) for i in spec.params]))
    lines += checkpoint_tables(spec)
    esize = np.dtype(man["dtype"]).itemsize
    rec = man.get("recurrent_state", [])
    lines += recurrent_tables(spec, rec)
    lines.append(f"static const gv_model model = {{{n}__blob, {state_bytes}, {len(spec.state)}, "
                 f"state_offsets, state_bytes_each, {len(spec.params)}, param_state, {esize}, "
                 f"{max_ptrs}, {len(rec)}, rec, state_rec, \"{n}_reset_state\"}};")
    lines += [""] + _abi_functions(spec, man)
    return "\n".join(lines) + "\n", blob.bytes()


def recurrent_tables(spec: ExportSpec, rec: list[dict]) -> list[str]:
    """``rec`` (a gv_rec per recurrent state array: name, state index, bytes a*N+b a call
    needs, bytes per row, rows at export) and ``state_rec`` (per state array, its rec index or
    -1); shared by the CPU and CUDA exports."""
    rows, where = [], {}
    for k, r in enumerate(rec):
        h = int(np.prod(r["shape"][1:], dtype=np.int64)) * np.dtype(r["dtype"]).itemsize
        n = r["shape"][0]
        nb = Lin(h, 0) if n == "N" else Lin(0, int(n) * h)
        rows.append(f"{{\"{r['name']}\", {r['state']}, {_lin(nb)}, {h}, {r['batch_at_export']}}}")
        where[r["state"]] = k
    return [_array("gv_rec", "rec", rows) if rows else
            "static const gv_rec rec[1] = {{0}};",
            _array("int64_t", "state_rec", [str(where.get(i, -1)) for i in range(len(spec.state))])]


def recurrent_functions(n: str, on: bool, prefix: str = "gv",
                        inst: str = "gv_instance") -> list[str]:
    """NAME_reset_state and the recurrent state checkpoint (the model has recurrent layers)."""
    if not on:
        return []
    c = f"({inst} *)m"
    return [f"GV_API int {n}_reset_state({n}_t *m) {{\n    return {prefix}_reset_recurrent("
            f"{c}, \"{n}_reset_state\");\n}}",
            f"GV_API int {n}_recurrent_state_bytes({n}_t *m, int64_t *bytes) {{\n    return "
            f"{prefix}_recurrent_bytes({c}, \"{n}_recurrent_state_bytes\", bytes);\n}}",
            f"GV_API int {n}_get_recurrent_state({n}_t *m, void *dst) {{\n    return "
            f"{prefix}_get_recurrent({c}, \"{n}_get_recurrent_state\", dst);\n}}",
            f"GV_API int {n}_set_recurrent_state({n}_t *m, const void *src, int64_t bytes) {{\n"
            f"    return {prefix}_set_recurrent({c}, \"{n}_set_recurrent_state\", src, bytes);"
            "\n}"]


def blob_asm(name: str, bin_file: str) -> str:
    return (f"    .section .rodata\n    .balign {ALIGN}\n    .globl {name}__blob\n"
            f"    .hidden {name}__blob\n    .type {name}__blob, @object\n{name}__blob:\n"
            f"    .incbin \"{bin_file}\"\n    .size {name}__blob, . - {name}__blob\n"
            "    .section .note.GNU-stack,\"\",@progbits\n")


def abi_symbols(man: dict) -> list[str]:
    """The functions the header declares: the only symbols the libraries export."""
    from .header import declarations

    syms = []
    for d in declarations(man):
        m = re.search(r"\b(\w+)\(", d)
        if m and not d.startswith("typedef"):
            syms.append(m.group(1))
    return syms


def version_script(man: dict) -> str:
    syms = abi_symbols(man)
    return "{\n  global:\n" + "".join(f"    {s};\n" for s in syms) + "  local: *;\n};\n"

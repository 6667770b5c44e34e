"""Export stage, C header: NAME.h generated from the manifest alone (never hand-written).

``declarations(manifest)`` is the list of C prototypes of the library's ABI (API.md §8); the
header wraps them with include guards, error codes and per-array size macros, and the Python
loader hands the same declarations to cffi, so the header and the loader cannot disagree.
"""

from __future__ import annotations

from .manifest import C_TYPES


def _ctype(dtype: str) -> str:
    return C_TYPES[dtype]


def _size_macro(shape) -> str:
    """``numel`` of an IR shape as a C expression in ``batch``."""
    per = 1
    batched = False
    for d in shape:
        if d == "N":
            batched = True
        else:
            per *= int(d)
    return f"((int64_t)(batch) * {per})" if batched else f"((int64_t){per})"


def _io_params(entry: dict) -> list[str]:
    ps = [f"const {_ctype(i['dtype'])} *{i['name']}" for i in entry["inputs"]]
    ps += [f"{_ctype(o['dtype'])} *{o['name']}" for o in entry["outputs"]]
    return ps


def _dev_params(entry: dict) -> list[str]:
    """Device-pointer variant: one CUdeviceptr (as uint64_t) per input and output."""
    return [f"uint64_t {a['name']}" for a in entry["inputs"] + entry["outputs"]]


def declarations(man: dict) -> list[str]:
    n = man["name"]
    pt = _ctype(man["dtype"])
    out = [f"typedef struct {n} {n}_t;",
           f"int {n}_create({n}_t **out);",
           f"void {n}_destroy({n}_t *model);"]
    for ename, e in man["entry_points"].items():
        params = ", ".join([f"{n}_t *model", "int64_t batch"] + _io_params(e))
        out.append(f"int {n}_{ename}({params});")
        if man.get("target") == "cuda":
            dparams = ", ".join([f"{n}_t *model", "int64_t batch"] + _dev_params(e))
            out.append(f"int {n}_{ename}_dev({dparams});")
    if man.get("learning_rate_state"):
        out += [f"int {n}_set_learning_rate({n}_t *model, double learning_rate);",
                f"int {n}_get_learning_rate({n}_t *model, double *learning_rate);"]
    if "state_bytes" in man:
        out += [f"int64_t {n}_state_bytes(void);",
                f"int {n}_get_state({n}_t *model, void *dst);",
                f"int {n}_set_state({n}_t *model, const void *src);"]
    if man.get("data_parallel"):
        out += [f"typedef int (*{n}_allreduce_fn)(void *buf, int64_t count, int dtype, "
                "void *ctx);",
                f"int {n}_set_allreduce({n}_t *model, {n}_allreduce_fn fn, void *ctx);"]
    if man.get("recurrent_state"):
        out += [f"int {n}_reset_state({n}_t *model);",
                f"int {n}_recurrent_state_bytes({n}_t *model, int64_t *bytes);",
                f"int {n}_get_recurrent_state({n}_t *model, void *dst);",
                f"int {n}_set_recurrent_state({n}_t *model, const void *src, int64_t bytes);"]
    out += [f"int {n}_get_parameters({n}_t *model, {pt} *dst);",
            f"int {n}_set_parameters({n}_t *model, const {pt} *src);",
            f"int64_t {n}_num_parameters(void);",
            f"const char *{n}_last_error({n}_t *model);"]
    return out


def _batch_axis_is_time(e: dict) -> bool:
    """The ``batch`` argument of the entry is a sequence length: its inputs' axis "N" is the
    time axis of a recurrent layer (a time-major (T, N, F) input with the batch axis 0)."""
    for i in e["inputs"]:
        for d, role in zip(i["shape"], i.get("axes") or []):
            if d == "N" and role == "time":
                return True
    return False


def _dims(a: dict, n_is_time: bool) -> str:
    """``[T=batch, N=4, 3]``: the extent the ``batch`` argument gives is written ``batch``;
    a recurrent layer's sequence axis T and batch axis N are named."""
    names = {"time": "T", "batch": "N"}
    out = []
    for k, d in enumerate(a["shape"]):
        role = (a.get("axes") or [None] * len(a["shape"]))[k]
        if d == "N":
            out.append("T=batch" if role == "time" or (role is None and n_is_time) else "batch")
        else:
            out.append(f"{names[role]}={d}" if role else str(d))
    return ", ".join(out)


def _describe(man: dict) -> list[str]:
    lines, seq = [], False
    for ename, e in man["entry_points"].items():
        lines.append(f" * {man['name']}_{ename}:")
        n_is_time = _batch_axis_is_time(e)
        seq = seq or any(i.get("axes") for i in e["inputs"])
        for role, arrs in (("input", e["inputs"]), ("output", e["outputs"])):
            for a in arrs:
                lines.append(f" *   {role:6} {a['name']}: {a['dtype']}[{_dims(a, n_is_time)}]")
    if seq:
        lines += [" *   (T: the sequence (time) axis of a recurrent layer, N: its batch; the",
                  " *   extent written batch is the batch argument, a sequence length if T=batch)"]
    lines.append(f" * parameters ({man['num_parameters']} {man['dtype']} values, this order):")
    for p in man["parameters"]:
        lines.append(f" *   {p['name']} {tuple(p['shape'])} at {p['offset']}")
    return lines


FORWARD_MODE_NOTES = {
    "test": ["test mode (inference: dropout off, BatchNorm on its running",
             "statistics; deterministic, the state is unchanged)."],
    "train": ["train mode (dropout on, BatchNorm on batch statistics; the",
              "running statistics and the dropout RNG advance at every call)."],
}


def data_parallel_lines(man: dict) -> list[str]:
    n, dp = man["name"], man.get("data_parallel")
    if not dp:
        return []
    return [f" * Data-parallel step for {dp['world']} ranks: {n}_train_step averages every "
            "gradient",
            f" * over the ranks through the allreduce set by {n}_set_allreduce(model, fn, ctx)",
            " * (fn(buf, count, dtype, ctx) replaces buf by its sum over the ranks, in place;",
            " * dtype 0 float32, 1 float64; e.g. MPI_Allreduce(MPI_IN_PLACE, ...)); the step",
            f" * divides by {dp['world']} and returns the mean loss over the ranks. Without it",
            f" * {n}_train_step returns {n.upper()}_ERR_COLLECTIVE. Every rank must call it with",
            " * the same batch size.",
            " *"]


def learning_rate_lines(man: dict) -> list[str]:
    n = man["name"]
    if man.get("learning_rate_state"):
        return [f" * {n}_set_learning_rate / {n}_get_learning_rate: the learning rate the next",
                f" * {n}_train_step uses (per instance; at create, the optimizer's at export).",
                " *"]
    return []


def state_lines(man: dict) -> list[str]:
    n = man["name"]
    lines = [f" * {n}_get_state / {n}_set_state: the buffers and optimizer state (the",
             " * learning rate, the dropout RNG), not the parameters, packed back to back in",
             f" * {n}_state_bytes() bytes; with {n}_get/set_parameters (and the recurrent state",
             " * below, if any) a checkpoint to resume from bit-identically. Layout (byte offset,",
             " * dtype, shape):"]
    rows = [f" *   {s['name']} at {s['offset']}: {s['dtype']}{tuple(s['shape'])}"
            for s in man["state"] if "offset" in s]
    return lines + (rows or [" *   (none: 0 bytes)"]) + recurrent_lines(man)


def recurrent_lines(man: dict) -> list[str]:
    n, rec = man["name"], man.get("recurrent_state")
    if not rec:
        return []
    up = n.upper()
    lines = [" *", " * Recurrent state (Flux Recur): the instance keeps each recurrent layer's",
             " * state across calls of forward and train_step, with the batch of the call that",
             f" * wrote it. At create it is the state at export; {n}_reset_state makes it fresh",
             " * (zeros for any batch). A call with another batch than the carried state's returns",
             f" * {up}_ERR_STATE and changes nothing: reset first (as the Python model asks).",
             f" * {n}_recurrent_state_bytes gives the size of its checkpoint now;",
             f" * {n}_get_recurrent_state writes it, {n}_set_recurrent_state(model, src, bytes)",
             " * restores it (every row count is checked first). Layout: for each array below,",
             " * int64 rows (0: fresh) then rows x the row of the dtype and shape given (rows N:",
             " * the batch of the call; a number: fixed):"]
    for r in rec:
        shape = ", ".join(str(d) for d in r["shape"])
        fixed = "" if r["shape"][0] == "N" else " (a fixed batch: any batch argument)"
        lines.append(f" *   {r['name']}: {r['dtype']}[{shape}], "
                     f"{r['batch_at_export']} rows at export{fixed}")
    return lines


def mode_lines(man: dict) -> list[str]:
    """Which mode NAME_forward runs in (export(..., mode=)); manifests before the field ran the
    model in whatever mode it was in."""
    mode = man.get("forward_mode")
    if mode is None:
        return []
    first, second = FORWARD_MODE_NOTES[mode]
    if man.get("recurrent_state") and mode == "test":
        return [f" * {man['name']}_forward runs the model in {first}",
                " * statistics; it advances the recurrent state, and leaves the other state",
                " * unchanged).", " *"]
    return [f" * {man['name']}_forward runs the model in {first}", f" * {second}", " *"]


def _macros(man: dict) -> list[str]:
    n = man["name"]
    up = n.upper()
    out = [f"#define {k} {v}" for k, v in man["error_codes"].items()]
    out.append(f"#define {up}_NUM_PARAMETERS ((int64_t){man['num_parameters']})")
    for ename, e in man["entry_points"].items():
        for a in e["inputs"] + e["outputs"]:
            out.append(f"#define {up}_{ename.upper()}_{a['name'].upper()}_NUMEL(batch) "
                       f"{_size_macro(a['shape'])}")
    return out


def _cuda_notes(man: dict) -> list[str]:
    n = man["name"]
    return [
        " * CUDA: the kernels run on the GPU (device 0). libcuda.so.1 is loaded at run time by",
        f" * {n}_create, which returns {n.upper()}_ERR_NODRIVER without a driver and",
        f" * {n.upper()}_ERR_NODEVICE without a usable GPU; a call on the NULL instance left by a",
        " * failed create returns the same code. Each instance uploads the weights as at export",
        " * once, at create, and keeps parameters, buffers and optimizer state on the device.",
        " * The functions above take host pointers (copied to and from the device per call).",
        f" * Device-pointer variants: {n}_<entry>_dev(model, batch, ...) take the same arrays",
        " * as CUdeviceptr values (uint64_t) allocated by the caller in the primary context of",
        " * device 0: nothing is copied to or from the host. Calls are serialised per library.",
        " *"]


def link_lines(man: dict) -> list[str]:
    """How a C program links the export (shared library or static archive), DIR being the
    export directory; the same lines are in the README."""
    n = man["name"]
    libs = "-ldl -lpthread" if man.get("target") == "cuda" else "-lm -lpthread"
    return [f" * Link with the shared library lib{n}.so (found at run time through the rpath):",
            f" *   cc prog.c -IDIR -LDIR -l{n} -Wl,-rpath,DIR",
            f" * or embed the model with the static archive lib{n}.a (no shared library needed):",
            f" *   cc prog.c -IDIR DIR/lib{n}.a {libs}",
            " *"]


def header_text(man: dict) -> str:
    n = man["name"]
    guard = f"{n.upper()}_GVCOMPILE_H"
    head = [f"/* {n}.h: C interface of lib{n}.so / lib{n}.a, generated by gvcompile "
            f"{man['gvcompile_version']} from {n}.json; do not edit.",
            f" * Exported {man['kind']} of {man['model']} ({man['dtype']}, built for "
            f"{man['cpu']}).",
            " * Every function returns 0 on success and a nonzero code on error; the message",
            f" * is {n}_last_error(model) ({n}_last_error(NULL) after a failed create or a NULL",
            " * model). Arrays are C order, batch first unless the shapes below say otherwise;",
            " * one pointer per input and output.",
            " *"]
    head += mode_lines(man) + learning_rate_lines(man) + data_parallel_lines(man) + \
        link_lines(man)
    if man.get("target") == "cuda":
        head += _cuda_notes(man)
    head += _describe(man) + [" *"] + state_lines(man) + [" */"]
    body = [f"#ifndef {guard}", f"#define {guard}", "", "#include <stdint.h>", "",
            "#ifdef __cplusplus", 'extern "C" {', "#endif", ""]
    body += _macros(man) + [""] + declarations(man)
    body += ["", "#ifdef __cplusplus", "}", "#endif", "", f"#endif /* {guard} */"]
    return "\n".join(head + body) + "\n"

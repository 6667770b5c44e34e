"""Readable text of a Plan (GV_DEBUG dumps and structural tests)."""

from __future__ import annotations


def _acc(a) -> str:
    return f"b{a.buf}[{a.offset}; {','.join(str(s) for s in a.strides)}]"


def _expr(e) -> str:
    if e[0] == "op":
        attrs = "".join(f" {k}={v}" for k, v in e[2])
        return f"{e[1]}({', '.join(f'e{i}' for i in e[3])}){attrs}"
    return f"{e[0]} {e[1]}"


def format_plan(plan) -> str:
    lines = [f"plan {plan.name}: arena {plan.arena} bytes"]
    for b in plan.buffers:
        where = f" @{b.offset}" if b.offset is not None else f" #{b.index}"
        lines.append(f"  b{b.id} {b.kind}{where} {b.dtype.name}[{b.size}] %{b.name}")
    for k in plan.kernels:
        lines.append(f"  {k.name} ({k.kind}{' ' + k.op if k.op else ''}) <- "
                     f"{', '.join(k.nodes)}")
        if k.kind == "op":
            ins = ", ".join(f"b{v.buf}" for v in k.inputs)
            lines.append(f"    {k.op}({ins}) -> b{k.outputs[0].buf} {k.attrs}")
        for lp in k.loops:
            lines.append(f"    loop [{', '.join(str(d) for d in lp.domain)}]  # {lp.comment}")
            for i, a in enumerate(lp.loads):
                lines.append(f"      load{i} = {_acc(a)}")
            for i, e in enumerate(lp.exprs):
                lines.append(f"      e{i} = {_expr(e)}")
            for s in lp.sinks:
                lines.append(f"      {s.mode} e{s.expr} -> {_acc(s.access)}")
    outs = ", ".join(f"{o.kind} {o.id}" for o in plan.outputs)
    lines.append(f"  return {outs}")
    return "\n".join(lines)

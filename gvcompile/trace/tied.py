"""Tied parameters: one array object held by several layers (``b.weight = a.weight``).

Tracing gives each (layer, field) its own argument; ``merge_tied_params`` makes the arguments
bound to one array a single argument, so autodiff sums the gradients of all its uses into one
(PyTorch's one ``.grad`` of a shared parameter), an optimizer updates it once, and no in-place
update of the array can overwrite a value another argument still reads.
"""

from __future__ import annotations

from ..ir.graph import Graph


def held_array(bind):
    """The array object a parameter binding holds, read without copying a device-resident
    value back (gvcompile/compiled/device_state.py keeps the host array's identity; only
    identity matters)."""
    v = vars(bind.layer).get(bind.field)
    return bind.get() if v is None else v


def merge_tied_params(graph: Graph) -> dict:
    """Merge the 'param' arguments bound to one array into the first of them; returns
    {kept binding: [bindings merged into it]} (every layer field that holds the array)."""
    first: dict[int, int] = {}
    merged: dict = {}
    for nid in sorted(a for a in graph.args if graph.op(a) == "param"):
        bind = graph.node(nid)["binding"]
        keep = first.setdefault(id(held_array(bind)), nid)
        if keep != nid:
            merged.setdefault(graph.node(keep)["binding"], []).append(bind)
            graph.replace_uses(nid, keep)
            graph.remove_node(nid)
    return merged

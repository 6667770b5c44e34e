"""The IR: a Graph wraps a networkx.MultiDiGraph; each node is one op producing one value.

Node attributes: ``op`` (name in OPS), ``inputs`` (operand ids, in order: never inferred from
edges), ``attrs`` (dict, treated as frozen), ``type`` (TensorType), ``name`` (readable, unique),
``src`` (layer path and class, e.g. ``model[1][0] (Conv)``) and, for graph arguments, ``binding``
(where the runtime takes the value from: a user input, a layer field, a saved value ...).

Node ids grow as nodes are added, and every op's operands exist before it, so sorting by id is a
deterministic topological order; passes that rewire keep it that way (``topo_order`` checks).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

import networkx as nx

from .types import TensorType


@dataclass(frozen=True)
class Output:
    """One result of a graph: ``role`` is 'output', 'state', 'saved', 'grad' or 'input_grad';
    ``key`` says which (state binding, parameter binding, input index ...)."""

    node: int
    role: str = "output"
    key: Any = None


class Graph:
    def __init__(self, name: str = "graph"):
        self.name = name
        self.g = nx.MultiDiGraph()
        self.args: list[int] = []  # argument nodes in calling order (inputs, params, buffers)
        self.outputs: list[Output] = []
        # run-time conditions on batch symbols: (symbol, minimum, message), checked by bind_dims
        self.constraints: list[tuple[str, int, str]] = []
        self._next = 0
        self._names: set[str] = set()

    # ---- construction -------------------------------------------------------------------
    def add_node(self, op: str, inputs: Iterable[int], attrs: dict, type: TensorType,
                 src: str | None, name: str | None = None, binding: Any = None) -> int:
        nid = self._next
        self._next += 1
        inputs = tuple(inputs)
        self.g.add_node(nid, op=op, inputs=inputs, attrs=dict(attrs), type=type,
                        name=self._unique(name or op), src=src, binding=binding)
        for pos, i in enumerate(inputs):
            self.g.add_edge(i, nid, pos=pos)
        return nid

    def _unique(self, base: str) -> str:
        base = "".join(c if c.isalnum() or c == "_" else "_" for c in base) or "v"
        name, k = base, 1
        while name in self._names:
            name = f"{base}_{k}"
            k += 1
        self._names.add(name)
        return name

    def set_inputs(self, nid: int, inputs: Iterable[int]) -> None:
        """Rewire the operands of ``nid`` (edges follow)."""
        inputs = tuple(inputs)
        for u, _, k in list(self.g.in_edges(nid, keys=True)):
            self.g.remove_edge(u, nid, k)
        for pos, i in enumerate(inputs):
            self.g.add_edge(i, nid, pos=pos)
        self.g.nodes[nid]["inputs"] = inputs

    def replace_uses(self, old: int, new: int) -> None:
        """Every use of ``old`` (operands and graph outputs) becomes ``new``."""
        for user in list(self.users(old)):
            self.set_inputs(user, tuple(new if i == old else i for i in self.node(user)["inputs"]))
        if any(o.node == old for o in self.outputs):  # rebuilt only when needed: CSE calls
            # this per duplicate, and a training step has hundreds of outputs
            self.outputs = [Output(new if o.node == old else o.node, o.role, o.key)
                            for o in self.outputs]

    def renumber(self) -> None:
        """Re-establish "ids are a topological order" after a rewrite added nodes that earlier
        nodes now use: nodes get new ids in a deterministic topological order (ties by old
        id), operands, arguments and outputs follow."""
        order = list(nx.lexicographical_topological_sort(self.g, key=lambda n: n))
        if order == sorted(order):
            return
        new_id = {old: k for k, old in enumerate(order)}
        g = nx.MultiDiGraph()
        for old in order:
            d = dict(self.g.nodes[old])
            d["inputs"] = tuple(new_id[i] for i in d["inputs"])
            g.add_node(new_id[old], **d)
            for pos, i in enumerate(d["inputs"]):
                g.add_edge(i, new_id[old], pos=pos)
        self.g = g
        self.args = [new_id[a] for a in self.args]
        self.outputs = [Output(new_id[o.node], o.role, o.key) for o in self.outputs]
        self._next = len(order)

    def remove_node(self, nid: int) -> None:
        self._names.discard(self.g.nodes[nid]["name"])
        self.g.remove_node(nid)
        if nid in self.args:
            self.args.remove(nid)

    # ---- queries ------------------------------------------------------------------------
    def node(self, nid: int) -> dict:
        return self.g.nodes[nid]

    def op(self, nid: int) -> str:
        return self.g.nodes[nid]["op"]

    def type(self, nid: int) -> TensorType:
        return self.g.nodes[nid]["type"]

    def inputs(self, nid: int) -> tuple[int, ...]:
        return self.g.nodes[nid]["inputs"]

    def users(self, nid: int) -> list[int]:
        return sorted(set(self.g.successors(nid)))

    def topo_order(self) -> list[int]:
        return sorted(self.g.nodes)

    def __len__(self) -> int:
        return self.g.number_of_nodes()

    def __contains__(self, nid: int) -> bool:
        return nid in self.g

    def output_nodes(self, role: str | None = None) -> list[int]:
        return [o.node for o in self.outputs if role is None or o.role == role]

    def __str__(self) -> str:
        from .printer import format_graph

        return format_graph(self)

    def copy(self) -> "Graph":
        new = Graph(self.name)
        new.g = self.g.copy()
        for n in new.g.nodes:
            new.g.nodes[n]["attrs"] = dict(new.g.nodes[n]["attrs"])
        new.args = list(self.args)
        new.outputs = list(self.outputs)
        new.constraints = list(self.constraints)
        new._next = self._next
        new._names = set(self._names)
        return new

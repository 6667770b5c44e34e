"""remove_dead_nodes: a node that no output depends on is removed (arguments stay: they are
the calling convention)."""

from __future__ import annotations


def remove_dead_nodes(graph) -> bool:
    live = set(graph.output_nodes()) | set(graph.args)
    stack = list(live)
    while stack:
        n = stack.pop()
        for i in graph.inputs(n):
            if i not in live:
                live.add(i)
                stack.append(i)
    dead = [n for n in graph.topo_order() if n not in live]
    for n in reversed(dead):
        graph.remove_node(n)
    return bool(dead)

"""The pass runner: an ordered list of named passes; verify the traced and the optimised graph
(GV_CHECK=1, the default) or also the graph after every pass that changed it (GV_CHECK=2), dump
the IR (GV_DEBUG>=3 after each changing pass), time them (GV_DEBUG>=1), skip some
(GV_SKIP_PASSES)."""

from __future__ import annotations

import time

from .. import config
from ..ir.printer import format_graph
from ..ops.verify import verify
from .constant_fold import fold_constants
from .cse import eliminate_common_subexpressions
from .dead_code import remove_dead_nodes
from .fold_channel_affine import fold_channel_affine
from .simplify import simplify_algebra

# Each pass mutates the graph in place and returns True when it changed something.
PIPELINE = [
    ("remove_dead_nodes", remove_dead_nodes),
    ("simplify_algebra", simplify_algebra),
    ("fold_constants", fold_constants),
    ("fold_channel_affine", fold_channel_affine),
    ("eliminate_common_subexpressions", eliminate_common_subexpressions),
    ("remove_dead_nodes", remove_dead_nodes),
]


def run_pipeline(graph, passes=None, stage: str = ""):
    passes = PIPELINE if passes is None else passes
    level = config.debug_level()
    skip = config.skip_passes()
    unknown = skip - {name for name, _ in PIPELINE} - {name for name, _ in passes}
    if unknown:
        raise ValueError(f"GV_SKIP_PASSES names unknown passes {sorted(unknown)}; the passes "
                         f"are {[name for name, _ in PIPELINE]}")
    check = config.check_level()
    if check:
        verify(graph, "trace")
    unverified = False
    if level >= 2:
        config.emit_debug(f"{stage}{graph.name}_traced", format_graph(graph))
    done = []
    for name, fn in passes:
        if name in skip:
            continue
        t0 = time.perf_counter()
        changed = fn(graph)
        dt = time.perf_counter() - t0
        done.append(name)
        if check >= 2 and changed is not False:  # a pass that changed nothing leaves a
            # verified graph (verify is ~7 ms a call on a ResNet-20 step, a third of its
            # cached compile with a call per pass: issue 16); by default the optimised graph is
            # verified once, below, and an error names every pass that ran before it
            verify(graph, " -> ".join(done))
        else:
            unverified = unverified or changed is not False
        if level >= 1:
            print(f"[gvcompile] pass {name:<34} {dt * 1e3:7.2f} ms  {len(graph)} nodes"
                  f"{'  (changed)' if changed else ''}")
        if level >= 3 and changed:
            config.emit_debug(f"{stage}{graph.name}_after_{name}", format_graph(graph))
    if check and unverified:
        verify(graph, "trace -> " + " -> ".join(done) +
               " (GV_CHECK=2 verifies after each pass, to find which)")
    if level >= 2:
        config.emit_debug(f"{stage}{graph.name}_optimised", format_graph(graph))
    return graph

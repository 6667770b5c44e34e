"""``Lin``: an integer ``a*N + b`` linear in the batch extent N.

Extents, strides, offsets and arena sizes of a kernel plan are Lins, so one compiled function
serves every batch size: backends evaluate them at run time from the N argument. A shape holds
the batch symbol at most once, so products of Lins stay linear (one factor is constant);
``check_linear(graph)`` refuses graphs with a value of shape (.., N, .., N, ..) (e.g.
``v @ transpose(v)``) with a LoweringError naming the node and its layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import LoweringError
from ..ir.types import BATCH


class NonLinearError(LoweringError, ValueError):
    """A size, stride or offset would be quadratic (or worse) in the batch extent N."""


def check_linear(graph, target: str = "cpu") -> None:
    """Raise LoweringError for the first node (in topological order) whose shape holds the batch
    symbol N on more than one axis: its size is not linear in N, which compiled plans need."""
    for nid in graph.topo_order():
        d = graph.node(nid)
        shape = d["type"].shape
        if sum(1 for e in shape if e == BATCH) < 2:
            continue
        dims = ", ".join(str(e) for e in shape)
        raise LoweringError(
            f"{d['src'] or 'graph'}: %{d['name']} = {d['op']} has shape ({dims}): target "
            f"'{target}' needs sizes linear in the batch extent N, and this value has N on "
            f"{sum(1 for e in shape if e == BATCH)} axes (N*N elements); use "
            f"target='interp', or keep the batch axis on one axis of every value")


@dataclass(frozen=True)
class Lin:
    a: int = 0  # coefficient of N
    b: int = 0  # constant part

    @staticmethod
    def of(v) -> "Lin":
        if isinstance(v, Lin):
            return v
        if v == BATCH:
            return Lin(1, 0)
        return Lin(0, int(v))

    @property
    def const(self) -> bool:
        return self.a == 0

    def __add__(self, o) -> "Lin":
        o = Lin.of(o)
        return Lin(self.a + o.a, self.b + o.b)

    __radd__ = __add__

    def __neg__(self) -> "Lin":
        return Lin(-self.a, -self.b)

    def __sub__(self, o) -> "Lin":
        return self + (-Lin.of(o))

    def __mul__(self, o) -> "Lin":
        o = Lin.of(o)
        if self.a and o.a:
            raise NonLinearError(f"({self}) * ({o}) is not linear in the batch extent N")
        return Lin(self.a * o.b + o.a * self.b, self.b * o.b)

    __rmul__ = __mul__

    def eval(self, n: int) -> int:
        return self.a * n + self.b

    def __str__(self) -> str:
        if not self.a:
            return str(self.b)
        head = "N" if self.a == 1 else f"{self.a}*N"
        return head if not self.b else f"{head}{'+' if self.b > 0 else '-'}{abs(self.b)}"


def lin_shape(shape) -> tuple[Lin, ...]:
    return tuple(Lin.of(d) for d in shape)


def numel(shape) -> Lin:
    out = Lin(0, 1)
    for d in shape:
        out = out * Lin.of(d)
    return out


def contiguous_strides(shape) -> tuple[Lin, ...]:
    out, acc = [], Lin(0, 1)
    for d in reversed(shape):
        out.append(acc)
        acc = acc * Lin.of(d)
    return tuple(reversed(out))

"""``Lin``: an integer ``a*N + b`` linear in the batch extent N.

Extents, strides, offsets and arena sizes of a kernel plan are Lins, so one compiled function
serves every batch size: backends evaluate them at run time from the N argument. A shape holds
the batch symbol at most once, so products of Lins stay linear (one factor is constant).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ir.types import BATCH


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
            raise ValueError(f"({self}) * ({o}) is not linear in N")
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

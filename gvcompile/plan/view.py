"""Strided views: how a kernel addresses a buffer. Movement ops (transpose, slice, flip,
broadcast_to, reshape of a contiguous view) are folded into the views of their consumers, so
they cost nothing unless a result has to be materialised."""

from __future__ import annotations

from dataclasses import dataclass

from .extent import Lin, contiguous_strides, lin_shape


@dataclass(frozen=True)
class View:
    buf: int  # Buffer id in the plan
    offset: Lin  # in elements
    shape: tuple[Lin, ...]
    strides: tuple[Lin, ...]  # in elements; 0 on broadcast axes, negative on flipped axes

    @staticmethod
    def contiguous(buf: int, shape) -> "View":
        return View(buf, Lin(), lin_shape(shape), contiguous_strides(shape))

    def is_contiguous(self) -> bool:
        return self.strides == contiguous_strides(self.shape)

    def transpose(self, perm) -> "View":
        return View(self.buf, self.offset, tuple(self.shape[p] for p in perm),
                    tuple(self.strides[p] for p in perm))

    def slice(self, axis: int, start: int, stop: int) -> "View":
        shape = list(self.shape)
        shape[axis] = Lin(0, stop - start)
        return View(self.buf, self.offset + self.strides[axis] * start, tuple(shape),
                    self.strides)

    def flip(self, axes) -> "View":
        off, strides = self.offset, list(self.strides)
        for a in axes:
            off = off + strides[a] * (self.shape[a] - 1)
            strides[a] = -strides[a]
        return View(self.buf, off, self.shape, tuple(strides))

    def reshape(self, shape) -> "View":
        assert self.is_contiguous(), "reshape of a strided view must be materialised first"
        return View(self.buf, self.offset, lin_shape(shape), contiguous_strides(shape))

    def over(self, domain) -> tuple[Lin, ...]:
        """Strides of this view broadcast (NumPy rules, right-aligned) over a loop domain."""
        domain = lin_shape(domain)
        lead = len(domain) - len(self.shape)
        assert lead >= 0, (self.shape, domain)
        out = [Lin()] * lead
        for d, s, t in zip(self.shape, self.strides, domain[lead:], strict=True):
            if d == t:
                out.append(s)
            else:
                assert d == Lin(0, 1), f"cannot broadcast {d} to {t}"
                out.append(Lin())
        return tuple(out)

    def broadcast_to(self, shape) -> "View":
        return View(self.buf, self.offset, lin_shape(shape), self.over(shape))

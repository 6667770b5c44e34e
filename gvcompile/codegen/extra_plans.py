"""Plan rules of the op families planned outside plan_builder.py (pooling, recurrences, random
numbers, time-axis selection): ``EXTRA_PLANS[op](plan_builder, nid) -> View``."""

from __future__ import annotations

from .pool_plan import POOL_PLANS
from .rnn_plan import RNN_PLANS

EXTRA_PLANS = {**POOL_PLANS, **RNN_PLANS}

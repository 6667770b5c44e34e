"""Normalisation ops: none of their own. LayerNorm, InstanceNorm and GroupNorm (like BatchNorm)
are composed at trace time from reduce_mean, sub, mul, rsqrt and reshape (trace/rules_flux.py),
so every backend gets them, and their fusion, from those ops."""

"""Tracing: containers and layers -> Graph. One rule per layer class (``trace_rule``)."""

from . import rules_basic, rules_conv, rules_flux  # noqa: F401  (register rules)
from .context import TRACE_RULES, TraceContext, current_context, trace_rule
from .module import trace_module

__all__ = ["TRACE_RULES", "TraceContext", "current_context", "trace_rule", "trace_module"]

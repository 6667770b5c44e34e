"""Tracing: containers and layers -> Graph. One rule per layer class (``trace_rule``)."""

from . import rules_basic  # noqa: F401  (registers rules)
from .context import TRACE_RULES, TraceContext, current_context, trace_rule
from .module import trace_module

__all__ = ["TRACE_RULES", "TraceContext", "current_context", "trace_rule", "trace_module"]

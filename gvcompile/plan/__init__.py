"""The backend-neutral kernel plan (Graph -> Plan: views, fused loops, op kernels, memory) and
the scalar-op protocol; gvcompile/llvm and gvcompile/cuda generate code from it."""

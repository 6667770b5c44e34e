"""The CPU backend: kernel plan -> LLVM IR (llvmlite) -> host machine code."""

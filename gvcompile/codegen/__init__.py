"""Backend-neutral code generation: kernel plan, scalar-op protocol; llvm/ and cuda/ emitters."""

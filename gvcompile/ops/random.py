"""random ops (to be filled)."""

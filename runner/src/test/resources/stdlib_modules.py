"""Prints the names of the standard library's top-level modules, one a line (Python 3.10 or newer)."""
import sys

print("\n".join(sorted(sys.stdlib_module_names)))

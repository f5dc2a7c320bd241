"""The ``parley`` command line: thin wrappers over the library.

Each command group lives in its own module and registers itself on :data:`main`;
``_COMMAND_MODULES`` lists them. Every command has ``--help`` with an example
(``tests/test_cli_docs.py`` fails when one is missing).
"""

from __future__ import annotations

import importlib

from parley.cli.app import main

__all__ = ["main"]

_COMMAND_MODULES = (
    "parley.cli.core",
    "parley.cli.evaluate",
    "parley.cli.bench",
    "parley.cli.serve",
    "parley.cli.notions",
)

for _module in _COMMAND_MODULES:
    importlib.import_module(_module)

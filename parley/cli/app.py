"""The root command group, shared options and error conversion."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
from rich.console import Console

from parley.errors import InputError, NotFoundError, ParleyError

F = TypeVar("F", bound=Callable[..., Any])

# Results go to stdout; progress, summaries and errors go to stderr so pipes stay clean.
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
# Import names of what `pip install 'parley[web]'` adds: the API, the UI and the charts need them; extracting does not.
WEB_EXTRA = frozenset({"fastapi", "starlette", "uvicorn", "jinja2", "matplotlib", "swagger_ui_bundle"})


class ParleyGroup(click.Group):
    """Turns parley errors into one-line messages and exit codes instead of tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NotFoundError as exc:
            err.print(f"[red]error:[/red] {exc}")
            sys.exit(3)
        except InputError as exc:
            err.print(f"[red]error:[/red] {exc}")
            sys.exit(2)
        except ParleyError as exc:
            err.print(f"[red]error:[/red] {exc}")
            sys.exit(1)
        except ModuleNotFoundError as exc:
            if (exc.name or "").partition(".")[0] not in WEB_EXTRA:
                raise
            err.print(f"[red]error:[/red] this needs {exc.name}, which comes with the web extra: pip install 'parley\\[web]'")
            sys.exit(1)


@click.group(cls=ParleyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="parley")
def main() -> None:
    """parley: who said what, to whom, through which outlet, about which notion.

    \b
    Examples:
      parley ingest examples/ --db parley.db
      parley search "indivisible security"
      parley extract examples/seed/seed-article.txt
    """


def open_existing_store(db: str) -> Any:
    """The store at ``db`` for a read command: a missing database is an error, never created empty.

    A mistyped ``--db`` used to create a fresh database and report zeros with exit 0.
    """
    from pathlib import Path

    from parley.store import open_store

    path = db[len("sqlite:///") :] if db.startswith("sqlite:///") else db
    is_file_path = path != ":memory:" and "://" not in path
    if is_file_path and not Path(path).is_file():
        shown = path if Path(path).is_absolute() or path.startswith(".") else f"./{path}"
        raise InputError(f"no database at {shown} — run parley ingest first or pass --db")
    return open_store(db)


def db_option(func: F) -> F:
    """``--db PATH`` (default ``$PARLEY_DB`` or ``parley.db``)."""
    return click.option(
        "--db",
        "db",
        envvar="PARLEY_DB",
        default="parley.db",
        show_default=True,
        help="SQLite database path (or set PARLEY_DB).",
    )(func)

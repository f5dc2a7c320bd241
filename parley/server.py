"""The server: one FastAPI application with the REST API under ``/api``, the web UI at ``/`` and
local API docs at ``/docs``.

This is the only module that knows both interfaces: :mod:`parley.api` and :mod:`parley.web` are
siblings that never import each other (``tests/test_layers.py``), and neither imports this one.
Both read the store through ``request.app.state.store`` (one connection per worker thread).

Nothing is loaded from outside: Swagger UI comes from the ``swagger-ui-bundle-v2``
package and the UI's CSS and JS from ``parley/web/static``, so the server works
on machines without internet. Every response carries a Content-Security-Policy
that allows only parley's own scripts and styles.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from parley import __version__
from parley.api import API_DESCRIPTION, OPENAPI_TAGS, ingest_router
from parley.api import router as api_router
from parley.api.ingest_guard import IngestGuard
from parley.errors import InputError, NotFoundError, ParleyError
from parley.store.pool import StorePool, ThreadStore
from parley.web import STATIC_DIR, render_error
from parley.web import router as web_router

__all__ = ["CSP", "create_app"]

log = logging.getLogger("parley.api")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Only parley's own files; no inline script or style. Charts are SVG images with their own stricter policy.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

def _wants_json(scope: Scope) -> bool:
    path = scope.get("path", "")
    return path.startswith("/api") or path == "/openapi.json"


def error_response(scope: Scope, status: int, message: str, errors: list[dict[str, Any]] | None = None) -> Response:
    """JSON ``{status, message}`` for the API; a small HTML page for the web UI. Never a traceback."""
    if _wants_json(scope):
        body: dict[str, Any] = {"status": status, "message": message}
        if errors is not None:
            body["errors"] = errors
        return JSONResponse(body, status_code=status)
    return render_error(status, message)


class SecurityHeaders:
    """Adds CSP and friends to every response, and turns any escaped exception into a clean 500."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        head = scope.get("method") == "HEAD"
        if head:  # answer HEAD like GET without the body (uptime checks, curl -I)
            scope = {**scope, "method": "GET"}

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.encode()))
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in names)
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            response = error_response(scope, 500, "internal server error; the server log has the details")
            await response(scope, receive, send_with_headers)


def _validation_message(errors: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    details = []
    for error in errors:
        loc = [str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body")]
        where = ".".join(loc) or "request"
        details.append({"parameter": where, "location": str((error.get("loc") or ["?"])[0]), "reason": error.get("msg", "")})
    message = "; ".join(f"{d['parameter']}: {d['reason']}" for d in details) or "invalid request"
    return f"invalid parameter: {message}", details


def create_app(db: str, token: str | None = None) -> FastAPI:
    """The parley web application over the store at ``db``.

    ``token`` enables ``POST /api/ingest`` (and requires it as a Bearer token on every write);
    without it the server is read-only and that route does not exist.
    """
    pool = StorePool(db)

    @asynccontextmanager
    async def lifespan(application: FastAPI) -> AsyncIterator[None]:
        yield
        extractor = getattr(application.state, "extractor", None)  # the ingest child process, if started
        if extractor is not None:
            extractor.shutdown(wait=False, cancel_futures=True)
        pool.close()

    app = FastAPI(
        title="parley",
        version=__version__,
        description=API_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        openapi_tags=OPENAPI_TAGS + ([{"name": "ingest", "description": "Writes; need the server's token."}] if token else []),
    )
    app.state.pool = pool
    app.state.store = ThreadStore(pool)
    app.state.token = token

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        if exc.status_code == 405:
            message = f"method {request.method} is not allowed on {request.url.path}"
        response = error_response(request.scope, exc.status_code, message)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        message, details = _validation_message(list(exc.errors()))
        return error_response(request.scope, 422, message, details)

    @app.exception_handler(NotFoundError)
    async def _not_found(request: Request, exc: NotFoundError) -> Response:
        return error_response(request.scope, 404, str(exc))

    @app.exception_handler(InputError)
    async def _bad_input(request: Request, exc: InputError) -> Response:
        return error_response(request.scope, 422, str(exc))

    @app.exception_handler(ParleyError)
    async def _parley_error(request: Request, exc: ParleyError) -> Response:
        log.error("%s on %s", exc, request.url.path)
        return error_response(request.scope, 500, str(exc))

    app.include_router(api_router)
    if token:
        app.include_router(ingest_router)
        app.add_middleware(IngestGuard, token=token, respond=error_response)  # token and size before the body is read
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _mount_docs(app)
    app.add_middleware(SecurityHeaders)
    return app


def _mount_docs(app: FastAPI) -> None:
    import swagger_ui_bundle

    app.mount("/docs/assets", StaticFiles(directory=str(swagger_ui_bundle.swagger_ui_path)), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        # The initialiser is a static file (/static/js/docs.js): the CSP allows no inline script.
        return HTMLResponse(
            """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>parley API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" href="/static/favicon.svg">
</head><body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/static/js/docs.js"></script>
</body></html>"""
        )

"""``POST /api/ingest`` checks its token before reading a byte of the body, and caps the body as it streams.

FastAPI reads and parses a request body before it runs the route's dependencies, so a token
check written as a dependency came after a 200 MB body was in memory (and a bad JSON body without
a token got 422, telling a stranger about the schema). This ASGI layer sits in front of the route.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable

from fastapi import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["MAX_INGEST_BODY_BYTES", "IngestGuard"]

# 500 articles (the request's cap) of a long news story each, with JSON escapes; larger is no news batch.
MAX_INGEST_BODY_BYTES = 64_000_000
INGEST_PATH = "/api/ingest"


class IngestGuard:
    def __init__(
        self, app: ASGIApp, token: str, limit: int | None = None,
        respond: Callable[[Scope, int, str], Response] | None = None,
    ) -> None:
        self.app = app
        self.token = token.encode()
        self.limit = limit or MAX_INGEST_BODY_BYTES
        # The server passes its own error body (api never imports the server that mounts it).
        self.respond = respond or (lambda scope, status, message: _plain_error(status, message))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") != INGEST_PATH or scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        headers = {name.lower(): value for name, value in scope.get("headers", [])}
        if not self._authorised(headers.get(b"authorization", b"")):
            await self._refuse(scope, receive, send, 401, "a valid 'Authorization: Bearer <token>' header is required")
            return
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send, 413, f"request body over {self.limit:,} bytes")
            return
        await self.app(scope, self._capped(receive), send)

    def _authorised(self, header: bytes) -> bool:
        scheme, _, given = header.partition(b" ")
        return scheme.lower() == b"bearer" and hmac.compare_digest(given.strip(), self.token)

    def _capped(self, receive: Receive) -> Receive:
        """``receive`` that stops a body (chunked, or lying about its length) once it passes the cap."""
        received = 0
        limit = self.limit

        async def capped() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # An HTTPException passes through FastAPI's body reading and becomes the usual error body.
                    raise HTTPException(413, f"request body over {limit:,} bytes")
            return message

        return capped

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, status: int, message: str) -> None:
        response = self.respond(scope, status, message)
        if status == 401:
            response.headers["WWW-Authenticate"] = "Bearer"
        response.headers["Connection"] = "close"  # the unread body is not drained
        await response(scope, receive, send)


def _plain_error(status: int, message: str) -> Response:
    from starlette.responses import JSONResponse

    return JSONResponse({"detail": message}, status_code=status)

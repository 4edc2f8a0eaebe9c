"""The ASGI middleware that applies ServerLimits (web/limits.py) in front of Gradio's routes:
request bodies counted and capped before anything parses them, slow bodies cut off, a client
past its share of the queue turned away, schema routes hidden, error bodies kept short, and on
a kiosk the exact Gradio version left out of the page. `app_options` gives it to Gradio.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Iterable
from typing import Any

from .limits import (
    BAD_REQUEST_EN,
    BAD_REQUEST_TH,
    DRAIN_BYTES,
    DRAIN_S,
    ERROR_BODY_BYTES,
    PAGE_ROUTES,
    QUEUE_ROUTES,
    RETRY_AFTER_S,
    SCHEMA_PATHS,
    SHARE_EN,
    SHARE_TH,
    TOO_LARGE_EN,
    TOO_LARGE_PAGE_EN,
    TOO_LARGE_PAGE_TH,
    TOO_LARGE_TH,
    TOO_SLOW_EN,
    TOO_SLOW_TH,
    Message,
    Receive,
    Scope,
    Send,
    ServerLimits,
    UnreadAnswers,
    header_value,
    questions_of,
    settle_origin,
)

log = logging.getLogger(__name__)

# --- responses -------------------------------------------------------------------------------


async def _respond(
    send: Send, status: int, message: str, headers: Iterable[tuple[bytes, bytes]] = ()
) -> None:
    body = json.dumps({"detail": message}, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _retry_after() -> list[tuple[bytes, bytes]]:
    return [(b"retry-after", str(RETRY_AFTER_S).encode())]


# --- the middleware --------------------------------------------------------------------------


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class RequestGuard:
    """ASGI middleware: the limits above, in front of Gradio's routes (see the module doc)."""

    def __init__(self, app: Any, limits: ServerLimits | None = None) -> None:
        self.app = app
        self.limits = limits or ServerLimits()
        self.unread = UnreadAnswers(self.limits.unread_answers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        settle_origin(scope, self.limits)
        if scope["type"] == "websocket":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if SCHEMA_PATHS.search(path):
            await _respond(send, 404, "Not Found")
            return
        try:
            body = await self._read_body(scope, receive)
        except _Refused as refused:
            await _respond(send, refused.status, refused.message)
            return
        if scope.get("method") == "POST" and QUEUE_ROUTES.match(path):
            client = scope.get("client")
            who = client[0] if client else ""
            if questions_of(scope.get("app"), who) >= self.limits.client_share:
                log.info(
                    "client %s has %d questions queued: refused", who, self.limits.client_share
                )
                await _respond(send, 429, f"{SHARE_TH} / {SHARE_EN}", _retry_after())
                return
        self.unread.sweep(scope.get("app"), time.monotonic())
        guarded = self._guard_send(scope, _timed(send, self.limits.send_timeout_s))
        try:
            await self.app(scope, _replay(body, receive), guarded)
        except Exception as error:
            if not isinstance(error, _SlowReader) and not isinstance(
                error.__context__, _SlowReader
            ):
                raise
            client = scope.get("client")
            log.info("%s did not read its reply in time: connection dropped", client and client[0])

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes:
        path = scope.get("path", "")
        cap = self.limits.body_cap(path)
        too_large = (
            f"{TOO_LARGE_PAGE_TH} / {TOO_LARGE_PAGE_EN}"
            if path in PAGE_ROUTES
            else f"{TOO_LARGE_TH} ({cap:,} bytes) / {TOO_LARGE_EN} (at most {cap:,} bytes)"
        )
        length = header_value(list(scope.get("headers", [])), b"content-length")
        if length is not None:
            try:
                declared = int(length.split(",")[0])
            except ValueError:
                raise _Refused(400, f"{BAD_REQUEST_TH} / {BAD_REQUEST_EN}") from None
            if declared > cap:
                if declared <= DRAIN_BYTES:  # small enough to read to its end: a clean 413
                    await _drain(receive)
                raise _Refused(413, too_large)
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + self.limits.body_timeout_s
        while True:
            remaining = deadline - time.monotonic()
            try:
                message = await asyncio.wait_for(receive(), max(remaining, 0.001))
            except TimeoutError:
                raise _Refused(408, f"{TOO_SLOW_TH} / {TOO_SLOW_EN}") from None
            if message["type"] == "http.disconnect":
                raise _Refused(400, f"{BAD_REQUEST_TH} / {BAD_REQUEST_EN}")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > cap:
                if message.get("more_body", False):
                    await _drain(receive)
                raise _Refused(413, too_large)
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _guard_send(self, scope: Scope, send: Send) -> Send:
        """Error responses are cut to a short message when long (no refused input comes back
        whole); the page is served as Thai and names no other site (`_page_as_ours`); in kiosk
        mode the page and /config name no Gradio version."""
        get = scope.get("method") == "GET"
        page = get and scope.get("path") == "/"
        rewrite_version = (
            self.limits.hide_version and get and scope.get("path") in ("/", "/config", "/config/")
        )
        held: dict[str, Any] = {}
        parts: list[bytes] = []

        async def guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                status = message["status"]
                if status >= 400 or ((rewrite_version or page) and status == 200):
                    held["start"] = message
                    held["error"] = status >= 400
                    return
                await send(message)
                return
            if message["type"] != "http.response.body" or "start" not in held:
                await send(message)
                return
            if held.get("done"):
                return
            parts.append(message.get("body", b""))
            total = sum(len(part) for part in parts)
            if held["error"] and total > ERROR_BODY_BYTES:
                held["done"] = True
                await _respond(
                    send, held["start"]["status"], f"{BAD_REQUEST_TH} / {BAD_REQUEST_EN}"
                )
                return
            if message.get("more_body", False):
                return
            body = b"".join(parts)
            if not held["error"] and rewrite_version:
                body = _without_version(body, held["start"])
            if not held["error"] and page:
                body = _page_as_ours(body, held["start"])
            start = dict(held["start"])
            start["headers"] = [
                (key, value) for key, value in start.get("headers", []) if key != b"content-length"
            ] + [(b"content-length", str(len(body)).encode())]
            await send(start)
            await send({"type": "http.response.body", "body": body})

        return guarded


_VERSION_FIELD = re.compile(rb'"version":\s*"(\d+)\.[0-9A-Za-z.+-]*"')


def _without_version(body: bytes, start: Message) -> bytes:
    """The exact Gradio version replaced by its major number: the page prefixes its CSS with the
    version and gradio_client compares it, so it cannot go, but "6" says nothing exploitable."""
    encoding = dict(start.get("headers", [])).get(b"content-encoding")
    if encoding not in (None, b"identity"):
        return body
    return _VERSION_FIELD.sub(rb'"version":"\1"', body)


_HTML_LANG = re.compile(rb"(<html\b[^>]*?\blang=)\"[^\"]*\"")
# Gradio's page template advertises Gradio: og:url https://gradio.app/, og:image and
# twitter:image on raw.githubusercontent.com, "Click to try out the app!".
_SHARE_META = re.compile(rb"<meta\s+(?:property=\"og:|name=\"twitter:)[^>]*>\s*")


def _page_as_ours(body: bytes, start: Message) -> bytes:
    """The page's HTML with `<html lang="th">` (Gradio's template says "en"; the page is Thai
    first, its English lines carry lang="en") and without Gradio's link-preview meta tags,
    which point at gradio.app and githubusercontent.com: a kiosk page names no other site.
    (In the browser, static/chat.js keeps lang="th" when Gradio sets the visitor's locale.)"""
    headers = dict(start.get("headers", []))
    if headers.get(b"content-encoding") not in (None, b"identity"):
        return body
    if not headers.get(b"content-type", b"").startswith(b"text/html"):
        return body
    body = _HTML_LANG.sub(rb'\1"th"', body, count=1)
    return _SHARE_META.sub(b"", body)


async def _drain(receive: Receive) -> None:
    """Read and drop a little more of a refused body before answering: a client still sending
    when the server closes gets a reset instead of the 413 (HTTP's "lingering close"). A body
    that ends within DRAIN_BYTES / DRAIN_S is read to its end; a larger one is cut off."""
    drained = 0
    deadline = time.monotonic() + DRAIN_S
    while drained < DRAIN_BYTES:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return
        try:
            message = await asyncio.wait_for(receive(), remaining)
        except TimeoutError:
            return
        drained += len(message.get("body", b""))
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


class _SlowReader(OSError):
    """The client did not take the reply in time (Starlette turns an OSError from send into a
    client disconnect, which ends the response)."""


def _timed(send: Send, seconds: float) -> Send:
    async def timed(message: Message) -> None:
        try:
            await asyncio.wait_for(send(message), seconds)
        except TimeoutError:
            raise _SlowReader("the client did not read the reply in time") from None

    return timed


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body already read, then whatever the connection says next (a disconnect)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


# --- FastAPI's 422 without the input ---------------------------------------------------------


async def validation_error_handler(request: Any, error: Any) -> Any:
    """FastAPI's 422 lists every field's `input`, so a refused request came back whole: here
    only where and what (at most a few lines). The log gets one line, without the input."""
    from fastapi.responses import JSONResponse

    problems = []
    for problem in list(error.errors())[:5]:
        where = ".".join(str(part) for part in problem.get("loc", ()))[:100]
        problems.append(f"{where}: {str(problem.get('msg', ''))[:100]}")
    path = getattr(getattr(request, "url", None), "path", "")
    log.warning("%s refused (422): %s", path, "; ".join(problems))
    return JSONResponse(
        {"detail": f"{BAD_REQUEST_TH} / {BAD_REQUEST_EN}: " + "; ".join(problems)},
        status_code=422,
    )


def app_options(limits: ServerLimits) -> tuple[list[Any], dict[Any, Any]]:
    """The middleware and exception handlers to give Gradio's app (launch `app_kwargs`): the
    guard first, so that nothing behind it sees an unchecked request."""
    from fastapi.exceptions import RequestValidationError
    from starlette.middleware import Middleware

    return [Middleware(RequestGuard, limits=limits)], {
        RequestValidationError: validation_error_handler
    }

"""What the server accepts from the network: request size and time, a per-client share of the
queue, forwarded headers only from named proxies, no Host reflected into the page, no schema.

An ASGI middleware (`RequestGuard`, web/guard.py) applies them in front of Gradio's routes;
`install_server_options` makes uvicorn close connections whose request never arrives whole and
stops uvicorn from believing forwarded headers itself (the guard decides, from
`ServerLimits.trusted_proxies`).

Why each limit (issue #15, probed against Gradio 6.31 / uvicorn 0.54 with h11):
- one 210 MB POST to /ask took the server to 2.8 GB and the refusal echoed 419 MB back: bodies
  are counted as they arrive (Content-Length and streamed bytes) and refused past the cap
  before anything parses them; an error body is never longer than `ERROR_BODY_BYTES`;
- a connection that sends half a request was held open for ever: a request must arrive within
  `header_timeout_s`, its body within `body_timeout_s`;
- one client posting in a loop filled the queue (7 of 8 other visitors were turned away): a
  client may have `client_share` questions waiting or running, no more;
- `Host`, `X-Forwarded-Host` and `X-Gradio-Server` were written into the page's URLs (a
  cache-poisoning risk behind a proxy), and uvicorn believed `X-Forwarded-For` from any local
  process: forwarded headers now count only from `trusted_proxies`, and a Host that is not the
  server's own address (or a name the operator gave) is replaced by that address.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

# A question is at most 1,000 characters: as JSON-escaped Thai (\uXXXX, 6 bytes a character)
# with exam choices that is under 20 KB, so 64 KiB leaves room and refuses anything larger.
MAX_BODY_BYTES = 64 * 1024
# The page sends the whole conversation with each question (Gradio's Chatbot value): one
# answer with its cards is ~65 KB as the browser sends it (~120 KB JSON-escaped), so 2 MiB
# holds about 30 questions; past that the visitor is asked to start over.
MAX_PAGE_BODY_BYTES = 2 * 1024 * 1024
PAGE_ROUTES = ("/gradio_api/queue/join",)
# Routes that put a question in the queue (the page's events and the API).
QUEUE_ROUTES = re.compile(r"^/gradio_api/(?:queue/join|call/(?:v2/)?[^/]+)/?$")
HEADER_TIMEOUT_S = 10.0
BODY_TIMEOUT_S = 30.0
# A reply the client does not take (a part of it) within this long is abandoned: a slow reader
# would otherwise hold its answer (up to ~2 MB on the page) in memory for as long as it likes.
SEND_TIMEOUT_S = 30.0
# Answers nobody has collected (a /ask call or a page event whose result stream was never
# opened): at most this many are kept, the oldest dropped first, none longer than 10 min.
# A page answer holds the whole conversation (~2 MB near the cap): 32 of them are ~70 MB.
UNREAD_ANSWERS = 32
UNREAD_MAX_AGE_S = 600.0
# A quarter of the queue (MAX_QUEUE 64): visitors behind one school's NAT share an address,
# and 16 waiting questions are under half a second of work for the two workers.
CLIENT_SHARE = 16
ERROR_BODY_BYTES = 4096
# A refused body is read on (and dropped) this far, so that a client that is still sending
# reads the 413 instead of a reset connection (see _drain).
DRAIN_BYTES = 1024 * 1024
DRAIN_S = 2.0
RETRY_AFTER_S = 2
SCHEMA_PATHS = re.compile(r"(?:^|/)(?:openapi\.json|docs|redoc)(?:/.*)?$")
# Headers that say who the client is or where the page lives: believed from named proxies only.
FORWARDED_HEADERS = frozenset(
    {
        b"forwarded",
        b"x-forwarded-for",
        b"x-forwarded-host",
        b"x-forwarded-proto",
        b"x-forwarded-port",
        b"x-forwarded-prefix",
        b"x-real-ip",
    }
)
# Gradio takes the page's address from this header verbatim (meant for Hugging Face's proxy).
ALWAYS_DROPPED = frozenset({b"x-gradio-server"})
_HOST_VALUE = re.compile(r"^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::[0-9]{1,5})?$")

TOO_LARGE_TH = "คำขอยาวเกินไป"
TOO_LARGE_EN = "request too large"
TOO_LARGE_PAGE_TH = "บทสนทนายาวเกินไป กรุณากด เริ่มใหม่"
TOO_LARGE_PAGE_EN = "the conversation is too long: press Start over"
TOO_SLOW_TH = "คำขอมาไม่ครบในเวลาที่กำหนด"
TOO_SLOW_EN = "the request did not arrive in time"
SHARE_TH = "คุณมีคำถามรอคำตอบอยู่หลายข้อแล้ว กรุณารอคำตอบก่อนแล้วค่อยถามต่อ"
SHARE_EN = "You already have several questions waiting: please wait for their answers."
BAD_REQUEST_TH = "คำขอไม่ถูกต้อง"
BAD_REQUEST_EN = "malformed request"


def _networks(values: Iterable[str]) -> tuple[Network, ...]:
    """Addresses or networks ("10.0.0.2", "10.0.0.0/8", "::1"); ValueError names a bad one."""
    networks = []
    for value in values:
        value = value.strip()
        if not value:
            continue
        try:
            networks.append(ipaddress.ip_network(value, strict=False))
        except ValueError as exc:
            raise ValueError(f"not an IP address or network: {value!r}") from exc
    return tuple(networks)


@dataclass(frozen=True)
class ServerLimits:
    """The server's limits (bytes, seconds, questions); `trusted_proxies` are IP addresses or
    networks whose forwarded headers are believed, `allowed_hosts` host names the page may be
    reached by besides the address it listens on (and localhost on loopback)."""

    max_body_bytes: int = MAX_BODY_BYTES
    max_page_body_bytes: int = MAX_PAGE_BODY_BYTES
    header_timeout_s: float = HEADER_TIMEOUT_S
    body_timeout_s: float = BODY_TIMEOUT_S
    send_timeout_s: float = SEND_TIMEOUT_S
    unread_answers: int = UNREAD_ANSWERS
    client_share: int = CLIENT_SHARE
    trusted_proxies: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ()
    hide_version: bool = False
    proxy_networks: tuple[Network, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "proxy_networks", _networks(self.trusted_proxies))
        if self.max_body_bytes < 1 or self.max_page_body_bytes < 1 or self.client_share < 1:
            raise ValueError("body limits and the client share must be at least 1")
        if not (self.header_timeout_s > 0 and self.body_timeout_s > 0 and self.send_timeout_s > 0):
            raise ValueError("timeouts must be more than 0 seconds")

    def body_cap(self, path: str) -> int:
        """The largest request body, in bytes, accepted on this path: max_page_body_bytes for the
        page's own question route (PAGE_ROUTES), max_body_bytes for any other."""
        return self.max_page_body_bytes if path in PAGE_ROUTES else self.max_body_bytes

    def is_proxy(self, address: str | None) -> bool:
        """Whether an IP address (text) is in trusted_proxies; False for None, an unparseable
        address, or when no proxy is trusted."""
        if not address or not self.proxy_networks:
            return False
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in self.proxy_networks)


# --- who the client is, and where the page lives ---------------------------------------------


def header_value(headers: list[tuple[bytes, bytes]], name: bytes) -> str | None:
    """A header's value from ASGI headers (lower-case byte names, as ASGI gives them), decoded
    as Latin-1; repeated headers joined by ","; None when absent."""
    values = [value.decode("latin-1") for key, value in headers if key == name]
    return ",".join(values) if values else None


def _split_host(value: str) -> str:
    """The host part of a Host value ("[::1]:7860" → "::1", "a.b:80" → "a.b"), lower-case."""
    if value.startswith("["):
        return value[1 : value.find("]")].lower()
    return value.rsplit(":", 1)[0].lower() if value.count(":") == 1 else value.lower()


def _own_address(scope: Scope) -> str | None:
    server = scope.get("server")
    if not server:
        return None
    host, port = server[0], server[1]
    shown = f"[{host}]" if ":" in host else host
    return shown if port is None else f"{shown}:{port}"


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def settle_origin(scope: Scope, limits: ServerLimits) -> None:
    """Rewrite scope (client, scheme, headers) so that only believable values reach Gradio.

    From a trusted proxy: the client is the last X-Forwarded-For hop that is not a trusted
    proxy, the scheme comes from X-Forwarded-Proto, X-Forwarded-Host stays if it is a host
    name. From anyone else: every forwarded header is dropped, and a Host that is not the
    address the connection reached (or localhost on loopback, or an operator-named host) is
    replaced by that address.
    """
    headers: list[tuple[bytes, bytes]] = [
        (key, value) for key, value in scope.get("headers", []) if key not in ALWAYS_DROPPED
    ]
    client = scope.get("client")
    peer = client[0] if client else None
    if limits.is_proxy(peer):
        hops = [hop.strip() for hop in (header_value(headers, b"x-forwarded-for") or "").split(",")]
        hops = [hop for hop in hops if hop]
        for hop in reversed(hops):
            if not limits.is_proxy(hop):
                scope["client"] = (hop, 0)
                break
        proto = (header_value(headers, b"x-forwarded-proto") or "").split(",")[0].strip().lower()
        if proto in ("http", "https"):
            scope["scheme"] = proto
        forwarded_host = (header_value(headers, b"x-forwarded-host") or "").split(",")[0].strip()
        headers = [
            (key, value)
            for key, value in headers
            if key != b"x-forwarded-host" or _HOST_VALUE.match(forwarded_host)
        ]
        scope["headers"] = headers
        return
    headers = [(key, value) for key, value in headers if key not in FORWARDED_HEADERS]
    host = header_value(headers, b"host")
    own = _own_address(scope)
    if own is not None and (host is None or not _host_allowed(host, scope, limits)):
        headers = [(key, value) for key, value in headers if key != b"host"]
        headers.append((b"host", own.encode("latin-1")))
    scope["headers"] = headers


def _host_allowed(host: str, scope: Scope, limits: ServerLimits) -> bool:
    if not _HOST_VALUE.match(host):
        return False
    name = _split_host(host)
    server = scope.get("server")
    listening = str(server[0]).lower() if server else ""
    if name == listening or name in (h.lower() for h in limits.allowed_hosts):
        return True
    return name == "localhost" and _is_loopback(listening)


# --- answers nobody collects ---


class UnreadAnswers:
    """Drops answers whose caller never came for them (see UNREAD_ANSWERS). Gradio keeps each
    finished event's messages until its result stream reads them, for up to 2,000 sessions:
    60 page events never read grew the server by 134 MB and it was never given back. Runs on
    the server's event loop (called by the guard, at most every `interval_s`)."""

    def __init__(self, keep: int, max_age_s: float = UNREAD_MAX_AGE_S, interval_s: float = 0.5):
        self.keep, self.max_age_s, self.interval_s = keep, max_age_s, interval_s
        self.first_seen: dict[str, float] = {}
        self.dropped = 0
        self._swept = 0.0

    def sweep(self, app: Any, now: float) -> None:
        """Drop answers nobody has come for: beyond the newest `keep`, and any older than
        max_age_s. now is a monotonic time in seconds; does nothing within interval_s of the last
        sweep, or when the app has no Gradio queue. Counts what it dropped in `dropped`."""
        if now - self._swept < self.interval_s:
            return
        self._swept = now
        blocks = app.get_blocks() if hasattr(app, "get_blocks") else None
        queue = getattr(blocks, "_queue", None)
        if queue is None:
            return
        live, pending = queue.event_ids_to_events, queue.pending_event_ids_session
        unread: dict[str, float] = {}
        for session, messages in list(queue.pending_messages_per_session.items()):
            ids = pending.get(session) or ()
            if messages.empty() or not ids or any(i in live for i in ids):
                continue  # nothing held, or its question still waiting / running
            unread[session] = self.first_seen.get(session, now)
        self.first_seen = unread
        oldest_first = sorted(unread, key=unread.__getitem__)
        excess = len(oldest_first) - self.keep
        for number, session in enumerate(oldest_first):
            if number < excess or now - unread[session] > self.max_age_s:
                queue.pending_messages_per_session.pop(session, None)
                pending.pop(session, None)
                del self.first_seen[session]
                self.dropped += 1


# --- the queue share -------------------------------------------------------------------------


def questions_of(app: Any, client: str) -> int:
    """How many questions of this client are waiting or running in Gradio's queue."""
    blocks = app.get_blocks() if hasattr(app, "get_blocks") else None
    queue = getattr(blocks, "_queue", None)
    if queue is None:
        return 0
    count = 0
    waiting = [event for q in queue.event_queue_per_concurrency_id.values() for event in q.queue]
    running = [event for job in queue.active_jobs if job for event in job]
    for event in waiting + running:
        request = getattr(event, "request", None)
        who = getattr(getattr(request, "client", None), "host", None)
        count += who == client
    return count


# --- uvicorn: a time limit on arriving requests; forwarded headers left to the guard ---------


def timed_protocol(header_timeout_s: float) -> type:
    """uvicorn's h11 protocol with a deadline for each request's head: a connection that has
    not sent a whole request line and headers within header_timeout_s of opening (or of its
    last response) is closed. uvicorn itself times out only idle keep-alive connections."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class TimedH11Protocol(H11Protocol):
        _head_timer: asyncio.TimerHandle | None = None

        def _arm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
            self._head_timer = self.loop.call_later(header_timeout_s, self._head_deadline)

        def _head_deadline(self) -> None:
            self._head_timer = None
            if self.transport.is_closing():
                return
            # IDLE: the request's head has not arrived whole (nothing, or part of it).
            if self.conn.their_state is h11.IDLE:
                log.info("closed a connection from %s: no whole request in time", self.client)
                self.transport.close()

        def connection_made(self, transport: Any) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None
            super().connection_lost(exc)

    return TimedH11Protocol


def install_server_options(limits: ServerLimits) -> None:
    """Make the servers Gradio starts from now on use the timed protocol, and not believe
    forwarded headers themselves (uvicorn trusts 127.0.0.1 by default: any local process could
    claim to be any client). Gradio builds its uvicorn Config inside launch(), so its Server
    class is where the options can be set."""
    import gradio.http_server as http_server

    base = getattr(http_server.Server, "_qa_base", http_server.Server)
    protocol = timed_protocol(limits.header_timeout_s)

    class LimitedServer(base):  # type: ignore[misc, valid-type]
        _qa_base = base

        def __init__(self, config: Any, *args: Any, **kwargs: Any) -> None:
            config.http = protocol
            config.proxy_headers = False
            config.forwarded_allow_ips = []
            super().__init__(config, *args, **kwargs)

    http_server.Server = LimitedServer  # type: ignore[misc]


# --- command line ----------------------------------------------------------------------------


def add_server_options(parser: Any) -> None:
    """`qa-bot serve` options for the limits above (argparse)."""
    parser.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="a reverse proxy (IP address or network) whose X-Forwarded-For/-Host/-Proto are "
        "believed; repeatable (default: none)",
    )
    parser.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a host name visitors use for this server (besides its address); repeatable",
    )
    parser.add_argument(
        "--client-share",
        type=int,
        default=CLIENT_SHARE,
        metavar="N",
        help=f"questions one client address may have waiting or running (default "
        f"{CLIENT_SHARE}; raise it when many visitors share one address, e.g. a school's NAT)",
    )


def limits_from_args(args: Any) -> ServerLimits:
    """ServerLimits from parsed `serve` options; ValueError names a bad value."""
    return ServerLimits(
        client_share=getattr(args, "client_share", CLIENT_SHARE),
        trusted_proxies=tuple(getattr(args, "trusted_proxy", None) or ()),
        allowed_hosts=tuple(getattr(args, "allowed_host", None) or ()),
        hide_version=bool(getattr(args, "kiosk", False)),
    )

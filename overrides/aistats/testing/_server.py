"""The mock gateway: a real HTTP/1.1 server on loopback, on its own event loop and thread.

Owning the socket is what makes faults real: the server can stop mid-chunk, stall, reset the
connection, or dribble bytes. Running on a private loop in a daemon thread means sync tests,
async tests (from inside their own running loop) and a CLI can all use it the same way.

Every wait is bounded or cancelled by :meth:`MockGateway.stop`, which aborts every client
socket, so a misbehaving client or fault can never hang a test run.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import struct
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType

from ._context import (
    DEFAULT_CREATED,
    DEFAULT_STREAM_STYLE,
    STREAM_STYLES,
    ReplyContext,
    StreamStyle,
)
from ._delivery import Ending, deliver
from ._errors import DEFAULT_ERROR_STYLE, ERROR_STYLES, ErrorStyle
from ._fault_kinds import REALISTIC, switches
from ._faults import FAULT_HEADER, Fault
from ._http import (
    MAX_BODY_BYTES,
    MAX_HEAD_BYTES,
    BadRequest,
    Headers,
    RecordedRequest,
    read_request,
)
from ._replies import MockReply
from ._responder import Responder
from ._response import Response
from ._validation import SpecSource, check_testing_extra
from ._wire import Wire, build_wire

logger = logging.getLogger("aistats.testing")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 0  # an ephemeral port, so parallel test runs never collide
API_PREFIX = "/v1"
#: The one route the gateway serves for chat (no trailing slash, nothing without ``/v1``).
CHAT_PATH = API_PREFIX + "/chat/completions"
# What the gateway answers to a CORS preflight on /v1/* (its Hono cors() middleware).
_CORS_HEADERS = [
    ("Access-Control-Allow-Origin", "*"),
    ("Access-Control-Allow-Methods", "GET,POST,PUT,PATCH,DELETE,OPTIONS"),
    (
        "Access-Control-Allow-Headers",
        "Authorization,Content-Type,X-Title,HTTP-Referer,X-Session-Id,X-User-Id,"
        "X-App-Id,X-Client,X-Gateway-Debug,traceparent",
    ),
    ("Access-Control-Max-Age", "86400"),
]
START_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 5.0
# How long stop() lets aborted connections finish their cleanup before the loop ends.
CONNECTION_DRAIN_S = 1.0
# An idle keep-alive connection is closed after this long (httpx pools reconnect transparently).
KEEP_ALIVE_IDLE_S = 60.0
# Let the transport buffer a few batches before drain() waits for the client.
WRITE_BUFFER_HIGH = 1024 * 1024
LISTEN_BACKLOG = 1024


@dataclass(eq=False)
class _Connection:
    writer: asyncio.StreamWriter
    task: asyncio.Task[None] | None


class MockGateway:
    """An embedded AI Stats gateway for tests: scripted replies, derived replies, faults.

    >>> with MockGateway() as gw:  # doctest: +SKIP
    ...     gw.enqueue(MockReply.text("Hello there"))
    ...     httpx.post(gw.base_url + "/chat/completions", json={...}).json()
    """

    def __init__(
        self,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        *,
        spec: SpecSource | None = None,
        validate: bool = True,
        require_auth: bool = True,
        created: int = DEFAULT_CREATED,
        provider: str = "mock",
        api_keys: Iterable[str] | None = None,
        models: Iterable[str] | None = None,
        error_style: ErrorStyle = DEFAULT_ERROR_STYLE,
        stream_style: StreamStyle = DEFAULT_STREAM_STYLE,
        max_body_bytes: int = MAX_BODY_BYTES,
        json_content_type: bool = True,
        faults: Sequence[Fault] = (),
    ) -> None:
        """``spec`` is the OpenAPI document (path or mapping) used for validation; ``None``
        means the packaged ``aistats_api/openapi.json``. ``validate=False`` and
        ``require_auth=False`` switch those checks off for derived replies.

        Like the gateway: ``api_keys`` are the only keys accepted (401 for any other; by
        default any ``Bearer`` key is); ``models`` the only models served (400
        ``unsupported_model_or_endpoint`` for others; by default every model is); bodies over
        ``max_body_bytes`` get 413. ``error_style="openai"`` answers errors in OpenAI's object
        form, as a proxy would; ``stream_style="realistic"`` streams as the gateway's upstream
        paths do (see :meth:`Fault.realistic`). Bodies must be sent as ``application/json``;
        ``json_content_type=False`` reads any other type as JSON too, except forms. ``faults``
        apply to every chat request (after a reply's own and before the ``X-Mock-Fault`` ones).
        """
        if error_style not in ERROR_STYLES:
            raise ValueError(f"error_style must be one of {ERROR_STYLES}, not {error_style!r}")
        if stream_style not in STREAM_STYLES:
            raise ValueError(f"stream_style must be one of {STREAM_STYLES}, not {stream_style!r}")
        if max_body_bytes < 1:
            raise ValueError("max_body_bytes must be at least 1")
        self.host = host
        self._requested_port = port
        self._port: int | None = None
        self._created = created
        self._provider = provider
        self._error_style: ErrorStyle = error_style
        self._stream_style: StreamStyle = stream_style
        self._max_body_bytes = max_body_bytes
        self._faults = tuple(faults)
        self._responder = Responder(
            spec=spec,
            validate=validate,
            require_auth=require_auth,
            api_keys=api_keys,
            models=models,
            json_content_type=json_content_type,
        )
        self._lock = threading.Condition()
        self._queue: deque[MockReply] = deque()
        self._requests: list[RecordedRequest] = []
        self._connections: set[_Connection] = set()
        self._connections_opened = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._start_error: BaseException | None = None
        self._stopped = threading.Event()
        self._ready = threading.Event()
        # Serialises start() and stop(): serve_forever() and a CLI's signal handler may race.
        self._lifecycle = threading.RLock()

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> MockGateway:
        """Start serving (idempotent); returns once the socket is listening.

        >>> gw = MockGateway().start()  # doctest: +SKIP
        """
        with self._lifecycle:
            if self._thread is not None:
                return self
            check_testing_extra()
            self._stopped.clear()
            self._ready.clear()
            self._start_error = None
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(
                target=self._run,
                args=(self._loop, self._ready),
                name="aistats-mock-gateway",
                daemon=True,
            )
            self._thread.start()
            if not self._ready.wait(START_TIMEOUT_S) or self._start_error is not None:
                error = self._start_error
                self.stop()
                if error is not None:
                    raise error
                raise RuntimeError("mock gateway did not start in time")
            return self

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> None:
        """Stop serving: abort every client connection and end the server thread.

        Returns within about ``timeout`` seconds whatever the clients do. Records are kept.

        >>> gw.stop()  # doctest: +SKIP
        """
        self._stopped.set()
        with self._lifecycle:
            loop, thread = self._loop, self._thread
            if loop is None or thread is None:
                return
            on_server_thread = threading.current_thread() is thread
            if loop.is_running() and not on_server_thread:
                future = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
                try:
                    future.result(timeout)
                except Exception:  # a slow shutdown must not fail the caller
                    logger.warning("mock gateway shutdown did not finish cleanly", exc_info=True)
            if not loop.is_closed():
                loop.call_soon_threadsafe(loop.stop)
            if not on_server_thread:
                thread.join(timeout)
            self._loop = self._thread = self._server = None
            self._ready.clear()

    def serve_forever(self) -> None:
        """Start (if needed) and block until :meth:`stop` is called from another thread.

        On Ctrl-C the server stops and ``KeyboardInterrupt`` propagates. Prints nothing.

        >>> MockGateway("127.0.0.1", 8080).serve_forever()  # doctest: +SKIP
        """
        self.start()
        try:
            # Wake up regularly so a KeyboardInterrupt is delivered promptly on every platform.
            while not self._stopped.wait(0.2):
                pass
        except KeyboardInterrupt:
            self.stop()
            raise
        finally:
            self.stop()

    def run_until_interrupted(self) -> None:
        """Like :meth:`serve_forever`, but return quietly on Ctrl-C (for CLIs).

        >>> MockGateway(port=8080).run_until_interrupted()  # doctest: +SKIP
        """
        with contextlib.suppress(KeyboardInterrupt):
            self.serve_forever()

    def __enter__(self) -> MockGateway:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> MockGateway:
        # Start and stop off the caller's loop: they block briefly on the server thread.
        return await asyncio.to_thread(self.start)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.to_thread(self.stop)

    # -- what tests use -----------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port the server listens on (known once started)."""
        if self._port is None:
            raise RuntimeError("the mock gateway is not started")
        return self._port

    @property
    def url(self) -> str:
        """``http://host:port`` (no path)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The API base URL clients use: ``http://127.0.0.1:<port>/v1``.

        >>> Client(base_url=gw.base_url, api_key="test")  # doctest: +SKIP
        """
        return self.url + API_PREFIX

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._ready.is_set() and not self._stopped.is_set()

    def enqueue(self, reply: MockReply, *, times: int = 1) -> None:
        """Queue ``reply`` for the next ``times`` chat completion requests (FIFO).

        Only ``POST /v1/chat/completions`` requests consume replies; other paths get 404.

        >>> gw.enqueue(MockReply.error(503), times=2)  # doctest: +SKIP
        """
        if not isinstance(reply, MockReply):
            raise TypeError(f"enqueue() takes a MockReply, not {type(reply).__name__}")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._queue.extend([reply] * times)

    @property
    def pending_replies(self) -> int:
        """How many scripted replies are still queued."""
        with self._lock:
            return len(self._queue)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far (a copy), oldest first.

        >>> gw.requests[-1].body["model"]  # doctest: +SKIP
        'openai/gpt-4o-mini'
        """
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> RecordedRequest:
        """The most recent request (``IndexError`` when there is none)."""
        with self._lock:
            return self._requests[-1]

    @property
    def connections_opened(self) -> int:
        """TCP connections accepted since start (or the last :meth:`reset`).

        >>> assert gw.connections_opened == 1  # keep-alive reused one connection  # doctest: +SKIP
        """
        with self._lock:
            return self._connections_opened

    @property
    def open_connections(self) -> int:
        """TCP connections open right now.

        >>> gw.wait_until_idle(); gw.open_connections  # doctest: +SKIP
        0
        """
        with self._lock:
            return len(self._connections)

    def reset(self) -> None:
        """Clear queued replies, recorded requests and the connection counter.

        >>> gw.reset()  # doctest: +SKIP
        """
        with self._lock:
            self._queue.clear()
            self._requests.clear()
            self._connections_opened = 0

    def wait_for_requests(self, count: int, timeout: float = 2.0) -> list[RecordedRequest]:
        """Wait until at least ``count`` requests were received; ``TimeoutError`` otherwise.

        >>> gw.wait_for_requests(1)[0].path  # doctest: +SKIP
        '/v1/chat/completions'
        """
        return self._wait(lambda: len(self._requests) >= count, timeout, f"{count} requests")

    def wait_until_idle(self, timeout: float = 2.0) -> None:
        """Wait until no connection is open; ``TimeoutError`` otherwise.

        >>> gw.wait_until_idle()  # doctest: +SKIP
        """
        self._wait(lambda: not self._connections, timeout, "no open connections")

    def _wait(
        self, predicate: Callable[[], bool], timeout: float, what: str
    ) -> list[RecordedRequest]:
        with self._lock:
            if not self._lock.wait_for(predicate, timeout):
                raise TimeoutError(f"mock gateway: waited {timeout}s for {what}")
            return list(self._requests)

    # -- server thread ------------------------------------------------------------------------

    def _run(self, loop: asyncio.AbstractEventLoop, ready: threading.Event) -> None:
        asyncio.set_event_loop(loop)
        try:
            self._server = loop.run_until_complete(
                asyncio.start_server(
                    self._on_connect,
                    self.host,
                    self._requested_port,
                    limit=MAX_HEAD_BYTES,
                    backlog=LISTEN_BACKLOG,
                    reuse_address=True,
                )
            )
            self._port = int(self._server.sockets[0].getsockname()[1])
        except BaseException as exc:  # handed to start() in the caller's thread
            self._start_error = exc
            ready.set()
            loop.close()
            return
        ready.set()
        try:
            loop.run_forever()
        finally:
            leftovers = asyncio.all_tasks(loop)
            for task in leftovers:
                task.cancel()
            if leftovers:
                loop.run_until_complete(asyncio.wait(leftovers, timeout=CONNECTION_DRAIN_S))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            connection.writer.transport.abort()
            if connection.task is not None:
                connection.task.cancel()
        tasks = [c.task for c in connections if c.task is not None]
        if tasks:
            await asyncio.wait(tasks, timeout=CONNECTION_DRAIN_S)

    async def _on_connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connection = _Connection(writer, asyncio.current_task())
        sock = writer.get_extra_info("socket")
        if sock is not None:
            # Every write leaves at once: faults depend on the client seeing exactly our writes.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        writer.transport.set_write_buffer_limits(high=WRITE_BUFFER_HIGH)
        with self._lock:
            self._connections_opened += 1
            self._connections.add(connection)
            self._lock.notify_all()
        ending: Ending = "close"
        try:
            ending = await self._serve(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            ending = "close"  # the client left, or stop() is tearing the connection down
        except Exception:
            logger.exception("mock gateway: unexpected error on a connection")
        finally:
            if ending == "reset" and sock is not None:
                # SO_LINGER with a zero timeout turns close() into a TCP RST.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                writer.transport.abort()
            else:
                writer.close()
            with self._lock:
                self._connections.discard(connection)
                self._lock.notify_all()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> Ending:
        while True:
            try:
                async with asyncio.timeout(KEEP_ALIVE_IDLE_S):
                    request = await read_request(reader, writer, self._max_body_bytes)
            except TimeoutError:
                return "close"
            except BadRequest as exc:
                head = Response.error(
                    400, f"Malformed HTTP request: {exc}", code="bad_http", style=self._error_style
                )
                # Answer as to a request that asked to close: the stream position is lost anyway.
                closing = Headers([("Connection", "close")])
                dummy = RecordedRequest("GET", "/", "HTTP/1.1", closing, b"")
                await deliver(build_wire(head, (), dummy), reader, writer)
                return "close"
            if request is None:
                return "close"
            with self._lock:
                self._requests.append(request)
                self._lock.notify_all()
            ending = await deliver(self._wire_for(request), reader, writer)
            if ending != "keep":
                return ending

    def _wire_for(self, request: RecordedRequest) -> Wire:
        header = request.headers.get(FAULT_HEADER)
        try:
            header_faults = self._faults + (Fault.parse(header) if header else ())
        except ValueError as exc:
            response = Response.error(
                400,
                f"{FAULT_HEADER}: {exc}",
                code="invalid_mock_fault",
                param=FAULT_HEADER,
                style=self._error_style,
            )
            return build_wire(response, (), request, self._error_style)
        try:
            response, reply_faults = self._route(request, header_faults)
        except Exception as exc:
            logger.exception("mock gateway: failed to build a reply")
            response = Response.error(
                500, f"mock gateway error: {exc!r}", code="mock_error", style=self._error_style
            )
            reply_faults = ()
        return build_wire(response, reply_faults + header_faults, request, self._error_style)

    def _route(
        self, request: RecordedRequest, header_faults: tuple[Fault, ...]
    ) -> tuple[Response, tuple[Fault, ...]]:
        path = request.path
        if request.method == "OPTIONS" and (
            path == API_PREFIX or path.startswith(API_PREFIX + "/")
        ):
            return Response(204, list(_CORS_HEADERS)), ()
        if path != CHAT_PATH:
            message = (
                f"No route for {request.method} {path}: the gateway serves POST {CHAT_PATH}"
                " (check the client's base URL ends in /v1)"
            )
            return Response.error(404, message, code="not_found", style=self._error_style), ()
        if request.method != "POST":
            # The gateway's router answers 404 here; 405 with Allow is what HTTP (and
            # Schemathesis's unsupported-method check) asks for, and fails a test just the same.
            message = f"{request.method} is not allowed on {CHAT_PATH}: use POST"
            return Response.error(
                405, message, style=self._error_style, headers=[("Allow", "POST")]
            ), ()
        with self._lock:
            reply = self._queue.popleft() if self._queue else None
        reply_faults = reply.faults if reply is not None else ()
        realistic = REALISTIC in switches((*reply_faults, *header_faults))
        ctx = ReplyContext(
            request,
            self._created,
            self._provider,
            error_style=self._error_style,
            stream_style="realistic" if realistic else self._stream_style,
        )
        if reply is None or reply.render is None:
            response = self._responder.respond(ctx)
        else:
            response = reply.render(ctx)
        return response, reply_faults

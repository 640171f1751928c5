"""`ChatStream` and `AsyncChatStream`: a streamed completion, chunk by chunk.

The decoding is shared (`_StreamDecoder`: bytes in, chunk dicts out, every chunk also merged
into the running completion); only the loops that read the socket are written twice.

Connection handling: a stream that is fully read (through ``[DONE]`` and the end of the body)
returns its connection to the pool; one that is closed early (``close()``, leaving a ``with``
block, or abandoning a ``for`` loop with ``break``) closes its connection at once, because a
half-read HTTP response cannot be reused. Neither waits for garbage collection: the iterator a
``for`` loop holds is a generator whose ``finally`` runs as soon as the loop lets go of it.
(An ``async for`` loop abandoned with ``break`` is the exception to "at once": an async
generator cannot be closed synchronously, so asyncio's async-generator hooks close it on the
event loop's next turn, still without waiting for garbage collection. ``async with`` and
``aclose()`` release at once.)
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
)
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import httpx
import orjson

from ._accumulate import ChatCompletionAccumulator
from ._error_building import excerpt, stream_error, stream_transport_error
from ._exceptions import (
    APIError,
    APIResponseValidationError,
    APIStreamError,
    IncompleteStreamError,
    StreamInUseError,
    StreamNotOpenedError,
)
from ._responses import chunk_from_dict, completion_from_dict
from ._secrets import redact_api_key
from ._sse import ServerSentEvent, SSEDecoder

if TYPE_CHECKING:
    from aistats_api.models.create_chat_completion_response import CreateChatCompletionResponse
    from aistats_api.models.create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse,
    )

__all__ = ["AsyncChatStream", "ChatStream"]

DONE_SENTINEL: Final = "[DONE]"
# The `object` of a frame that is a whole completion rather than a chunk.
WHOLE_COMPLETION_OBJECT: Final = "chat.completion"
# After `[DONE]` only the end of the body should follow; reading it lets the connection go
# back to the pool. A server that keeps talking past this much is cut off instead.
MAX_BYTES_AFTER_DONE: Final = 64 * 1024
# How long the end of a chunked body may take to follow `[DONE]` before the connection is
# closed instead of kept: a server that keeps the body open must not hold the caller.
DRAIN_READ_TIMEOUT_SECONDS: Final = 0.2


class _StreamDecoder:
    """Bytes of an event stream in, chunk payloads (dicts) out; also accumulates them.

    Decoding and handing out are two steps: `feed` decodes a network read into `pending`, and
    `deliver` takes one payload off it and merges it into the running completion. So the
    completion always holds exactly the chunks handed out so far, whatever the network did,
    and chunks decoded but not yet handed out wait in `pending` (a loop left early does not
    lose them). A failure found after good chunks of the same read waits in `error` until
    those chunks are handed out: nothing received is lost.

    What the gateway's streams look like depends on the upstream (see openapi.yaml's
    `ChatCompletionStreamEvent`): `[DONE]` may or may not end them; frames re-encoded from
    another protocol carry no `created` or `model`; on Responses-style paths the last frame is
    a whole `chat.completion`, which is passed on as the chunk of what it adds; a Responses
    `response` object that passes through is not a chunk and is skipped. Whatever follows
    `[DONE]` is ignored, bytes that are not UTF-8 included.
    """

    __slots__ = (
        "_events",
        "accumulator",
        "done",
        "ended",
        "error",
        "pending",
        "request",
        "started",
    )

    def __init__(self, request: httpx.Request | None) -> None:
        self._events = SSEDecoder()
        self.accumulator = ChatCompletionAccumulator()
        self.done = False  # `[DONE]` arrived
        self.ended = False  # the body ended
        self.error: APIError | None = None
        self.pending: deque[dict[str, Any]] = deque()
        self.request = request
        # The completion's `created` when no frame carries one.
        self.started = int(time.time())

    def completion(self) -> CreateChatCompletionResponse:
        """The completion accumulated so far. Frames that carried no `created` or `model`
        leave them to the time the stream began and the model the request named."""
        snapshot = self.accumulator.snapshot()
        if snapshot["created"] is None:
            snapshot["created"] = self.started
        if snapshot["model"] is None:
            snapshot["model"] = _requested_model(self.request)
        return completion_from_dict(snapshot, self.request)

    @property
    def exhausted(self) -> bool:
        """Nothing more can come from the body: `[DONE]`, its end, or a failure."""
        return self.done or self.ended or self.error is not None

    def feed(self, data: bytes) -> None:
        """Decode one piece of the body into `pending` (or `error`)."""
        try:
            events = self._events.feed(data)
        except APIResponseValidationError as exc:
            self.error = exc
            return
        self._decode(events)

    def finish(self) -> None:
        """The body ended: decode the last event, even without its blank line."""
        self.ended = True
        try:
            events = self._events.flush()
        except APIResponseValidationError as exc:
            self.error = exc
            return
        self._decode(events)

    def deliver(self) -> dict[str, Any]:
        """Hand out the next pending payload, merging it into the completion."""
        payload = self.pending.popleft()
        if payload.get("object") == WHOLE_COMPLETION_OBJECT:
            return self.accumulator.add_completion(payload)
        self.accumulator.add(payload)
        return payload

    def failure(self) -> APIError | None:
        """What the stream raises once `pending` is empty: a stored failure, or the
        incompleteness of a body that ended before the stream was finished."""
        error = self.error
        if error is not None:
            if isinstance(error, APIStreamError):
                error.partial = self.partial()  # everything handed out before it
            return error
        if self.ended and not self.done and self.accumulator.unfinished:
            return IncompleteStreamError(
                "The stream ended before it was finished "
                f"({self.accumulator.chunk_count} chunks received, no [DONE]).",
                partial=self.partial(),
                request=self.request,
            )
        return None

    def partial(self) -> CreateChatCompletionResponse | None:
        """Everything handed out so far as a completion (None if it cannot be typed)."""
        try:
            return self.completion()
        except APIResponseValidationError:
            return None

    def _decode(self, events: list[ServerSentEvent]) -> None:
        append = self.pending.append
        try:
            for event in events:
                data = event.data
                if data == DONE_SENTINEL:
                    self.done = True
                    return  # nothing after `[DONE]` is read, not even a decoding error
                if data:  # empty data is a keep-alive
                    payload = self._payload(event)
                    if payload is not None:
                        append(payload)
        except (APIResponseValidationError, APIStreamError) as exc:
            self.error = exc
            return
        if self._events.error is not None:
            self.error = self._events.error

    def _payload(self, event: ServerSentEvent) -> dict[str, Any] | None:
        """The chunk an event carries; None for a frame that is not a chunk (a `ping`)."""
        data = event.data
        try:
            payload = orjson.loads(data)
        except orjson.JSONDecodeError:
            # Redacted before it is cut: a key across the cut would keep its first half.
            shown = excerpt(redact_api_key(data, self.request))
            raise APIResponseValidationError(
                f"A stream event's data is not JSON: {shown!r}",
                received=shown,
                request=self.request,
            ) from None
        if type(payload) is not dict:
            shown = excerpt(redact_api_key(data, self.request))
            raise APIResponseValidationError(
                f"A stream event's data is not a JSON object: {shown!r}",
                received=payload,
                request=self.request,
            )
        if event.event == "error" or _is_error_frame(payload):
            raise stream_error(payload, self.request)
        return payload if "choices" in payload else None


def _is_compressed(response: httpx.Response) -> bool:
    return response.headers.get("content-encoding", "identity").lower() not in ("", "identity")


class _BodyReader(NamedTuple):
    """How a stream's body is read, and what may be read of it after `[DONE]`."""

    pieces: Iterator[bytes] | AsyncIterator[bytes]
    # The Content-Length, when the pieces are its bytes as sent (not decompressed).
    length: int | None
    # Whether each read honours the request's current read timeout (the `_chunked` path),
    # so the end of the body can be awaited briefly after `[DONE]`.
    timed_reads: bool


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length")
    return int(value) if value is not None and value.isdigit() else None


def _body(response: httpx.Response) -> _BodyReader:
    """The body as it arrives, read as directly as the transport allows.

    A chunked body on httpx's own HTTP/1.1 transport is unframed a network read at a time
    (`_chunked`: h11 would hand up every event's chunk separately, at ~10 us each). Otherwise
    it is read straight from the transport unless it is compressed: httpx's per-read layers
    (chunkers, identity decoder, two generators) cost about a microsecond per event.
    Transport errors are httpx exceptions on every path."""
    # Imported on the first stream, not with the package: `_chunked` needs httpcore and h11,
    # which httpx itself imports only when it builds its first transport.
    from ._chunked import chunked_body

    if (
        response.is_stream_consumed  # read already (by an event hook, say): httpx replays it
        or _is_compressed(response)
        or not isinstance(response.stream, httpx.SyncByteStream)
    ):
        return _BodyReader(response.iter_bytes(), None, timed_reads=False)
    body = chunked_body(response)
    response.is_stream_consumed = True
    if body is not None:
        return _BodyReader(body, None, timed_reads=True)
    return _BodyReader(iter(response.stream), _content_length(response), timed_reads=False)


def _abody(response: httpx.Response) -> _BodyReader:
    """The async twin of `_body`."""
    from ._chunked import achunked_body

    if (
        response.is_stream_consumed
        or _is_compressed(response)
        or not isinstance(response.stream, httpx.AsyncByteStream)
    ):
        return _BodyReader(response.aiter_bytes(), None, timed_reads=False)
    body = achunked_body(response)
    response.is_stream_consumed = True
    if body is not None:
        return _BodyReader(body, None, timed_reads=True)
    return _BodyReader(response.stream.__aiter__(), _content_length(response), timed_reads=False)


def _requested_model(request: httpx.Request | None) -> str:
    """The `model` the request body named ("" when it cannot be read)."""
    if request is None:
        return ""
    try:
        body = orjson.loads(request.content)
    except (orjson.JSONDecodeError, httpx.RequestNotRead):
        return ""
    model = body.get("model") if isinstance(body, dict) else None
    return model if isinstance(model, str) else ""


def _is_error_frame(payload: dict[str, Any]) -> bool:
    return bool(payload.get("error")) or payload.get("object") == "error"


def _content_of(payload: dict[str, Any]) -> str | None:
    """The content delta of the first choice, read without building typed objects."""
    choices = payload.get("choices")
    if not choices:
        return None
    delta = choices[0].get("delta")
    if not delta:
        return None
    content = delta.get("content")
    return content if isinstance(content, str) else None


class _StreamBase:
    """What the two streams share: everything but the loops that read the socket.

    Iterating hands out chunks one at a time; `current_completion()` is always the merge of
    exactly those handed out. Leaving a loop early (``break``) closes the connection, since a
    half-read response cannot be reused; chunks that had already arrived and not been handed
    out are not lost: the next loop over the stream hands them out, then ends. A stream that
    was left early is incomplete: `get_final_completion()` raises `IncompleteStreamError` with
    what was handed out as `partial`. (An ``async for`` left early is closed by asyncio on the
    event loop's next turn; a loop started before then goes on reading the stream.)
    """

    _decoder: _StreamDecoder
    _response: httpx.Response | None
    _reader: _BodyReader | None
    _received: int
    _reading: bool = False  # a loop is inside a read of the body (see `_claim_reading`)

    @property
    def response(self) -> httpx.Response:
        """The HTTP response: status code and headers (the body is this stream)."""
        if self._response is None:
            raise StreamNotOpenedError(
                "The stream has not been opened yet: enter it (`async with`), await it, or "
                "iterate it first."
            )
        return self._response

    def current_completion(self) -> CreateChatCompletionResponse:
        """The completion of the chunks handed out so far (reads nothing)."""
        return self._decoder.completion()

    def _final(self) -> CreateChatCompletionResponse:
        if not self._decoder.done and self._decoder.accumulator.unfinished:
            raise IncompleteStreamError(
                "The stream was closed before it was finished.",
                partial=self._decoder.partial(),
                request=self._decoder.request,
            )
        return self.current_completion()

    def _claim_reading(self) -> None:
        """Mark a read of the body as under way; two loops reading one stream at once (two
        tasks, two threads) get a `UsageError` instead of Python's "generator already
        running", and the loop already reading is left to go on."""
        if self._reading:
            raise StreamInUseError(
                "Another loop is reading this stream right now: iterate a stream from one "
                "task or thread at a time."
            )
        self._reading = True

    def _take(self, data: bytes | None) -> None:
        """One read of the body into the decoder; None is its end."""
        if data is None:
            self._decoder.finish()
        else:
            self._received += len(data)
            self._decoder.feed(data)

    def _translate(self, exc: httpx.HTTPError) -> APIError:
        """A transport error while reading the body: nothing received may be lost."""
        return stream_transport_error(exc, self._decoder.request, self._decoder.partial())

    def _prepare_drain(self) -> bool:
        """After `[DONE]`: whether to read the rest of the body, which keeps the connection
        for the next request (otherwise it is closed). On the `_chunked` path the read timeout
        is shortened to DRAIN_READ_TIMEOUT_SECONDS first, so a body left open cannot hold the
        caller up. A Content-Length body is read on only when all of it has arrived. On the
        ordinary path otherwise (a compressed or chunked body on another transport, or
        versions of httpcore without the names `_chunked` needs) the rest is read within the
        read timeout: httpcore fixes a body's read timeout when the body starts, so it cannot
        be shortened there, and a server that keeps such a body open after `[DONE]` is waited
        for."""
        reader = self._reader
        if reader is None:
            return False
        if reader.timed_reads:
            request = self._decoder.request
            if request is not None:
                timeouts = dict(request.extensions.get("timeout", {}))
                timeouts["read"] = DRAIN_READ_TIMEOUT_SECONDS
                request.extensions["timeout"] = timeouts
                return True
            return False
        if reader.length is not None:
            # All of a Content-Length body is here, or the server holds back what it declared.
            return self._received >= reader.length
        return True


class ChatStream(_StreamBase):
    """A streamed chat completion. Iterate it for typed chunks, or use `text_stream`.

    >>> with client.stream_text(model="openai/gpt-4o-mini", messages=messages) as stream:
    ...     for text in stream.text_stream:
    ...         print(text, end="", flush=True)
    ...     completion = stream.get_final_completion()
    You said: "Say hello"...
    """

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._decoder = _StreamDecoder(response.request)
        self._reader = _body(response)
        self._received = 0
        self._closed = False

    def __iter__(self) -> Iterator[CreateChatCompletionStreamResponse]:
        request = self._decoder.request
        for payload in self._payloads():
            yield chunk_from_dict(payload, request)

    @property
    def text_stream(self) -> Iterator[str]:
        """The content text deltas of the (first) choice, as they arrive."""
        for payload in self._payloads():
            text = _content_of(payload)
            if text:
                yield text

    def get_final_completion(self) -> CreateChatCompletionResponse:
        """Read the rest of the stream and return the completion accumulated from every chunk."""
        for _ in self._payloads():
            pass
        return self._final()

    def until_done(self) -> None:
        """Read the rest of the stream, discarding it (the completion stays available)."""
        for _ in self._payloads():
            pass

    def close(self) -> None:
        """Release the connection now. Safe to call more than once."""
        if not self._closed:
            self._closed = True
            if self._response is not None:
                self._response.close()

    def __enter__(self) -> ChatStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _payloads(self) -> Generator[dict[str, Any], None, None]:
        """Every payload not yet handed out. Closes the response when done, failed or left."""
        decoder = self._decoder
        pending = decoder.pending
        pieces: Iterator[bytes] = self._reader.pieces  # type: ignore[union-attr,assignment]
        in_use = False
        try:
            while True:
                while pending:
                    yield decoder.deliver()
                if decoder.exhausted or self._closed:
                    break
                self._claim_reading()
                try:
                    data = next(pieces, None)
                except httpx.HTTPError as exc:
                    raise self._translate(exc) from exc
                finally:
                    self._reading = False
                self._take(data)
            failure = decoder.failure()
            if failure is not None:
                raise failure
            if decoder.done and not self._closed and self._prepare_drain():
                self._drain(pieces)
        except StreamInUseError:
            in_use = True  # the loop that is reading owns the stream: leave it open
            raise
        finally:
            if not in_use:
                self.close()

    def _drain(self, pieces: Iterator[bytes]) -> None:
        seen = 0
        try:
            for data in pieces:
                seen += len(data)
                if seen > MAX_BYTES_AFTER_DONE:
                    return
        except httpx.HTTPError:
            return  # Everything that mattered arrived; the connection is closed below.


class AsyncChatStream(_StreamBase):
    """The async twin of `ChatStream`.

    >>> async def main() -> None:
    ...     async with AsyncAIStats() as client:
    ...         async with client.stream_text(model="openai/gpt-4o-mini", messages=messages) as s:
    ...             async for text in s.text_stream:
    ...                 print(text, end="", flush=True)
    ...             completion = await s.get_final_completion()
    >>> asyncio.run(main())
    You said: "Say hello"...

    The request is sent when the stream is entered, awaited or iterated, whichever comes first.
    """

    def __init__(self, opener: Callable[[], Awaitable[httpx.Response]]) -> None:
        self._opener: Callable[[], Awaitable[httpx.Response]] | None = opener
        self._response = None
        self._decoder = _StreamDecoder(None)
        self._reader = None
        self._received = 0
        self._closed = False
        self._loops = 0  # loops started over this stream (see `_payloads`)

    async def _open(self) -> None:
        if self._opener is None:
            return
        opener, self._opener = self._opener, None
        response = await opener()
        self._response = response
        self._decoder.request = response.request
        self._reader = _abody(response)

    def __await__(self) -> Generator[Any, None, AsyncChatStream]:
        async def opened() -> AsyncChatStream:
            await self._open()
            return self

        return opened().__await__()

    async def __aiter__(self) -> AsyncIterator[CreateChatCompletionStreamResponse]:
        request = self._decoder.request
        async for payload in self._payloads():
            yield chunk_from_dict(payload, request or self._decoder.request)

    @property
    async def text_stream(self) -> AsyncIterator[str]:
        """The content text deltas of the (first) choice, as they arrive."""
        async for payload in self._payloads():
            text = _content_of(payload)
            if text:
                yield text

    async def get_final_completion(self) -> CreateChatCompletionResponse:
        """Read the rest of the stream and return the completion accumulated from every chunk."""
        async for _ in self._payloads():
            pass
        return self._final()

    async def until_done(self) -> None:
        """Read the rest of the stream, discarding it (the completion stays available)."""
        async for _ in self._payloads():
            pass

    async def aclose(self) -> None:
        """Release the connection now. Safe to call more than once."""
        if not self._closed:
            self._closed = True
            self._opener = None
            if self._response is not None:
                await self._response.aclose()

    close = aclose

    async def __aenter__(self) -> AsyncChatStream:
        await self._open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _payloads(self) -> AsyncGenerator[dict[str, Any], None]:
        """Every payload not yet handed out.

        asyncio closes a loop left with `break` only on the event loop's next turn, so a new
        loop may already be reading by then: only the newest loop closes the stream when it
        ends or is left (an older one, closed late, leaves it to the newest)."""
        self._loops += 1
        this_loop = self._loops
        in_use = False
        decoder = self._decoder
        pending = decoder.pending
        try:
            if not self._closed:
                await self._open()
            reader = self._reader
            pieces: AsyncIterator[bytes] | None = (
                reader.pieces if reader is not None else None  # type: ignore[assignment]
            )
            while True:
                while pending:
                    yield decoder.deliver()
                if pieces is None or decoder.exhausted or self._closed:
                    break
                self._claim_reading()
                try:
                    data = await anext(pieces, None)
                except httpx.HTTPError as exc:
                    raise self._translate(exc) from exc
                finally:
                    self._reading = False
                self._take(data)
            failure = decoder.failure()
            if failure is not None:
                raise failure
            if pieces is not None and decoder.done and not self._closed and self._prepare_drain():
                await self._drain(pieces)
        except StreamInUseError:
            # The loop that is reading owns the stream: leave it open, and its own.
            in_use = True
            if this_loop == self._loops:
                self._loops -= 1
            raise
        finally:
            if this_loop == self._loops and not in_use:
                await self.aclose()

    async def _drain(self, pieces: AsyncIterator[bytes]) -> None:
        seen = 0
        try:
            async for data in pieces:
                seen += len(data)
                if seen > MAX_BYTES_AFTER_DONE:
                    return
        except httpx.HTTPError:
            return

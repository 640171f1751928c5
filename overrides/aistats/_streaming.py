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

import json
import time
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
)
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final

import httpx
import orjson

from ._accumulate import ChatCompletionAccumulator
from ._chunked import achunked_body, chunked_body
from ._error_bodies import read_error_body
from ._exceptions import (
    APIError,
    APIResponseValidationError,
    APIStreamError,
    IncompleteStreamError,
    StreamTimeoutError,
    from_httpx_error,
)
from ._responses import chunk_from_dict, completion_from_dict, excerpt
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


class _StreamDecoder:
    """Bytes of an event stream in, chunk payloads (dicts) out; also accumulates them.

    What the gateway's streams look like depends on the upstream (see openapi.yaml's
    `ChatCompletionStreamEvent`): `[DONE]` may or may not end them; frames re-encoded from
    another protocol carry no `created` or `model`; on Responses-style paths the last frame is
    a whole `chat.completion`, which is passed on as the chunk of what it adds; a Responses
    `response` object that passes through is not a chunk and is skipped.
    """

    __slots__ = ("_events", "accumulator", "done", "error", "request", "started")

    def __init__(self, request: httpx.Request | None) -> None:
        self._events = SSEDecoder()
        self.accumulator = ChatCompletionAccumulator()
        self.done = False
        # A failure found after good chunks of the same read: those chunks are delivered
        # first (nothing received is lost), then the stream raises this.
        self.error: APIError | None = None
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

    def feed(self, data: bytes) -> list[dict[str, Any]]:
        if self.error is not None:
            raise self.error
        return self._payloads(self._events.feed(data))

    def finish(self) -> list[dict[str, Any]]:
        """The body ended: the last event (even without its blank line), then a check that the
        stream was not cut off."""
        if self.error is not None:
            raise self.error
        payloads = self._payloads(self._events.flush())
        if not self.done and self.accumulator.unfinished:
            raise IncompleteStreamError(
                "The stream ended before it was finished "
                f"({self.accumulator.chunk_count} chunks received, no [DONE]).",
                partial=self.partial(),
                request=self.request,
            )
        return payloads

    def partial(self) -> CreateChatCompletionResponse | None:
        """Everything received so far as a completion (None if it cannot be typed)."""
        try:
            return self.completion()
        except APIResponseValidationError:
            return None

    def _payloads(self, events: list[ServerSentEvent]) -> list[dict[str, Any]]:
        payloads: list[dict[str, Any]] = []
        try:
            for event in events:
                data = event.data
                if data == DONE_SENTINEL:
                    self.done = True
                    break
                if data:  # empty data is a keep-alive
                    payload = self._payload(event)
                    if payload is None:
                        continue
                    if payload.get("object") == WHOLE_COMPLETION_OBJECT:
                        payload = self.accumulator.add_completion(payload)
                    else:
                        self.accumulator.add(payload)
                    payloads.append(payload)
        except (APIResponseValidationError, APIStreamError) as exc:
            if not payloads:
                raise
            self.error = exc
        if self.error is None and self._events.error is not None:
            self.error = self._events.error
        return payloads

    def _payload(self, event: ServerSentEvent) -> dict[str, Any] | None:
        """The chunk an event carries; None for a frame that is not a chunk (a `ping`)."""
        data = event.data
        try:
            payload = orjson.loads(data)
        except orjson.JSONDecodeError:
            raise APIResponseValidationError(
                f"A stream event's data is not JSON: {excerpt(data)!r}",
                received=excerpt(data),
                request=self.request,
            ) from None
        if type(payload) is not dict:
            raise APIResponseValidationError(
                f"A stream event's data is not a JSON object: {excerpt(data)!r}",
                received=payload,
                request=self.request,
            )
        if event.event == "error" or _is_error_frame(payload):
            raise self._stream_error(payload)
        return payload if "choices" in payload else None

    def _stream_error(self, payload: dict[str, Any]) -> APIStreamError:
        facts = read_error_body(0, payload)
        detail = facts.message.partition(" - ")[2] or excerpt(json.dumps(payload))
        return APIStreamError(
            f"The gateway reported an error mid-stream: {detail}",
            payload=payload,
            request=self.request,
            request_id=facts.request_id,
            partial=self.partial(),
        )


def _is_compressed(response: httpx.Response) -> bool:
    return response.headers.get("content-encoding", "identity").lower() not in ("", "identity")


def _body(response: httpx.Response) -> Iterable[bytes]:
    """The body as it arrives, read as directly as the transport allows.

    A chunked body on httpx's own HTTP/1.1 transport is unframed a network read at a time
    (`_chunked`: h11 would hand up every event's chunk separately, at ~10 us each). Otherwise
    it is read straight from the transport unless it is compressed: httpx's per-read layers
    (chunkers, identity decoder, two generators) cost about a microsecond per event.
    Transport errors are httpx exceptions on every path."""
    if (
        response.is_stream_consumed  # read already (by an event hook, say): httpx replays it
        or _is_compressed(response)
        or not isinstance(response.stream, httpx.SyncByteStream)
    ):
        return response.iter_bytes()
    body = chunked_body(response)
    response.is_stream_consumed = True
    return body or iter(response.stream)


def _abody(response: httpx.Response) -> AsyncIterable[bytes]:
    """The async twin of `_body`."""
    if (
        response.is_stream_consumed
        or _is_compressed(response)
        or not isinstance(response.stream, httpx.AsyncByteStream)
    ):
        return response.aiter_bytes()
    body = achunked_body(response)
    response.is_stream_consumed = True
    return body or response.stream.__aiter__()


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
    _decoder: _StreamDecoder
    _response: httpx.Response | None

    @property
    def response(self) -> httpx.Response:
        """The HTTP response: status code and headers (the body is this stream)."""
        if self._response is None:
            raise RuntimeError("The stream has not been opened yet.")
        return self._response

    def current_completion(self) -> CreateChatCompletionResponse:
        """The completion accumulated from the chunks received so far (does not read more)."""
        return self._decoder.completion()

    def _final(self) -> CreateChatCompletionResponse:
        if not self._decoder.done and self._decoder.accumulator.unfinished:
            raise IncompleteStreamError(
                "The stream was closed before it was finished.",
                partial=self._decoder.partial(),
                request=self._decoder.request,
            )
        return self.current_completion()

    def _translate(self, exc: httpx.HTTPError) -> APIError:
        """A transport error while reading the body: nothing received may be lost."""
        request = self._decoder.request
        if isinstance(exc, httpx.TimeoutException):
            return StreamTimeoutError(
                "The stream stalled longer than the read timeout.",
                partial=self._decoder.partial(),
                request=request,
            )
        translated = from_httpx_error(exc, request)
        if isinstance(translated, APIResponseValidationError):
            return translated
        return IncompleteStreamError(
            f"The connection was lost mid-stream: {translated.message}",
            partial=self._decoder.partial(),
            request=request,
        )


class ChatStream(_StreamBase):
    """A streamed chat completion. Iterate it for typed chunks, or use `text_stream`.

    >>> with client.stream_text(model="openai/gpt-4o-mini", messages=messages) as stream:
    ...     for text in stream.text_stream:
    ...         print(text, end="", flush=True)
    ...     completion = stream.get_final_completion()
    """

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._decoder = _StreamDecoder(response.request)
        self._body = _body(response)
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
        """Every payload not yet read. Closes the response when done, failed or abandoned."""
        decoder = self._decoder
        try:
            if self._closed or decoder.done:
                return
            try:
                for data in self._body:
                    payloads = decoder.feed(data)
                    if payloads:
                        yield from payloads
                    if decoder.error is not None:
                        raise decoder.error
                    if decoder.done:
                        break
            except httpx.HTTPError as exc:
                raise self._translate(exc) from exc
            if decoder.done:
                self._drain()
            else:
                yield from decoder.finish()
        finally:
            self.close()

    def _drain(self) -> None:
        seen = 0
        try:
            for data in self._body:
                seen += len(data)
                if seen > MAX_BYTES_AFTER_DONE:
                    return
        except httpx.HTTPError:
            return  # Everything that mattered arrived; the connection is closed below.


class AsyncChatStream(_StreamBase):
    """The async twin of `ChatStream`.

    >>> async with client.stream_text(model="openai/gpt-4o-mini", messages=messages) as stream:
    ...     async for text in stream.text_stream:
    ...         print(text, end="", flush=True)
    ...     completion = await stream.get_final_completion()

    The request is sent when the stream is entered, awaited or iterated, whichever comes first.
    """

    def __init__(self, opener: Callable[[], Awaitable[httpx.Response]]) -> None:
        self._opener: Callable[[], Awaitable[httpx.Response]] | None = opener
        self._response = None
        self._decoder = _StreamDecoder(None)
        self._body: AsyncIterable[bytes] | None = None
        self._closed = False

    async def _open(self) -> None:
        if self._opener is None:
            return
        opener, self._opener = self._opener, None
        response = await opener()
        self._response = response
        self._decoder.request = response.request
        self._body = _abody(response)

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

    async def _payloads(self) -> AsyncIterator[dict[str, Any]]:
        decoder = self._decoder
        try:
            await self._open()
            if self._closed or decoder.done or self._body is None:
                return
            try:
                async for data in self._body:
                    for payload in decoder.feed(data):
                        yield payload
                    if decoder.error is not None:
                        raise decoder.error
                    if decoder.done:
                        break
            except httpx.HTTPError as exc:
                raise self._translate(exc) from exc
            if decoder.done:
                await self._drain()
            else:
                for payload in decoder.finish():
                    yield payload
        finally:
            await self.aclose()

    async def _drain(self) -> None:
        if self._body is None:
            return
        seen = 0
        try:
            async for data in self._body:
                seen += len(data)
                if seen > MAX_BYTES_AFTER_DONE:
                    return
        except httpx.HTTPError:
            return

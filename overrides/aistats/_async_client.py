"""`AsyncAIStats`: the asynchronous client. Same configuration, same decisions as `AIStats`
(shared in `_base_client`); only the I/O awaits."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, overload

import httpx

from ._base_client import (
    ClientBase,
    PreparedCall,
    Request,
    attempt_timeout,
    body_read_timeout,
    error_for_status,
    is_error_status,
    log_attempt,
    log_retry,
    next_retry_delay,
    prepare_call,
)
from ._error_building import MAX_ERROR_BODY_BYTES, not_an_event_stream, transport_error
from ._exceptions import APIError
from ._resources import AsyncChat
from ._responses import is_event_stream, parse_completion
from ._streaming import AsyncChatStream

if TYPE_CHECKING:
    # Only for annotations: the request types are never imported at run time.
    from typing import Unpack

    from aistats_api.models import CreateChatCompletionResponse

    from ._call_parameters import RequestKeywords, RequestOverrides

T = TypeVar("T")


class AsyncAIStats(ClientBase[httpx.AsyncClient]):
    """Async client for the AI Stats / Phaseo gateway's chat completions.

    >>> async def main() -> None:
    ...     async with AsyncAIStats() as client:
    ...         chat = await client.generate_text(model="openai/gpt-4o-mini", messages=messages)
    ...         async with client.stream_text(model="openai/gpt-4o-mini", messages=messages) as s:
    ...             async for text in s.text_stream:
    ...                 print(text, end="")
    >>> asyncio.run(main())
    You said: "Say hello"...
    """

    chat: AsyncChat
    _http_class = httpx.AsyncClient

    def _attach_resources(self) -> None:
        self.chat = AsyncChat(self)

    @overload
    async def generate_text(
        self, request: Request, /, **overrides: Unpack[RequestOverrides]
    ) -> CreateChatCompletionResponse: ...
    @overload
    async def generate_text(
        self, /, **params: Unpack[RequestKeywords]
    ) -> CreateChatCompletionResponse: ...
    async def generate_text(
        self,
        request: Request | None = None,
        /,
        **params: Any,
    ) -> CreateChatCompletionResponse:
        """Create a chat completion and return it whole (see `AIStats.generate_text`)."""
        call = prepare_call(self._options, request, params, stream=False)
        return await self._send(call, self._read_completion)

    @overload
    def stream_text(
        self, request: Request, /, **overrides: Unpack[RequestOverrides]
    ) -> AsyncChatStream: ...
    @overload
    def stream_text(self, /, **params: Unpack[RequestKeywords]) -> AsyncChatStream: ...
    def stream_text(
        self,
        request: Request | None = None,
        /,
        **params: Any,
    ) -> AsyncChatStream:
        """Stream a chat completion. Not a coroutine: use the result with `async with`,
        `async for`, or `await` it to open it. The request is checked here, sent on first use."""
        call = prepare_call(self._options, request, params, stream=True)

        def open_stream() -> Awaitable[httpx.Response]:
            return self._send(call, self._check_stream)

        return AsyncChatStream(open_stream)

    async def close(self) -> None:
        """Close the connection pool (not a pool passed in as `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    aclose = close

    async def __aenter__(self) -> AsyncAIStats:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def _send(
        self, call: PreparedCall, finish: Callable[[httpx.Response], Awaitable[T]]
    ) -> T:
        retries_done = 0
        while True:
            self._check_open()  # also after a retry wait, in which the client may be closed
            started = time.monotonic()
            request = self._http.build_request(
                "POST", call.url, content=call.content, headers=call.headers,
                params=call.params, timeout=attempt_timeout(call),
            )  # fmt: skip
            try:
                try:
                    response = await self._http.send(request, stream=True)
                except httpx.HTTPError as exc:
                    raise transport_error(exc, request) from exc
                log_attempt(call, retries_done + 1, str(response.status_code), started)
                body_read_timeout(call, response)
                if is_error_status(response.status_code):
                    raise error_for_status(response, await self._read_capped(response))
                return await finish(response)
            except APIError as error:
                delay = next_retry_delay(call, error, retries_done)
                if delay is None:
                    raise
                log_retry(error, delay, retries_done, call)
                # Imported here: asyncio costs ~40 ms at import and only retries need it.
                import asyncio

                await asyncio.sleep(delay)
                retries_done += 1

    async def _read_completion(self, response: httpx.Response) -> CreateChatCompletionResponse:
        try:
            content = await response.aread()
        except httpx.HTTPError as exc:
            raise transport_error(exc, response.request) from exc
        finally:
            await response.aclose()
        return parse_completion(response, content)

    async def _check_stream(self, response: httpx.Response) -> httpx.Response:
        if not is_event_stream(response):
            raise not_an_event_stream(response, await self._read_capped(response))
        return response

    async def _read_capped(self, response: httpx.Response) -> bytes:
        parts: list[bytes] = []
        size = 0
        try:
            async for part in response.aiter_bytes():
                parts.append(part)
                size += len(part)
                if size >= MAX_ERROR_BODY_BYTES:
                    break
        except httpx.HTTPError:
            pass
        finally:
            await response.aclose()
        return b"".join(parts)

"""`AsyncAIStats`: the asynchronous client. Same configuration, same decisions as `AIStats`
(shared in `_base_client`); only the I/O awaits."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, overload

import httpx

from ._base_client import (
    ClientBase,
    JSONSchema,
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
from ._config import DEFAULT_MAX_STEPS
from ._error_building import MAX_ERROR_BODY_BYTES, not_an_event_stream, transport_error
from ._exceptions import APIError
from ._resources import AsyncChat
from ._responses import is_event_stream, parse_completion
from ._streaming import AsyncChatStream

if TYPE_CHECKING:
    # Only for annotations: the request types are never imported at run time.
    from typing import Unpack

    from aistats_api.models import CreateChatCompletionResponse

    from ._call_parameters import (
        ObjectKeywords,
        ObjectOverrides,
        RequestKeywords,
        RequestOverrides,
        ToolRunKeywords,
        ToolRunOverrides,
    )
    from ._object_stream import AsyncObjectStream
    from ._structured import ObjectResult
    from ._tool_run import ToolRunResult
    from ._tool_stream import AsyncToolStream
    from ._tools import Tool

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
        return await self._create(request, params)

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
        return self._create_stream(request, params)

    # -- structured output ------------------------------------------------------------------

    @overload
    async def generate_object(
        self,
        request: Request,
        /,
        *,
        schema: type[T],
        schema_name: str | None = None,
        **overrides: Unpack[ObjectOverrides],
    ) -> ObjectResult[T]: ...
    @overload
    async def generate_object(
        self,
        request: Request,
        /,
        *,
        schema: JSONSchema,
        schema_name: str | None = None,
        **overrides: Unpack[ObjectOverrides],
    ) -> ObjectResult[dict[str, Any]]: ...
    @overload
    async def generate_object(
        self, /, *, schema: type[T], schema_name: str | None = None,
        **params: Unpack[ObjectKeywords],
    ) -> ObjectResult[T]: ...  # fmt: skip
    @overload
    async def generate_object(
        self, /, *, schema: JSONSchema, schema_name: str | None = None,
        **params: Unpack[ObjectKeywords],
    ) -> ObjectResult[dict[str, Any]]: ...  # fmt: skip
    async def generate_object(
        self,
        request: Request | None = None,
        /,
        *,
        schema: type[Any] | JSONSchema,
        schema_name: str | None = None,
        **params: Any,
    ) -> ObjectResult[Any]:
        """A completion whose reply is JSON of `schema` (see `AIStats.generate_object`)."""
        from ._output_schema import output_schema
        from ._structured import object_result, with_response_format

        output = output_schema(schema, schema_name)
        completion = await self._create(request, with_response_format(request, params, output))
        return object_result(completion, output)

    @overload
    def stream_object(
        self,
        request: Request,
        /,
        *,
        schema: type[T],
        schema_name: str | None = None,
        **overrides: Unpack[ObjectOverrides],
    ) -> AsyncObjectStream[T]: ...
    @overload
    def stream_object(
        self,
        request: Request,
        /,
        *,
        schema: JSONSchema,
        schema_name: str | None = None,
        **overrides: Unpack[ObjectOverrides],
    ) -> AsyncObjectStream[dict[str, Any]]: ...
    @overload
    def stream_object(
        self, /, *, schema: type[T], schema_name: str | None = None,
        **params: Unpack[ObjectKeywords],
    ) -> AsyncObjectStream[T]: ...  # fmt: skip
    @overload
    def stream_object(
        self, /, *, schema: JSONSchema, schema_name: str | None = None,
        **params: Unpack[ObjectKeywords],
    ) -> AsyncObjectStream[dict[str, Any]]: ...  # fmt: skip
    def stream_object(
        self,
        request: Request | None = None,
        /,
        *,
        schema: type[Any] | JSONSchema,
        schema_name: str | None = None,
        **params: Any,
    ) -> AsyncObjectStream[Any]:
        """As `generate_object`, streamed. Not a coroutine: use the result with `async with`,
        `async for`, or `await` it to open it."""
        from ._object_stream import AsyncObjectStream
        from ._output_schema import output_schema
        from ._structured import with_response_format

        output = output_schema(schema, schema_name)
        stream = self._create_stream(request, with_response_format(request, params, output))
        return AsyncObjectStream(stream, output)

    # -- tools --------------------------------------------------------------------------------

    @overload
    async def run_tools(
        self,
        request: Request,
        /,
        *,
        tools: Sequence[Tool[..., Any] | Callable[..., Any]],
        max_steps: int = DEFAULT_MAX_STEPS,
        raise_tool_errors: bool = False,
        **overrides: Unpack[ToolRunOverrides],
    ) -> ToolRunResult: ...
    @overload
    async def run_tools(
        self,
        /,
        *,
        tools: Sequence[Tool[..., Any] | Callable[..., Any]],
        max_steps: int = DEFAULT_MAX_STEPS,
        raise_tool_errors: bool = False,
        **params: Unpack[ToolRunKeywords],
    ) -> ToolRunResult: ...
    async def run_tools(
        self,
        request: Request | None = None,
        /,
        *,
        tools: Sequence[Tool[..., Any] | Callable[..., Any]],
        max_steps: int = DEFAULT_MAX_STEPS,
        raise_tool_errors: bool = False,
        **params: Any,
    ) -> ToolRunResult:
        """A tool run (see `AIStats.run_tools`). Async tools are awaited; the calls of one step
        run concurrently (sync tools are called in turn on the event loop)."""
        from ._tool_run import ToolRun, messages_of, run_concurrently

        run = ToolRun(
            tools, messages_of(request, params), max_steps=max_steps,
            raise_tool_errors=raise_tool_errors, allow_async=True,
        )  # fmt: skip
        while True:
            completion = await self._create(request, run.request_params(request, params))
            planned = run.plan(completion)
            if not planned:
                return run.result(completion)
            run.end_step(completion, await run_concurrently(run, planned))
            if run.out_of_steps:
                return run.result(completion)

    @overload
    def stream_tools(
        self,
        request: Request,
        /,
        *,
        tools: Sequence[Tool[..., Any] | Callable[..., Any]],
        max_steps: int = DEFAULT_MAX_STEPS,
        raise_tool_errors: bool = False,
        **overrides: Unpack[ToolRunOverrides],
    ) -> AsyncToolStream: ...
    @overload
    def stream_tools(
        self,
        /,
        *,
        tools: Sequence[Tool[..., Any] | Callable[..., Any]],
        max_steps: int = DEFAULT_MAX_STEPS,
        raise_tool_errors: bool = False,
        **params: Unpack[ToolRunKeywords],
    ) -> AsyncToolStream: ...
    def stream_tools(
        self,
        request: Request | None = None,
        /,
        *,
        tools: Sequence[Tool[..., Any] | Callable[..., Any]],
        max_steps: int = DEFAULT_MAX_STEPS,
        raise_tool_errors: bool = False,
        **params: Any,
    ) -> AsyncToolStream:
        """`run_tools`, streamed: `async for` the events (see `AIStats.stream_tools`)."""
        from ._tool_run import ToolRun, messages_of
        from ._tool_stream import AsyncToolStream

        run = ToolRun(
            tools, messages_of(request, params), max_steps=max_steps,
            raise_tool_errors=raise_tool_errors, allow_async=True,
        )  # fmt: skip
        return AsyncToolStream(self, request, params, run)

    # -- lifecycle --------------------------------------------------------------------------

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

    async def _create(
        self, request: Request | None, params: Mapping[str, Any]
    ) -> CreateChatCompletionResponse:
        call = prepare_call(self._options, request, params, stream=False)
        return await self._send(call, self._read_completion)

    def _create_stream(self, request: Request | None, params: Mapping[str, Any]) -> AsyncChatStream:
        call = prepare_call(self._options, request, params, stream=True)

        def open_stream() -> Awaitable[httpx.Response]:
            return self._send(call, self._check_stream)

        return AsyncChatStream(open_stream)

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

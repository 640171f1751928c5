"""`AIStats`: the synchronous client."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
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
from ._resources import Chat
from ._responses import is_event_stream, parse_completion
from ._streaming import ChatStream

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
    from ._object_stream import ObjectStream
    from ._structured import ObjectResult
    from ._tool_run import ToolRunResult
    from ._tool_stream import ToolStream
    from ._tools import Tool

T = TypeVar("T")


class AIStats(ClientBase[httpx.Client]):
    """Client for the AI Stats / Phaseo gateway's chat completions.

    >>> from aistats import AIStats
    >>> with AIStats() as client:  # key from AI_STATS_API_KEY or PHASEO_API_KEY
    ...     chat = client.generate_text({
    ...         "model": "openai/gpt-4o-mini",
    ...         "messages": [{"role": "user", "content": "Write a limerick about lighthouses."}],
    ...     })
    ...     print(chat.choices[0].message.content)
    There once were some lighthouses by the sea,
    ...

    One pooled connection set per client, reused by every call; close it with `close()` or a
    `with` block. `with_options()` makes copies that share the pool.
    """

    chat: Chat
    _http_class = httpx.Client

    def _attach_resources(self) -> None:
        self.chat = Chat(self)

    # -- calls ------------------------------------------------------------------------------

    @overload
    def generate_text(
        self, request: Request, /, **overrides: Unpack[RequestOverrides]
    ) -> CreateChatCompletionResponse: ...
    @overload
    def generate_text(
        self, /, **params: Unpack[RequestKeywords]
    ) -> CreateChatCompletionResponse: ...
    def generate_text(
        self,
        request: Request | None = None,
        /,
        **params: Any,
    ) -> CreateChatCompletionResponse:
        """Create a chat completion and return it whole.

        `request` is a dict as in the gateway's docs (typed `CreateChatCompletionRequestParam`)
        or a `CreateChatCompletionRequest`; keyword arguments add to it or replace its fields,
        or are the whole request. These three send the same JSON::

            client.generate_text({"model": "openai/gpt-4o-mini", "messages": messages})
            client.generate_text(CreateChatCompletionRequest(model=..., messages=[...]))
            client.generate_text(model="openai/gpt-4o-mini", messages=messages)

        Fields the spec does not name go in `extra_body=`.
        """
        return self._create(request, params)

    @overload
    def stream_text(
        self, request: Request, /, **overrides: Unpack[RequestOverrides]
    ) -> ChatStream: ...
    @overload
    def stream_text(self, /, **params: Unpack[RequestKeywords]) -> ChatStream: ...
    def stream_text(
        self,
        request: Request | None = None,
        /,
        **params: Any,
    ) -> ChatStream:
        """Create a chat completion and stream it: iterate the result for typed chunks.

        Takes the same arguments as `generate_text`. Errors before the first chunk (a 4xx/5xx,
        a refused connection) are raised here, after retries.
        """
        return self._create_stream(request, params)

    # -- structured output ------------------------------------------------------------------

    @overload
    def generate_object(
        self,
        request: Request,
        /,
        *,
        schema: type[T],
        schema_name: str | None = None,
        **overrides: Unpack[ObjectOverrides],
    ) -> ObjectResult[T]: ...
    @overload
    def generate_object(
        self,
        request: Request,
        /,
        *,
        schema: JSONSchema,
        schema_name: str | None = None,
        **overrides: Unpack[ObjectOverrides],
    ) -> ObjectResult[dict[str, Any]]: ...
    @overload
    def generate_object(
        self, /, *, schema: type[T], schema_name: str | None = None,
        **params: Unpack[ObjectKeywords],
    ) -> ObjectResult[T]: ...  # fmt: skip
    @overload
    def generate_object(
        self, /, *, schema: JSONSchema, schema_name: str | None = None,
        **params: Unpack[ObjectKeywords],
    ) -> ObjectResult[dict[str, Any]]: ...  # fmt: skip
    def generate_object(
        self,
        request: Request | None = None,
        /,
        *,
        schema: type[Any] | JSONSchema,
        schema_name: str | None = None,
        **params: Any,
    ) -> ObjectResult[Any]:
        """A completion whose reply is JSON of `schema`, validated and converted to it.

        `schema` is a dataclass, an attrs class, a TypedDict, a msgspec Struct, a pydantic
        model, or a JSON Schema dict (giving a dict back); it is sent as a strict
        `response_format`. Takes the request as `generate_text` does. A reply that is not JSON,
        does not fit, was cut by the token limit or refused raises a `StructuredOutputError`
        carrying the completion and the text.
        """
        from ._output_schema import output_schema
        from ._structured import object_result, with_response_format

        output = output_schema(schema, schema_name)
        completion = self._create(request, with_response_format(request, params, output))
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
    ) -> ObjectStream[T]: ...
    @overload
    def stream_object(
        self,
        request: Request,
        /,
        *,
        schema: JSONSchema,
        schema_name: str | None = None,
        **overrides: Unpack[ObjectOverrides],
    ) -> ObjectStream[dict[str, Any]]: ...
    @overload
    def stream_object(
        self, /, *, schema: type[T], schema_name: str | None = None,
        **params: Unpack[ObjectKeywords],
    ) -> ObjectStream[T]: ...  # fmt: skip
    @overload
    def stream_object(
        self, /, *, schema: JSONSchema, schema_name: str | None = None,
        **params: Unpack[ObjectKeywords],
    ) -> ObjectStream[dict[str, Any]]: ...  # fmt: skip
    def stream_object(
        self,
        request: Request | None = None,
        /,
        *,
        schema: type[Any] | JSONSchema,
        schema_name: str | None = None,
        **params: Any,
    ) -> ObjectStream[Any]:
        """As `generate_object`, streamed: iterate for the partial object as the JSON arrives,
        then `get_final_object()`."""
        from ._object_stream import ObjectStream
        from ._output_schema import output_schema
        from ._structured import with_response_format

        output = output_schema(schema, schema_name)
        stream = self._create_stream(request, with_response_format(request, params, output))
        return ObjectStream(stream, output)

    # -- tools --------------------------------------------------------------------------------

    @overload
    def run_tools(
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
    def run_tools(
        self,
        /,
        *,
        tools: Sequence[Tool[..., Any] | Callable[..., Any]],
        max_steps: int = DEFAULT_MAX_STEPS,
        raise_tool_errors: bool = False,
        **params: Unpack[ToolRunKeywords],
    ) -> ToolRunResult: ...
    def run_tools(
        self,
        request: Request | None = None,
        /,
        *,
        tools: Sequence[Tool[..., Any] | Callable[..., Any]],
        max_steps: int = DEFAULT_MAX_STEPS,
        raise_tool_errors: bool = False,
        **params: Any,
    ) -> ToolRunResult:
        """Call the model, run the tools it asks for, send their results back, and call again,
        until it answers without tool calls or `max_steps` model calls were made.

        `tools` are functions (made tools with `aistats.tool`) or `Tool`s. A tool that raises
        has its error sent back as its result (the model can recover), or, with
        `raise_tool_errors=True`, raises `ToolExecutionError`. Arguments that are not JSON or
        do not fit, and unknown tool names, go back to the model naming the problem.
        """
        from ._tool_run import ToolRun, messages_of, run_call

        run = ToolRun(
            tools, messages_of(request, params), max_steps=max_steps,
            raise_tool_errors=raise_tool_errors, allow_async=False,
        )  # fmt: skip
        while True:
            completion = self._create(request, run.request_params(request, params))
            planned = run.plan(completion)
            if not planned:
                return run.result(completion)
            run.end_step(completion, [run_call(run, call) for call in planned])
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
    ) -> ToolStream: ...
    @overload
    def stream_tools(
        self,
        /,
        *,
        tools: Sequence[Tool[..., Any] | Callable[..., Any]],
        max_steps: int = DEFAULT_MAX_STEPS,
        raise_tool_errors: bool = False,
        **params: Unpack[ToolRunKeywords],
    ) -> ToolStream: ...
    def stream_tools(
        self,
        request: Request | None = None,
        /,
        *,
        tools: Sequence[Tool[..., Any] | Callable[..., Any]],
        max_steps: int = DEFAULT_MAX_STEPS,
        raise_tool_errors: bool = False,
        **params: Any,
    ) -> ToolStream:
        """`run_tools`, streamed: iterate for text deltas, tool results and finished steps as
        they happen; `get_final_result()` gives the `ToolRunResult`."""
        from ._tool_run import ToolRun, messages_of
        from ._tool_stream import ToolStream

        run = ToolRun(
            tools, messages_of(request, params), max_steps=max_steps,
            raise_tool_errors=raise_tool_errors, allow_async=False,
        )  # fmt: skip
        return ToolStream(self, request, params, run)

    # -- lifecycle --------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool (not a pool passed in as `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> AIStats:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- I/O --------------------------------------------------------------------------------

    def _create(
        self, request: Request | None, params: Mapping[str, Any]
    ) -> CreateChatCompletionResponse:
        call = prepare_call(self._options, request, params, stream=False)
        return self._send(call, self._read_completion)

    def _create_stream(self, request: Request | None, params: Mapping[str, Any]) -> ChatStream:
        call = prepare_call(self._options, request, params, stream=True)
        return self._send(call, self._open_stream)

    def _send(self, call: PreparedCall, finish: Callable[[httpx.Response], T]) -> T:
        """Send `call`, retrying as the policy allows, and hand a 2xx response to `finish`."""
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
                    response = self._http.send(request, stream=True)
                except httpx.HTTPError as exc:
                    raise transport_error(exc, request) from exc
                log_attempt(call, retries_done + 1, str(response.status_code), started)
                body_read_timeout(call, response)
                if is_error_status(response.status_code):
                    raise error_for_status(response, self._read_capped(response))
                return finish(response)
            except APIError as error:
                delay = next_retry_delay(call, error, retries_done)
                if delay is None:
                    raise
                log_retry(error, delay, retries_done, call)
                time.sleep(delay)
                retries_done += 1

    def _read_completion(self, response: httpx.Response) -> CreateChatCompletionResponse:
        try:
            content = response.read()
        except httpx.HTTPError as exc:
            raise transport_error(exc, response.request) from exc
        finally:
            response.close()
        return parse_completion(response, content)

    def _open_stream(self, response: httpx.Response) -> ChatStream:
        if not is_event_stream(response):
            raise not_an_event_stream(response, self._read_capped(response))
        return ChatStream(response)

    def _read_capped(self, response: httpx.Response) -> bytes:
        """Up to MAX_ERROR_BODY_BYTES of the body, then close; a failed read gives what came."""
        parts: list[bytes] = []
        size = 0
        try:
            for part in response.iter_bytes():
                parts.append(part)
                size += len(part)
                if size >= MAX_ERROR_BODY_BYTES:
                    break
        except httpx.HTTPError:
            pass
        finally:
            response.close()
        return b"".join(parts)

"""`ObjectStream` and `AsyncObjectStream`: a structured reply as it arrives.

Iterating yields the partial object (a dict holding what has arrived so far) each time the
JSON text grows; `get_final_object()` validates the whole reply and converts it to the
schema's type. The text is parsed incrementally (`_partial_json`): each chunk costs time in
proportion to the chunk, not to the text so far. The partial object is one live dict, updated
in place: copy it (`copy.deepcopy`) to keep a snapshot.

Iteration raises only what the chat stream raises (a dropped connection, an error frame);
a reply that is not JSON or does not fit the schema is reported by `get_final_object()` and
`get_final_result()`, once the whole text is there, with the completion and the text.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._partial_json import NOT_YET, PartialJSONError, PartialJSONParser
from ._structured import ObjectResult, object_result

if TYPE_CHECKING:
    import httpx

    from aistats_api.models import CreateChatCompletionResponse

    from ._output_schema import OutputSchema
    from ._streaming import AsyncChatStream, ChatStream

T = TypeVar("T")
StreamT = TypeVar("StreamT", "ChatStream", "AsyncChatStream")

__all__ = ["AsyncObjectStream", "ObjectStream"]


class _PartialObject:
    """The JSON text so far and its partial value. Once the text stops being JSON, partial
    values stop (the final object then reports why)."""

    __slots__ = ("broken", "parser")

    def __init__(self) -> None:
        self.parser = PartialJSONParser()
        self.broken = False

    def feed(self, text: str) -> bool:
        """Whether a new partial object is to be handed out after `text`."""
        if self.broken:
            return False
        try:
            changed = self.parser.feed(text)
        except PartialJSONError:
            self.broken = True
            return False
        return changed and isinstance(self.parser.value, dict)

    @property
    def value(self) -> dict[str, Any]:
        value = self.parser.value
        return value if value is not NOT_YET and isinstance(value, dict) else {}


class _ObjectStreamBase(Generic[StreamT, T]):
    """What the two object streams share: the chat stream they read and the object so far."""

    def __init__(self, stream: StreamT, output: OutputSchema[T]) -> None:
        self._stream: StreamT = stream
        self._output = output
        self._partial = _PartialObject()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response: status code and headers."""
        return self._stream.response

    @property
    def partial_object(self) -> dict[str, Any]:
        """The object as far as it has arrived (the live dict iteration hands out)."""
        return self._partial.value


class ObjectStream(_ObjectStreamBase["ChatStream", T]):
    """A streamed structured reply. Iterate it for partial objects, or use `text_stream`.

    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class Recipe:
    ...     title: str
    ...     steps: list[str]
    >>> with client.stream_object(model="openai/gpt-4o-mini", messages=messages,
    ...                           schema=Recipe) as stream:
    ...     for partial in stream:
    ...         pass  # e.g. render partial.get("title")
    ...     recipe = stream.get_final_object()
    >>> type(recipe).__name__
    'Recipe'
    """

    def __iter__(self) -> Iterator[dict[str, Any]]:
        partial = self._partial
        for text in self._stream.text_stream:
            if partial.feed(text):
                yield partial.value

    @property
    def text_stream(self) -> Iterator[str]:
        """The JSON text as it arrives (the partial object keeps up with it)."""
        partial = self._partial
        for text in self._stream.text_stream:
            partial.feed(text)
            yield text

    def get_final_completion(self) -> CreateChatCompletionResponse:
        """Read the rest of the stream; the completion (the JSON text is its content)."""
        for _ in self:
            pass
        return self._stream.get_final_completion()

    def get_final_result(self) -> ObjectResult[T]:
        """Read the rest; the object validated, with the completion and the text."""
        return object_result(self.get_final_completion(), self._output)

    def get_final_object(self) -> T:
        """Read the rest; the object validated and converted to the schema's type."""
        return self.get_final_result().object

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> ObjectStream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncObjectStream(_ObjectStreamBase["AsyncChatStream", T]):
    """The async twin of `ObjectStream`: use it with `async with`, `async for`, or `await` it
    to open it."""

    def __await__(self) -> Generator[Any, None, AsyncObjectStream[T]]:
        async def opened() -> AsyncObjectStream[T]:
            await self._stream
            return self

        return opened().__await__()

    async def __aiter__(self) -> AsyncIterator[dict[str, Any]]:
        partial = self._partial
        async for text in self._stream.text_stream:
            if partial.feed(text):
                yield partial.value

    @property
    async def text_stream(self) -> AsyncIterator[str]:
        """The JSON text as it arrives (the partial object keeps up with it)."""
        partial = self._partial
        async for text in self._stream.text_stream:
            partial.feed(text)
            yield text

    async def get_final_completion(self) -> CreateChatCompletionResponse:
        async for _ in self:
            pass
        return await self._stream.get_final_completion()

    async def get_final_result(self) -> ObjectResult[T]:
        return object_result(await self.get_final_completion(), self._output)

    async def get_final_object(self) -> T:
        return (await self.get_final_result()).object

    async def aclose(self) -> None:
        await self._stream.aclose()

    close = aclose

    async def __aenter__(self) -> AsyncObjectStream[T]:
        await self._stream.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

"""aistats: a typed, fast client for the AI Stats / Phaseo gateway's chat completions.

>>> from aistats import AIStats
>>> client = AIStats()  # key from AI_STATS_API_KEY or PHASEO_API_KEY
>>> chat = client.generate_text(model="openai/gpt-4o-mini",
...                             messages=[{"role": "user", "content": "Hello!"}])
>>> chat.choices[0].message.content
'You said: "Hello!"...'
>>> client.close()  # or use it in a `with` block

Types live in `aistats.models`; the embedded mock gateway in `aistats.testing`.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._async_client import AsyncAIStats
from ._base_client import NOT_GIVEN, NotGiven
from ._client import AIStats
from ._exceptions import (
    AIStatsError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APIStreamError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    IncompleteStreamError,
    InternalServerError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    MissingDependencyError,
    NotFoundError,
    OutputNotJSONError,
    OutputRefusedError,
    OutputTruncatedError,
    OutputValidationError,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    StreamInUseError,
    StreamNotOpenedError,
    StreamTimeoutError,
    StructuredOutputError,
    ToolDefinitionError,
    ToolExecutionError,
    UnprocessableEntityError,
    UsageError,
)
from ._streaming import AsyncChatStream, ChatStream
from ._version import __version__

if TYPE_CHECKING:
    from ._object_stream import AsyncObjectStream, ObjectStream
    from ._structured import ObjectResult
    from ._tool_run import ToolCallRecord, ToolRunResult, ToolStep
    from ._tool_stream import (
        AsyncToolStream,
        StepEvent,
        TextDeltaEvent,
        ToolEvent,
        ToolResultEvent,
        ToolStream,
    )
    from ._tools import Tool, tool

# Structured output and tools, imported on first use: ~8 ms of `import aistats` otherwise, for
# code that may never use them.
_LAZY_EXPORTS = {
    "AsyncObjectStream": "_object_stream",
    "ObjectStream": "_object_stream",
    "ObjectResult": "_structured",
    "AsyncToolStream": "_tool_stream",
    "StepEvent": "_tool_stream",
    "TextDeltaEvent": "_tool_stream",
    "ToolEvent": "_tool_stream",
    "ToolResultEvent": "_tool_stream",
    "ToolStream": "_tool_stream",
    "Tool": "_tools",
    "ToolCallRecord": "_tool_run",
    "ToolRunResult": "_tool_run",
    "ToolStep": "_tool_run",
    "tool": "_tools",
}


def __getattr__(name: str) -> Any:
    module = _LAZY_EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'aistats' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"aistats.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY_EXPORTS})


__all__ = [
    "NOT_GIVEN",
    "AIStats",
    "AIStatsError",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AsyncAIStats",
    "AsyncChatStream",
    "AsyncObjectStream",
    "AsyncToolStream",
    "AuthenticationError",
    "BadRequestError",
    "ChatStream",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "MissingDependencyError",
    "NotFoundError",
    "NotGiven",
    "ObjectResult",
    "ObjectStream",
    "OutputNotJSONError",
    "OutputRefusedError",
    "OutputTruncatedError",
    "OutputValidationError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "StepEvent",
    "StreamInUseError",
    "StreamNotOpenedError",
    "StreamTimeoutError",
    "StructuredOutputError",
    "TextDeltaEvent",
    "Tool",
    "ToolCallRecord",
    "ToolDefinitionError",
    "ToolEvent",
    "ToolExecutionError",
    "ToolResultEvent",
    "ToolRunResult",
    "ToolStep",
    "ToolStream",
    "UnprocessableEntityError",
    "UsageError",
    "__version__",
    "tool",
]

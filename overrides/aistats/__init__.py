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
    NotFoundError,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    StreamInUseError,
    StreamNotOpenedError,
    StreamTimeoutError,
    UnprocessableEntityError,
    UsageError,
)
from ._streaming import AsyncChatStream, ChatStream
from ._version import __version__

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
    "NotFoundError",
    "NotGiven",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "StreamInUseError",
    "StreamNotOpenedError",
    "StreamTimeoutError",
    "UnprocessableEntityError",
    "UsageError",
    "__version__",
]

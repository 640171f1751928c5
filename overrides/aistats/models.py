"""Every type of the API, importable from one place.

All of it is generated from ``openapi.yaml`` into ``aistats_api.models`` and re-exported here
unchanged, so a regeneration that adds or removes a schema adds or removes a name here too:

- the attrs models the client returns and accepts (``CreateChatCompletionResponse``, ...);
- the aliases of union, array and scalar schemas (``ChatCompletionRequestMessage``,
  ``StopConfiguration``, ...);
- a TypedDict for the dict form of every schema a request can hold (``...Param``: e.g.
  ``CreateChatCompletionRequestParam``, ``ChatCompletionRequestMessageParam``);

plus the short names of the gateway's docs and the OpenAI SDK (``ChatCompletion``,
``ChatCompletionChunk``, ...)::

    from aistats.models import ChatCompletion, ChatCompletionRequestMessageParam

    def first_text(completion: ChatCompletion) -> str | None: ...

Each name is imported on first use: importing this module costs nothing until then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, TypeAlias

from aistats_api import models as _generated

if TYPE_CHECKING:
    from aistats_api.models import *  # noqa: F403 - the generated package owns this list
    from aistats_api.models import (
        CreateChatCompletionRequest,
        CreateChatCompletionRequestParam,
        CreateChatCompletionResponse,
        CreateChatCompletionStreamResponse,
    )

    ChatCompletionsRequest: TypeAlias = CreateChatCompletionRequest
    ChatCompletionsRequestParam: TypeAlias = CreateChatCompletionRequestParam
    ChatCompletionsResponse: TypeAlias = CreateChatCompletionResponse
    ChatCompletion: TypeAlias = CreateChatCompletionResponse
    ChatCompletionChunk: TypeAlias = CreateChatCompletionStreamResponse

# --- Short names used by the gateway's docs (seeds 000/001) and the OpenAI SDK -------------
_SHORT_NAMES: Final = {
    "ChatCompletionsRequest": "CreateChatCompletionRequest",
    "ChatCompletionsRequestParam": "CreateChatCompletionRequestParam",
    "ChatCompletionsResponse": "CreateChatCompletionResponse",
    "ChatCompletion": "CreateChatCompletionResponse",
    "ChatCompletionChunk": "CreateChatCompletionStreamResponse",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        try:
            value = getattr(_generated, _SHORT_NAMES.get(name, name))
        except AttributeError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [*_SHORT_NAMES, *_generated.__all__]

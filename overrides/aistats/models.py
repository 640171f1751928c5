"""Every type of the API, importable from one place.

The classes are generated from ``openapi.yaml`` into ``aistats_api.models`` and re-exported
here unchanged, so a regeneration that adds a schema adds a name here too. Schemas that are
unions, arrays or scalars have no generated class; each gets a type alias of the spec's name
below, so that every type name of the gateway's SDK (``ChatCompletionRequestMessage``,
``StopConfiguration``, ...) can be imported and used in annotations::

    from aistats.models import ChatCompletion, ChatCompletionRequestMessage

    def first_text(completion: ChatCompletion) -> str | None: ...
"""

from __future__ import annotations

from typing import Any, TypeAlias

from aistats_api.models import *  # noqa: F403 - the generated package owns this list
from aistats_api.models import (
    ChatCompletionMessageToolCall,
    ChatCompletionNamedToolChoice,
    ChatCompletionRequestAssistantMessage,
    ChatCompletionRequestDeveloperMessage,
    ChatCompletionRequestFunctionMessage,
    ChatCompletionRequestMessageContentPartAudio,
    ChatCompletionRequestMessageContentPartFile,
    ChatCompletionRequestMessageContentPartImage,
    ChatCompletionRequestMessageContentPartRefusal,
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartVideo,
    ChatCompletionRequestSystemMessage,
    ChatCompletionRequestToolMessage,
    ChatCompletionRequestUserMessage,
    ChatCompletionToolChoiceMode,
    CreateChatCompletionRequest,
    CreateChatCompletionResponse,
    CreateChatCompletionStreamResponse,
    ResponseModalitiesItem,
)
from aistats_api.models import __all__ as _generated_names

# --- Short names used by the gateway's docs (seeds 000/001) and the OpenAI SDK -------------
ChatCompletionsRequest: TypeAlias = CreateChatCompletionRequest
ChatCompletionsResponse: TypeAlias = CreateChatCompletionResponse
ChatCompletion: TypeAlias = CreateChatCompletionResponse
ChatCompletionChunk: TypeAlias = CreateChatCompletionStreamResponse

# --- Unions: the spec's oneOf schemas, told apart by `role` or `type` ----------------------
ChatCompletionRequestMessage: TypeAlias = (
    ChatCompletionRequestSystemMessage
    | ChatCompletionRequestDeveloperMessage
    | ChatCompletionRequestUserMessage
    | ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestFunctionMessage
)
ChatCompletionRequestSystemMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartText
)
ChatCompletionRequestToolMessageContentPart: TypeAlias = ChatCompletionRequestMessageContentPartText
ChatCompletionRequestAssistantMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartRefusal
)
ChatCompletionRequestUserMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartImage
    | ChatCompletionRequestMessageContentPartAudio
    | ChatCompletionRequestMessageContentPartFile
    | ChatCompletionRequestMessageContentPartVideo
)
ChatCompletionToolChoiceOption: TypeAlias = (
    ChatCompletionToolChoiceMode | str | ChatCompletionNamedToolChoice
)

# --- Arrays and scalars ----------------------------------------------------------------------
ChatCompletionMessageToolCalls: TypeAlias = list[ChatCompletionMessageToolCall]
StopConfiguration: TypeAlias = str | list[str]
ResponseModalities: TypeAlias = list[ResponseModalitiesItem]
ModelIDsShared: TypeAlias = str
VoiceIDsShared: TypeAlias = str
ParallelToolCalls: TypeAlias = bool
# Free-form JSON Schema documents.
FunctionParameters: TypeAlias = dict[str, Any]
ResponseFormatJsonSchemaSchema: TypeAlias = dict[str, Any]

_ALIASES = (
    "ChatCompletionsRequest",
    "ChatCompletionsResponse",
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestSystemMessageContentPart",
    "ChatCompletionRequestToolMessageContentPart",
    "ChatCompletionRequestAssistantMessageContentPart",
    "ChatCompletionRequestUserMessageContentPart",
    "ChatCompletionToolChoiceOption",
    "ChatCompletionMessageToolCalls",
    "StopConfiguration",
    "ResponseModalities",
    "ModelIDsShared",
    "VoiceIDsShared",
    "ParallelToolCalls",
    "FunctionParameters",
    "ResponseFormatJsonSchemaSchema",
)

__all__ = [*_generated_names, *_ALIASES]

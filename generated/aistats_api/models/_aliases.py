"""Type aliases for the spec's union, array and scalar schemas (generated from openapi.yaml).

They have no class of their own, but their names are the spec's vocabulary (and the gateway
SDK's): `ChatCompletionRequestMessage` is any of the message models, `StopConfiguration` a
string or a list of strings.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from .chat_completion_builtin_tool import ChatCompletionBuiltinTool
from .chat_completion_choice_logprobs import ChatCompletionChoiceLogprobs
from .chat_completion_finish_reason import ChatCompletionFinishReason
from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
from .chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage
from .chat_completion_request_developer_message import ChatCompletionRequestDeveloperMessage
from .chat_completion_request_function_message import ChatCompletionRequestFunctionMessage
from .chat_completion_request_message_content_part_audio import (
    ChatCompletionRequestMessageContentPartAudio,
)
from .chat_completion_request_message_content_part_file import (
    ChatCompletionRequestMessageContentPartFile,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,
)
from .chat_completion_request_message_content_part_refusal import (
    ChatCompletionRequestMessageContentPartRefusal,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)
from .chat_completion_request_message_content_part_video import (
    ChatCompletionRequestMessageContentPartVideo,
)
from .chat_completion_request_system_message import ChatCompletionRequestSystemMessage
from .chat_completion_request_tool_message import ChatCompletionRequestToolMessage
from .chat_completion_request_user_message import ChatCompletionRequestUserMessage
from .chat_completion_role import ChatCompletionRole
from .chat_completion_tool import ChatCompletionTool
from .chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
from .chat_completion_web_search_tool import ChatCompletionWebSearchTool
from .completion_usage import CompletionUsage
from .error_object import ErrorObject
from .provider_preferences import ProviderPreferences
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_json_schema import ResponseFormatJsonSchema
from .response_format_text import ResponseFormatText
from .response_modalities_item import ResponseModalitiesItem
from .service_tier import ServiceTier

# Log probabilities of the choice, or null.
ChatCompletionChoiceLogprobsValue: TypeAlias = ChatCompletionChoiceLogprobs | None

# Why generation stopped; null while unfinished. Open set.
ChatCompletionFinishReasonValue: TypeAlias = ChatCompletionFinishReason | None

# The tool calls of an assistant message.
ChatCompletionMessageToolCalls: TypeAlias = list[ChatCompletionMessageToolCall]

# A part of an assistant message, told apart by `type`.
ChatCompletionRequestAssistantMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartRefusal | ChatCompletionRequestMessageContentPartText
)

# One message of the conversation, told apart by `role`.
ChatCompletionRequestMessage: TypeAlias = (
    ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestDeveloperMessage
    | ChatCompletionRequestFunctionMessage
    | ChatCompletionRequestSystemMessage
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestUserMessage
)

# A text part.
ChatCompletionRequestSystemMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartText
)

# A text part.
ChatCompletionRequestToolMessageContentPart: TypeAlias = ChatCompletionRequestMessageContentPartText

# A part of a user message, told apart by `type`.
ChatCompletionRequestUserMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartAudio
    | ChatCompletionRequestMessageContentPartFile
    | ChatCompletionRequestMessageContentPartImage
    | ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartVideo
)

# The author's role (open set).
ChatCompletionRoleValue: TypeAlias = ChatCompletionRole

# Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object naming a function.
ChatCompletionToolChoiceOption: TypeAlias = (
    ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | str
)

# A tool the model may call; told apart by `type`.
ChatCompletionToolDefinition: TypeAlias = (
    ChatCompletionBuiltinTool | ChatCompletionTool | ChatCompletionWebSearchTool
)

# Usage, or null in frames before the last.
CompletionUsageValue: TypeAlias = CompletionUsage | None

# The error, as a code string or a structured object.
ErrorDetail: TypeAlias = ErrorObject | str

# The function's parameters as a JSON Schema object (free-form).
FunctionParameters: TypeAlias = Any

# A model id as `provider/model` (e.g. `openai/gpt-4o-mini`) or a gateway alias.
ModelIDsShared: TypeAlias = str

# Whether the model may call several tools in one turn. Default: true.
ParallelToolCalls: TypeAlias = bool

# A price as a number or a decimal string.
PriceValue: TypeAlias = float | str

# Provider routing preferences for gateway selection; a provider name or a routing object.
ProviderSelection: TypeAlias = ProviderPreferences | str

# The format of the reply; an object told apart by `type`, or the shorthand `text` / `json`.
ResponseFormat: TypeAlias = (
    ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | str
)

# The JSON Schema of the reply (free-form).
ResponseFormatJsonSchemaSchema: TypeAlias = Any

# Output types the model should produce, e.g. `["text", "audio"]`.
ResponseModalities: TypeAlias = list[ResponseModalitiesItem]

# The tier that processed the request (open set).
ServiceTierResponse: TypeAlias = ServiceTier | None

# Up to 4 sequences where generation stops; a string or a list of strings.
StopConfiguration: TypeAlias = list[str] | str

# A voice id: a built-in voice (alloy, ash, ballad, coral, echo, fable, onyx, nova, sage, shimmer, verse) or any voice id a provider accepts.
VoiceIDsShared: TypeAlias = str

__all__ = [
    "ChatCompletionChoiceLogprobsValue",
    "ChatCompletionFinishReasonValue",
    "ChatCompletionMessageToolCalls",
    "ChatCompletionRequestAssistantMessageContentPart",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestSystemMessageContentPart",
    "ChatCompletionRequestToolMessageContentPart",
    "ChatCompletionRequestUserMessageContentPart",
    "ChatCompletionRoleValue",
    "ChatCompletionToolChoiceOption",
    "ChatCompletionToolDefinition",
    "CompletionUsageValue",
    "ErrorDetail",
    "FunctionParameters",
    "ModelIDsShared",
    "ParallelToolCalls",
    "PriceValue",
    "ProviderSelection",
    "ResponseFormat",
    "ResponseFormatJsonSchemaSchema",
    "ResponseModalities",
    "ServiceTierResponse",
    "StopConfiguration",
    "VoiceIDsShared",
]

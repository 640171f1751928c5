"""Type aliases for the spec's union, array and scalar schemas (generated from openapi.yaml).

They have no class of their own, but their names are the spec's vocabulary (and the gateway
SDK's): `ChatCompletionRequestMessage` is any of the message models, `StopConfiguration` a
string or a list of strings.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from .chat_completion_builtin_tool import ChatCompletionBuiltinTool
from .chat_completion_choice_logprobs import ChatCompletionChoiceLogprobs
from .chat_completion_custom_tool import ChatCompletionCustomTool
from .chat_completion_finish_reason import ChatCompletionFinishReason
from .chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
from .chat_completion_message_function_tool_call import ChatCompletionMessageFunctionToolCall
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
from .chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage
from .chat_completion_request_developer_message import ChatCompletionRequestDeveloperMessage
from .chat_completion_request_message_content_part_audio import (
    ChatCompletionRequestMessageContentPartAudio,
)
from .chat_completion_request_message_content_part_audio_url import (
    ChatCompletionRequestMessageContentPartAudioUrl,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)
from .chat_completion_request_message_content_part_tool_call import (
    ChatCompletionRequestMessageContentPartToolCall,
)
from .chat_completion_request_message_content_part_video import (
    ChatCompletionRequestMessageContentPartVideo,
)
from .chat_completion_request_message_content_part_video_url import (
    ChatCompletionRequestMessageContentPartVideoUrl,
)
from .chat_completion_request_system_message import ChatCompletionRequestSystemMessage
from .chat_completion_request_tool_message import ChatCompletionRequestToolMessage
from .chat_completion_request_user_message import ChatCompletionRequestUserMessage
from .chat_completion_role import ChatCompletionRole
from .chat_completion_tool import ChatCompletionTool
from .chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
from .chat_completion_web_search_tool import ChatCompletionWebSearchTool
from .completion_usage import CompletionUsage
from .create_chat_completion_response import CreateChatCompletionResponse
from .create_chat_completion_stream_response import CreateChatCompletionStreamResponse
from .error_object import ErrorObject
from .gateway_stream_error_frame import GatewayStreamErrorFrame
from .provider_preferences import ProviderPreferences
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_json_schema import ResponseFormatJsonSchema
from .response_format_text import ResponseFormatText
from .service_tier import ServiceTier
from .upstream_stream_error_frame import UpstreamStreamErrorFrame

# Log probabilities of the choice, or null.
ChatCompletionChoiceLogprobsValue: TypeAlias = ChatCompletionChoiceLogprobs | None

# Why generation stopped; null while unfinished. Open set.
ChatCompletionFinishReasonValue: TypeAlias = ChatCompletionFinishReason | None

# A tool call the model made, told apart by `type` (a function call, or a custom tool's call).
ChatCompletionMessageToolCall: TypeAlias = (
    ChatCompletionMessageCustomToolCall | ChatCompletionMessageFunctionToolCall
)

# The tool calls of a reply.
ChatCompletionMessageToolCalls: TypeAlias = list[
    ChatCompletionMessageCustomToolCall | ChatCompletionMessageFunctionToolCall
]

# A part of an assistant message, told apart by `type` (the gateway takes every part type in every role).
ChatCompletionRequestAssistantMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartAudio
    | ChatCompletionRequestMessageContentPartAudioUrl
    | ChatCompletionRequestMessageContentPartImage
    | ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartToolCall
    | ChatCompletionRequestMessageContentPartVideo
    | ChatCompletionRequestMessageContentPartVideoUrl
)

# One message of the conversation, told apart by `role`. The gateway's code takes `system`, `developer`, `user`, `assistant` and `tool`; a `function` message (its earlier documents' legacy role) is a 400 `validation_error`.
ChatCompletionRequestMessage: TypeAlias = (
    ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestDeveloperMessage
    | ChatCompletionRequestSystemMessage
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestUserMessage
)

# A part of a system or developer message, told apart by `type` (the gateway takes every part type in every role).
ChatCompletionRequestSystemMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartAudio
    | ChatCompletionRequestMessageContentPartAudioUrl
    | ChatCompletionRequestMessageContentPartImage
    | ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartToolCall
    | ChatCompletionRequestMessageContentPartVideo
    | ChatCompletionRequestMessageContentPartVideoUrl
)

# A part of a tool message, told apart by `type` (the gateway takes every part type in every role).
ChatCompletionRequestToolMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartAudio
    | ChatCompletionRequestMessageContentPartAudioUrl
    | ChatCompletionRequestMessageContentPartImage
    | ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartToolCall
    | ChatCompletionRequestMessageContentPartVideo
    | ChatCompletionRequestMessageContentPartVideoUrl
)

# A part of a user message, told apart by `type` (the gateway takes every part type in every role).
ChatCompletionRequestUserMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartAudio
    | ChatCompletionRequestMessageContentPartAudioUrl
    | ChatCompletionRequestMessageContentPartImage
    | ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartToolCall
    | ChatCompletionRequestMessageContentPartVideo
    | ChatCompletionRequestMessageContentPartVideoUrl
)

# The author's role (open set).
ChatCompletionRoleValue: TypeAlias = ChatCompletionRole

# An error reported inside a stream after the 200 headers: the gateway's own frame, or an upstream's `{"error": {...}}` passed through. The stream ends after it.
ChatCompletionStreamErrorFrame: TypeAlias = GatewayStreamErrorFrame | UpstreamStreamErrorFrame

# The data of one event of a stream: a chunk; on the gateway's Responses-style upstream paths (OpenAI with `reasoning`, Anthropic), as the last frame, the whole `chat.completion` (then no chunk had a `finish_reason` and no usage frame came, and tool-call argument pieces were the whole text so far); or an error frame. Read `object` first: `chat.completion`, `error`, or a chunk. (A Responses `response` snapshot may also pass through.)
ChatCompletionStreamEvent: TypeAlias = (
    CreateChatCompletionResponse
    | CreateChatCompletionStreamResponse
    | GatewayStreamErrorFrame
    | UpstreamStreamErrorFrame
)

# Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object naming a function. A named function must be one of `tools` (else 400); `required` needs a tool.
ChatCompletionToolChoiceOption: TypeAlias = (
    ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | str
)

# A tool the model may call; told apart by `type`.
ChatCompletionToolDefinition: TypeAlias = (
    ChatCompletionBuiltinTool
    | ChatCompletionCustomTool
    | ChatCompletionTool
    | ChatCompletionWebSearchTool
)

# Usage, or null in frames before the last.
CompletionUsageValue: TypeAlias = CompletionUsage | None

# The error, as a code string or a structured object.
ErrorDetail: TypeAlias = ErrorObject | str

# The function's parameters as a JSON Schema object (free-form).
FunctionParameters: TypeAlias = Any

# A model id as `provider/model` (e.g. `openai/gpt-4o-mini`) or a gateway alias. Empty is a 400 `validation_error`, blank a 400 `model_required`, an unknown id a 400 `unsupported_model_or_endpoint`.
ModelIDsShared: TypeAlias = str

# Whether the model may call several tools in one turn. Default: true.
ParallelToolCalls: TypeAlias = bool

# A price as a number or a decimal string.
PriceValue: TypeAlias = float | str

# How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
ProviderSelection: TypeAlias = ProviderPreferences

# The format of the reply; an object told apart by `type`, or the shorthand `text` / `json`.
ResponseFormat: TypeAlias = (
    ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | str
)

# The JSON Schema of the reply (free-form).
ResponseFormatJsonSchemaSchema: TypeAlias = Any

# Output types the model should produce, e.g. `["text", "audio"]` (`text`, `audio`, `image`; the gateway takes any string).
ResponseModalities: TypeAlias = list[str]

# The tier that processed the request (open set).
ServiceTierResponse: TypeAlias = ServiceTier | None

# Sequences where generation stops; a string or a list of strings (providers limit how many).
StopConfiguration: TypeAlias = list[str] | str

# A voice id: a built-in voice (alloy, ash, ballad, coral, echo, fable, onyx, nova, sage, shimmer, verse) or any voice id a provider accepts.
VoiceIDsShared: TypeAlias = str

__all__ = [
    "ChatCompletionChoiceLogprobsValue",
    "ChatCompletionFinishReasonValue",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCalls",
    "ChatCompletionRequestAssistantMessageContentPart",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestSystemMessageContentPart",
    "ChatCompletionRequestToolMessageContentPart",
    "ChatCompletionRequestUserMessageContentPart",
    "ChatCompletionRoleValue",
    "ChatCompletionStreamErrorFrame",
    "ChatCompletionStreamEvent",
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

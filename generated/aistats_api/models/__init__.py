"""Contains all the data models used in inputs/outputs (each imported on first use)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chat_completion_audio_param import ChatCompletionAudioParam
    from .chat_completion_audio_param_format import ChatCompletionAudioParamFormat
    from .chat_completion_builtin_tool import ChatCompletionBuiltinTool
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_choice_logprobs import ChatCompletionChoiceLogprobs
    from .chat_completion_finish_reason import ChatCompletionFinishReason
    from .chat_completion_function_call import ChatCompletionFunctionCall
    from .chat_completion_function_call_chunk import ChatCompletionFunctionCallChunk
    from .chat_completion_function_call_mode import ChatCompletionFunctionCallMode
    from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from .chat_completion_functions import ChatCompletionFunctions
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .chat_completion_named_tool_choice_function import ChatCompletionNamedToolChoiceFunction
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
    from .chat_completion_response_message import ChatCompletionResponseMessage
    from .chat_completion_role import ChatCompletionRole
    from .chat_completion_stream_choice import ChatCompletionStreamChoice
    from .chat_completion_stream_error_frame import ChatCompletionStreamErrorFrame
    from .chat_completion_stream_options import ChatCompletionStreamOptions
    from .chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
    from .chat_completion_top_logprob import ChatCompletionTopLogprob
    from .chat_completion_web_search_tool import ChatCompletionWebSearchTool
    from .completion_tokens_details import CompletionTokensDetails
    from .completion_usage import CompletionUsage
    from .create_chat_completion_request import CreateChatCompletionRequest
    from .create_chat_completion_request_logit_bias import CreateChatCompletionRequestLogitBias
    from .create_chat_completion_request_verbosity import CreateChatCompletionRequestVerbosity
    from .create_chat_completion_response import CreateChatCompletionResponse
    from .create_chat_completion_stream_response import CreateChatCompletionStreamResponse
    from .create_model_response_properties import CreateModelResponseProperties
    from .debug_options import DebugOptions
    from .debug_options_trace_level import DebugOptionsTraceLevel
    from .error_object import ErrorObject
    from .error_response import ErrorResponse
    from .font_input import FontInput
    from .function_object import FunctionObject
    from .generated_media import GeneratedMedia
    from .image_config import ImageConfig
    from .image_size import ImageSize
    from .image_url import ImageURL
    from .image_url_detail import ImageURLDetail
    from .input_audio import InputAudio
    from .input_audio_format import InputAudioFormat
    from .input_file import InputFile
    from .input_video import InputVideo
    from .message_annotation import MessageAnnotation
    from .metadata import Metadata
    from .model_response_properties import ModelResponseProperties
    from .prediction_content import PredictionContent
    from .prompt_tokens_details import PromptTokensDetails
    from .provider_max_price import ProviderMaxPrice
    from .provider_options import ProviderOptions
    from .provider_passthrough import ProviderPassthrough
    from .provider_preferences import ProviderPreferences
    from .provider_preferences_data_collection import ProviderPreferencesDataCollection
    from .provider_sort import ProviderSort
    from .reasoning_config import ReasoningConfig
    from .reasoning_config_mode import ReasoningConfigMode
    from .reasoning_config_summary import ReasoningConfigSummary
    from .reasoning_effort import ReasoningEffort
    from .reference_image import ReferenceImage
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_config import ResponseFormatJsonSchemaConfig
    from .response_format_text import ResponseFormatText
    from .response_meta import ResponseMeta
    from .response_modalities_item import ResponseModalitiesItem
    from .server_tool_usage import ServerToolUsage
    from .service_tier import ServiceTier
    from .thinking_config import ThinkingConfig
    from .thinking_config_type import ThinkingConfigType
    from .web_search_context_size import WebSearchContextSize
    from .web_search_location import WebSearchLocation
    from .web_search_options import WebSearchOptions
    from .web_search_user_location import WebSearchUserLocation

_MODULE_OF: dict[str, str] = {
    "ChatCompletionAudioParam": ".chat_completion_audio_param",
    "ChatCompletionAudioParamFormat": ".chat_completion_audio_param_format",
    "ChatCompletionBuiltinTool": ".chat_completion_builtin_tool",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChoiceLogprobs": ".chat_completion_choice_logprobs",
    "ChatCompletionFinishReason": ".chat_completion_finish_reason",
    "ChatCompletionFunctionCall": ".chat_completion_function_call",
    "ChatCompletionFunctionCallChunk": ".chat_completion_function_call_chunk",
    "ChatCompletionFunctionCallMode": ".chat_completion_function_call_mode",
    "ChatCompletionFunctionCallOption": ".chat_completion_function_call_option",
    "ChatCompletionFunctions": ".chat_completion_functions",
    "ChatCompletionMessageToolCall": ".chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": ".chat_completion_message_tool_call_chunk",
    "ChatCompletionNamedToolChoice": ".chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceFunction": ".chat_completion_named_tool_choice_function",
    "ChatCompletionRequestAssistantMessage": ".chat_completion_request_assistant_message",
    "ChatCompletionRequestDeveloperMessage": ".chat_completion_request_developer_message",
    "ChatCompletionRequestFunctionMessage": ".chat_completion_request_function_message",
    "ChatCompletionRequestMessageContentPartAudio": ".chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartFile": ".chat_completion_request_message_content_part_file",
    "ChatCompletionRequestMessageContentPartImage": ".chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartRefusal": ".chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartText": ".chat_completion_request_message_content_part_text",
    "ChatCompletionRequestMessageContentPartVideo": ".chat_completion_request_message_content_part_video",
    "ChatCompletionRequestSystemMessage": ".chat_completion_request_system_message",
    "ChatCompletionRequestToolMessage": ".chat_completion_request_tool_message",
    "ChatCompletionRequestUserMessage": ".chat_completion_request_user_message",
    "ChatCompletionResponseMessage": ".chat_completion_response_message",
    "ChatCompletionRole": ".chat_completion_role",
    "ChatCompletionStreamChoice": ".chat_completion_stream_choice",
    "ChatCompletionStreamErrorFrame": ".chat_completion_stream_error_frame",
    "ChatCompletionStreamOptions": ".chat_completion_stream_options",
    "ChatCompletionStreamResponseDelta": ".chat_completion_stream_response_delta",
    "ChatCompletionTokenLogprob": ".chat_completion_token_logprob",
    "ChatCompletionTool": ".chat_completion_tool",
    "ChatCompletionToolChoiceMode": ".chat_completion_tool_choice_mode",
    "ChatCompletionTopLogprob": ".chat_completion_top_logprob",
    "ChatCompletionWebSearchTool": ".chat_completion_web_search_tool",
    "CompletionTokensDetails": ".completion_tokens_details",
    "CompletionUsage": ".completion_usage",
    "CreateChatCompletionRequest": ".create_chat_completion_request",
    "CreateChatCompletionRequestLogitBias": ".create_chat_completion_request_logit_bias",
    "CreateChatCompletionRequestVerbosity": ".create_chat_completion_request_verbosity",
    "CreateChatCompletionResponse": ".create_chat_completion_response",
    "CreateChatCompletionStreamResponse": ".create_chat_completion_stream_response",
    "CreateModelResponseProperties": ".create_model_response_properties",
    "DebugOptions": ".debug_options",
    "DebugOptionsTraceLevel": ".debug_options_trace_level",
    "ErrorObject": ".error_object",
    "ErrorResponse": ".error_response",
    "FontInput": ".font_input",
    "FunctionObject": ".function_object",
    "GeneratedMedia": ".generated_media",
    "ImageConfig": ".image_config",
    "ImageSize": ".image_size",
    "ImageURL": ".image_url",
    "ImageURLDetail": ".image_url_detail",
    "InputAudio": ".input_audio",
    "InputAudioFormat": ".input_audio_format",
    "InputFile": ".input_file",
    "InputVideo": ".input_video",
    "MessageAnnotation": ".message_annotation",
    "Metadata": ".metadata",
    "ModelResponseProperties": ".model_response_properties",
    "PredictionContent": ".prediction_content",
    "PromptTokensDetails": ".prompt_tokens_details",
    "ProviderMaxPrice": ".provider_max_price",
    "ProviderOptions": ".provider_options",
    "ProviderPassthrough": ".provider_passthrough",
    "ProviderPreferences": ".provider_preferences",
    "ProviderPreferencesDataCollection": ".provider_preferences_data_collection",
    "ProviderSort": ".provider_sort",
    "ReasoningConfig": ".reasoning_config",
    "ReasoningConfigMode": ".reasoning_config_mode",
    "ReasoningConfigSummary": ".reasoning_config_summary",
    "ReasoningEffort": ".reasoning_effort",
    "ReferenceImage": ".reference_image",
    "ResponseFormatJsonObject": ".response_format_json_object",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatJsonSchemaConfig": ".response_format_json_schema_config",
    "ResponseFormatText": ".response_format_text",
    "ResponseMeta": ".response_meta",
    "ResponseModalitiesItem": ".response_modalities_item",
    "ServerToolUsage": ".server_tool_usage",
    "ServiceTier": ".service_tier",
    "ThinkingConfig": ".thinking_config",
    "ThinkingConfigType": ".thinking_config_type",
    "WebSearchContextSize": ".web_search_context_size",
    "WebSearchLocation": ".web_search_location",
    "WebSearchOptions": ".web_search_options",
    "WebSearchUserLocation": ".web_search_user_location",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "ChatCompletionAudioParam",
    "ChatCompletionAudioParamFormat",
    "ChatCompletionBuiltinTool",
    "ChatCompletionChoice",
    "ChatCompletionChoiceLogprobs",
    "ChatCompletionFinishReason",
    "ChatCompletionFunctionCall",
    "ChatCompletionFunctionCallChunk",
    "ChatCompletionFunctionCallMode",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctions",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestDeveloperMessage",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestMessageContentPartAudio",
    "ChatCompletionRequestMessageContentPartFile",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartRefusal",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestMessageContentPartVideo",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionResponseMessage",
    "ChatCompletionRole",
    "ChatCompletionStreamChoice",
    "ChatCompletionStreamErrorFrame",
    "ChatCompletionStreamOptions",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceMode",
    "ChatCompletionTopLogprob",
    "ChatCompletionWebSearchTool",
    "CompletionTokensDetails",
    "CompletionUsage",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestLogitBias",
    "CreateChatCompletionRequestVerbosity",
    "CreateChatCompletionResponse",
    "CreateChatCompletionStreamResponse",
    "CreateModelResponseProperties",
    "DebugOptions",
    "DebugOptionsTraceLevel",
    "ErrorObject",
    "ErrorResponse",
    "FontInput",
    "FunctionObject",
    "GeneratedMedia",
    "ImageConfig",
    "ImageSize",
    "ImageURL",
    "ImageURLDetail",
    "InputAudio",
    "InputAudioFormat",
    "InputFile",
    "InputVideo",
    "MessageAnnotation",
    "Metadata",
    "ModelResponseProperties",
    "PredictionContent",
    "PromptTokensDetails",
    "ProviderMaxPrice",
    "ProviderOptions",
    "ProviderPassthrough",
    "ProviderPreferences",
    "ProviderPreferencesDataCollection",
    "ProviderSort",
    "ReasoningConfig",
    "ReasoningConfigMode",
    "ReasoningConfigSummary",
    "ReasoningEffort",
    "ReferenceImage",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaConfig",
    "ResponseFormatText",
    "ResponseMeta",
    "ResponseModalitiesItem",
    "ServerToolUsage",
    "ServiceTier",
    "ThinkingConfig",
    "ThinkingConfigType",
    "WebSearchContextSize",
    "WebSearchLocation",
    "WebSearchOptions",
    "WebSearchUserLocation",
)

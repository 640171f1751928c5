"""Every type of the API: the models, their enums, the aliases of union, array and scalar
schemas, and the TypedDict of each schema a request can hold (each imported on first use)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._aliases import ChatCompletionChoiceLogprobsValue as ChatCompletionChoiceLogprobsValue
    from ._aliases import ChatCompletionFinishReasonValue as ChatCompletionFinishReasonValue
    from ._aliases import ChatCompletionMessageToolCall as ChatCompletionMessageToolCall
    from ._aliases import ChatCompletionMessageToolCalls as ChatCompletionMessageToolCalls
    from ._aliases import (
        ChatCompletionRequestAssistantMessageContentPart as ChatCompletionRequestAssistantMessageContentPart,
    )
    from ._aliases import ChatCompletionRequestMessage as ChatCompletionRequestMessage
    from ._aliases import (
        ChatCompletionRequestSystemMessageContentPart as ChatCompletionRequestSystemMessageContentPart,
    )
    from ._aliases import (
        ChatCompletionRequestToolMessageContentPart as ChatCompletionRequestToolMessageContentPart,
    )
    from ._aliases import (
        ChatCompletionRequestUserMessageContentPart as ChatCompletionRequestUserMessageContentPart,
    )
    from ._aliases import ChatCompletionRoleValue as ChatCompletionRoleValue
    from ._aliases import ChatCompletionStreamErrorFrame as ChatCompletionStreamErrorFrame
    from ._aliases import ChatCompletionStreamEvent as ChatCompletionStreamEvent
    from ._aliases import ChatCompletionToolChoiceOption as ChatCompletionToolChoiceOption
    from ._aliases import ChatCompletionToolDefinition as ChatCompletionToolDefinition
    from ._aliases import CompletionUsageValue as CompletionUsageValue
    from ._aliases import ErrorDetail as ErrorDetail
    from ._aliases import FunctionParameters as FunctionParameters
    from ._aliases import ModelIDsShared as ModelIDsShared
    from ._aliases import ParallelToolCalls as ParallelToolCalls
    from ._aliases import PriceValue as PriceValue
    from ._aliases import ProviderSelection as ProviderSelection
    from ._aliases import ResponseFormat as ResponseFormat
    from ._aliases import ResponseFormatJsonSchemaSchema as ResponseFormatJsonSchemaSchema
    from ._aliases import ResponseModalities as ResponseModalities
    from ._aliases import ServiceTierResponse as ServiceTierResponse
    from ._aliases import StopConfiguration as StopConfiguration
    from ._aliases import VoiceIDsShared as VoiceIDsShared
    from ._params import AudioURLParam as AudioURLParam
    from ._params import ChatCompletionBuiltinToolParam as ChatCompletionBuiltinToolParam
    from ._params import ChatCompletionCustomToolParam as ChatCompletionCustomToolParam
    from ._params import ChatCompletionFunctionCallParam as ChatCompletionFunctionCallParam
    from ._params import (
        ChatCompletionMessageFunctionToolCallParam as ChatCompletionMessageFunctionToolCallParam,
    )
    from ._params import (
        ChatCompletionNamedToolChoiceFunctionParam as ChatCompletionNamedToolChoiceFunctionParam,
    )
    from ._params import ChatCompletionNamedToolChoiceParam as ChatCompletionNamedToolChoiceParam
    from ._params import (
        ChatCompletionRequestAssistantMessageContentPartParam as ChatCompletionRequestAssistantMessageContentPartParam,
    )
    from ._params import (
        ChatCompletionRequestAssistantMessageParam as ChatCompletionRequestAssistantMessageParam,
    )
    from ._params import (
        ChatCompletionRequestDeveloperMessageParam as ChatCompletionRequestDeveloperMessageParam,
    )
    from ._params import (
        ChatCompletionRequestMessageContentPartAudioParam as ChatCompletionRequestMessageContentPartAudioParam,
    )
    from ._params import (
        ChatCompletionRequestMessageContentPartAudioUrlParam as ChatCompletionRequestMessageContentPartAudioUrlParam,
    )
    from ._params import (
        ChatCompletionRequestMessageContentPartImageParam as ChatCompletionRequestMessageContentPartImageParam,
    )
    from ._params import (
        ChatCompletionRequestMessageContentPartTextParam as ChatCompletionRequestMessageContentPartTextParam,
    )
    from ._params import (
        ChatCompletionRequestMessageContentPartToolCallParam as ChatCompletionRequestMessageContentPartToolCallParam,
    )
    from ._params import (
        ChatCompletionRequestMessageContentPartVideoParam as ChatCompletionRequestMessageContentPartVideoParam,
    )
    from ._params import (
        ChatCompletionRequestMessageContentPartVideoUrlParam as ChatCompletionRequestMessageContentPartVideoUrlParam,
    )
    from ._params import ChatCompletionRequestMessageParam as ChatCompletionRequestMessageParam
    from ._params import (
        ChatCompletionRequestSystemMessageContentPartParam as ChatCompletionRequestSystemMessageContentPartParam,
    )
    from ._params import (
        ChatCompletionRequestSystemMessageParam as ChatCompletionRequestSystemMessageParam,
    )
    from ._params import (
        ChatCompletionRequestToolMessageContentPartParam as ChatCompletionRequestToolMessageContentPartParam,
    )
    from ._params import (
        ChatCompletionRequestToolMessageParam as ChatCompletionRequestToolMessageParam,
    )
    from ._params import (
        ChatCompletionRequestUserMessageContentPartParam as ChatCompletionRequestUserMessageContentPartParam,
    )
    from ._params import (
        ChatCompletionRequestUserMessageParam as ChatCompletionRequestUserMessageParam,
    )
    from ._params import ChatCompletionStreamOptionsParam as ChatCompletionStreamOptionsParam
    from ._params import ChatCompletionToolChoiceOptionParam as ChatCompletionToolChoiceOptionParam
    from ._params import ChatCompletionToolDefinitionParam as ChatCompletionToolDefinitionParam
    from ._params import ChatCompletionToolParam as ChatCompletionToolParam
    from ._params import ChatCompletionWebSearchToolParam as ChatCompletionWebSearchToolParam
    from ._params import CreateChatCompletionRequestKwargs as CreateChatCompletionRequestKwargs
    from ._params import (
        CreateChatCompletionRequestObjectKwargs as CreateChatCompletionRequestObjectKwargs,
    )
    from ._params import (
        CreateChatCompletionRequestObjectOverrides as CreateChatCompletionRequestObjectOverrides,
    )
    from ._params import (
        CreateChatCompletionRequestOverrides as CreateChatCompletionRequestOverrides,
    )
    from ._params import CreateChatCompletionRequestParam as CreateChatCompletionRequestParam
    from ._params import (
        CreateChatCompletionRequestToolRunKwargs as CreateChatCompletionRequestToolRunKwargs,
    )
    from ._params import (
        CreateChatCompletionRequestToolRunOverrides as CreateChatCompletionRequestToolRunOverrides,
    )
    from ._params import CustomToolDefinitionParam as CustomToolDefinitionParam
    from ._params import DebugOptionsParam as DebugOptionsParam
    from ._params import DocumentMetadataEntryParam as DocumentMetadataEntryParam
    from ._params import DocumentParam as DocumentParam
    from ._params import FontInputParam as FontInputParam
    from ._params import FunctionObjectParam as FunctionObjectParam
    from ._params import ImageConfigParam as ImageConfigParam
    from ._params import ImageURLParam as ImageURLParam
    from ._params import InputAudioParam as InputAudioParam
    from ._params import PriceValueParam as PriceValueParam
    from ._params import ProviderMaxPriceParam as ProviderMaxPriceParam
    from ._params import ProviderOptionsParam as ProviderOptionsParam
    from ._params import ProviderPreferencesParam as ProviderPreferencesParam
    from ._params import ProviderSelectionParam as ProviderSelectionParam
    from ._params import ProviderSortParam as ProviderSortParam
    from ._params import ReasoningConfigParam as ReasoningConfigParam
    from ._params import ResponseFormatJsonObjectParam as ResponseFormatJsonObjectParam
    from ._params import ResponseFormatJsonSchemaConfigParam as ResponseFormatJsonSchemaConfigParam
    from ._params import ResponseFormatJsonSchemaParam as ResponseFormatJsonSchemaParam
    from ._params import ResponseFormatParam as ResponseFormatParam
    from ._params import ResponseFormatTextParam as ResponseFormatTextParam
    from ._params import ResponseModalitiesParam as ResponseModalitiesParam
    from ._params import SequenceNotStr as SequenceNotStr
    from ._params import StopConfigurationParam as StopConfigurationParam
    from ._params import ThinkingConfigParam as ThinkingConfigParam
    from ._params import VideoURLParam as VideoURLParam
    from ._params import WebSearchLocationParam as WebSearchLocationParam
    from ._params import WebSearchOptionsParam as WebSearchOptionsParam
    from ._params import WebSearchUserLocationParam as WebSearchUserLocationParam
    from .audio_url import AudioURL
    from .builtin_tool_parameters import BuiltinToolParameters
    from .chat_completion_audio_param import ChatCompletionAudioParam
    from .chat_completion_audio_param_format import ChatCompletionAudioParamFormat
    from .chat_completion_builtin_tool import ChatCompletionBuiltinTool
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_choice_logprobs import ChatCompletionChoiceLogprobs
    from .chat_completion_custom_tool import ChatCompletionCustomTool
    from .chat_completion_custom_tool_call_chunk import ChatCompletionCustomToolCallChunk
    from .chat_completion_custom_tool_call_input import ChatCompletionCustomToolCallInput
    from .chat_completion_finish_reason import ChatCompletionFinishReason
    from .chat_completion_function_call import ChatCompletionFunctionCall
    from .chat_completion_function_call_chunk import ChatCompletionFunctionCallChunk
    from .chat_completion_function_call_mode import ChatCompletionFunctionCallMode
    from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from .chat_completion_functions import ChatCompletionFunctions
    from .chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
    from .chat_completion_message_function_tool_call import ChatCompletionMessageFunctionToolCall
    from .chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .chat_completion_named_tool_choice_function import ChatCompletionNamedToolChoiceFunction
    from .chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage
    from .chat_completion_request_developer_message import ChatCompletionRequestDeveloperMessage
    from .chat_completion_request_function_message import ChatCompletionRequestFunctionMessage
    from .chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio,
    )
    from .chat_completion_request_message_content_part_audio_url import (
        ChatCompletionRequestMessageContentPartAudioUrl,
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
    from .chat_completion_response_message import ChatCompletionResponseMessage
    from .chat_completion_role import ChatCompletionRole
    from .chat_completion_stream_choice import ChatCompletionStreamChoice
    from .chat_completion_stream_options import ChatCompletionStreamOptions
    from .chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
    from .chat_completion_top_logprob import ChatCompletionTopLogprob
    from .chat_completion_web_search_tool import ChatCompletionWebSearchTool
    from .chat_completion_web_search_tool_type import ChatCompletionWebSearchToolType
    from .completion_tokens_details import CompletionTokensDetails
    from .completion_usage import CompletionUsage
    from .create_chat_completion_request import CreateChatCompletionRequest
    from .create_chat_completion_request_logit_bias import CreateChatCompletionRequestLogitBias
    from .create_chat_completion_response import CreateChatCompletionResponse
    from .create_chat_completion_response_routing_diagnostics import (
        CreateChatCompletionResponseRoutingDiagnostics,
    )
    from .create_chat_completion_stream_response import CreateChatCompletionStreamResponse
    from .create_model_response_properties import CreateModelResponseProperties
    from .custom_tool_definition import CustomToolDefinition
    from .custom_tool_definition_format import CustomToolDefinitionFormat
    from .data_collection_policy import DataCollectionPolicy
    from .debug_options import DebugOptions
    from .debug_options_trace_level import DebugOptionsTraceLevel
    from .document import Document
    from .document_metadata_entry import DocumentMetadataEntry
    from .error_detail_item import ErrorDetailItem
    from .error_detail_item_params import ErrorDetailItemParams
    from .error_object import ErrorObject
    from .error_response import ErrorResponse
    from .error_response_debug import ErrorResponseDebug
    from .error_response_failure_sample_item import ErrorResponseFailureSampleItem
    from .font_input import FontInput
    from .function_object import FunctionObject
    from .gateway_stream_error_frame import GatewayStreamErrorFrame
    from .generated_media import GeneratedMedia
    from .image_config import ImageConfig
    from .image_size import ImageSize
    from .image_url import ImageURL
    from .image_url_detail import ImageURLDetail
    from .input_audio import InputAudio
    from .input_file import InputFile
    from .message_annotation import MessageAnnotation
    from .metadata import Metadata
    from .model_response_properties import ModelResponseProperties
    from .percentile_map import PercentileMap
    from .prediction_content import PredictionContent
    from .pricing_line import PricingLine
    from .prompt_tokens_details import PromptTokensDetails
    from .provider_max_price import ProviderMaxPrice
    from .provider_options import ProviderOptions
    from .provider_passthrough import ProviderPassthrough
    from .provider_preferences import ProviderPreferences
    from .provider_sort import ProviderSort
    from .reasoning_config import ReasoningConfig
    from .reasoning_config_mode import ReasoningConfigMode
    from .reasoning_config_summary import ReasoningConfigSummary
    from .reasoning_detail import ReasoningDetail
    from .reasoning_effort import ReasoningEffort
    from .reference_image import ReferenceImage
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_config import ResponseFormatJsonSchemaConfig
    from .response_format_text import ResponseFormatText
    from .response_meta import ResponseMeta
    from .response_meta_routing import ResponseMetaRouting
    from .server_tool_usage import ServerToolUsage
    from .service_tier import ServiceTier
    from .thinking_config import ThinkingConfig
    from .thinking_config_type import ThinkingConfigType
    from .upstream_error import UpstreamError
    from .upstream_stream_error_frame import UpstreamStreamErrorFrame
    from .usage_pricing import UsagePricing
    from .video_url import VideoURL
    from .voice_reference import VoiceReference
    from .web_search_context_size import WebSearchContextSize
    from .web_search_location import WebSearchLocation
    from .web_search_options import WebSearchOptions
    from .web_search_user_location import WebSearchUserLocation

_MODULE_OF: dict[str, str] = {
    "AudioURL": ".audio_url",
    "BuiltinToolParameters": ".builtin_tool_parameters",
    "ChatCompletionAudioParam": ".chat_completion_audio_param",
    "ChatCompletionAudioParamFormat": ".chat_completion_audio_param_format",
    "ChatCompletionBuiltinTool": ".chat_completion_builtin_tool",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChoiceLogprobs": ".chat_completion_choice_logprobs",
    "ChatCompletionCustomTool": ".chat_completion_custom_tool",
    "ChatCompletionCustomToolCallChunk": ".chat_completion_custom_tool_call_chunk",
    "ChatCompletionCustomToolCallInput": ".chat_completion_custom_tool_call_input",
    "ChatCompletionFinishReason": ".chat_completion_finish_reason",
    "ChatCompletionFunctionCall": ".chat_completion_function_call",
    "ChatCompletionFunctionCallChunk": ".chat_completion_function_call_chunk",
    "ChatCompletionFunctionCallMode": ".chat_completion_function_call_mode",
    "ChatCompletionFunctionCallOption": ".chat_completion_function_call_option",
    "ChatCompletionFunctions": ".chat_completion_functions",
    "ChatCompletionMessageCustomToolCall": ".chat_completion_message_custom_tool_call",
    "ChatCompletionMessageFunctionToolCall": ".chat_completion_message_function_tool_call",
    "ChatCompletionMessageToolCallChunk": ".chat_completion_message_tool_call_chunk",
    "ChatCompletionNamedToolChoice": ".chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceFunction": ".chat_completion_named_tool_choice_function",
    "ChatCompletionRequestAssistantMessage": ".chat_completion_request_assistant_message",
    "ChatCompletionRequestDeveloperMessage": ".chat_completion_request_developer_message",
    "ChatCompletionRequestFunctionMessage": ".chat_completion_request_function_message",
    "ChatCompletionRequestMessageContentPartAudio": ".chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartAudioUrl": ".chat_completion_request_message_content_part_audio_url",
    "ChatCompletionRequestMessageContentPartFile": ".chat_completion_request_message_content_part_file",
    "ChatCompletionRequestMessageContentPartImage": ".chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartRefusal": ".chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartText": ".chat_completion_request_message_content_part_text",
    "ChatCompletionRequestMessageContentPartToolCall": ".chat_completion_request_message_content_part_tool_call",
    "ChatCompletionRequestMessageContentPartVideo": ".chat_completion_request_message_content_part_video",
    "ChatCompletionRequestMessageContentPartVideoUrl": ".chat_completion_request_message_content_part_video_url",
    "ChatCompletionRequestSystemMessage": ".chat_completion_request_system_message",
    "ChatCompletionRequestToolMessage": ".chat_completion_request_tool_message",
    "ChatCompletionRequestUserMessage": ".chat_completion_request_user_message",
    "ChatCompletionResponseMessage": ".chat_completion_response_message",
    "ChatCompletionRole": ".chat_completion_role",
    "ChatCompletionStreamChoice": ".chat_completion_stream_choice",
    "ChatCompletionStreamOptions": ".chat_completion_stream_options",
    "ChatCompletionStreamResponseDelta": ".chat_completion_stream_response_delta",
    "ChatCompletionTokenLogprob": ".chat_completion_token_logprob",
    "ChatCompletionTool": ".chat_completion_tool",
    "ChatCompletionToolChoiceMode": ".chat_completion_tool_choice_mode",
    "ChatCompletionTopLogprob": ".chat_completion_top_logprob",
    "ChatCompletionWebSearchTool": ".chat_completion_web_search_tool",
    "ChatCompletionWebSearchToolType": ".chat_completion_web_search_tool_type",
    "CompletionTokensDetails": ".completion_tokens_details",
    "CompletionUsage": ".completion_usage",
    "CreateChatCompletionRequest": ".create_chat_completion_request",
    "CreateChatCompletionRequestLogitBias": ".create_chat_completion_request_logit_bias",
    "CreateChatCompletionResponse": ".create_chat_completion_response",
    "CreateChatCompletionResponseRoutingDiagnostics": ".create_chat_completion_response_routing_diagnostics",
    "CreateChatCompletionStreamResponse": ".create_chat_completion_stream_response",
    "CreateModelResponseProperties": ".create_model_response_properties",
    "CustomToolDefinition": ".custom_tool_definition",
    "CustomToolDefinitionFormat": ".custom_tool_definition_format",
    "DataCollectionPolicy": ".data_collection_policy",
    "DebugOptions": ".debug_options",
    "DebugOptionsTraceLevel": ".debug_options_trace_level",
    "Document": ".document",
    "DocumentMetadataEntry": ".document_metadata_entry",
    "ErrorDetailItem": ".error_detail_item",
    "ErrorDetailItemParams": ".error_detail_item_params",
    "ErrorObject": ".error_object",
    "ErrorResponse": ".error_response",
    "ErrorResponseDebug": ".error_response_debug",
    "ErrorResponseFailureSampleItem": ".error_response_failure_sample_item",
    "FontInput": ".font_input",
    "FunctionObject": ".function_object",
    "GatewayStreamErrorFrame": ".gateway_stream_error_frame",
    "GeneratedMedia": ".generated_media",
    "ImageConfig": ".image_config",
    "ImageSize": ".image_size",
    "ImageURL": ".image_url",
    "ImageURLDetail": ".image_url_detail",
    "InputAudio": ".input_audio",
    "InputFile": ".input_file",
    "MessageAnnotation": ".message_annotation",
    "Metadata": ".metadata",
    "ModelResponseProperties": ".model_response_properties",
    "PercentileMap": ".percentile_map",
    "PredictionContent": ".prediction_content",
    "PricingLine": ".pricing_line",
    "PromptTokensDetails": ".prompt_tokens_details",
    "ProviderMaxPrice": ".provider_max_price",
    "ProviderOptions": ".provider_options",
    "ProviderPassthrough": ".provider_passthrough",
    "ProviderPreferences": ".provider_preferences",
    "ProviderSort": ".provider_sort",
    "ReasoningConfig": ".reasoning_config",
    "ReasoningConfigMode": ".reasoning_config_mode",
    "ReasoningConfigSummary": ".reasoning_config_summary",
    "ReasoningDetail": ".reasoning_detail",
    "ReasoningEffort": ".reasoning_effort",
    "ReferenceImage": ".reference_image",
    "ResponseFormatJsonObject": ".response_format_json_object",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatJsonSchemaConfig": ".response_format_json_schema_config",
    "ResponseFormatText": ".response_format_text",
    "ResponseMeta": ".response_meta",
    "ResponseMetaRouting": ".response_meta_routing",
    "ServerToolUsage": ".server_tool_usage",
    "ServiceTier": ".service_tier",
    "ThinkingConfig": ".thinking_config",
    "ThinkingConfigType": ".thinking_config_type",
    "UpstreamError": ".upstream_error",
    "UpstreamStreamErrorFrame": ".upstream_stream_error_frame",
    "UsagePricing": ".usage_pricing",
    "VideoURL": ".video_url",
    "VoiceReference": ".voice_reference",
    "WebSearchContextSize": ".web_search_context_size",
    "WebSearchLocation": ".web_search_location",
    "WebSearchOptions": ".web_search_options",
    "WebSearchUserLocation": ".web_search_user_location",
    "AudioURLParam": "._params",
    "ChatCompletionBuiltinToolParam": "._params",
    "ChatCompletionChoiceLogprobsValue": "._aliases",
    "ChatCompletionCustomToolParam": "._params",
    "ChatCompletionFinishReasonValue": "._aliases",
    "ChatCompletionFunctionCallParam": "._params",
    "ChatCompletionMessageFunctionToolCallParam": "._params",
    "ChatCompletionMessageToolCall": "._aliases",
    "ChatCompletionMessageToolCalls": "._aliases",
    "ChatCompletionNamedToolChoiceFunctionParam": "._params",
    "ChatCompletionNamedToolChoiceParam": "._params",
    "ChatCompletionRequestAssistantMessageContentPart": "._aliases",
    "ChatCompletionRequestAssistantMessageContentPartParam": "._params",
    "ChatCompletionRequestAssistantMessageParam": "._params",
    "ChatCompletionRequestDeveloperMessageParam": "._params",
    "ChatCompletionRequestMessage": "._aliases",
    "ChatCompletionRequestMessageContentPartAudioParam": "._params",
    "ChatCompletionRequestMessageContentPartAudioUrlParam": "._params",
    "ChatCompletionRequestMessageContentPartImageParam": "._params",
    "ChatCompletionRequestMessageContentPartTextParam": "._params",
    "ChatCompletionRequestMessageContentPartToolCallParam": "._params",
    "ChatCompletionRequestMessageContentPartVideoParam": "._params",
    "ChatCompletionRequestMessageContentPartVideoUrlParam": "._params",
    "ChatCompletionRequestMessageParam": "._params",
    "ChatCompletionRequestSystemMessageContentPart": "._aliases",
    "ChatCompletionRequestSystemMessageContentPartParam": "._params",
    "ChatCompletionRequestSystemMessageParam": "._params",
    "ChatCompletionRequestToolMessageContentPart": "._aliases",
    "ChatCompletionRequestToolMessageContentPartParam": "._params",
    "ChatCompletionRequestToolMessageParam": "._params",
    "ChatCompletionRequestUserMessageContentPart": "._aliases",
    "ChatCompletionRequestUserMessageContentPartParam": "._params",
    "ChatCompletionRequestUserMessageParam": "._params",
    "ChatCompletionRoleValue": "._aliases",
    "ChatCompletionStreamErrorFrame": "._aliases",
    "ChatCompletionStreamEvent": "._aliases",
    "ChatCompletionStreamOptionsParam": "._params",
    "ChatCompletionToolChoiceOption": "._aliases",
    "ChatCompletionToolChoiceOptionParam": "._params",
    "ChatCompletionToolDefinition": "._aliases",
    "ChatCompletionToolDefinitionParam": "._params",
    "ChatCompletionToolParam": "._params",
    "ChatCompletionWebSearchToolParam": "._params",
    "CompletionUsageValue": "._aliases",
    "CreateChatCompletionRequestKwargs": "._params",
    "CreateChatCompletionRequestObjectKwargs": "._params",
    "CreateChatCompletionRequestObjectOverrides": "._params",
    "CreateChatCompletionRequestOverrides": "._params",
    "CreateChatCompletionRequestParam": "._params",
    "CreateChatCompletionRequestToolRunKwargs": "._params",
    "CreateChatCompletionRequestToolRunOverrides": "._params",
    "CustomToolDefinitionParam": "._params",
    "DebugOptionsParam": "._params",
    "DocumentMetadataEntryParam": "._params",
    "DocumentParam": "._params",
    "ErrorDetail": "._aliases",
    "FontInputParam": "._params",
    "FunctionObjectParam": "._params",
    "FunctionParameters": "._aliases",
    "ImageConfigParam": "._params",
    "ImageURLParam": "._params",
    "InputAudioParam": "._params",
    "ModelIDsShared": "._aliases",
    "ParallelToolCalls": "._aliases",
    "PriceValue": "._aliases",
    "PriceValueParam": "._params",
    "ProviderMaxPriceParam": "._params",
    "ProviderOptionsParam": "._params",
    "ProviderPreferencesParam": "._params",
    "ProviderSelection": "._aliases",
    "ProviderSelectionParam": "._params",
    "ProviderSortParam": "._params",
    "ReasoningConfigParam": "._params",
    "ResponseFormat": "._aliases",
    "ResponseFormatJsonObjectParam": "._params",
    "ResponseFormatJsonSchemaConfigParam": "._params",
    "ResponseFormatJsonSchemaParam": "._params",
    "ResponseFormatJsonSchemaSchema": "._aliases",
    "ResponseFormatParam": "._params",
    "ResponseFormatTextParam": "._params",
    "ResponseModalities": "._aliases",
    "ResponseModalitiesParam": "._params",
    "SequenceNotStr": "._params",
    "ServiceTierResponse": "._aliases",
    "StopConfiguration": "._aliases",
    "StopConfigurationParam": "._params",
    "ThinkingConfigParam": "._params",
    "VideoURLParam": "._params",
    "VoiceIDsShared": "._aliases",
    "WebSearchLocationParam": "._params",
    "WebSearchOptionsParam": "._params",
    "WebSearchUserLocationParam": "._params",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AudioURL",
    "AudioURLParam",
    "BuiltinToolParameters",
    "ChatCompletionAudioParam",
    "ChatCompletionAudioParamFormat",
    "ChatCompletionBuiltinTool",
    "ChatCompletionBuiltinToolParam",
    "ChatCompletionChoice",
    "ChatCompletionChoiceLogprobs",
    "ChatCompletionChoiceLogprobsValue",
    "ChatCompletionCustomTool",
    "ChatCompletionCustomToolCallChunk",
    "ChatCompletionCustomToolCallInput",
    "ChatCompletionCustomToolParam",
    "ChatCompletionFinishReason",
    "ChatCompletionFinishReasonValue",
    "ChatCompletionFunctionCall",
    "ChatCompletionFunctionCallChunk",
    "ChatCompletionFunctionCallMode",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctionCallParam",
    "ChatCompletionFunctions",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageFunctionToolCall",
    "ChatCompletionMessageFunctionToolCallParam",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionMessageToolCalls",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionNamedToolChoiceFunctionParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestAssistantMessageContentPart",
    "ChatCompletionRequestAssistantMessageContentPartParam",
    "ChatCompletionRequestAssistantMessageParam",
    "ChatCompletionRequestDeveloperMessage",
    "ChatCompletionRequestDeveloperMessageParam",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageContentPartAudio",
    "ChatCompletionRequestMessageContentPartAudioParam",
    "ChatCompletionRequestMessageContentPartAudioUrl",
    "ChatCompletionRequestMessageContentPartAudioUrlParam",
    "ChatCompletionRequestMessageContentPartFile",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartImageParam",
    "ChatCompletionRequestMessageContentPartRefusal",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestMessageContentPartTextParam",
    "ChatCompletionRequestMessageContentPartToolCall",
    "ChatCompletionRequestMessageContentPartToolCallParam",
    "ChatCompletionRequestMessageContentPartVideo",
    "ChatCompletionRequestMessageContentPartVideoParam",
    "ChatCompletionRequestMessageContentPartVideoUrl",
    "ChatCompletionRequestMessageContentPartVideoUrlParam",
    "ChatCompletionRequestMessageParam",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestSystemMessageContentPart",
    "ChatCompletionRequestSystemMessageContentPartParam",
    "ChatCompletionRequestSystemMessageParam",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestToolMessageContentPart",
    "ChatCompletionRequestToolMessageContentPartParam",
    "ChatCompletionRequestToolMessageParam",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionRequestUserMessageContentPart",
    "ChatCompletionRequestUserMessageContentPartParam",
    "ChatCompletionRequestUserMessageParam",
    "ChatCompletionResponseMessage",
    "ChatCompletionRole",
    "ChatCompletionRoleValue",
    "ChatCompletionStreamChoice",
    "ChatCompletionStreamErrorFrame",
    "ChatCompletionStreamEvent",
    "ChatCompletionStreamOptions",
    "ChatCompletionStreamOptionsParam",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceMode",
    "ChatCompletionToolChoiceOption",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionToolDefinition",
    "ChatCompletionToolDefinitionParam",
    "ChatCompletionToolParam",
    "ChatCompletionTopLogprob",
    "ChatCompletionWebSearchTool",
    "ChatCompletionWebSearchToolParam",
    "ChatCompletionWebSearchToolType",
    "CompletionTokensDetails",
    "CompletionUsage",
    "CompletionUsageValue",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestKwargs",
    "CreateChatCompletionRequestLogitBias",
    "CreateChatCompletionRequestObjectKwargs",
    "CreateChatCompletionRequestObjectOverrides",
    "CreateChatCompletionRequestOverrides",
    "CreateChatCompletionRequestParam",
    "CreateChatCompletionRequestToolRunKwargs",
    "CreateChatCompletionRequestToolRunOverrides",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseRoutingDiagnostics",
    "CreateChatCompletionStreamResponse",
    "CreateModelResponseProperties",
    "CustomToolDefinition",
    "CustomToolDefinitionFormat",
    "CustomToolDefinitionParam",
    "DataCollectionPolicy",
    "DebugOptions",
    "DebugOptionsParam",
    "DebugOptionsTraceLevel",
    "Document",
    "DocumentMetadataEntry",
    "DocumentMetadataEntryParam",
    "DocumentParam",
    "ErrorDetail",
    "ErrorDetailItem",
    "ErrorDetailItemParams",
    "ErrorObject",
    "ErrorResponse",
    "ErrorResponseDebug",
    "ErrorResponseFailureSampleItem",
    "FontInput",
    "FontInputParam",
    "FunctionObject",
    "FunctionObjectParam",
    "FunctionParameters",
    "GatewayStreamErrorFrame",
    "GeneratedMedia",
    "ImageConfig",
    "ImageConfigParam",
    "ImageSize",
    "ImageURL",
    "ImageURLDetail",
    "ImageURLParam",
    "InputAudio",
    "InputAudioParam",
    "InputFile",
    "MessageAnnotation",
    "Metadata",
    "ModelIDsShared",
    "ModelResponseProperties",
    "ParallelToolCalls",
    "PercentileMap",
    "PredictionContent",
    "PriceValue",
    "PriceValueParam",
    "PricingLine",
    "PromptTokensDetails",
    "ProviderMaxPrice",
    "ProviderMaxPriceParam",
    "ProviderOptions",
    "ProviderOptionsParam",
    "ProviderPassthrough",
    "ProviderPreferences",
    "ProviderPreferencesParam",
    "ProviderSelection",
    "ProviderSelectionParam",
    "ProviderSort",
    "ProviderSortParam",
    "ReasoningConfig",
    "ReasoningConfigMode",
    "ReasoningConfigParam",
    "ReasoningConfigSummary",
    "ReasoningDetail",
    "ReasoningEffort",
    "ReferenceImage",
    "ResponseFormat",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaConfig",
    "ResponseFormatJsonSchemaConfigParam",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatParam",
    "ResponseFormatText",
    "ResponseFormatTextParam",
    "ResponseMeta",
    "ResponseMetaRouting",
    "ResponseModalities",
    "ResponseModalitiesParam",
    "SequenceNotStr",
    "ServerToolUsage",
    "ServiceTier",
    "ServiceTierResponse",
    "StopConfiguration",
    "StopConfigurationParam",
    "ThinkingConfig",
    "ThinkingConfigParam",
    "ThinkingConfigType",
    "UpstreamError",
    "UpstreamStreamErrorFrame",
    "UsagePricing",
    "VideoURL",
    "VideoURLParam",
    "VoiceIDsShared",
    "VoiceReference",
    "WebSearchContextSize",
    "WebSearchLocation",
    "WebSearchLocationParam",
    "WebSearchOptions",
    "WebSearchOptionsParam",
    "WebSearchUserLocation",
    "WebSearchUserLocationParam",
)

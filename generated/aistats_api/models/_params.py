"""The dict form of every schema a request can hold, as TypedDicts (generated from openapi.yaml).

Keys are the wire names; required properties are `Required[...]`; enums are their Literal
types; a nested object is its own `...Param` or its attrs model (a typed model is accepted
wherever its dict form is); an array is any sequence of its items but a bare string. Union
schemas are aliases of their members' dict forms, such as `ChatCompletionRequestMessageParam`.

    from aistats.models import ChatCompletionRequestMessageParam

    history: list[ChatCompletionRequestMessageParam] = [{"role": "user", "content": "Hi"}]

Type checkers read this module; at run time it is imported only when one of its names is
(the client never needs it). The annotations are strings, so that it imports none of the
models; `Required[...]` stays outside them so that `__required_keys__` is right at run time.
"""

from collections.abc import Iterator, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Never,
    Protocol,
    Required,
    SupportsIndex,
    TypeAlias,
    TypedDict,
    TypeVar,
    overload,
)

if TYPE_CHECKING:
    from .audio_url import AudioURL
    from .chat_completion_builtin_tool import ChatCompletionBuiltinTool
    from .chat_completion_custom_tool import ChatCompletionCustomTool
    from .chat_completion_function_call import ChatCompletionFunctionCall
    from .chat_completion_message_function_tool_call import ChatCompletionMessageFunctionToolCall
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .chat_completion_named_tool_choice_function import ChatCompletionNamedToolChoiceFunction
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
    from .chat_completion_stream_options import ChatCompletionStreamOptions
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
    from .chat_completion_web_search_tool import ChatCompletionWebSearchTool
    from .chat_completion_web_search_tool_type import ChatCompletionWebSearchToolType
    from .custom_tool_definition import CustomToolDefinition
    from .data_collection_policy import DataCollectionPolicy
    from .debug_options import DebugOptions
    from .debug_options_trace_level import DebugOptionsTraceLevel
    from .document import Document
    from .document_metadata_entry import DocumentMetadataEntry
    from .font_input import FontInput
    from .function_object import FunctionObject
    from .image_config import ImageConfig
    from .image_size import ImageSize
    from .image_url import ImageURL
    from .image_url_detail import ImageURLDetail
    from .input_audio import InputAudio
    from .provider_max_price import ProviderMaxPrice
    from .provider_options import ProviderOptions
    from .provider_preferences import ProviderPreferences
    from .provider_sort import ProviderSort
    from .reasoning_config import ReasoningConfig
    from .reasoning_config_mode import ReasoningConfigMode
    from .reasoning_config_summary import ReasoningConfigSummary
    from .reasoning_effort import ReasoningEffort
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_config import ResponseFormatJsonSchemaConfig
    from .response_format_text import ResponseFormatText
    from .service_tier import ServiceTier
    from .thinking_config import ThinkingConfig
    from .thinking_config_type import ThinkingConfigType
    from .video_url import VideoURL
    from .web_search_context_size import WebSearchContextSize
    from .web_search_location import WebSearchLocation
    from .web_search_options import WebSearchOptions
    from .web_search_user_location import WebSearchUserLocation

_T_co = TypeVar("_T_co", covariant=True)


class SequenceNotStr(Protocol[_T_co]):
    """A sequence of items, except a `str`: where the spec wants a list of strings, a bare
    string (itself a sequence of strings) is a type error rather than a list of letters.
    (`str.__contains__` takes only a `str`, so a `str` does not match `__contains__` below.)"""

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...
    @overload
    def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
    def __contains__(self, value: object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[_T_co]: ...
    def __reversed__(self) -> Iterator[_T_co]: ...
    def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
    def count(self, value: Any, /) -> int: ...


class CreateChatCompletionRequestKwargs(TypedDict, total=False):
    """The keyword arguments of a call: the fields of CreateChatCompletionRequestParam but those
    the call sets itself (stream)."""

    # A model id as `provider/model` (e.g. `openai/gpt-4o-mini`) or a gateway alias. Empty is a 400 `validation_error`, blank a 400 `model_required`, an unknown id a 400 `unsupported_model_or_endpoint`.
    model: Required[str]

    # The conversation so far, oldest first. At least one message.
    messages: Required[
        "Sequence[ChatCompletionRequestMessageParam | ChatCompletionRequestSystemMessage | ChatCompletionRequestDeveloperMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage]"
    ]

    # A system prompt, prepended to `messages` by the gateway. Left the published document in 2026-03; the gateway's decoder still reads it.
    system: str

    # Reasoning controls for models that think before they answer. When `reasoning` is sent, the gateway fills in `effort: medium` and `summary: auto` where they are missing.
    reasoning: "ReasoningConfigParam | ReasoningConfig"

    # How much effort a reasoning model spends thinking.
    reasoning_effort: "ReasoningEffort"

    # Penalises tokens by how often they already appeared (-2 to 2). Default 0.
    frequency_penalty: float

    # Maps token ids (as strings) to a bias from -100 to 100 added to their logits.
    logit_bias: "Mapping[str, float]"

    # Upper bound on the number of tokens generated. Left the published document in 2026-03; the gateway's decoder still reads it.
    max_output_tokens: int

    # Upper bound on generated tokens, reasoning tokens included (OpenAI name).
    max_completion_tokens: int

    # Upper bound on generated tokens (legacy OpenAI name).
    max_tokens: int

    # Include the gateway's `meta` block (timings, routing) in the response. Default: false.
    meta: bool

    # Gateway debug controls. These flags are never forwarded upstream.
    debug: "DebugOptionsParam | DebugOptions"

    # Return the request the gateway sent upstream (diagnostics).
    echo_upstream_request: bool

    # Penalises tokens that already appeared at all (-2 to 2). Default 0.
    presence_penalty: float

    # Best-effort deterministic sampling seed (a signed 64-bit integer).
    seed: int

    # Sequences where generation stops; a string or a list of strings (providers limit how many).
    stop: "StopConfigurationParam"

    # Options for streaming responses; only set with `stream: true`.
    stream_options: "ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions"

    # Sampling temperature, 0 to 2; higher is more random. Default: 1.
    temperature: float

    # Tools the model may call.
    tools: "Sequence[ChatCompletionToolDefinitionParam | ChatCompletionTool | ChatCompletionCustomTool | ChatCompletionWebSearchTool | ChatCompletionBuiltinTool]"

    # Most tool calls the model may make in one reply.
    max_tool_calls: int

    # Whether the model may call several tools in one turn. Default: true.
    parallel_tool_calls: bool

    # Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object naming a function. A named function must be one of `tools` (else 400); `required` needs a tool.
    tool_choice: "ChatCompletionToolChoiceOptionParam | ChatCompletionNamedToolChoice"

    # Sample only from the k most likely tokens (-1: no limit). Left the published document in 2026-03; the gateway's decoder still reads it.
    top_k: int

    # Drop tokens whose probability is below `min_p` times that of the likeliest.
    min_p: float

    # Multiplicative penalty for repeated tokens (1 means none); more than 0.
    repetition_penalty: float

    # Return log probabilities of the output tokens. Default: false.
    logprobs: bool

    # Number of most likely alternatives to return per token (0 to 20); needs `logprobs`.
    top_logprobs: int

    # Nucleus sampling threshold, 0 to 1.
    top_p: float

    # Number of choices to generate (1 to 16). Default: 1.
    n: int

    # The format of the reply; an object told apart by `type`, or the shorthand `text` / `json`.
    response_format: "ResponseFormatParam | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema"

    # Output types the model should produce, e.g. `["text", "audio"]` (`text`, `audio`, `image`; the gateway takes any string).
    modalities: "ResponseModalitiesParam"

    # Output modalities (Google naming, snake case).
    response_modalities: "SequenceNotStr[str]"

    # Output modalities (Google naming, camel case).
    responseModalities: "SequenceNotStr[str]"

    # Image generation settings (both snake and camel case are accepted).
    image_config: "ImageConfigParam | ImageConfig"

    # Image generation settings (both snake and camel case are accepted).
    imageConfig: "ImageConfigParam | ImageConfig"

    # Extended-thinking controls (Anthropic and Google naming, both casings).
    thinking: "ThinkingConfigParam | ThinkingConfig"

    # Ask for usage in the response. The gateway returns usage whatever this says (and a usage frame in every stream): accepted, no effect.
    usage: bool

    # How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
    provider: "ProviderPreferencesParam | ProviderPreferences"

    # How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
    routing: "ProviderPreferencesParam | ProviderPreferences"

    # Per-provider passthrough options, keyed by provider.
    provider_options: "ProviderOptionsParam | ProviderOptions"

    # Your identifier for the end user (gateway naming).
    user_id: str

    # Your identifier for the end user (OpenAI naming).
    user: str

    # Processing tier. Default: standard. Seed 003 also lists `auto` and `default`: the gateway's code refuses them (400 `validation_error`), and `batch` too (use the batch endpoint).
    service_tier: "ServiceTier"

    # Seed 003 names a preferred speed profile here. The gateway's code refuses the field (400 `validation_error`, `unknown_param`): it is named so that the seed's vocabulary stays, and no value is valid.
    speed: "Never"

    # The gateway's earlier documents named a switch for request tracing here. Its code refuses the field (400 `validation_error`, `unknown_param`): no value is valid.
    observability: "Never"

    # Groups requests of one conversation or agent run (1 to 256 characters, not blank).
    session_id: str

    # Whether the provider may store the completion.
    store: bool

    # Key that helps providers reuse cached prompt prefixes.
    prompt_cache_key: str | None

    # Stable, hashed end-user identifier for abuse detection.
    safety_identifier: str | None

    # Up to 16 string key-value pairs stored with the request.
    metadata: "Mapping[str, str]"

    # Web search settings for models that search before answering.
    web_search_options: "WebSearchOptionsParam | WebSearchOptions"

    # Documents the model may cite (providers with a documents input, e.g. Cohere).
    documents: "Sequence[DocumentParam | Document]"


class CreateChatCompletionRequestOverrides(TypedDict, total=False):
    """Keyword arguments next to a whole request: any field of CreateChatCompletionRequestKwargs,
    none required; each replaces the request's own."""

    # A model id as `provider/model` (e.g. `openai/gpt-4o-mini`) or a gateway alias. Empty is a 400 `validation_error`, blank a 400 `model_required`, an unknown id a 400 `unsupported_model_or_endpoint`.
    model: str

    # The conversation so far, oldest first. At least one message.
    messages: "Sequence[ChatCompletionRequestMessageParam | ChatCompletionRequestSystemMessage | ChatCompletionRequestDeveloperMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage]"

    # A system prompt, prepended to `messages` by the gateway. Left the published document in 2026-03; the gateway's decoder still reads it.
    system: str

    # Reasoning controls for models that think before they answer. When `reasoning` is sent, the gateway fills in `effort: medium` and `summary: auto` where they are missing.
    reasoning: "ReasoningConfigParam | ReasoningConfig"

    # How much effort a reasoning model spends thinking.
    reasoning_effort: "ReasoningEffort"

    # Penalises tokens by how often they already appeared (-2 to 2). Default 0.
    frequency_penalty: float

    # Maps token ids (as strings) to a bias from -100 to 100 added to their logits.
    logit_bias: "Mapping[str, float]"

    # Upper bound on the number of tokens generated. Left the published document in 2026-03; the gateway's decoder still reads it.
    max_output_tokens: int

    # Upper bound on generated tokens, reasoning tokens included (OpenAI name).
    max_completion_tokens: int

    # Upper bound on generated tokens (legacy OpenAI name).
    max_tokens: int

    # Include the gateway's `meta` block (timings, routing) in the response. Default: false.
    meta: bool

    # Gateway debug controls. These flags are never forwarded upstream.
    debug: "DebugOptionsParam | DebugOptions"

    # Return the request the gateway sent upstream (diagnostics).
    echo_upstream_request: bool

    # Penalises tokens that already appeared at all (-2 to 2). Default 0.
    presence_penalty: float

    # Best-effort deterministic sampling seed (a signed 64-bit integer).
    seed: int

    # Sequences where generation stops; a string or a list of strings (providers limit how many).
    stop: "StopConfigurationParam"

    # Options for streaming responses; only set with `stream: true`.
    stream_options: "ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions"

    # Sampling temperature, 0 to 2; higher is more random. Default: 1.
    temperature: float

    # Tools the model may call.
    tools: "Sequence[ChatCompletionToolDefinitionParam | ChatCompletionTool | ChatCompletionCustomTool | ChatCompletionWebSearchTool | ChatCompletionBuiltinTool]"

    # Most tool calls the model may make in one reply.
    max_tool_calls: int

    # Whether the model may call several tools in one turn. Default: true.
    parallel_tool_calls: bool

    # Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object naming a function. A named function must be one of `tools` (else 400); `required` needs a tool.
    tool_choice: "ChatCompletionToolChoiceOptionParam | ChatCompletionNamedToolChoice"

    # Sample only from the k most likely tokens (-1: no limit). Left the published document in 2026-03; the gateway's decoder still reads it.
    top_k: int

    # Drop tokens whose probability is below `min_p` times that of the likeliest.
    min_p: float

    # Multiplicative penalty for repeated tokens (1 means none); more than 0.
    repetition_penalty: float

    # Return log probabilities of the output tokens. Default: false.
    logprobs: bool

    # Number of most likely alternatives to return per token (0 to 20); needs `logprobs`.
    top_logprobs: int

    # Nucleus sampling threshold, 0 to 1.
    top_p: float

    # Number of choices to generate (1 to 16). Default: 1.
    n: int

    # The format of the reply; an object told apart by `type`, or the shorthand `text` / `json`.
    response_format: "ResponseFormatParam | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema"

    # Output types the model should produce, e.g. `["text", "audio"]` (`text`, `audio`, `image`; the gateway takes any string).
    modalities: "ResponseModalitiesParam"

    # Output modalities (Google naming, snake case).
    response_modalities: "SequenceNotStr[str]"

    # Output modalities (Google naming, camel case).
    responseModalities: "SequenceNotStr[str]"

    # Image generation settings (both snake and camel case are accepted).
    image_config: "ImageConfigParam | ImageConfig"

    # Image generation settings (both snake and camel case are accepted).
    imageConfig: "ImageConfigParam | ImageConfig"

    # Extended-thinking controls (Anthropic and Google naming, both casings).
    thinking: "ThinkingConfigParam | ThinkingConfig"

    # Ask for usage in the response. The gateway returns usage whatever this says (and a usage frame in every stream): accepted, no effect.
    usage: bool

    # How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
    provider: "ProviderPreferencesParam | ProviderPreferences"

    # How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
    routing: "ProviderPreferencesParam | ProviderPreferences"

    # Per-provider passthrough options, keyed by provider.
    provider_options: "ProviderOptionsParam | ProviderOptions"

    # Your identifier for the end user (gateway naming).
    user_id: str

    # Your identifier for the end user (OpenAI naming).
    user: str

    # Processing tier. Default: standard. Seed 003 also lists `auto` and `default`: the gateway's code refuses them (400 `validation_error`), and `batch` too (use the batch endpoint).
    service_tier: "ServiceTier"

    # Seed 003 names a preferred speed profile here. The gateway's code refuses the field (400 `validation_error`, `unknown_param`): it is named so that the seed's vocabulary stays, and no value is valid.
    speed: "Never"

    # The gateway's earlier documents named a switch for request tracing here. Its code refuses the field (400 `validation_error`, `unknown_param`): no value is valid.
    observability: "Never"

    # Groups requests of one conversation or agent run (1 to 256 characters, not blank).
    session_id: str

    # Whether the provider may store the completion.
    store: bool

    # Key that helps providers reuse cached prompt prefixes.
    prompt_cache_key: str | None

    # Stable, hashed end-user identifier for abuse detection.
    safety_identifier: str | None

    # Up to 16 string key-value pairs stored with the request.
    metadata: "Mapping[str, str]"

    # Web search settings for models that search before answering.
    web_search_options: "WebSearchOptionsParam | WebSearchOptions"

    # Documents the model may cite (providers with a documents input, e.g. Cohere).
    documents: "Sequence[DocumentParam | Document]"


class CreateChatCompletionRequestParam(CreateChatCompletionRequestKwargs, total=False):
    """The body of `POST /chat/completions`. Only `model` and `messages` are required. The gateway
    answers a top-level field it does not know with 400 `validation_error` (keyword
    `unknown_param`), so this object is closed; send what it has and this document lacks with
    `extra_body=` (the gateway decides)."""

    # Stream the reply as server-sent events. Default: false.
    stream: bool


class CreateChatCompletionRequestToolRunKwargs(TypedDict, total=False):
    """The keyword arguments of a ToolRun call: the fields of CreateChatCompletionRequestParam but
    those the call sets itself (stream, tools)."""

    # A model id as `provider/model` (e.g. `openai/gpt-4o-mini`) or a gateway alias. Empty is a 400 `validation_error`, blank a 400 `model_required`, an unknown id a 400 `unsupported_model_or_endpoint`.
    model: Required[str]

    # The conversation so far, oldest first. At least one message.
    messages: Required[
        "Sequence[ChatCompletionRequestMessageParam | ChatCompletionRequestSystemMessage | ChatCompletionRequestDeveloperMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage]"
    ]

    # A system prompt, prepended to `messages` by the gateway. Left the published document in 2026-03; the gateway's decoder still reads it.
    system: str

    # Reasoning controls for models that think before they answer. When `reasoning` is sent, the gateway fills in `effort: medium` and `summary: auto` where they are missing.
    reasoning: "ReasoningConfigParam | ReasoningConfig"

    # How much effort a reasoning model spends thinking.
    reasoning_effort: "ReasoningEffort"

    # Penalises tokens by how often they already appeared (-2 to 2). Default 0.
    frequency_penalty: float

    # Maps token ids (as strings) to a bias from -100 to 100 added to their logits.
    logit_bias: "Mapping[str, float]"

    # Upper bound on the number of tokens generated. Left the published document in 2026-03; the gateway's decoder still reads it.
    max_output_tokens: int

    # Upper bound on generated tokens, reasoning tokens included (OpenAI name).
    max_completion_tokens: int

    # Upper bound on generated tokens (legacy OpenAI name).
    max_tokens: int

    # Include the gateway's `meta` block (timings, routing) in the response. Default: false.
    meta: bool

    # Gateway debug controls. These flags are never forwarded upstream.
    debug: "DebugOptionsParam | DebugOptions"

    # Return the request the gateway sent upstream (diagnostics).
    echo_upstream_request: bool

    # Penalises tokens that already appeared at all (-2 to 2). Default 0.
    presence_penalty: float

    # Best-effort deterministic sampling seed (a signed 64-bit integer).
    seed: int

    # Sequences where generation stops; a string or a list of strings (providers limit how many).
    stop: "StopConfigurationParam"

    # Options for streaming responses; only set with `stream: true`.
    stream_options: "ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions"

    # Sampling temperature, 0 to 2; higher is more random. Default: 1.
    temperature: float

    # Most tool calls the model may make in one reply.
    max_tool_calls: int

    # Whether the model may call several tools in one turn. Default: true.
    parallel_tool_calls: bool

    # Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object naming a function. A named function must be one of `tools` (else 400); `required` needs a tool.
    tool_choice: "ChatCompletionToolChoiceOptionParam | ChatCompletionNamedToolChoice"

    # Sample only from the k most likely tokens (-1: no limit). Left the published document in 2026-03; the gateway's decoder still reads it.
    top_k: int

    # Drop tokens whose probability is below `min_p` times that of the likeliest.
    min_p: float

    # Multiplicative penalty for repeated tokens (1 means none); more than 0.
    repetition_penalty: float

    # Return log probabilities of the output tokens. Default: false.
    logprobs: bool

    # Number of most likely alternatives to return per token (0 to 20); needs `logprobs`.
    top_logprobs: int

    # Nucleus sampling threshold, 0 to 1.
    top_p: float

    # Number of choices to generate (1 to 16). Default: 1.
    n: int

    # The format of the reply; an object told apart by `type`, or the shorthand `text` / `json`.
    response_format: "ResponseFormatParam | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema"

    # Output types the model should produce, e.g. `["text", "audio"]` (`text`, `audio`, `image`; the gateway takes any string).
    modalities: "ResponseModalitiesParam"

    # Output modalities (Google naming, snake case).
    response_modalities: "SequenceNotStr[str]"

    # Output modalities (Google naming, camel case).
    responseModalities: "SequenceNotStr[str]"

    # Image generation settings (both snake and camel case are accepted).
    image_config: "ImageConfigParam | ImageConfig"

    # Image generation settings (both snake and camel case are accepted).
    imageConfig: "ImageConfigParam | ImageConfig"

    # Extended-thinking controls (Anthropic and Google naming, both casings).
    thinking: "ThinkingConfigParam | ThinkingConfig"

    # Ask for usage in the response. The gateway returns usage whatever this says (and a usage frame in every stream): accepted, no effect.
    usage: bool

    # How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
    provider: "ProviderPreferencesParam | ProviderPreferences"

    # How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
    routing: "ProviderPreferencesParam | ProviderPreferences"

    # Per-provider passthrough options, keyed by provider.
    provider_options: "ProviderOptionsParam | ProviderOptions"

    # Your identifier for the end user (gateway naming).
    user_id: str

    # Your identifier for the end user (OpenAI naming).
    user: str

    # Processing tier. Default: standard. Seed 003 also lists `auto` and `default`: the gateway's code refuses them (400 `validation_error`), and `batch` too (use the batch endpoint).
    service_tier: "ServiceTier"

    # Seed 003 names a preferred speed profile here. The gateway's code refuses the field (400 `validation_error`, `unknown_param`): it is named so that the seed's vocabulary stays, and no value is valid.
    speed: "Never"

    # The gateway's earlier documents named a switch for request tracing here. Its code refuses the field (400 `validation_error`, `unknown_param`): no value is valid.
    observability: "Never"

    # Groups requests of one conversation or agent run (1 to 256 characters, not blank).
    session_id: str

    # Whether the provider may store the completion.
    store: bool

    # Key that helps providers reuse cached prompt prefixes.
    prompt_cache_key: str | None

    # Stable, hashed end-user identifier for abuse detection.
    safety_identifier: str | None

    # Up to 16 string key-value pairs stored with the request.
    metadata: "Mapping[str, str]"

    # Web search settings for models that search before answering.
    web_search_options: "WebSearchOptionsParam | WebSearchOptions"

    # Documents the model may cite (providers with a documents input, e.g. Cohere).
    documents: "Sequence[DocumentParam | Document]"


class CreateChatCompletionRequestToolRunOverrides(TypedDict, total=False):
    """Keyword arguments next to a whole request in a ToolRun call: any field of
    CreateChatCompletionRequestToolRunKwargs, none required; each replaces the request's own."""

    # A model id as `provider/model` (e.g. `openai/gpt-4o-mini`) or a gateway alias. Empty is a 400 `validation_error`, blank a 400 `model_required`, an unknown id a 400 `unsupported_model_or_endpoint`.
    model: str

    # The conversation so far, oldest first. At least one message.
    messages: "Sequence[ChatCompletionRequestMessageParam | ChatCompletionRequestSystemMessage | ChatCompletionRequestDeveloperMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage]"

    # A system prompt, prepended to `messages` by the gateway. Left the published document in 2026-03; the gateway's decoder still reads it.
    system: str

    # Reasoning controls for models that think before they answer. When `reasoning` is sent, the gateway fills in `effort: medium` and `summary: auto` where they are missing.
    reasoning: "ReasoningConfigParam | ReasoningConfig"

    # How much effort a reasoning model spends thinking.
    reasoning_effort: "ReasoningEffort"

    # Penalises tokens by how often they already appeared (-2 to 2). Default 0.
    frequency_penalty: float

    # Maps token ids (as strings) to a bias from -100 to 100 added to their logits.
    logit_bias: "Mapping[str, float]"

    # Upper bound on the number of tokens generated. Left the published document in 2026-03; the gateway's decoder still reads it.
    max_output_tokens: int

    # Upper bound on generated tokens, reasoning tokens included (OpenAI name).
    max_completion_tokens: int

    # Upper bound on generated tokens (legacy OpenAI name).
    max_tokens: int

    # Include the gateway's `meta` block (timings, routing) in the response. Default: false.
    meta: bool

    # Gateway debug controls. These flags are never forwarded upstream.
    debug: "DebugOptionsParam | DebugOptions"

    # Return the request the gateway sent upstream (diagnostics).
    echo_upstream_request: bool

    # Penalises tokens that already appeared at all (-2 to 2). Default 0.
    presence_penalty: float

    # Best-effort deterministic sampling seed (a signed 64-bit integer).
    seed: int

    # Sequences where generation stops; a string or a list of strings (providers limit how many).
    stop: "StopConfigurationParam"

    # Options for streaming responses; only set with `stream: true`.
    stream_options: "ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions"

    # Sampling temperature, 0 to 2; higher is more random. Default: 1.
    temperature: float

    # Most tool calls the model may make in one reply.
    max_tool_calls: int

    # Whether the model may call several tools in one turn. Default: true.
    parallel_tool_calls: bool

    # Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object naming a function. A named function must be one of `tools` (else 400); `required` needs a tool.
    tool_choice: "ChatCompletionToolChoiceOptionParam | ChatCompletionNamedToolChoice"

    # Sample only from the k most likely tokens (-1: no limit). Left the published document in 2026-03; the gateway's decoder still reads it.
    top_k: int

    # Drop tokens whose probability is below `min_p` times that of the likeliest.
    min_p: float

    # Multiplicative penalty for repeated tokens (1 means none); more than 0.
    repetition_penalty: float

    # Return log probabilities of the output tokens. Default: false.
    logprobs: bool

    # Number of most likely alternatives to return per token (0 to 20); needs `logprobs`.
    top_logprobs: int

    # Nucleus sampling threshold, 0 to 1.
    top_p: float

    # Number of choices to generate (1 to 16). Default: 1.
    n: int

    # The format of the reply; an object told apart by `type`, or the shorthand `text` / `json`.
    response_format: "ResponseFormatParam | ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema"

    # Output types the model should produce, e.g. `["text", "audio"]` (`text`, `audio`, `image`; the gateway takes any string).
    modalities: "ResponseModalitiesParam"

    # Output modalities (Google naming, snake case).
    response_modalities: "SequenceNotStr[str]"

    # Output modalities (Google naming, camel case).
    responseModalities: "SequenceNotStr[str]"

    # Image generation settings (both snake and camel case are accepted).
    image_config: "ImageConfigParam | ImageConfig"

    # Image generation settings (both snake and camel case are accepted).
    imageConfig: "ImageConfigParam | ImageConfig"

    # Extended-thinking controls (Anthropic and Google naming, both casings).
    thinking: "ThinkingConfigParam | ThinkingConfig"

    # Ask for usage in the response. The gateway returns usage whatever this says (and a usage frame in every stream): accepted, no effect.
    usage: bool

    # How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
    provider: "ProviderPreferencesParam | ProviderPreferences"

    # How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
    routing: "ProviderPreferencesParam | ProviderPreferences"

    # Per-provider passthrough options, keyed by provider.
    provider_options: "ProviderOptionsParam | ProviderOptions"

    # Your identifier for the end user (gateway naming).
    user_id: str

    # Your identifier for the end user (OpenAI naming).
    user: str

    # Processing tier. Default: standard. Seed 003 also lists `auto` and `default`: the gateway's code refuses them (400 `validation_error`), and `batch` too (use the batch endpoint).
    service_tier: "ServiceTier"

    # Seed 003 names a preferred speed profile here. The gateway's code refuses the field (400 `validation_error`, `unknown_param`): it is named so that the seed's vocabulary stays, and no value is valid.
    speed: "Never"

    # The gateway's earlier documents named a switch for request tracing here. Its code refuses the field (400 `validation_error`, `unknown_param`): no value is valid.
    observability: "Never"

    # Groups requests of one conversation or agent run (1 to 256 characters, not blank).
    session_id: str

    # Whether the provider may store the completion.
    store: bool

    # Key that helps providers reuse cached prompt prefixes.
    prompt_cache_key: str | None

    # Stable, hashed end-user identifier for abuse detection.
    safety_identifier: str | None

    # Up to 16 string key-value pairs stored with the request.
    metadata: "Mapping[str, str]"

    # Web search settings for models that search before answering.
    web_search_options: "WebSearchOptionsParam | WebSearchOptions"

    # Documents the model may cite (providers with a documents input, e.g. Cohere).
    documents: "Sequence[DocumentParam | Document]"


class CreateChatCompletionRequestObjectKwargs(TypedDict, total=False):
    """The keyword arguments of a Object call: the fields of CreateChatCompletionRequestParam but
    those the call sets itself (stream, response_format)."""

    # A model id as `provider/model` (e.g. `openai/gpt-4o-mini`) or a gateway alias. Empty is a 400 `validation_error`, blank a 400 `model_required`, an unknown id a 400 `unsupported_model_or_endpoint`.
    model: Required[str]

    # The conversation so far, oldest first. At least one message.
    messages: Required[
        "Sequence[ChatCompletionRequestMessageParam | ChatCompletionRequestSystemMessage | ChatCompletionRequestDeveloperMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage]"
    ]

    # A system prompt, prepended to `messages` by the gateway. Left the published document in 2026-03; the gateway's decoder still reads it.
    system: str

    # Reasoning controls for models that think before they answer. When `reasoning` is sent, the gateway fills in `effort: medium` and `summary: auto` where they are missing.
    reasoning: "ReasoningConfigParam | ReasoningConfig"

    # How much effort a reasoning model spends thinking.
    reasoning_effort: "ReasoningEffort"

    # Penalises tokens by how often they already appeared (-2 to 2). Default 0.
    frequency_penalty: float

    # Maps token ids (as strings) to a bias from -100 to 100 added to their logits.
    logit_bias: "Mapping[str, float]"

    # Upper bound on the number of tokens generated. Left the published document in 2026-03; the gateway's decoder still reads it.
    max_output_tokens: int

    # Upper bound on generated tokens, reasoning tokens included (OpenAI name).
    max_completion_tokens: int

    # Upper bound on generated tokens (legacy OpenAI name).
    max_tokens: int

    # Include the gateway's `meta` block (timings, routing) in the response. Default: false.
    meta: bool

    # Gateway debug controls. These flags are never forwarded upstream.
    debug: "DebugOptionsParam | DebugOptions"

    # Return the request the gateway sent upstream (diagnostics).
    echo_upstream_request: bool

    # Penalises tokens that already appeared at all (-2 to 2). Default 0.
    presence_penalty: float

    # Best-effort deterministic sampling seed (a signed 64-bit integer).
    seed: int

    # Sequences where generation stops; a string or a list of strings (providers limit how many).
    stop: "StopConfigurationParam"

    # Options for streaming responses; only set with `stream: true`.
    stream_options: "ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions"

    # Sampling temperature, 0 to 2; higher is more random. Default: 1.
    temperature: float

    # Tools the model may call.
    tools: "Sequence[ChatCompletionToolDefinitionParam | ChatCompletionTool | ChatCompletionCustomTool | ChatCompletionWebSearchTool | ChatCompletionBuiltinTool]"

    # Most tool calls the model may make in one reply.
    max_tool_calls: int

    # Whether the model may call several tools in one turn. Default: true.
    parallel_tool_calls: bool

    # Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object naming a function. A named function must be one of `tools` (else 400); `required` needs a tool.
    tool_choice: "ChatCompletionToolChoiceOptionParam | ChatCompletionNamedToolChoice"

    # Sample only from the k most likely tokens (-1: no limit). Left the published document in 2026-03; the gateway's decoder still reads it.
    top_k: int

    # Drop tokens whose probability is below `min_p` times that of the likeliest.
    min_p: float

    # Multiplicative penalty for repeated tokens (1 means none); more than 0.
    repetition_penalty: float

    # Return log probabilities of the output tokens. Default: false.
    logprobs: bool

    # Number of most likely alternatives to return per token (0 to 20); needs `logprobs`.
    top_logprobs: int

    # Nucleus sampling threshold, 0 to 1.
    top_p: float

    # Number of choices to generate (1 to 16). Default: 1.
    n: int

    # Output types the model should produce, e.g. `["text", "audio"]` (`text`, `audio`, `image`; the gateway takes any string).
    modalities: "ResponseModalitiesParam"

    # Output modalities (Google naming, snake case).
    response_modalities: "SequenceNotStr[str]"

    # Output modalities (Google naming, camel case).
    responseModalities: "SequenceNotStr[str]"

    # Image generation settings (both snake and camel case are accepted).
    image_config: "ImageConfigParam | ImageConfig"

    # Image generation settings (both snake and camel case are accepted).
    imageConfig: "ImageConfigParam | ImageConfig"

    # Extended-thinking controls (Anthropic and Google naming, both casings).
    thinking: "ThinkingConfigParam | ThinkingConfig"

    # Ask for usage in the response. The gateway returns usage whatever this says (and a usage frame in every stream): accepted, no effect.
    usage: bool

    # How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
    provider: "ProviderPreferencesParam | ProviderPreferences"

    # How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
    routing: "ProviderPreferencesParam | ProviderPreferences"

    # Per-provider passthrough options, keyed by provider.
    provider_options: "ProviderOptionsParam | ProviderOptions"

    # Your identifier for the end user (gateway naming).
    user_id: str

    # Your identifier for the end user (OpenAI naming).
    user: str

    # Processing tier. Default: standard. Seed 003 also lists `auto` and `default`: the gateway's code refuses them (400 `validation_error`), and `batch` too (use the batch endpoint).
    service_tier: "ServiceTier"

    # Seed 003 names a preferred speed profile here. The gateway's code refuses the field (400 `validation_error`, `unknown_param`): it is named so that the seed's vocabulary stays, and no value is valid.
    speed: "Never"

    # The gateway's earlier documents named a switch for request tracing here. Its code refuses the field (400 `validation_error`, `unknown_param`): no value is valid.
    observability: "Never"

    # Groups requests of one conversation or agent run (1 to 256 characters, not blank).
    session_id: str

    # Whether the provider may store the completion.
    store: bool

    # Key that helps providers reuse cached prompt prefixes.
    prompt_cache_key: str | None

    # Stable, hashed end-user identifier for abuse detection.
    safety_identifier: str | None

    # Up to 16 string key-value pairs stored with the request.
    metadata: "Mapping[str, str]"

    # Web search settings for models that search before answering.
    web_search_options: "WebSearchOptionsParam | WebSearchOptions"

    # Documents the model may cite (providers with a documents input, e.g. Cohere).
    documents: "Sequence[DocumentParam | Document]"


class CreateChatCompletionRequestObjectOverrides(TypedDict, total=False):
    """Keyword arguments next to a whole request in a Object call: any field of
    CreateChatCompletionRequestObjectKwargs, none required; each replaces the request's own."""

    # A model id as `provider/model` (e.g. `openai/gpt-4o-mini`) or a gateway alias. Empty is a 400 `validation_error`, blank a 400 `model_required`, an unknown id a 400 `unsupported_model_or_endpoint`.
    model: str

    # The conversation so far, oldest first. At least one message.
    messages: "Sequence[ChatCompletionRequestMessageParam | ChatCompletionRequestSystemMessage | ChatCompletionRequestDeveloperMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage]"

    # A system prompt, prepended to `messages` by the gateway. Left the published document in 2026-03; the gateway's decoder still reads it.
    system: str

    # Reasoning controls for models that think before they answer. When `reasoning` is sent, the gateway fills in `effort: medium` and `summary: auto` where they are missing.
    reasoning: "ReasoningConfigParam | ReasoningConfig"

    # How much effort a reasoning model spends thinking.
    reasoning_effort: "ReasoningEffort"

    # Penalises tokens by how often they already appeared (-2 to 2). Default 0.
    frequency_penalty: float

    # Maps token ids (as strings) to a bias from -100 to 100 added to their logits.
    logit_bias: "Mapping[str, float]"

    # Upper bound on the number of tokens generated. Left the published document in 2026-03; the gateway's decoder still reads it.
    max_output_tokens: int

    # Upper bound on generated tokens, reasoning tokens included (OpenAI name).
    max_completion_tokens: int

    # Upper bound on generated tokens (legacy OpenAI name).
    max_tokens: int

    # Include the gateway's `meta` block (timings, routing) in the response. Default: false.
    meta: bool

    # Gateway debug controls. These flags are never forwarded upstream.
    debug: "DebugOptionsParam | DebugOptions"

    # Return the request the gateway sent upstream (diagnostics).
    echo_upstream_request: bool

    # Penalises tokens that already appeared at all (-2 to 2). Default 0.
    presence_penalty: float

    # Best-effort deterministic sampling seed (a signed 64-bit integer).
    seed: int

    # Sequences where generation stops; a string or a list of strings (providers limit how many).
    stop: "StopConfigurationParam"

    # Options for streaming responses; only set with `stream: true`.
    stream_options: "ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions"

    # Sampling temperature, 0 to 2; higher is more random. Default: 1.
    temperature: float

    # Tools the model may call.
    tools: "Sequence[ChatCompletionToolDefinitionParam | ChatCompletionTool | ChatCompletionCustomTool | ChatCompletionWebSearchTool | ChatCompletionBuiltinTool]"

    # Most tool calls the model may make in one reply.
    max_tool_calls: int

    # Whether the model may call several tools in one turn. Default: true.
    parallel_tool_calls: bool

    # Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object naming a function. A named function must be one of `tools` (else 400); `required` needs a tool.
    tool_choice: "ChatCompletionToolChoiceOptionParam | ChatCompletionNamedToolChoice"

    # Sample only from the k most likely tokens (-1: no limit). Left the published document in 2026-03; the gateway's decoder still reads it.
    top_k: int

    # Drop tokens whose probability is below `min_p` times that of the likeliest.
    min_p: float

    # Multiplicative penalty for repeated tokens (1 means none); more than 0.
    repetition_penalty: float

    # Return log probabilities of the output tokens. Default: false.
    logprobs: bool

    # Number of most likely alternatives to return per token (0 to 20); needs `logprobs`.
    top_logprobs: int

    # Nucleus sampling threshold, 0 to 1.
    top_p: float

    # Number of choices to generate (1 to 16). Default: 1.
    n: int

    # Output types the model should produce, e.g. `["text", "audio"]` (`text`, `audio`, `image`; the gateway takes any string).
    modalities: "ResponseModalitiesParam"

    # Output modalities (Google naming, snake case).
    response_modalities: "SequenceNotStr[str]"

    # Output modalities (Google naming, camel case).
    responseModalities: "SequenceNotStr[str]"

    # Image generation settings (both snake and camel case are accepted).
    image_config: "ImageConfigParam | ImageConfig"

    # Image generation settings (both snake and camel case are accepted).
    imageConfig: "ImageConfigParam | ImageConfig"

    # Extended-thinking controls (Anthropic and Google naming, both casings).
    thinking: "ThinkingConfigParam | ThinkingConfig"

    # Ask for usage in the response. The gateway returns usage whatever this says (and a usage frame in every stream): accepted, no effect.
    usage: bool

    # How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
    provider: "ProviderPreferencesParam | ProviderPreferences"

    # How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
    routing: "ProviderPreferencesParam | ProviderPreferences"

    # Per-provider passthrough options, keyed by provider.
    provider_options: "ProviderOptionsParam | ProviderOptions"

    # Your identifier for the end user (gateway naming).
    user_id: str

    # Your identifier for the end user (OpenAI naming).
    user: str

    # Processing tier. Default: standard. Seed 003 also lists `auto` and `default`: the gateway's code refuses them (400 `validation_error`), and `batch` too (use the batch endpoint).
    service_tier: "ServiceTier"

    # Seed 003 names a preferred speed profile here. The gateway's code refuses the field (400 `validation_error`, `unknown_param`): it is named so that the seed's vocabulary stays, and no value is valid.
    speed: "Never"

    # The gateway's earlier documents named a switch for request tracing here. Its code refuses the field (400 `validation_error`, `unknown_param`): no value is valid.
    observability: "Never"

    # Groups requests of one conversation or agent run (1 to 256 characters, not blank).
    session_id: str

    # Whether the provider may store the completion.
    store: bool

    # Key that helps providers reuse cached prompt prefixes.
    prompt_cache_key: str | None

    # Stable, hashed end-user identifier for abuse detection.
    safety_identifier: str | None

    # Up to 16 string key-value pairs stored with the request.
    metadata: "Mapping[str, str]"

    # Web search settings for models that search before answering.
    web_search_options: "WebSearchOptionsParam | WebSearchOptions"

    # Documents the model may cite (providers with a documents input, e.g. Cohere).
    documents: "Sequence[DocumentParam | Document]"


class ChatCompletionRequestSystemMessageParam(TypedDict, total=False):
    """Instructions for the model, from the application."""

    # Always `system`.
    role: Required["Literal['system']"]

    # The instructions, as a string or parts.
    content: Required[
        "str | Sequence[ChatCompletionRequestSystemMessageContentPartParam | ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartAudioUrl | ChatCompletionRequestMessageContentPartVideo | ChatCompletionRequestMessageContentPartVideoUrl | ChatCompletionRequestMessageContentPartToolCall]"
    ]

    # Optional participant name.
    name: str


class ChatCompletionRequestDeveloperMessageParam(TypedDict, total=False):
    """Instructions for the model that outrank user messages (newer OpenAI models)."""

    # Always `developer`.
    role: Required["Literal['developer']"]

    # The instructions, as a string or parts.
    content: Required[
        "str | Sequence[ChatCompletionRequestSystemMessageContentPartParam | ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartAudioUrl | ChatCompletionRequestMessageContentPartVideo | ChatCompletionRequestMessageContentPartVideoUrl | ChatCompletionRequestMessageContentPartToolCall]"
    ]

    # Optional participant name.
    name: str


class ChatCompletionRequestUserMessageParam(TypedDict, total=False):
    """A message from the end user; text or multimodal parts."""

    # Always `user`.
    role: Required["Literal['user']"]

    # The message, as a string or parts (text, image, audio, video, tool call).
    content: Required[
        "str | Sequence[ChatCompletionRequestUserMessageContentPartParam | ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartAudioUrl | ChatCompletionRequestMessageContentPartVideo | ChatCompletionRequestMessageContentPartVideoUrl | ChatCompletionRequestMessageContentPartToolCall]"
    ]

    # Optional participant name.
    name: str


class ChatCompletionRequestAssistantMessageParam(TypedDict, total=False):
    """A previous reply of the model. `content` may be left out when the reply was tool calls, but
    not null: the gateway's code refuses `content: null` (400), as it does `reasoning_content:
    null`."""

    # Always `assistant`.
    role: Required["Literal['assistant']"]

    # The reply text, or its parts.
    content: "str | Sequence[ChatCompletionRequestAssistantMessageContentPartParam | ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartAudioUrl | ChatCompletionRequestMessageContentPartVideo | ChatCompletionRequestMessageContentPartVideoUrl | ChatCompletionRequestMessageContentPartToolCall]"

    # Optional participant name.
    name: str

    # The refusal message, when the model refused. Accepted and dropped by the gateway.
    refusal: str | None

    # The model's reasoning text, passed back for multi-turn reasoning.
    reasoning_content: str

    # The function calls of the reply. Only function calls can be sent back: the gateway's code refuses a `custom` call in the history (400).
    tool_calls: "Sequence[ChatCompletionMessageFunctionToolCallParam | ChatCompletionMessageFunctionToolCall]"

    # The function called and its arguments.
    function_call: "ChatCompletionFunctionCallParam | ChatCompletionFunctionCall"


class ChatCompletionRequestToolMessageParam(TypedDict, total=False):
    """The result of a tool call, sent back to the model."""

    # Always `tool`.
    role: Required["Literal['tool']"]

    # The tool's result, as a string or parts.
    content: Required[
        "str | Sequence[ChatCompletionRequestToolMessageContentPartParam | ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartAudioUrl | ChatCompletionRequestMessageContentPartVideo | ChatCompletionRequestMessageContentPartVideoUrl | ChatCompletionRequestMessageContentPartToolCall]"
    ]

    # The `id` of the tool call this answers.
    tool_call_id: Required[str]

    # Optional participant name.
    name: str


class ReasoningConfigParam(TypedDict, total=False):
    """Reasoning controls for models that think before they answer. When `reasoning` is sent, the
    gateway fills in `effort: medium` and `summary: auto` where they are missing."""

    # How much effort a reasoning model spends thinking.
    effort: "ReasoningEffort"

    # Ask for a summary of the reasoning.
    summary: "ReasoningConfigSummary"

    # Turn reasoning on or off.
    enabled: bool

    # Token budget for reasoning.
    max_tokens: int

    # Reasoning mode, where a provider offers several.
    mode: "ReasoningConfigMode"

    # Return the reasoning text (snake case). The gateway drops it from `reasoning`.
    include_thoughts: bool

    # Return the reasoning text (camel case). The gateway drops it from `reasoning`.
    includeThoughts: bool


class DebugOptionsParam(TypedDict, total=False):
    """Gateway debug controls. These flags are never forwarded upstream."""

    # Turn debugging on.
    enabled: bool

    # Include the body sent upstream in the response.
    echo_upstream_body: bool

    # Include the request sent upstream in the response.
    return_upstream_request: bool

    # Include the request sent upstream in the response (camel case).
    returnUpstreamRequest: bool

    # Include the raw upstream response in the response.
    return_upstream_response: bool

    # Include the raw upstream response in the response (camel case).
    returnUpstreamResponse: bool

    # Record a routing trace.
    trace: bool

    # How detailed the trace is.
    trace_level: "DebugOptionsTraceLevel"

    # How detailed the trace is (camel case).
    traceLevel: "DebugOptionsTraceLevel"


class ChatCompletionStreamOptionsParam(TypedDict, total=False):
    """Options for streaming responses; only set with `stream: true`."""

    # Add a last frame with usage and an empty `choices` list.
    include_usage: bool

    # Pad frames with random data against side-channel attacks.
    include_obfuscation: bool


class ChatCompletionToolParam(TypedDict, total=False):
    """A function the model may call."""

    # Always `function`.
    type: Required["Literal['function']"]

    # A function's name, purpose and parameters.
    function: Required["FunctionObjectParam | FunctionObject"]


class ChatCompletionCustomToolParam(TypedDict, total=False):
    """A custom tool (OpenAI's free-form tools), whose calls carry text instead of JSON arguments."""

    # Always `custom`.
    type: Required["Literal['custom']"]

    # A custom tool's name, purpose and input format.
    custom: Required["CustomToolDefinitionParam | CustomToolDefinition"]


class ChatCompletionWebSearchToolParam(TypedDict, total=False):
    """A provider's own web search tool (OpenAI's `web_search` family), passed through."""

    # The provider's tool type.
    type: Required["ChatCompletionWebSearchToolType"]

    # How much search context to retrieve.
    search_context_size: "WebSearchContextSize"

    # Approximate user location to localise search.
    user_location: "WebSearchUserLocationParam | WebSearchUserLocation"


class ChatCompletionBuiltinToolParam(TypedDict, total=False):
    """A tool the gateway runs itself, named `phaseo:<tool>` or `gateway:<tool>` (e.g.
    `phaseo:datetime`, `phaseo:web_search`, `phaseo:web_fetch`, `phaseo:advisor`,
    `phaseo:subagent`, `phaseo:fusion`, `phaseo:search_models`, `phaseo:image_generation`). The
    bare names of its earlier documents (`web_fetch`, `datetime`) are a 400. Its settings go in
    `parameters` (or at the top level, for most tools)."""

    # The tool's name, with its `phaseo:` or `gateway:` prefix.
    type: Required[str]

    # Settings of a built-in tool (each tool has its own; unknown keys are refused by that tool).
    parameters: "Mapping[str, object]"


class ChatCompletionNamedToolChoiceParam(TypedDict, total=False):
    """Forces a call of the named function."""

    # Always `function`.
    type: Required["Literal['function']"]

    # The function to call.
    function: Required[
        "ChatCompletionNamedToolChoiceFunctionParam | ChatCompletionNamedToolChoiceFunction"
    ]


class ResponseFormatTextParam(TypedDict, total=False):
    """Plain text replies (the default)."""

    # Always `text`.
    type: Required["Literal['text']"]


class ResponseFormatJsonObjectParam(TypedDict, total=False):
    """Replies that are a JSON object (any shape)."""

    # Always `json_object`.
    type: Required["Literal['json_object']"]


class ResponseFormatJsonSchemaParam(TypedDict, total=False):
    """Replies that are JSON valid against a given schema (structured outputs)."""

    # Always `json_schema`.
    type: Required["Literal['json_schema']"]

    # The schema the reply must follow, with its name.
    json_schema: Required["ResponseFormatJsonSchemaConfigParam | ResponseFormatJsonSchemaConfig"]


class ImageConfigParam(TypedDict, total=False):
    """Image generation settings (both snake and camel case are accepted)."""

    # Aspect ratio such as `16:9`.
    aspect_ratio: str

    # Aspect ratio such as `16:9` (camel case).
    aspectRatio: str

    # Output image resolution class.
    image_size: "ImageSize"

    # Output image resolution class.
    imageSize: "ImageSize"

    # Explain responsible-AI filtering of an image.
    include_rai_reason: bool

    # Explain responsible-AI filtering of an image (camel case).
    includeRaiReason: bool

    # Fonts to render text with.
    font_inputs: "Sequence[FontInputParam | FontInput]"

    # Fonts to render text with (camel case).
    fontInputs: "Sequence[FontInputParam | FontInput]"

    # Reference images for super resolution.
    super_resolution_references: "SequenceNotStr[str]"

    # Reference images for super resolution (camel case).
    superResolutionReferences: "SequenceNotStr[str]"

    # Reference images (provider-specific objects).
    reference_images: "Sequence[Mapping[str, object]]"

    # Reference images (provider-specific objects, camel case).
    referenceImages: "Sequence[Mapping[str, object]]"


class ThinkingConfigParam(TypedDict, total=False):
    """Extended-thinking controls (Anthropic and Google naming, both casings)."""

    # Turn thinking on or off.
    type: "ThinkingConfigType"

    # Turn thinking on or off (boolean form).
    enabled: bool

    # Return the thoughts (snake case).
    include_thoughts: bool

    # Return the thoughts (camel case).
    includeThoughts: bool

    # How much effort a reasoning model spends thinking.
    effort: "ReasoningEffort"

    # Thinking token budget (snake case).
    max_tokens: int

    # Thinking token budget (camel case).
    maxTokens: int

    # Thinking token budget (Anthropic naming, snake case).
    budget_tokens: int

    # Thinking token budget (Anthropic naming, camel case).
    budgetTokens: int


class ProviderPreferencesParam(TypedDict, total=False):
    """How the gateway picks and falls back between upstream providers (also sent as `routing`).
    Most fields have a camel-case twin the gateway reads the same way; unknown keys pass
    through."""

    # A routing mode, where the gateway offers several.
    mode: str | None

    # Providers to try, in this order.
    order: "SequenceNotStr[str]"

    # Use only these providers.
    only: "SequenceNotStr[str]"

    # Never use these providers.
    ignore: "SequenceNotStr[str]"

    # Allow providers still in alpha.
    include_alpha: bool

    # Allow providers still in alpha (camel case).
    includeAlpha: bool

    # Whether to fall back to other providers when the preferred ones fail.
    allow_fallbacks: bool | None

    # Use only providers that support every parameter of the request.
    require_parameters: bool | None

    # Run the model only in this region.
    required_execution_region: str | None

    # Keep data only in this region.
    required_data_region: str | None

    # Use only providers that retain no data.
    require_zero_data_retention: bool | None

    # Short for `require_zero_data_retention`.
    zdr: bool | None

    # Whether providers that collect data may be used (`allow` or `deny`).
    data_collection: "DataCollectionPolicy | None"

    # Use only providers whose output may be used for distillation.
    enforce_distillable_text: bool | None

    # Accepted model quantizations (e.g. `fp8`, `bf16`).
    quantizations: "SequenceNotStr[str] | None"

    # Sort providers by `price`, `throughput` or `latency`, or by a sort object.
    sort: "str | ProviderSortParam | ProviderSort | None"

    # Highest price accepted per unit; each a number or a decimal string.
    max_price: "ProviderMaxPriceParam | ProviderMaxPrice"

    # Prefer providers at least this fast (tokens per second), or a map of percentile to speed.
    preferred_min_throughput: "float | Mapping[str, float]"

    # Prefer providers at most this slow to the first token (seconds), or a map of percentile to latency.
    preferred_max_latency: "float | Mapping[str, float]"

    # Return routing diagnostics with the response.
    diagnostics: bool | None

    # Return routing diagnostics with the response (as `routing_diagnostics`).
    return_diagnostics: bool | None


class ProviderOptionsParam(TypedDict, total=False):
    """Per-provider passthrough options, keyed by provider."""

    # Options forwarded verbatim to one provider.
    openai: "Mapping[str, object]"

    # Options forwarded verbatim to one provider.
    anthropic: "Mapping[str, object]"

    # Options forwarded verbatim to one provider.
    google: "Mapping[str, object]"


class WebSearchOptionsParam(TypedDict, total=False):
    """Web search settings for models that search before answering."""

    # How much search context to retrieve.
    search_context_size: "WebSearchContextSize"

    # Approximate user location to localise search.
    user_location: "WebSearchUserLocationParam | WebSearchUserLocation"


class DocumentParam(TypedDict, total=False):
    """A document the model may cite."""

    # The document's text.
    content: Required[str]

    # Key-value pairs describing the document.
    metadata: "Sequence[DocumentMetadataEntryParam | DocumentMetadataEntry]"


class ChatCompletionRequestMessageContentPartTextParam(TypedDict, total=False):
    """A text part."""

    # Always `text`.
    type: Required["Literal['text']"]

    # The text.
    text: Required[str]


class ChatCompletionRequestMessageContentPartImageParam(TypedDict, total=False):
    """An image, by URL or as a `data:` URL."""

    # Always `image_url`.
    type: Required["Literal['image_url']"]

    # Where the image is, and how closely to look at it.
    image_url: Required["ImageURLParam | ImageURL"]


class ChatCompletionRequestMessageContentPartAudioParam(TypedDict, total=False):
    """Audio input, base64-encoded."""

    # Always `input_audio`.
    type: Required["Literal['input_audio']"]

    # Audio given as base64 data or by URL, with its format. One of `data` and `url` is needed (the gateway refuses an object with neither); the gateway's published document names only `data` and requires it, its code takes either.
    input_audio: Required["InputAudioParam | InputAudio"]


class ChatCompletionRequestMessageContentPartAudioUrlParam(TypedDict, total=False):
    """Audio by URL."""

    # Always `audio_url`.
    type: Required["Literal['audio_url']"]

    # Where an audio clip is.
    audio_url: Required["AudioURLParam | AudioURL"]


class ChatCompletionRequestMessageContentPartVideoParam(TypedDict, total=False):
    """A video by URL (models that accept video). The gateway's code wants `video_url: {url}`; the
    `input_video: {url, data, format}` shape of its earlier documents is a 400."""

    # Always `input_video`.
    type: Required["Literal['input_video']"]

    # Where a video is.
    video_url: Required["VideoURLParam | VideoURL"]


class ChatCompletionRequestMessageContentPartVideoUrlParam(TypedDict, total=False):
    """A video by URL (the `video_url` spelling of the video part)."""

    # Always `video_url`.
    type: Required["Literal['video_url']"]

    # Where a video is.
    video_url: Required["VideoURLParam | VideoURL"]


class ChatCompletionRequestMessageContentPartToolCallParam(TypedDict, total=False):
    """A tool call written as a content part (some providers' history format)."""

    # Always `tool_call`.
    type: Required["Literal['tool_call']"]

    # Id of the call.
    id: Required[str]

    # The function called and its arguments.
    function: Required["ChatCompletionFunctionCallParam | ChatCompletionFunctionCall"]


class ChatCompletionMessageFunctionToolCallParam(TypedDict, total=False):
    """A call of a function, as the model made it."""

    # Id of the call, echoed by the tool message that answers it.
    id: Required[str]

    # Always `function`.
    type: Required["Literal['function']"]

    # The function called and its arguments.
    function: Required["ChatCompletionFunctionCallParam | ChatCompletionFunctionCall"]


class ChatCompletionFunctionCallParam(TypedDict, total=False):
    """The function called and its arguments."""

    # Name of the function.
    name: Required[str]

    # The arguments as JSON text, as generated by the model (validate before use).
    arguments: Required[str]


class FunctionObjectParam(TypedDict, total=False):
    """A function's name, purpose and parameters."""

    # Function name (a-z, A-Z, 0-9, underscores and dashes; at most 64).
    name: Required[str]

    # What the function does, for the model to decide when to call it.
    description: str

    # The function's parameters as a JSON Schema object (free-form).
    parameters: object

    # Enforce the parameters schema exactly. Default false.
    strict: bool | None


class CustomToolDefinitionParam(TypedDict, total=False):
    """A custom tool's name, purpose and input format."""

    # The tool's name.
    name: Required[str]

    # What the tool does.
    description: str

    # The input format (free-form, as the provider defines it).
    format: "Mapping[str, object]"


class WebSearchUserLocationParam(TypedDict, total=False):
    """Approximate user location to localise search."""

    # Always `approximate`.
    type: Required["Literal['approximate']"]

    # An approximate location.
    approximate: Required["WebSearchLocationParam | WebSearchLocation"]


class ChatCompletionNamedToolChoiceFunctionParam(TypedDict, total=False):
    """The function to call."""

    # Name of the function.
    name: Required[str]


class ResponseFormatJsonSchemaConfigParam(TypedDict, total=False):
    """The schema the reply must follow, with its name."""

    # Name of the schema (a-z, A-Z, 0-9, underscores and dashes; at most 64).
    name: Required[str]

    # What the format is for.
    description: str

    # The JSON Schema of the reply (free-form).
    schema: object

    # Enforce the schema exactly. Default false.
    strict: bool | None


class FontInputParam(TypedDict, total=False):
    """A font and the text to set in it (the URL in either casing)."""

    # URL of the font file.
    font_url: str

    # URL of the font file (camel case).
    fontUrl: str

    # Text to render in that font.
    text: str


class ProviderSortParam(TypedDict, total=False):
    """A sort specification for provider routing."""

    # What to sort by (`price`, `throughput`, `latency`).
    by: str

    # How to partition candidates before sorting.
    partition: str


class ProviderMaxPriceParam(TypedDict, total=False):
    """Highest price accepted per unit; each a number or a decimal string."""

    # A price as a number or a decimal string.
    prompt: "PriceValueParam"

    # A price as a number or a decimal string.
    completion: "PriceValueParam"

    # A price as a number or a decimal string.
    image: "PriceValueParam"

    # A price as a number or a decimal string.
    audio: "PriceValueParam"

    # A price as a number or a decimal string.
    request: "PriceValueParam"


class DocumentMetadataEntryParam(TypedDict, total=False):
    """One key-value pair of a document's metadata."""

    # The key.
    key: Required[str]

    # The value.
    value: Required[str]


class ImageURLParam(TypedDict, total=False):
    """Where the image is, and how closely to look at it."""

    # An `https:` URL or a base64 `data:` URL.
    url: Required[str]

    # Image detail level. Default: auto.
    detail: "ImageURLDetail"


class InputAudioParam(TypedDict, total=False):
    """Audio given as base64 data or by URL, with its format. One of `data` and `url` is needed
    (the gateway refuses an object with neither); the gateway's published document names only
    `data` and requires it, its code takes either."""

    # Base64-encoded audio.
    data: str

    # An `https:` URL of the audio.
    url: str

    # Audio encoding, e.g. `wav`, `mp3`, `flac`, `ogg`, `m4a`, `webm`, `aac`, `pcm16`.
    format: str


class AudioURLParam(TypedDict, total=False):
    """Where an audio clip is."""

    # An `https:` URL or a `data:` URL of the audio.
    url: Required[str]


class VideoURLParam(TypedDict, total=False):
    """Where a video is."""

    # An `https:` URL or a `data:` URL of the video.
    url: Required[str]


class WebSearchLocationParam(TypedDict, total=False):
    """An approximate location."""

    # Two-letter ISO country code, e.g. `US`.
    country: str

    # Region or state.
    region: str

    # City.
    city: str

    # IANA time zone, e.g. `America/Los_Angeles`.
    timezone: str


# One message of the conversation, told apart by `role`. The gateway's code takes `system`, `developer`, `user`, `assistant` and `tool`; a `function` message (its earlier documents' legacy role) is a 400 `validation_error`.
ChatCompletionRequestMessageParam: TypeAlias = "ChatCompletionRequestSystemMessageParam | ChatCompletionRequestDeveloperMessageParam | ChatCompletionRequestUserMessageParam | ChatCompletionRequestAssistantMessageParam | ChatCompletionRequestToolMessageParam"

# Sequences where generation stops; a string or a list of strings (providers limit how many).
StopConfigurationParam: TypeAlias = "str | SequenceNotStr[str]"

# A tool the model may call; told apart by `type`.
ChatCompletionToolDefinitionParam: TypeAlias = "ChatCompletionToolParam | ChatCompletionCustomToolParam | ChatCompletionWebSearchToolParam | ChatCompletionBuiltinToolParam"

# Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object naming a function. A named function must be one of `tools` (else 400); `required` needs a tool.
ChatCompletionToolChoiceOptionParam: TypeAlias = (
    "ChatCompletionToolChoiceMode | str | ChatCompletionNamedToolChoiceParam"
)

# The format of the reply; an object told apart by `type`, or the shorthand `text` / `json`.
ResponseFormatParam: TypeAlias = (
    "ResponseFormatTextParam | ResponseFormatJsonObjectParam | ResponseFormatJsonSchemaParam | str"
)

# Output types the model should produce, e.g. `["text", "audio"]` (`text`, `audio`, `image`; the gateway takes any string).
ResponseModalitiesParam: TypeAlias = "SequenceNotStr[str]"

# A part of a system or developer message, told apart by `type` (the gateway takes every part type in every role).
ChatCompletionRequestSystemMessageContentPartParam: TypeAlias = "ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartImageParam | ChatCompletionRequestMessageContentPartAudioParam | ChatCompletionRequestMessageContentPartAudioUrlParam | ChatCompletionRequestMessageContentPartVideoParam | ChatCompletionRequestMessageContentPartVideoUrlParam | ChatCompletionRequestMessageContentPartToolCallParam"

# A part of a user message, told apart by `type` (the gateway takes every part type in every role).
ChatCompletionRequestUserMessageContentPartParam: TypeAlias = "ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartImageParam | ChatCompletionRequestMessageContentPartAudioParam | ChatCompletionRequestMessageContentPartAudioUrlParam | ChatCompletionRequestMessageContentPartVideoParam | ChatCompletionRequestMessageContentPartVideoUrlParam | ChatCompletionRequestMessageContentPartToolCallParam"

# A part of an assistant message, told apart by `type` (the gateway takes every part type in every role).
ChatCompletionRequestAssistantMessageContentPartParam: TypeAlias = "ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartImageParam | ChatCompletionRequestMessageContentPartAudioParam | ChatCompletionRequestMessageContentPartAudioUrlParam | ChatCompletionRequestMessageContentPartVideoParam | ChatCompletionRequestMessageContentPartVideoUrlParam | ChatCompletionRequestMessageContentPartToolCallParam"

# A part of a tool message, told apart by `type` (the gateway takes every part type in every role).
ChatCompletionRequestToolMessageContentPartParam: TypeAlias = "ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartImageParam | ChatCompletionRequestMessageContentPartAudioParam | ChatCompletionRequestMessageContentPartAudioUrlParam | ChatCompletionRequestMessageContentPartVideoParam | ChatCompletionRequestMessageContentPartVideoUrlParam | ChatCompletionRequestMessageContentPartToolCallParam"

# A price as a number or a decimal string.
PriceValueParam: TypeAlias = "float | str"

# How the gateway picks and falls back between upstream providers (also sent as `routing`). Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
ProviderSelectionParam: TypeAlias = "ProviderPreferencesParam"


__all__ = [
    "AudioURLParam",
    "ChatCompletionBuiltinToolParam",
    "ChatCompletionCustomToolParam",
    "ChatCompletionFunctionCallParam",
    "ChatCompletionMessageFunctionToolCallParam",
    "ChatCompletionNamedToolChoiceFunctionParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionRequestAssistantMessageContentPartParam",
    "ChatCompletionRequestAssistantMessageParam",
    "ChatCompletionRequestDeveloperMessageParam",
    "ChatCompletionRequestMessageContentPartAudioParam",
    "ChatCompletionRequestMessageContentPartAudioUrlParam",
    "ChatCompletionRequestMessageContentPartImageParam",
    "ChatCompletionRequestMessageContentPartTextParam",
    "ChatCompletionRequestMessageContentPartToolCallParam",
    "ChatCompletionRequestMessageContentPartVideoParam",
    "ChatCompletionRequestMessageContentPartVideoUrlParam",
    "ChatCompletionRequestMessageParam",
    "ChatCompletionRequestSystemMessageContentPartParam",
    "ChatCompletionRequestSystemMessageParam",
    "ChatCompletionRequestToolMessageContentPartParam",
    "ChatCompletionRequestToolMessageParam",
    "ChatCompletionRequestUserMessageContentPartParam",
    "ChatCompletionRequestUserMessageParam",
    "ChatCompletionStreamOptionsParam",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionToolDefinitionParam",
    "ChatCompletionToolParam",
    "ChatCompletionWebSearchToolParam",
    "CreateChatCompletionRequestKwargs",
    "CreateChatCompletionRequestObjectKwargs",
    "CreateChatCompletionRequestObjectOverrides",
    "CreateChatCompletionRequestOverrides",
    "CreateChatCompletionRequestParam",
    "CreateChatCompletionRequestToolRunKwargs",
    "CreateChatCompletionRequestToolRunOverrides",
    "CustomToolDefinitionParam",
    "DebugOptionsParam",
    "DocumentMetadataEntryParam",
    "DocumentParam",
    "FontInputParam",
    "FunctionObjectParam",
    "ImageConfigParam",
    "ImageURLParam",
    "InputAudioParam",
    "PriceValueParam",
    "ProviderMaxPriceParam",
    "ProviderOptionsParam",
    "ProviderPreferencesParam",
    "ProviderSelectionParam",
    "ProviderSortParam",
    "ReasoningConfigParam",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchemaConfigParam",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatParam",
    "ResponseFormatTextParam",
    "ResponseModalitiesParam",
    "SequenceNotStr",
    "StopConfigurationParam",
    "ThinkingConfigParam",
    "VideoURLParam",
    "WebSearchLocationParam",
    "WebSearchOptionsParam",
    "WebSearchUserLocationParam",
]

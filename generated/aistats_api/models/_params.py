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
    Protocol,
    Required,
    SupportsIndex,
    TypeAlias,
    TypedDict,
    TypeVar,
    overload,
)

if TYPE_CHECKING:
    from .chat_completion_audio_param import ChatCompletionAudioParam
    from .chat_completion_audio_param_format import ChatCompletionAudioParamFormat
    from .chat_completion_builtin_tool import ChatCompletionBuiltinTool
    from .chat_completion_function_call import ChatCompletionFunctionCall
    from .chat_completion_function_call_mode import ChatCompletionFunctionCallMode
    from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from .chat_completion_functions import ChatCompletionFunctions
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
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
    from .chat_completion_stream_options import ChatCompletionStreamOptions
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
    from .chat_completion_web_search_tool import ChatCompletionWebSearchTool
    from .create_chat_completion_request_verbosity import CreateChatCompletionRequestVerbosity
    from .debug_options import DebugOptions
    from .debug_options_trace_level import DebugOptionsTraceLevel
    from .font_input import FontInput
    from .function_object import FunctionObject
    from .image_config import ImageConfig
    from .image_size import ImageSize
    from .image_url import ImageURL
    from .image_url_detail import ImageURLDetail
    from .input_audio import InputAudio
    from .input_audio_format import InputAudioFormat
    from .input_file import InputFile
    from .input_video import InputVideo
    from .prediction_content import PredictionContent
    from .provider_max_price import ProviderMaxPrice
    from .provider_options import ProviderOptions
    from .provider_preferences import ProviderPreferences
    from .provider_preferences_data_collection import ProviderPreferencesDataCollection
    from .provider_sort import ProviderSort
    from .reasoning_config import ReasoningConfig
    from .reasoning_config_mode import ReasoningConfigMode
    from .reasoning_config_summary import ReasoningConfigSummary
    from .reasoning_effort import ReasoningEffort
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_config import ResponseFormatJsonSchemaConfig
    from .response_format_text import ResponseFormatText
    from .response_modalities_item import ResponseModalitiesItem
    from .service_tier import ServiceTier
    from .thinking_config import ThinkingConfig
    from .thinking_config_type import ThinkingConfigType
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

    # A model id as `provider/model` (e.g. `openai/gpt-4o-mini`) or a gateway alias.
    model: Required[str]

    # The conversation so far, oldest first. At least one message.
    messages: Required[
        "Sequence[ChatCompletionRequestMessageParam | ChatCompletionRequestSystemMessage | ChatCompletionRequestDeveloperMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestFunctionMessage]"
    ]

    # A system prompt, prepended to `messages` by the gateway.
    system: str

    # Reasoning controls for models that think before they answer.
    reasoning: "ReasoningConfigParam | ReasoningConfig"

    # How much effort a reasoning model spends thinking.
    reasoning_effort: "ReasoningEffort"

    # Penalises tokens by how often they already appeared (-2 to 2). Default 0.
    frequency_penalty: float

    # Maps token ids (as strings) to a bias from -100 to 100 added to their logits.
    logit_bias: "Mapping[str, float]"

    # Upper bound on the number of tokens generated.
    max_output_tokens: int

    # Upper bound on generated tokens, reasoning tokens included (OpenAI name).
    max_completion_tokens: int

    # Upper bound on generated tokens (legacy OpenAI name).
    max_tokens: int

    # Include the gateway's `meta` block in the response. Default: false.
    meta: bool

    # Gateway debug controls. These flags are never forwarded upstream.
    debug: "DebugOptionsParam | DebugOptions"

    # Return the request the gateway sent upstream (diagnostics).
    echo_upstream_request: bool

    # Penalises tokens that already appeared at all (-2 to 2). Default 0.
    presence_penalty: float

    # Best-effort deterministic sampling seed (a signed 64-bit integer).
    seed: int

    # Up to 4 sequences where generation stops; a string or a list of strings.
    stop: "StopConfigurationParam"

    # Options for streaming responses; only set with `stream: true`.
    stream_options: "ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions"

    # Sampling temperature, 0 to 2; higher is more random. Default: 1.
    temperature: float

    # Tools the model may call.
    tools: "Sequence[ChatCompletionToolDefinitionParam | ChatCompletionTool | ChatCompletionWebSearchTool | ChatCompletionBuiltinTool]"

    # Most tool calls the model may make in one reply.
    max_tool_calls: int

    # Whether the model may call several tools in one turn. Default: true.
    parallel_tool_calls: bool

    # Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object naming a function.
    tool_choice: "ChatCompletionToolChoiceOptionParam | ChatCompletionNamedToolChoice"

    # Sample only from the k most likely tokens.
    top_k: int

    # Drop tokens whose probability is below `min_p` times that of the likeliest.
    min_p: float

    # Multiplicative penalty for repeated tokens (1 means none).
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

    # Output types the model should produce, e.g. `["text", "audio"]`.
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

    # Ask for usage in the response; for streams, adds a final usage frame.
    usage: bool

    # Provider routing preferences for gateway selection; a provider name or a routing object.
    provider: "ProviderSelectionParam | ProviderPreferences"

    # Per-provider passthrough options, keyed by provider.
    provider_options: "ProviderOptionsParam | ProviderOptions"

    # Your identifier for the end user (gateway naming).
    user_id: str

    # Your identifier for the end user (OpenAI naming).
    user: str

    # Processing tier. Default: standard.
    service_tier: "ServiceTier"

    # Preferred speed profile, where a provider offers one.
    speed: str

    # How terse or detailed the reply should be, where supported.
    verbosity: "CreateChatCompletionRequestVerbosity"

    # Enable request tracing for debugging in the dashboard.
    observability: bool

    # Groups requests of one conversation or agent run (at most 256 characters).
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

    # Predicted output, to speed up regeneration when most of it is known.
    prediction: "PredictionContentParam | PredictionContent"

    # Audio output settings, for models that can speak.
    audio: "ChatCompletionAudioParamParam | ChatCompletionAudioParam"

    # Deprecated in favour of `tools`.
    functions: "Sequence[ChatCompletionFunctionsParam | ChatCompletionFunctions]"

    # Deprecated in favour of `tool_choice`.
    function_call: "ChatCompletionFunctionCallMode | ChatCompletionFunctionCallOptionParam | ChatCompletionFunctionCallOption"


class CreateChatCompletionRequestOverrides(TypedDict, total=False):
    """Keyword arguments next to a whole request: any field of CreateChatCompletionRequestKwargs,
    none required; each replaces the request's own."""

    # A model id as `provider/model` (e.g. `openai/gpt-4o-mini`) or a gateway alias.
    model: str

    # The conversation so far, oldest first. At least one message.
    messages: "Sequence[ChatCompletionRequestMessageParam | ChatCompletionRequestSystemMessage | ChatCompletionRequestDeveloperMessage | ChatCompletionRequestUserMessage | ChatCompletionRequestAssistantMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestFunctionMessage]"

    # A system prompt, prepended to `messages` by the gateway.
    system: str

    # Reasoning controls for models that think before they answer.
    reasoning: "ReasoningConfigParam | ReasoningConfig"

    # How much effort a reasoning model spends thinking.
    reasoning_effort: "ReasoningEffort"

    # Penalises tokens by how often they already appeared (-2 to 2). Default 0.
    frequency_penalty: float

    # Maps token ids (as strings) to a bias from -100 to 100 added to their logits.
    logit_bias: "Mapping[str, float]"

    # Upper bound on the number of tokens generated.
    max_output_tokens: int

    # Upper bound on generated tokens, reasoning tokens included (OpenAI name).
    max_completion_tokens: int

    # Upper bound on generated tokens (legacy OpenAI name).
    max_tokens: int

    # Include the gateway's `meta` block in the response. Default: false.
    meta: bool

    # Gateway debug controls. These flags are never forwarded upstream.
    debug: "DebugOptionsParam | DebugOptions"

    # Return the request the gateway sent upstream (diagnostics).
    echo_upstream_request: bool

    # Penalises tokens that already appeared at all (-2 to 2). Default 0.
    presence_penalty: float

    # Best-effort deterministic sampling seed (a signed 64-bit integer).
    seed: int

    # Up to 4 sequences where generation stops; a string or a list of strings.
    stop: "StopConfigurationParam"

    # Options for streaming responses; only set with `stream: true`.
    stream_options: "ChatCompletionStreamOptionsParam | ChatCompletionStreamOptions"

    # Sampling temperature, 0 to 2; higher is more random. Default: 1.
    temperature: float

    # Tools the model may call.
    tools: "Sequence[ChatCompletionToolDefinitionParam | ChatCompletionTool | ChatCompletionWebSearchTool | ChatCompletionBuiltinTool]"

    # Most tool calls the model may make in one reply.
    max_tool_calls: int

    # Whether the model may call several tools in one turn. Default: true.
    parallel_tool_calls: bool

    # Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object naming a function.
    tool_choice: "ChatCompletionToolChoiceOptionParam | ChatCompletionNamedToolChoice"

    # Sample only from the k most likely tokens.
    top_k: int

    # Drop tokens whose probability is below `min_p` times that of the likeliest.
    min_p: float

    # Multiplicative penalty for repeated tokens (1 means none).
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

    # Output types the model should produce, e.g. `["text", "audio"]`.
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

    # Ask for usage in the response; for streams, adds a final usage frame.
    usage: bool

    # Provider routing preferences for gateway selection; a provider name or a routing object.
    provider: "ProviderSelectionParam | ProviderPreferences"

    # Per-provider passthrough options, keyed by provider.
    provider_options: "ProviderOptionsParam | ProviderOptions"

    # Your identifier for the end user (gateway naming).
    user_id: str

    # Your identifier for the end user (OpenAI naming).
    user: str

    # Processing tier. Default: standard.
    service_tier: "ServiceTier"

    # Preferred speed profile, where a provider offers one.
    speed: str

    # How terse or detailed the reply should be, where supported.
    verbosity: "CreateChatCompletionRequestVerbosity"

    # Enable request tracing for debugging in the dashboard.
    observability: bool

    # Groups requests of one conversation or agent run (at most 256 characters).
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

    # Predicted output, to speed up regeneration when most of it is known.
    prediction: "PredictionContentParam | PredictionContent"

    # Audio output settings, for models that can speak.
    audio: "ChatCompletionAudioParamParam | ChatCompletionAudioParam"

    # Deprecated in favour of `tools`.
    functions: "Sequence[ChatCompletionFunctionsParam | ChatCompletionFunctions]"

    # Deprecated in favour of `tool_choice`.
    function_call: "ChatCompletionFunctionCallMode | ChatCompletionFunctionCallOptionParam | ChatCompletionFunctionCallOption"


class CreateChatCompletionRequestParam(CreateChatCompletionRequestKwargs, total=False):
    """The body of `POST /chat/completions`. Only `model` and `messages` are required. The gateway
    accepts fields this document does not name; send them as additional properties."""

    # Stream the reply as server-sent events. Default: false.
    stream: bool


class ChatCompletionRequestSystemMessageParam(TypedDict, total=False):
    """Instructions for the model, from the application."""

    # Always `system`.
    role: Required["Literal['system']"]

    # The instructions, as a string or text parts.
    content: Required[
        "str | Sequence[ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartText]"
    ]

    # Optional participant name.
    name: str


class ChatCompletionRequestDeveloperMessageParam(TypedDict, total=False):
    """Instructions for the model that outrank user messages (newer OpenAI models)."""

    # Always `developer`.
    role: Required["Literal['developer']"]

    # The instructions, as a string or text parts.
    content: Required[
        "str | Sequence[ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartText]"
    ]

    # Optional participant name.
    name: str


class ChatCompletionRequestUserMessageParam(TypedDict, total=False):
    """A message from the end user; text or multimodal parts."""

    # Always `user`.
    role: Required["Literal['user']"]

    # The message, as a string or parts (text, image, audio, file, video).
    content: Required[
        "str | Sequence[ChatCompletionRequestUserMessageContentPartParam | ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartFile | ChatCompletionRequestMessageContentPartVideo]"
    ]

    # Optional participant name.
    name: str


class ChatCompletionRequestAssistantMessageParam(TypedDict, total=False):
    """A previous reply of the model; `content` may be null when `tool_calls` are present."""

    # Always `assistant`.
    role: Required["Literal['assistant']"]

    # The reply text, text or refusal parts, or null when the reply was tool calls.
    content: "str | Sequence[ChatCompletionRequestAssistantMessageContentPartParam | ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartRefusal] | None"

    # Optional participant name.
    name: str

    # The refusal message, when the model refused.
    refusal: str | None

    # The model's reasoning text, passed back for multi-turn reasoning.
    reasoning_content: str | None

    # The tool calls of an assistant message.
    tool_calls: "ChatCompletionMessageToolCallsParam"

    # The function called and its arguments.
    function_call: "ChatCompletionFunctionCallParam | ChatCompletionFunctionCall"


class ChatCompletionRequestToolMessageParam(TypedDict, total=False):
    """The result of a tool call, sent back to the model."""

    # Always `tool`.
    role: Required["Literal['tool']"]

    # The tool's result, as a string or text parts.
    content: Required[
        "str | Sequence[ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartText]"
    ]

    # The `id` of the tool call this answers.
    tool_call_id: Required[str]


class ChatCompletionRequestFunctionMessageParam(TypedDict, total=False):
    """Deprecated; the result of a legacy function call (use tool messages)."""

    # Always `function`.
    role: Required["Literal['function']"]

    # The function's result.
    content: Required[str | None]

    # The name of the function called.
    name: Required[str]


class ReasoningConfigParam(TypedDict, total=False):
    """Reasoning controls for models that think before they answer."""

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

    # Return the reasoning text (snake case).
    include_thoughts: bool

    # Return the reasoning text (camel case).
    includeThoughts: bool


class DebugOptionsParam(TypedDict, total=False):
    """Gateway debug controls. These flags are never forwarded upstream."""

    # Turn debugging on.
    enabled: bool

    # Include the request sent upstream in the response.
    return_upstream_request: bool

    # Include the raw upstream response in the response.
    return_upstream_response: bool

    # Record a routing trace.
    trace: bool

    # How detailed the trace is.
    trace_level: "DebugOptionsTraceLevel"


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


class ChatCompletionWebSearchToolParam(TypedDict, total=False):
    """The gateway's web search tool (`{"type": "web_search"}`)."""

    # Always `web_search`.
    type: Required["Literal['web_search']"]

    # How much search context to retrieve.
    search_context_size: "WebSearchContextSize"

    # Approximate user location to localise search.
    user_location: "WebSearchUserLocationParam | WebSearchUserLocation"

    # Most search results to use.
    max_results: int


class ChatCompletionBuiltinToolParam(TypedDict, total=False):
    """Another built-in gateway tool, named by `type` (e.g. `web_fetch`, `datetime`)."""

    # The built-in tool's name, e.g. `web_fetch` or `datetime`.
    type: Required[str]


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
    """How the gateway picks and falls back between upstream providers."""

    # Providers to try, in this order.
    order: "SequenceNotStr[str]"

    # Use only these providers.
    only: "SequenceNotStr[str]"

    # Never use these providers.
    ignore: "SequenceNotStr[str]"

    # Allow providers still in alpha.
    include_alpha: bool

    # Whether to fall back to other providers when the preferred ones fail.
    allow_fallbacks: bool | None

    # Use only providers that support every parameter of the request.
    require_parameters: bool

    # Run the model only in this region.
    required_execution_region: str

    # Keep data only in this region.
    required_data_region: str

    # Use only providers that retain no data.
    require_zero_data_retention: bool

    # Short for `require_zero_data_retention`.
    zdr: bool

    # Whether providers that collect data may be used.
    data_collection: "ProviderPreferencesDataCollection"

    # Use only providers whose output may be used for distillation.
    enforce_distillable_text: bool

    # Accepted model quantizations (e.g. `fp8`, `bf16`).
    quantizations: "SequenceNotStr[str]"

    # Sort providers by `price`, `throughput` or `latency`, or by a sort object.
    sort: "str | ProviderSortParam | ProviderSort"

    # Highest price accepted per unit; each a number or a decimal string.
    max_price: "ProviderMaxPriceParam | ProviderMaxPrice"

    # Prefer providers at least this fast (tokens per second).
    preferred_min_throughput: float

    # Prefer providers at most this slow to the first token (seconds).
    preferred_max_latency: float


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


class PredictionContentParam(TypedDict, total=False):
    """Predicted output, to speed up regeneration when most of it is known."""

    # Always `content`.
    type: Required["Literal['content']"]

    # The predicted text, as a string or text parts.
    content: Required[
        "str | Sequence[ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartText]"
    ]


class ChatCompletionAudioParamParam(TypedDict, total=False):
    """Audio output settings, for models that can speak."""

    # A voice id: a built-in voice (alloy, ash, ballad, coral, echo, fable, onyx, nova, sage, shimmer, verse) or any voice id a provider accepts.
    voice: Required[str]

    # Audio encoding of the reply.
    format: Required["ChatCompletionAudioParamFormat"]


class ChatCompletionFunctionsParam(TypedDict, total=False):
    """Deprecated; a legacy function definition (use `tools`)."""

    # Function name.
    name: Required[str]

    # What the function does.
    description: str

    # The function's parameters as a JSON Schema object (free-form).
    parameters: object


class ChatCompletionFunctionCallOptionParam(TypedDict, total=False):
    """Deprecated; forces a specific legacy function."""

    # Name of the function to call.
    name: Required[str]


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

    # Base64 audio data and its format.
    input_audio: Required["InputAudioParam | InputAudio"]


class ChatCompletionRequestMessageContentPartFileParam(TypedDict, total=False):
    """A file (e.g. a PDF), by id or inline."""

    # Always `file`.
    type: Required["Literal['file']"]

    # A file given by id, or inline as base64 data with a name.
    file: Required["InputFileParam | InputFile"]


class ChatCompletionRequestMessageContentPartVideoParam(TypedDict, total=False):
    """A video, by URL or inline data (models that accept video)."""

    # Always `input_video`.
    type: Required["Literal['input_video']"]

    # A video given by URL or as base64 data.
    input_video: Required["InputVideoParam | InputVideo"]


class ChatCompletionRequestMessageContentPartRefusalParam(TypedDict, total=False):
    """A refusal part (assistant messages only)."""

    # Always `refusal`.
    type: Required["Literal['refusal']"]

    # The refusal message.
    refusal: Required[str]


class ChatCompletionMessageToolCallParam(TypedDict, total=False):
    """A call of a function, as the model made it."""

    # Id of the call, echoed by the tool message that answers it.
    id: Required[str]

    # The tool type; `function` for function calls.
    type: Required[str]

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


class ImageURLParam(TypedDict, total=False):
    """Where the image is, and how closely to look at it."""

    # An `https:` URL or a base64 `data:` URL.
    url: Required[str]

    # Image detail level. Default: auto.
    detail: "ImageURLDetail"


class InputAudioParam(TypedDict, total=False):
    """Base64 audio data and its format."""

    # Base64-encoded audio.
    data: Required[str]

    # Audio encoding.
    format: Required["InputAudioFormat"]


class InputFileParam(TypedDict, total=False):
    """A file given by id, or inline as base64 data with a name."""

    # Id of an uploaded file.
    file_id: str

    # Base64 file content, usually as a `data:` URL.
    file_data: str

    # File name, used with `file_data`.
    filename: str


class InputVideoParam(TypedDict, total=False):
    """A video given by URL or as base64 data."""

    # An `https:` URL or a `data:` URL of the video.
    url: str

    # Base64-encoded video.
    data: str

    # Container format, e.g. `mp4`.
    format: str


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


# One message of the conversation, told apart by `role`.
ChatCompletionRequestMessageParam: TypeAlias = "ChatCompletionRequestSystemMessageParam | ChatCompletionRequestDeveloperMessageParam | ChatCompletionRequestUserMessageParam | ChatCompletionRequestAssistantMessageParam | ChatCompletionRequestToolMessageParam | ChatCompletionRequestFunctionMessageParam"

# Up to 4 sequences where generation stops; a string or a list of strings.
StopConfigurationParam: TypeAlias = "str | SequenceNotStr[str]"

# A tool the model may call; told apart by `type`.
ChatCompletionToolDefinitionParam: TypeAlias = (
    "ChatCompletionToolParam | ChatCompletionWebSearchToolParam | ChatCompletionBuiltinToolParam"
)

# Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object naming a function.
ChatCompletionToolChoiceOptionParam: TypeAlias = (
    "ChatCompletionToolChoiceMode | str | ChatCompletionNamedToolChoiceParam"
)

# The format of the reply; an object told apart by `type`, or the shorthand `text` / `json`.
ResponseFormatParam: TypeAlias = (
    "ResponseFormatTextParam | ResponseFormatJsonObjectParam | ResponseFormatJsonSchemaParam | str"
)

# Output types the model should produce, e.g. `["text", "audio"]`.
ResponseModalitiesParam: TypeAlias = "Sequence[ResponseModalitiesItem]"

# Provider routing preferences for gateway selection; a provider name or a routing object.
ProviderSelectionParam: TypeAlias = "str | ProviderPreferencesParam"

# A part of a user message, told apart by `type`.
ChatCompletionRequestUserMessageContentPartParam: TypeAlias = "ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartImageParam | ChatCompletionRequestMessageContentPartAudioParam | ChatCompletionRequestMessageContentPartFileParam | ChatCompletionRequestMessageContentPartVideoParam"

# A part of an assistant message, told apart by `type`.
ChatCompletionRequestAssistantMessageContentPartParam: TypeAlias = "ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartRefusalParam"

# The tool calls of an assistant message.
ChatCompletionMessageToolCallsParam: TypeAlias = (
    "Sequence[ChatCompletionMessageToolCallParam | ChatCompletionMessageToolCall]"
)

# A price as a number or a decimal string.
PriceValueParam: TypeAlias = "float | str"

# A text part.
ChatCompletionRequestSystemMessageContentPartParam: TypeAlias = (
    "ChatCompletionRequestMessageContentPartTextParam"
)

# A text part.
ChatCompletionRequestToolMessageContentPartParam: TypeAlias = (
    "ChatCompletionRequestMessageContentPartTextParam"
)


__all__ = [
    "ChatCompletionAudioParamParam",
    "ChatCompletionBuiltinToolParam",
    "ChatCompletionFunctionCallOptionParam",
    "ChatCompletionFunctionCallParam",
    "ChatCompletionFunctionsParam",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionMessageToolCallsParam",
    "ChatCompletionNamedToolChoiceFunctionParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionRequestAssistantMessageContentPartParam",
    "ChatCompletionRequestAssistantMessageParam",
    "ChatCompletionRequestDeveloperMessageParam",
    "ChatCompletionRequestFunctionMessageParam",
    "ChatCompletionRequestMessageContentPartAudioParam",
    "ChatCompletionRequestMessageContentPartFileParam",
    "ChatCompletionRequestMessageContentPartImageParam",
    "ChatCompletionRequestMessageContentPartRefusalParam",
    "ChatCompletionRequestMessageContentPartTextParam",
    "ChatCompletionRequestMessageContentPartVideoParam",
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
    "CreateChatCompletionRequestOverrides",
    "CreateChatCompletionRequestParam",
    "DebugOptionsParam",
    "FontInputParam",
    "FunctionObjectParam",
    "ImageConfigParam",
    "ImageURLParam",
    "InputAudioParam",
    "InputFileParam",
    "InputVideoParam",
    "PredictionContentParam",
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
    "WebSearchLocationParam",
    "WebSearchOptionsParam",
    "WebSearchUserLocationParam",
]

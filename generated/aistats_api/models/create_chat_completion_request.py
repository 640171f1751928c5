from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_function_call_mode import (
    ChatCompletionFunctionCallMode,
    check_chat_completion_function_call_mode,
)
from ..models.chat_completion_tool_choice_mode import (
    ChatCompletionToolChoiceMode,
    check_chat_completion_tool_choice_mode,
)
from ..models.create_chat_completion_request_verbosity import (
    CreateChatCompletionRequestVerbosity,
    check_create_chat_completion_request_verbosity,
)
from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.response_modalities_item import ResponseModalitiesItem, check_response_modalities_item
from ..models.service_tier import ServiceTier, check_service_tier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_audio_param import ChatCompletionAudioParam
    from ..models.chat_completion_builtin_tool import ChatCompletionBuiltinTool
    from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from ..models.chat_completion_functions import ChatCompletionFunctions
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from ..models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
    )
    from ..models.chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
    )
    from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage
    from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from ..models.chat_completion_stream_options import ChatCompletionStreamOptions
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.chat_completion_web_search_tool import ChatCompletionWebSearchTool
    from ..models.create_chat_completion_request_logit_bias import (
        CreateChatCompletionRequestLogitBias,
    )
    from ..models.debug_options import DebugOptions
    from ..models.image_config import ImageConfig
    from ..models.metadata import Metadata
    from ..models.prediction_content import PredictionContent
    from ..models.provider_options import ProviderOptions
    from ..models.provider_preferences import ProviderPreferences
    from ..models.reasoning_config import ReasoningConfig
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.thinking_config import ThinkingConfig
    from ..models.web_search_options import WebSearchOptions


T = TypeVar("T", bound="CreateChatCompletionRequest")


@_attrs_define
class CreateChatCompletionRequest:
    """The body of `POST /chat/completions`. Only `model` and `messages` are required. The gateway
    accepts fields this document does not name; send them as additional properties.

    """

    model: str
    """ A model id as `provider/model` (e.g. `openai/gpt-4o-mini`) or a gateway alias. """
    messages: list[
        ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestDeveloperMessage
        | ChatCompletionRequestFunctionMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestUserMessage
    ]
    """ The conversation so far, oldest first. At least one message. """
    system: str | Unset = UNSET
    """ A system prompt, prepended to `messages` by the gateway. """
    reasoning: ReasoningConfig | Unset = UNSET
    """ Reasoning controls for models that think before they answer. """
    reasoning_effort: ReasoningEffort | Unset = UNSET
    """ How much effort a reasoning model spends thinking. """
    frequency_penalty: float | Unset = UNSET
    """ Penalises tokens by how often they already appeared (-2 to 2). Default 0. """
    logit_bias: CreateChatCompletionRequestLogitBias | Unset = UNSET
    """ Maps token ids (as strings) to a bias from -100 to 100 added to their logits. """
    max_output_tokens: int | Unset = UNSET
    """ Upper bound on the number of tokens generated. """
    max_completion_tokens: int | Unset = UNSET
    """ Upper bound on generated tokens, reasoning tokens included (OpenAI name). """
    max_tokens: int | Unset = UNSET
    """ Upper bound on generated tokens (legacy OpenAI name). """
    meta: bool | Unset = UNSET
    """ Include the gateway's `meta` block in the response. Default: false. """
    debug: DebugOptions | Unset = UNSET
    """ Gateway debug controls. These flags are never forwarded upstream. """
    echo_upstream_request: bool | Unset = UNSET
    """ Return the request the gateway sent upstream (diagnostics). """
    presence_penalty: float | Unset = UNSET
    """ Penalises tokens that already appeared at all (-2 to 2). Default 0. """
    seed: int | Unset = UNSET
    """ Best-effort deterministic sampling seed (a signed 64-bit integer). """
    stop: list[str] | str | Unset = UNSET
    """ Up to 4 sequences where generation stops; a string or a list of strings. """
    stream: bool | Unset = UNSET
    """ Stream the reply as server-sent events. Default: false. """
    stream_options: ChatCompletionStreamOptions | Unset = UNSET
    """ Options for streaming responses; only set with `stream: true`. """
    temperature: float | Unset = UNSET
    """ Sampling temperature, 0 to 2; higher is more random. Default: 1. """
    tools: (
        list[ChatCompletionBuiltinTool | ChatCompletionTool | ChatCompletionWebSearchTool] | Unset
    ) = UNSET
    """ Tools the model may call. """
    max_tool_calls: int | Unset = UNSET
    """ Most tool calls the model may make in one reply. """
    parallel_tool_calls: bool | Unset = UNSET
    """ Whether the model may call several tools in one turn. Default: true. """
    tool_choice: ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | str | Unset = UNSET
    """ Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object
    naming a function.
     """
    top_k: int | Unset = UNSET
    """ Sample only from the k most likely tokens. """
    min_p: float | Unset = UNSET
    """ Drop tokens whose probability is below `min_p` times that of the likeliest. """
    repetition_penalty: float | Unset = UNSET
    """ Multiplicative penalty for repeated tokens (1 means none). """
    logprobs: bool | Unset = UNSET
    """ Return log probabilities of the output tokens. Default: false. """
    top_logprobs: int | Unset = UNSET
    """ Number of most likely alternatives to return per token (0 to 20); needs `logprobs`. """
    top_p: float | Unset = UNSET
    """ Nucleus sampling threshold, 0 to 1. """
    n: int | Unset = UNSET
    """ Number of choices to generate (1 to 16). Default: 1. """
    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | str | Unset
    ) = UNSET
    """ The format of the reply; an object told apart by `type`, or the shorthand `text` / `json`. """
    modalities: list[ResponseModalitiesItem] | Unset = UNSET
    """ Output types the model should produce, e.g. `["text", "audio"]`. """
    response_modalities: list[str] | Unset = UNSET
    """ Output modalities (Google naming, snake case). """
    responseModalities: list[str] | Unset = UNSET
    """ Output modalities (Google naming, camel case). """
    image_config: ImageConfig | Unset = UNSET
    """ Image generation settings (both snake and camel case are accepted). """
    imageConfig: ImageConfig | Unset = UNSET
    """ Image generation settings (both snake and camel case are accepted). """
    thinking: ThinkingConfig | Unset = UNSET
    """ Extended-thinking controls (Anthropic and Google naming, both casings). """
    usage: bool | Unset = UNSET
    """ Ask for usage in the response; for streams, adds a final usage frame. """
    provider: ProviderPreferences | str | Unset = UNSET
    """ Provider routing preferences for gateway selection; a provider name or a routing object. """
    provider_options: ProviderOptions | Unset = UNSET
    """ Per-provider passthrough options, keyed by provider. """
    user_id: str | Unset = UNSET
    """ Your identifier for the end user (gateway naming). """
    user: str | Unset = UNSET
    """ Your identifier for the end user (OpenAI naming). """
    service_tier: ServiceTier | Unset = UNSET
    """ Processing tier. Default: standard. """
    speed: str | Unset = UNSET
    """ Preferred speed profile, where a provider offers one. """
    verbosity: CreateChatCompletionRequestVerbosity | Unset = UNSET
    """ How terse or detailed the reply should be, where supported. """
    observability: bool | Unset = UNSET
    """ Enable request tracing for debugging in the dashboard. """
    session_id: str | Unset = UNSET
    """ Groups requests of one conversation or agent run (at most 256 characters). """
    store: bool | Unset = UNSET
    """ Whether the provider may store the completion. """
    prompt_cache_key: None | str | Unset = UNSET
    """ Key that helps providers reuse cached prompt prefixes. """
    safety_identifier: None | str | Unset = UNSET
    """ Stable, hashed end-user identifier for abuse detection. """
    metadata: Metadata | Unset = UNSET
    """ Up to 16 string key-value pairs stored with the request. """
    web_search_options: WebSearchOptions | Unset = UNSET
    """ Web search settings for models that search before answering. """
    prediction: PredictionContent | Unset = UNSET
    """ Predicted output, to speed up regeneration when most of it is known. """
    audio: ChatCompletionAudioParam | Unset = UNSET
    """ Audio output settings, for models that can speak. """
    functions: list[ChatCompletionFunctions] | Unset = UNSET
    """ Deprecated in favour of `tools`. """
    function_call: ChatCompletionFunctionCallMode | ChatCompletionFunctionCallOption | Unset = UNSET
    """ Deprecated in favour of `tool_choice`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatCompletionRequestSystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestDeveloperMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestUserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestAssistantMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestToolMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        system = self.system

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        reasoning_effort: str | Unset = UNSET
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort = self.reasoning_effort

        frequency_penalty = self.frequency_penalty

        logit_bias: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logit_bias, Unset):
            logit_bias = self.logit_bias.to_dict()

        max_output_tokens = self.max_output_tokens

        max_completion_tokens = self.max_completion_tokens

        max_tokens = self.max_tokens

        meta = self.meta

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        echo_upstream_request = self.echo_upstream_request

        presence_penalty = self.presence_penalty

        seed = self.seed

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        temperature = self.temperature

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ChatCompletionTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ChatCompletionWebSearchTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        max_tool_calls = self.max_tool_calls

        parallel_tool_calls = self.parallel_tool_calls

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, ChatCompletionNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        top_k = self.top_k

        min_p = self.min_p

        repetition_penalty = self.repetition_penalty

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        top_p = self.top_p

        n = self.n

        response_format: dict[str, Any] | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = []
            for componentsschemas_response_modalities_item_data in self.modalities:
                componentsschemas_response_modalities_item: str = (
                    componentsschemas_response_modalities_item_data
                )
                modalities.append(componentsschemas_response_modalities_item)

        response_modalities: list[str] | Unset = UNSET
        if not isinstance(self.response_modalities, Unset):
            response_modalities = self.response_modalities

        responseModalities: list[str] | Unset = UNSET
        if not isinstance(self.responseModalities, Unset):
            responseModalities = self.responseModalities

        image_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_config, Unset):
            image_config = self.image_config.to_dict()

        imageConfig: dict[str, Any] | Unset = UNSET
        if not isinstance(self.imageConfig, Unset):
            imageConfig = self.imageConfig.to_dict()

        thinking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thinking, Unset):
            thinking = self.thinking.to_dict()

        usage = self.usage

        provider: dict[str, Any] | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ProviderPreferences):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        provider_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_options, Unset):
            provider_options = self.provider_options.to_dict()

        user_id = self.user_id

        user = self.user

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier

        speed = self.speed

        verbosity: str | Unset = UNSET
        if not isinstance(self.verbosity, Unset):
            verbosity = self.verbosity

        observability = self.observability

        session_id = self.session_id

        store = self.store

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        web_search_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_search_options, Unset):
            web_search_options = self.web_search_options.to_dict()

        prediction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prediction, Unset):
            prediction = self.prediction.to_dict()

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        function_call: dict[str, Any] | str | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, str):
            function_call = self.function_call
        else:
            function_call = self.function_call.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if system is not UNSET:
            field_dict["system"] = system
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if meta is not UNSET:
            field_dict["meta"] = meta
        if debug is not UNSET:
            field_dict["debug"] = debug
        if echo_upstream_request is not UNSET:
            field_dict["echo_upstream_request"] = echo_upstream_request
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tools is not UNSET:
            field_dict["tools"] = tools
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if n is not UNSET:
            field_dict["n"] = n
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if response_modalities is not UNSET:
            field_dict["response_modalities"] = response_modalities
        if responseModalities is not UNSET:
            field_dict["responseModalities"] = responseModalities
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if imageConfig is not UNSET:
            field_dict["imageConfig"] = imageConfig
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if usage is not UNSET:
            field_dict["usage"] = usage
        if provider is not UNSET:
            field_dict["provider"] = provider
        if provider_options is not UNSET:
            field_dict["provider_options"] = provider_options
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if speed is not UNSET:
            field_dict["speed"] = speed
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if observability is not UNSET:
            field_dict["observability"] = observability
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if store is not UNSET:
            field_dict["store"] = store
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if audio is not UNSET:
            field_dict["audio"] = audio
        if functions is not UNSET:
            field_dict["functions"] = functions
        if function_call is not UNSET:
            field_dict["function_call"] = function_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                ChatCompletionRequestAssistantMessage
                | ChatCompletionRequestDeveloperMessage
                | ChatCompletionRequestFunctionMessage
                | ChatCompletionRequestSystemMessage
                | ChatCompletionRequestToolMessage
                | ChatCompletionRequestUserMessage
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_0 = (
                        ChatCompletionRequestSystemMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_1 = (
                        ChatCompletionRequestDeveloperMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_2 = (
                        ChatCompletionRequestUserMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_3 = (
                        ChatCompletionRequestAssistantMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_4 = (
                        ChatCompletionRequestToolMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_request_message_type_5 = (
                    ChatCompletionRequestFunctionMessage.from_dict(data)
                )

                return componentsschemas_chat_completion_request_message_type_5

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        system = d.pop("system", UNSET)

        _raw_reasoning = d.pop("reasoning", UNSET)
        if _raw_reasoning is not UNSET:
            _reasoning = _raw_reasoning
            reasoning: ReasoningConfig | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = ReasoningConfig.from_dict(_reasoning)

        else:
            reasoning = UNSET

        _raw_reasoning_effort = d.pop("reasoning_effort", UNSET)
        if _raw_reasoning_effort is not UNSET:
            _reasoning_effort = _raw_reasoning_effort
            reasoning_effort: ReasoningEffort | Unset
            if isinstance(_reasoning_effort, Unset):
                reasoning_effort = UNSET
            else:
                reasoning_effort = check_reasoning_effort(_reasoning_effort)

        else:
            reasoning_effort = UNSET

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        _raw_logit_bias = d.pop("logit_bias", UNSET)
        if _raw_logit_bias is not UNSET:
            _logit_bias = _raw_logit_bias
            logit_bias: CreateChatCompletionRequestLogitBias | Unset
            if isinstance(_logit_bias, Unset):
                logit_bias = UNSET
            else:
                logit_bias = CreateChatCompletionRequestLogitBias.from_dict(_logit_bias)

        else:
            logit_bias = UNSET

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        meta = d.pop("meta", UNSET)

        _raw_debug = d.pop("debug", UNSET)
        if _raw_debug is not UNSET:
            _debug = _raw_debug
            debug: DebugOptions | Unset
            if isinstance(_debug, Unset):
                debug = UNSET
            else:
                debug = DebugOptions.from_dict(_debug)

        else:
            debug = UNSET

        echo_upstream_request = d.pop("echo_upstream_request", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        seed = d.pop("seed", UNSET)

        _raw_stop = d.pop("stop", UNSET)
        if _raw_stop is not UNSET:

            def _parse_stop(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_stop_configuration_type_1 = cast(list[str], data)

                    return componentsschemas_stop_configuration_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("list[str] | str | Unset", data)

            stop = _parse_stop(_raw_stop)

        else:
            stop = UNSET

        stream = d.pop("stream", UNSET)

        _raw_stream_options = d.pop("stream_options", UNSET)
        if _raw_stream_options is not UNSET:
            _stream_options = _raw_stream_options
            stream_options: ChatCompletionStreamOptions | Unset
            if isinstance(_stream_options, Unset):
                stream_options = UNSET
            else:
                stream_options = ChatCompletionStreamOptions.from_dict(_stream_options)

        else:
            stream_options = UNSET

        temperature = d.pop("temperature", UNSET)

        _raw_tools = d.pop("tools", UNSET)
        if _raw_tools is not UNSET:
            _tools = _raw_tools
            tools: (
                list[ChatCompletionBuiltinTool | ChatCompletionTool | ChatCompletionWebSearchTool]
                | Unset
            ) = UNSET
            if _tools is not UNSET:
                tools = []
                for tools_item_data in _tools:

                    def _parse_tools_item(
                        data: object,
                    ) -> (
                        ChatCompletionBuiltinTool | ChatCompletionTool | ChatCompletionWebSearchTool
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_tool_definition_type_0 = (
                                ChatCompletionTool.from_dict(data)
                            )

                            return componentsschemas_chat_completion_tool_definition_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_tool_definition_type_1 = (
                                ChatCompletionWebSearchTool.from_dict(data)
                            )

                            return componentsschemas_chat_completion_tool_definition_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_tool_definition_type_2 = (
                            ChatCompletionBuiltinTool.from_dict(data)
                        )

                        return componentsschemas_chat_completion_tool_definition_type_2

                    tools_item = _parse_tools_item(tools_item_data)

                    tools.append(tools_item)

        else:
            tools = UNSET

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        _raw_tool_choice = d.pop("tool_choice", UNSET)
        if _raw_tool_choice is not UNSET:

            def _parse_tool_choice(
                data: object,
            ) -> ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_chat_completion_tool_choice_option_type_0 = (
                        check_chat_completion_tool_choice_mode(data)
                    )

                    return componentsschemas_chat_completion_tool_choice_option_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_tool_choice_option_type_2 = (
                        ChatCompletionNamedToolChoice.from_dict(data)
                    )

                    return componentsschemas_chat_completion_tool_choice_option_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    "ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | str | Unset",
                    data,
                )

            tool_choice = _parse_tool_choice(_raw_tool_choice)

        else:
            tool_choice = UNSET

        top_k = d.pop("top_k", UNSET)

        min_p = d.pop("min_p", UNSET)

        repetition_penalty = d.pop("repetition_penalty", UNSET)

        logprobs = d.pop("logprobs", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        top_p = d.pop("top_p", UNSET)

        n = d.pop("n", UNSET)

        _raw_response_format = d.pop("response_format", UNSET)
        if _raw_response_format is not UNSET:

            def _parse_response_format(
                data: object,
            ) -> (
                ResponseFormatJsonObject
                | ResponseFormatJsonSchema
                | ResponseFormatText
                | str
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_format_type_0 = ResponseFormatText.from_dict(data)

                    return componentsschemas_response_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_format_type_1 = ResponseFormatJsonObject.from_dict(
                        data
                    )

                    return componentsschemas_response_format_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_format_type_2 = ResponseFormatJsonSchema.from_dict(
                        data
                    )

                    return componentsschemas_response_format_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    "ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | str | Unset",
                    data,
                )

            response_format = _parse_response_format(_raw_response_format)

        else:
            response_format = UNSET

        _raw_modalities = d.pop("modalities", UNSET)
        if _raw_modalities is not UNSET:
            _modalities = _raw_modalities
            modalities: list[ResponseModalitiesItem] | Unset = UNSET
            if _modalities is not UNSET:
                modalities = []
                for componentsschemas_response_modalities_item_data in _modalities:
                    componentsschemas_response_modalities_item = check_response_modalities_item(
                        componentsschemas_response_modalities_item_data
                    )

                    modalities.append(componentsschemas_response_modalities_item)

        else:
            modalities = UNSET

        _raw_response_modalities = d.pop("response_modalities", UNSET)
        if _raw_response_modalities is not UNSET:
            response_modalities = cast(list[str], _raw_response_modalities)

        else:
            response_modalities = UNSET

        _raw_responseModalities = d.pop("responseModalities", UNSET)
        if _raw_responseModalities is not UNSET:
            responseModalities = cast(list[str], _raw_responseModalities)

        else:
            responseModalities = UNSET

        _raw_image_config = d.pop("image_config", UNSET)
        if _raw_image_config is not UNSET:
            _image_config = _raw_image_config
            image_config: ImageConfig | Unset
            if isinstance(_image_config, Unset):
                image_config = UNSET
            else:
                image_config = ImageConfig.from_dict(_image_config)

        else:
            image_config = UNSET

        _raw_imageConfig = d.pop("imageConfig", UNSET)
        if _raw_imageConfig is not UNSET:
            _imageConfig = _raw_imageConfig
            imageConfig: ImageConfig | Unset
            if isinstance(_imageConfig, Unset):
                imageConfig = UNSET
            else:
                imageConfig = ImageConfig.from_dict(_imageConfig)

        else:
            imageConfig = UNSET

        _raw_thinking = d.pop("thinking", UNSET)
        if _raw_thinking is not UNSET:
            _thinking = _raw_thinking
            thinking: ThinkingConfig | Unset
            if isinstance(_thinking, Unset):
                thinking = UNSET
            else:
                thinking = ThinkingConfig.from_dict(_thinking)

        else:
            thinking = UNSET

        usage = d.pop("usage", UNSET)

        _raw_provider = d.pop("provider", UNSET)
        if _raw_provider is not UNSET:

            def _parse_provider(data: object) -> ProviderPreferences | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_provider_selection_type_1 = ProviderPreferences.from_dict(
                        data
                    )

                    return componentsschemas_provider_selection_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("ProviderPreferences | str | Unset", data)

            provider = _parse_provider(_raw_provider)

        else:
            provider = UNSET

        _raw_provider_options = d.pop("provider_options", UNSET)
        if _raw_provider_options is not UNSET:
            _provider_options = _raw_provider_options
            provider_options: ProviderOptions | Unset
            if isinstance(_provider_options, Unset):
                provider_options = UNSET
            else:
                provider_options = ProviderOptions.from_dict(_provider_options)

        else:
            provider_options = UNSET

        user_id = d.pop("user_id", UNSET)

        user = d.pop("user", UNSET)

        _raw_service_tier = d.pop("service_tier", UNSET)
        if _raw_service_tier is not UNSET:
            _service_tier = _raw_service_tier
            service_tier: ServiceTier | Unset
            if isinstance(_service_tier, Unset):
                service_tier = UNSET
            else:
                service_tier = check_service_tier(_service_tier)

        else:
            service_tier = UNSET

        speed = d.pop("speed", UNSET)

        _raw_verbosity = d.pop("verbosity", UNSET)
        if _raw_verbosity is not UNSET:
            _verbosity = _raw_verbosity
            verbosity: CreateChatCompletionRequestVerbosity | Unset
            if isinstance(_verbosity, Unset):
                verbosity = UNSET
            else:
                verbosity = check_create_chat_completion_request_verbosity(_verbosity)

        else:
            verbosity = UNSET

        observability = d.pop("observability", UNSET)

        session_id = d.pop("session_id", UNSET)

        store = d.pop("store", UNSET)

        _raw_prompt_cache_key = d.pop("prompt_cache_key", UNSET)
        if _raw_prompt_cache_key is not UNSET:
            prompt_cache_key = cast("None | str | Unset", _raw_prompt_cache_key)

        else:
            prompt_cache_key = UNSET

        _raw_safety_identifier = d.pop("safety_identifier", UNSET)
        if _raw_safety_identifier is not UNSET:
            safety_identifier = cast("None | str | Unset", _raw_safety_identifier)

        else:
            safety_identifier = UNSET

        _raw_metadata = d.pop("metadata", UNSET)
        if _raw_metadata is not UNSET:
            _metadata = _raw_metadata
            metadata: Metadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = Metadata.from_dict(_metadata)

        else:
            metadata = UNSET

        _raw_web_search_options = d.pop("web_search_options", UNSET)
        if _raw_web_search_options is not UNSET:
            _web_search_options = _raw_web_search_options
            web_search_options: WebSearchOptions | Unset
            if isinstance(_web_search_options, Unset):
                web_search_options = UNSET
            else:
                web_search_options = WebSearchOptions.from_dict(_web_search_options)

        else:
            web_search_options = UNSET

        _raw_prediction = d.pop("prediction", UNSET)
        if _raw_prediction is not UNSET:
            _prediction = _raw_prediction
            prediction: PredictionContent | Unset
            if isinstance(_prediction, Unset):
                prediction = UNSET
            else:
                prediction = PredictionContent.from_dict(_prediction)

        else:
            prediction = UNSET

        _raw_audio = d.pop("audio", UNSET)
        if _raw_audio is not UNSET:
            _audio = _raw_audio
            audio: ChatCompletionAudioParam | Unset
            if isinstance(_audio, Unset):
                audio = UNSET
            else:
                audio = ChatCompletionAudioParam.from_dict(_audio)

        else:
            audio = UNSET

        _raw_functions = d.pop("functions", UNSET)
        if _raw_functions is not UNSET:
            _functions = _raw_functions
            functions: list[ChatCompletionFunctions] | Unset = UNSET
            if _functions is not UNSET:
                functions = []
                for functions_item_data in _functions:
                    functions_item = ChatCompletionFunctions.from_dict(functions_item_data)

                    functions.append(functions_item)

        else:
            functions = UNSET

        _raw_function_call = d.pop("function_call", UNSET)
        if _raw_function_call is not UNSET:

            def _parse_function_call(
                data: object,
            ) -> ChatCompletionFunctionCallMode | ChatCompletionFunctionCallOption | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    function_call_type_0 = check_chat_completion_function_call_mode(data)

                    return function_call_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_1 = ChatCompletionFunctionCallOption.from_dict(data)

                return function_call_type_1

            function_call = _parse_function_call(_raw_function_call)

        else:
            function_call = UNSET

        create_chat_completion_request = cls(
            model=model,
            messages=messages,
            system=system,
            reasoning=reasoning,
            reasoning_effort=reasoning_effort,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            max_output_tokens=max_output_tokens,
            max_completion_tokens=max_completion_tokens,
            max_tokens=max_tokens,
            meta=meta,
            debug=debug,
            echo_upstream_request=echo_upstream_request,
            presence_penalty=presence_penalty,
            seed=seed,
            stop=stop,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            tools=tools,
            max_tool_calls=max_tool_calls,
            parallel_tool_calls=parallel_tool_calls,
            tool_choice=tool_choice,
            top_k=top_k,
            min_p=min_p,
            repetition_penalty=repetition_penalty,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            top_p=top_p,
            n=n,
            response_format=response_format,
            modalities=modalities,
            response_modalities=response_modalities,
            responseModalities=responseModalities,
            image_config=image_config,
            imageConfig=imageConfig,
            thinking=thinking,
            usage=usage,
            provider=provider,
            provider_options=provider_options,
            user_id=user_id,
            user=user,
            service_tier=service_tier,
            speed=speed,
            verbosity=verbosity,
            observability=observability,
            session_id=session_id,
            store=store,
            prompt_cache_key=prompt_cache_key,
            safety_identifier=safety_identifier,
            metadata=metadata,
            web_search_options=web_search_options,
            prediction=prediction,
            audio=audio,
            functions=functions,
            function_call=function_call,
        )

        create_chat_completion_request.additional_properties = d
        return create_chat_completion_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class is defined so that models referring to each other import cleanly.
from ..models.chat_completion_audio_param import ChatCompletionAudioParam  # noqa: E402
from ..models.chat_completion_builtin_tool import ChatCompletionBuiltinTool  # noqa: E402
from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption  # noqa: E402
from ..models.chat_completion_functions import ChatCompletionFunctions  # noqa: E402
from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice  # noqa: E402
from ..models.chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage  # noqa: E402
from ..models.chat_completion_request_developer_message import ChatCompletionRequestDeveloperMessage  # noqa: E402
from ..models.chat_completion_request_function_message import ChatCompletionRequestFunctionMessage  # noqa: E402
from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage  # noqa: E402
from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage  # noqa: E402
from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage  # noqa: E402
from ..models.chat_completion_stream_options import ChatCompletionStreamOptions  # noqa: E402
from ..models.chat_completion_tool import ChatCompletionTool  # noqa: E402
from ..models.chat_completion_web_search_tool import ChatCompletionWebSearchTool  # noqa: E402
from ..models.create_chat_completion_request_logit_bias import CreateChatCompletionRequestLogitBias  # noqa: E402
from ..models.debug_options import DebugOptions  # noqa: E402
from ..models.image_config import ImageConfig  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.prediction_content import PredictionContent  # noqa: E402
from ..models.provider_options import ProviderOptions  # noqa: E402
from ..models.provider_preferences import ProviderPreferences  # noqa: E402
from ..models.reasoning_config import ReasoningConfig  # noqa: E402
from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: E402
from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: E402
from ..models.response_format_text import ResponseFormatText  # noqa: E402
from ..models.thinking_config import ThinkingConfig  # noqa: E402
from ..models.web_search_options import WebSearchOptions  # noqa: E402

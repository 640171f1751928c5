from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_tool_choice_mode import (
    ChatCompletionToolChoiceMode,
    check_chat_completion_tool_choice_mode,
)
from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.service_tier import ServiceTier, check_service_tier
from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_builtin_tool import ChatCompletionBuiltinTool
    from ..models.chat_completion_custom_tool import ChatCompletionCustomTool
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from ..models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
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
    from ..models.document import Document
    from ..models.image_config import ImageConfig
    from ..models.metadata import Metadata
    from ..models.provider_options import ProviderOptions
    from ..models.provider_preferences import ProviderPreferences
    from ..models.reasoning_config import ReasoningConfig
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.thinking_config import ThinkingConfig
    from ..models.web_search_options import WebSearchOptions


T = TypeVar("T", bound="CreateChatCompletionRequest")


@_attrs_define(repr=False)
class CreateChatCompletionRequest:
    """The body of `POST /chat/completions`. Only `model` and `messages` are required. The gateway
    answers a top-level field it does not know with 400 `validation_error` (keyword
    `unknown_param`), so this object is closed; send what it has and this document lacks with
    `extra_body=` (the gateway decides).

    """

    model: str
    """ A model id as `provider/model` (e.g. `openai/gpt-4o-mini`) or a gateway alias. Empty is a
    400 `validation_error`, blank a 400 `model_required`, an unknown id a 400
    `unsupported_model_or_endpoint`.
     """

    messages: list[
        ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestDeveloperMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestUserMessage
    ]
    """ The conversation so far, oldest first. At least one message. """

    system: str | None = None
    """ A system prompt, prepended to `messages` by the gateway. Left the published document
    in 2026-03; the gateway's decoder still reads it.
     """

    reasoning: ReasoningConfig | None = None
    """ Reasoning controls for models that think before they answer. When `reasoning` is sent, the
    gateway fills in `effort: medium` and `summary: auto` where they are missing.
     """

    reasoning_effort: ReasoningEffort | None = None
    """ How much effort a reasoning model spends thinking. """

    frequency_penalty: float | None = None
    """ Penalises tokens by how often they already appeared (-2 to 2). Default 0. """

    logit_bias: CreateChatCompletionRequestLogitBias | None = None
    """ Maps token ids (as strings) to a bias from -100 to 100 added to their logits. """

    max_output_tokens: int | None = None
    """ Upper bound on the number of tokens generated. Left the published document in 2026-03;
    the gateway's decoder still reads it.
     """

    max_completion_tokens: int | None = None
    """ Upper bound on generated tokens, reasoning tokens included (OpenAI name). """

    max_tokens: int | None = None
    """ Upper bound on generated tokens (legacy OpenAI name). """

    meta: bool | None = None
    """ Include the gateway's `meta` block (timings, routing) in the response. Default: false. """

    debug: DebugOptions | None = None
    """ Gateway debug controls. These flags are never forwarded upstream. """

    echo_upstream_request: bool | None = None
    """ Return the request the gateway sent upstream (diagnostics). """

    presence_penalty: float | None = None
    """ Penalises tokens that already appeared at all (-2 to 2). Default 0. """

    seed: int | None = None
    """ Best-effort deterministic sampling seed (a signed 64-bit integer). """

    stop: list[str] | str | None = None
    """ Sequences where generation stops; a string or a list of strings (providers limit how many). """

    stream: bool | None = None
    """ Stream the reply as server-sent events. Default: false. """

    stream_options: ChatCompletionStreamOptions | None = None
    """ Options for streaming responses; only set with `stream: true`. """

    temperature: float | None = None
    """ Sampling temperature, 0 to 2; higher is more random. Default: 1. """

    tools: (
        list[
            ChatCompletionBuiltinTool
            | ChatCompletionCustomTool
            | ChatCompletionTool
            | ChatCompletionWebSearchTool
        ]
        | None
    ) = None
    """ Tools the model may call. """

    max_tool_calls: int | None = None
    """ Most tool calls the model may make in one reply. """

    parallel_tool_calls: bool | None = None
    """ Whether the model may call several tools in one turn. Default: true. """

    tool_choice: ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | str | None = None
    """ Which tool the model calls: `none`, `auto`, `required`, a built-in tool's name, or an object
    naming a function. A named function must be one of `tools` (else 400); `required` needs a
    tool.
     """

    top_k: int | None = None
    """ Sample only from the k most likely tokens (-1: no limit). Left the published document
    in 2026-03; the gateway's decoder still reads it.
     """

    min_p: float | None = None
    """ Drop tokens whose probability is below `min_p` times that of the likeliest. """

    repetition_penalty: float | None = None
    """ Multiplicative penalty for repeated tokens (1 means none); more than 0. """

    logprobs: bool | None = None
    """ Return log probabilities of the output tokens. Default: false. """

    top_logprobs: int | None = None
    """ Number of most likely alternatives to return per token (0 to 20); needs `logprobs`. """

    top_p: float | None = None
    """ Nucleus sampling threshold, 0 to 1. """

    n: int | None = None
    """ Number of choices to generate (1 to 16). Default: 1. """

    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | str | None
    ) = None
    """ The format of the reply; an object told apart by `type`, or the shorthand `text` / `json`. """

    modalities: list[str] | None = None
    """ Output types the model should produce, e.g. `["text", "audio"]` (`text`, `audio`, `image`; the gateway takes
    any string). """

    response_modalities: list[str] | None = None
    """ Output modalities (Google naming, snake case). """

    responseModalities: list[str] | None = None
    """ Output modalities (Google naming, camel case). """

    image_config: ImageConfig | None = None
    """ Image generation settings (both snake and camel case are accepted). """

    imageConfig: ImageConfig | None = None
    """ Image generation settings (both snake and camel case are accepted). """

    thinking: ThinkingConfig | None = None
    """ Extended-thinking controls (Anthropic and Google naming, both casings). """

    usage: bool | None = None
    """ Ask for usage in the response. The gateway returns usage whatever this says (and a
    usage frame in every stream): accepted, no effect.
     """

    provider: ProviderPreferences | None = None
    """ How the gateway picks and falls back between upstream providers (also sent as `routing`).
    Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
     """

    routing: ProviderPreferences | None = None
    """ How the gateway picks and falls back between upstream providers (also sent as `routing`).
    Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.
     """

    provider_options: ProviderOptions | None = None
    """ Per-provider passthrough options, keyed by provider. """

    user_id: str | None = None
    """ Your identifier for the end user (gateway naming). """

    user: str | None = None
    """ Your identifier for the end user (OpenAI naming). """

    service_tier: ServiceTier | None = None
    """ Processing tier. Default: standard. Seed 003 also lists `auto` and `default`: the gateway's
    code refuses them (400 `validation_error`), and `batch` too (use the batch endpoint).
     """

    speed: str | None = None
    """ Seed 003 names a preferred speed profile here. The gateway's code refuses the field
    (400 `validation_error`, `unknown_param`): it is named so that the seed's vocabulary
    stays, and no value is valid.
     """

    observability: Any | None = None
    """ The gateway's earlier documents named a switch for request tracing here. Its code
    refuses the field (400 `validation_error`, `unknown_param`): no value is valid.
     """

    session_id: str | None = None
    """ Groups requests of one conversation or agent run (1 to 256 characters, not blank). """

    store: bool | None = None
    """ Whether the provider may store the completion. """

    prompt_cache_key: str | None = None
    """ Key that helps providers reuse cached prompt prefixes. """

    safety_identifier: str | None = None
    """ Stable, hashed end-user identifier for abuse detection. """

    metadata: Metadata | None = None
    """ Up to 16 string key-value pairs stored with the request. """

    web_search_options: WebSearchOptions | None = None
    """ Web search settings for models that search before answering. """

    documents: list[Document] | None = None
    """ Documents the model may cite (providers with a documents input, e.g. Cohere). """

    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        model = self.model
        field_dict["model"] = model
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
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        field_dict["messages"] = messages
        if self.system is not None:
            system = self.system
            field_dict["system"] = system
        elif "system" in self._json_nulls:
            field_dict["system"] = None
        if self.reasoning is not None:
            reasoning = self.reasoning.to_dict()
            field_dict["reasoning"] = reasoning
        elif "reasoning" in self._json_nulls:
            field_dict["reasoning"] = None
        if self.reasoning_effort is not None:
            reasoning_effort: str = self.reasoning_effort
            field_dict["reasoning_effort"] = reasoning_effort
        elif "reasoning_effort" in self._json_nulls:
            field_dict["reasoning_effort"] = None
        if self.frequency_penalty is not None:
            frequency_penalty = self.frequency_penalty
            field_dict["frequency_penalty"] = frequency_penalty
        elif "frequency_penalty" in self._json_nulls:
            field_dict["frequency_penalty"] = None
        if self.logit_bias is not None:
            logit_bias = self.logit_bias.to_dict()
            field_dict["logit_bias"] = logit_bias
        elif "logit_bias" in self._json_nulls:
            field_dict["logit_bias"] = None
        if self.max_output_tokens is not None:
            max_output_tokens = self.max_output_tokens
            field_dict["max_output_tokens"] = max_output_tokens
        elif "max_output_tokens" in self._json_nulls:
            field_dict["max_output_tokens"] = None
        if self.max_completion_tokens is not None:
            max_completion_tokens = self.max_completion_tokens
            field_dict["max_completion_tokens"] = max_completion_tokens
        elif "max_completion_tokens" in self._json_nulls:
            field_dict["max_completion_tokens"] = None
        if self.max_tokens is not None:
            max_tokens = self.max_tokens
            field_dict["max_tokens"] = max_tokens
        elif "max_tokens" in self._json_nulls:
            field_dict["max_tokens"] = None
        if self.meta is not None:
            meta = self.meta
            field_dict["meta"] = meta
        elif "meta" in self._json_nulls:
            field_dict["meta"] = None
        if self.debug is not None:
            debug = self.debug.to_dict()
            field_dict["debug"] = debug
        elif "debug" in self._json_nulls:
            field_dict["debug"] = None
        if self.echo_upstream_request is not None:
            echo_upstream_request = self.echo_upstream_request
            field_dict["echo_upstream_request"] = echo_upstream_request
        elif "echo_upstream_request" in self._json_nulls:
            field_dict["echo_upstream_request"] = None
        if self.presence_penalty is not None:
            presence_penalty = self.presence_penalty
            field_dict["presence_penalty"] = presence_penalty
        elif "presence_penalty" in self._json_nulls:
            field_dict["presence_penalty"] = None
        if self.seed is not None:
            seed = self.seed
            field_dict["seed"] = seed
        elif "seed" in self._json_nulls:
            field_dict["seed"] = None
        if self.stop is not None:
            stop: list[str] | str
            if isinstance(self.stop, list):
                stop = self.stop

            else:
                stop = self.stop
            field_dict["stop"] = stop
        elif "stop" in self._json_nulls:
            field_dict["stop"] = None
        if self.stream is not None:
            stream = self.stream
            field_dict["stream"] = stream
        elif "stream" in self._json_nulls:
            field_dict["stream"] = None
        if self.stream_options is not None:
            stream_options = self.stream_options.to_dict()
            field_dict["stream_options"] = stream_options
        elif "stream_options" in self._json_nulls:
            field_dict["stream_options"] = None
        if self.temperature is not None:
            temperature = self.temperature
            field_dict["temperature"] = temperature
        elif "temperature" in self._json_nulls:
            field_dict["temperature"] = None
        if self.tools is not None:
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ChatCompletionTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ChatCompletionCustomTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ChatCompletionWebSearchTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

            field_dict["tools"] = tools
        elif "tools" in self._json_nulls:
            field_dict["tools"] = None
        if self.max_tool_calls is not None:
            max_tool_calls = self.max_tool_calls
            field_dict["max_tool_calls"] = max_tool_calls
        elif "max_tool_calls" in self._json_nulls:
            field_dict["max_tool_calls"] = None
        if self.parallel_tool_calls is not None:
            parallel_tool_calls = self.parallel_tool_calls
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        elif "parallel_tool_calls" in self._json_nulls:
            field_dict["parallel_tool_calls"] = None
        if self.tool_choice is not None:
            tool_choice: dict[str, Any] | str
            if isinstance(self.tool_choice, str):
                tool_choice = self.tool_choice
            elif isinstance(self.tool_choice, ChatCompletionNamedToolChoice):
                tool_choice = self.tool_choice.to_dict()
            else:
                tool_choice = self.tool_choice
            field_dict["tool_choice"] = tool_choice
        elif "tool_choice" in self._json_nulls:
            field_dict["tool_choice"] = None
        if self.top_k is not None:
            top_k = self.top_k
            field_dict["top_k"] = top_k
        elif "top_k" in self._json_nulls:
            field_dict["top_k"] = None
        if self.min_p is not None:
            min_p = self.min_p
            field_dict["min_p"] = min_p
        elif "min_p" in self._json_nulls:
            field_dict["min_p"] = None
        if self.repetition_penalty is not None:
            repetition_penalty = self.repetition_penalty
            field_dict["repetition_penalty"] = repetition_penalty
        elif "repetition_penalty" in self._json_nulls:
            field_dict["repetition_penalty"] = None
        if self.logprobs is not None:
            logprobs = self.logprobs
            field_dict["logprobs"] = logprobs
        elif "logprobs" in self._json_nulls:
            field_dict["logprobs"] = None
        if self.top_logprobs is not None:
            top_logprobs = self.top_logprobs
            field_dict["top_logprobs"] = top_logprobs
        elif "top_logprobs" in self._json_nulls:
            field_dict["top_logprobs"] = None
        if self.top_p is not None:
            top_p = self.top_p
            field_dict["top_p"] = top_p
        elif "top_p" in self._json_nulls:
            field_dict["top_p"] = None
        if self.n is not None:
            n = self.n
            field_dict["n"] = n
        elif "n" in self._json_nulls:
            field_dict["n"] = None
        if self.response_format is not None:
            response_format: dict[str, Any] | str
            if isinstance(self.response_format, ResponseFormatText):
                response_format = self.response_format.to_dict()
            elif isinstance(self.response_format, ResponseFormatJsonObject):
                response_format = self.response_format.to_dict()
            elif isinstance(self.response_format, ResponseFormatJsonSchema):
                response_format = self.response_format.to_dict()
            else:
                response_format = self.response_format
            field_dict["response_format"] = response_format
        elif "response_format" in self._json_nulls:
            field_dict["response_format"] = None
        if self.modalities is not None:
            modalities = self.modalities

            field_dict["modalities"] = modalities
        elif "modalities" in self._json_nulls:
            field_dict["modalities"] = None
        if self.response_modalities is not None:
            response_modalities = self.response_modalities

            field_dict["response_modalities"] = response_modalities
        elif "response_modalities" in self._json_nulls:
            field_dict["response_modalities"] = None
        if self.responseModalities is not None:
            responseModalities = self.responseModalities

            field_dict["responseModalities"] = responseModalities
        elif "responseModalities" in self._json_nulls:
            field_dict["responseModalities"] = None
        if self.image_config is not None:
            image_config = self.image_config.to_dict()
            field_dict["image_config"] = image_config
        elif "image_config" in self._json_nulls:
            field_dict["image_config"] = None
        if self.imageConfig is not None:
            imageConfig = self.imageConfig.to_dict()
            field_dict["imageConfig"] = imageConfig
        elif "imageConfig" in self._json_nulls:
            field_dict["imageConfig"] = None
        if self.thinking is not None:
            thinking = self.thinking.to_dict()
            field_dict["thinking"] = thinking
        elif "thinking" in self._json_nulls:
            field_dict["thinking"] = None
        if self.usage is not None:
            usage = self.usage
            field_dict["usage"] = usage
        elif "usage" in self._json_nulls:
            field_dict["usage"] = None
        if self.provider is not None:
            provider = self.provider.to_dict()
            field_dict["provider"] = provider
        elif "provider" in self._json_nulls:
            field_dict["provider"] = None
        if self.routing is not None:
            routing = self.routing.to_dict()
            field_dict["routing"] = routing
        elif "routing" in self._json_nulls:
            field_dict["routing"] = None
        if self.provider_options is not None:
            provider_options = self.provider_options.to_dict()
            field_dict["provider_options"] = provider_options
        elif "provider_options" in self._json_nulls:
            field_dict["provider_options"] = None
        if self.user_id is not None:
            user_id = self.user_id
            field_dict["user_id"] = user_id
        elif "user_id" in self._json_nulls:
            field_dict["user_id"] = None
        if self.user is not None:
            user = self.user
            field_dict["user"] = user
        elif "user" in self._json_nulls:
            field_dict["user"] = None
        if self.service_tier is not None:
            service_tier: str = self.service_tier
            field_dict["service_tier"] = service_tier
        elif "service_tier" in self._json_nulls:
            field_dict["service_tier"] = None
        if self.speed is not None:
            speed = self.speed
            field_dict["speed"] = speed
        elif "speed" in self._json_nulls:
            field_dict["speed"] = None
        if self.observability is not None:
            observability = self.observability
            field_dict["observability"] = observability
        elif "observability" in self._json_nulls:
            field_dict["observability"] = None
        if self.session_id is not None:
            session_id = self.session_id
            field_dict["session_id"] = session_id
        elif "session_id" in self._json_nulls:
            field_dict["session_id"] = None
        if self.store is not None:
            store = self.store
            field_dict["store"] = store
        elif "store" in self._json_nulls:
            field_dict["store"] = None
        if self.prompt_cache_key is not None:
            prompt_cache_key: None | str
            prompt_cache_key = self.prompt_cache_key
            field_dict["prompt_cache_key"] = prompt_cache_key
        elif "prompt_cache_key" in self._json_nulls:
            field_dict["prompt_cache_key"] = None
        if self.safety_identifier is not None:
            safety_identifier: None | str
            safety_identifier = self.safety_identifier
            field_dict["safety_identifier"] = safety_identifier
        elif "safety_identifier" in self._json_nulls:
            field_dict["safety_identifier"] = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()
            field_dict["metadata"] = metadata
        elif "metadata" in self._json_nulls:
            field_dict["metadata"] = None
        if self.web_search_options is not None:
            web_search_options = self.web_search_options.to_dict()
            field_dict["web_search_options"] = web_search_options
        elif "web_search_options" in self._json_nulls:
            field_dict["web_search_options"] = None
        if self.documents is not None:
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

            field_dict["documents"] = documents
        elif "documents" in self._json_nulls:
            field_dict["documents"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        create_chat_completion_request = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        model = d.pop("model")

        create_chat_completion_request.model = model
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                ChatCompletionRequestAssistantMessage
                | ChatCompletionRequestDeveloperMessage
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
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_request_message_type_4 = (
                    ChatCompletionRequestToolMessage.from_dict(data)
                )

                return componentsschemas_chat_completion_request_message_type_4

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        create_chat_completion_request.messages = messages
        _raw_system = d.pop("system", UNSET)
        if _raw_system is UNSET:
            create_chat_completion_request.system = None
        elif _raw_system is None:
            create_chat_completion_request.system = None
            json_nulls += ("system",)
        else:
            system = _raw_system

            create_chat_completion_request.system = system
        _raw_reasoning = d.pop("reasoning", UNSET)
        if _raw_reasoning is UNSET:
            create_chat_completion_request.reasoning = None
        elif _raw_reasoning is None:
            create_chat_completion_request.reasoning = None
            json_nulls += ("reasoning",)
        else:
            reasoning = ReasoningConfig.from_dict(_raw_reasoning)

            create_chat_completion_request.reasoning = reasoning
        _raw_reasoning_effort = d.pop("reasoning_effort", UNSET)
        if _raw_reasoning_effort is UNSET:
            create_chat_completion_request.reasoning_effort = None
        elif _raw_reasoning_effort is None:
            create_chat_completion_request.reasoning_effort = None
            json_nulls += ("reasoning_effort",)
        else:
            reasoning_effort = check_reasoning_effort(_raw_reasoning_effort)

            create_chat_completion_request.reasoning_effort = reasoning_effort
        _raw_frequency_penalty = d.pop("frequency_penalty", UNSET)
        if _raw_frequency_penalty is UNSET:
            create_chat_completion_request.frequency_penalty = None
        elif _raw_frequency_penalty is None:
            create_chat_completion_request.frequency_penalty = None
            json_nulls += ("frequency_penalty",)
        else:
            frequency_penalty = _raw_frequency_penalty

            create_chat_completion_request.frequency_penalty = frequency_penalty
        _raw_logit_bias = d.pop("logit_bias", UNSET)
        if _raw_logit_bias is UNSET:
            create_chat_completion_request.logit_bias = None
        elif _raw_logit_bias is None:
            create_chat_completion_request.logit_bias = None
            json_nulls += ("logit_bias",)
        else:
            logit_bias = CreateChatCompletionRequestLogitBias.from_dict(_raw_logit_bias)

            create_chat_completion_request.logit_bias = logit_bias
        _raw_max_output_tokens = d.pop("max_output_tokens", UNSET)
        if _raw_max_output_tokens is UNSET:
            create_chat_completion_request.max_output_tokens = None
        elif _raw_max_output_tokens is None:
            create_chat_completion_request.max_output_tokens = None
            json_nulls += ("max_output_tokens",)
        else:
            max_output_tokens = _raw_max_output_tokens

            create_chat_completion_request.max_output_tokens = max_output_tokens
        _raw_max_completion_tokens = d.pop("max_completion_tokens", UNSET)
        if _raw_max_completion_tokens is UNSET:
            create_chat_completion_request.max_completion_tokens = None
        elif _raw_max_completion_tokens is None:
            create_chat_completion_request.max_completion_tokens = None
            json_nulls += ("max_completion_tokens",)
        else:
            max_completion_tokens = _raw_max_completion_tokens

            create_chat_completion_request.max_completion_tokens = max_completion_tokens
        _raw_max_tokens = d.pop("max_tokens", UNSET)
        if _raw_max_tokens is UNSET:
            create_chat_completion_request.max_tokens = None
        elif _raw_max_tokens is None:
            create_chat_completion_request.max_tokens = None
            json_nulls += ("max_tokens",)
        else:
            max_tokens = _raw_max_tokens

            create_chat_completion_request.max_tokens = max_tokens
        _raw_meta = d.pop("meta", UNSET)
        if _raw_meta is UNSET:
            create_chat_completion_request.meta = None
        elif _raw_meta is None:
            create_chat_completion_request.meta = None
            json_nulls += ("meta",)
        else:
            meta = _raw_meta

            create_chat_completion_request.meta = meta
        _raw_debug = d.pop("debug", UNSET)
        if _raw_debug is UNSET:
            create_chat_completion_request.debug = None
        elif _raw_debug is None:
            create_chat_completion_request.debug = None
            json_nulls += ("debug",)
        else:
            debug = DebugOptions.from_dict(_raw_debug)

            create_chat_completion_request.debug = debug
        _raw_echo_upstream_request = d.pop("echo_upstream_request", UNSET)
        if _raw_echo_upstream_request is UNSET:
            create_chat_completion_request.echo_upstream_request = None
        elif _raw_echo_upstream_request is None:
            create_chat_completion_request.echo_upstream_request = None
            json_nulls += ("echo_upstream_request",)
        else:
            echo_upstream_request = _raw_echo_upstream_request

            create_chat_completion_request.echo_upstream_request = echo_upstream_request
        _raw_presence_penalty = d.pop("presence_penalty", UNSET)
        if _raw_presence_penalty is UNSET:
            create_chat_completion_request.presence_penalty = None
        elif _raw_presence_penalty is None:
            create_chat_completion_request.presence_penalty = None
            json_nulls += ("presence_penalty",)
        else:
            presence_penalty = _raw_presence_penalty

            create_chat_completion_request.presence_penalty = presence_penalty
        _raw_seed = d.pop("seed", UNSET)
        if _raw_seed is UNSET:
            create_chat_completion_request.seed = None
        elif _raw_seed is None:
            create_chat_completion_request.seed = None
            json_nulls += ("seed",)
        else:
            seed = _raw_seed

            create_chat_completion_request.seed = seed
        _raw_stop = d.pop("stop", UNSET)
        if _raw_stop is UNSET:
            create_chat_completion_request.stop = None
        elif _raw_stop is None:
            create_chat_completion_request.stop = None
            json_nulls += ("stop",)
        else:

            def _parse_stop(data: object) -> list[str] | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_stop_configuration_type_1 = cast(list[str], data)

                    return componentsschemas_stop_configuration_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("list[str] | str", data)

            stop = _parse_stop(_raw_stop)

            create_chat_completion_request.stop = stop
        _raw_stream = d.pop("stream", UNSET)
        if _raw_stream is UNSET:
            create_chat_completion_request.stream = None
        elif _raw_stream is None:
            create_chat_completion_request.stream = None
            json_nulls += ("stream",)
        else:
            stream = _raw_stream

            create_chat_completion_request.stream = stream
        _raw_stream_options = d.pop("stream_options", UNSET)
        if _raw_stream_options is UNSET:
            create_chat_completion_request.stream_options = None
        elif _raw_stream_options is None:
            create_chat_completion_request.stream_options = None
            json_nulls += ("stream_options",)
        else:
            stream_options = ChatCompletionStreamOptions.from_dict(_raw_stream_options)

            create_chat_completion_request.stream_options = stream_options
        _raw_temperature = d.pop("temperature", UNSET)
        if _raw_temperature is UNSET:
            create_chat_completion_request.temperature = None
        elif _raw_temperature is None:
            create_chat_completion_request.temperature = None
            json_nulls += ("temperature",)
        else:
            temperature = _raw_temperature

            create_chat_completion_request.temperature = temperature
        _raw_tools = d.pop("tools", UNSET)
        if _raw_tools is UNSET:
            create_chat_completion_request.tools = None
        elif _raw_tools is None:
            create_chat_completion_request.tools = None
            json_nulls += ("tools",)
        else:
            tools = []
            _tools = _raw_tools
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    ChatCompletionBuiltinTool
                    | ChatCompletionCustomTool
                    | ChatCompletionTool
                    | ChatCompletionWebSearchTool
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
                            ChatCompletionCustomTool.from_dict(data)
                        )

                        return componentsschemas_chat_completion_tool_definition_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_tool_definition_type_2 = (
                            ChatCompletionWebSearchTool.from_dict(data)
                        )

                        return componentsschemas_chat_completion_tool_definition_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_tool_definition_type_3 = (
                        ChatCompletionBuiltinTool.from_dict(data)
                    )

                    return componentsschemas_chat_completion_tool_definition_type_3

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

            create_chat_completion_request.tools = tools
        _raw_max_tool_calls = d.pop("max_tool_calls", UNSET)
        if _raw_max_tool_calls is UNSET:
            create_chat_completion_request.max_tool_calls = None
        elif _raw_max_tool_calls is None:
            create_chat_completion_request.max_tool_calls = None
            json_nulls += ("max_tool_calls",)
        else:
            max_tool_calls = _raw_max_tool_calls

            create_chat_completion_request.max_tool_calls = max_tool_calls
        _raw_parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)
        if _raw_parallel_tool_calls is UNSET:
            create_chat_completion_request.parallel_tool_calls = None
        elif _raw_parallel_tool_calls is None:
            create_chat_completion_request.parallel_tool_calls = None
            json_nulls += ("parallel_tool_calls",)
        else:
            parallel_tool_calls = _raw_parallel_tool_calls

            create_chat_completion_request.parallel_tool_calls = parallel_tool_calls
        _raw_tool_choice = d.pop("tool_choice", UNSET)
        if _raw_tool_choice is UNSET:
            create_chat_completion_request.tool_choice = None
        elif _raw_tool_choice is None:
            create_chat_completion_request.tool_choice = None
            json_nulls += ("tool_choice",)
        else:

            def _parse_tool_choice(
                data: object,
            ) -> ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | str:
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
                    "ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | str", data
                )

            tool_choice = _parse_tool_choice(_raw_tool_choice)

            create_chat_completion_request.tool_choice = tool_choice
        _raw_top_k = d.pop("top_k", UNSET)
        if _raw_top_k is UNSET:
            create_chat_completion_request.top_k = None
        elif _raw_top_k is None:
            create_chat_completion_request.top_k = None
            json_nulls += ("top_k",)
        else:
            top_k = _raw_top_k

            create_chat_completion_request.top_k = top_k
        _raw_min_p = d.pop("min_p", UNSET)
        if _raw_min_p is UNSET:
            create_chat_completion_request.min_p = None
        elif _raw_min_p is None:
            create_chat_completion_request.min_p = None
            json_nulls += ("min_p",)
        else:
            min_p = _raw_min_p

            create_chat_completion_request.min_p = min_p
        _raw_repetition_penalty = d.pop("repetition_penalty", UNSET)
        if _raw_repetition_penalty is UNSET:
            create_chat_completion_request.repetition_penalty = None
        elif _raw_repetition_penalty is None:
            create_chat_completion_request.repetition_penalty = None
            json_nulls += ("repetition_penalty",)
        else:
            repetition_penalty = _raw_repetition_penalty

            create_chat_completion_request.repetition_penalty = repetition_penalty
        _raw_logprobs = d.pop("logprobs", UNSET)
        if _raw_logprobs is UNSET:
            create_chat_completion_request.logprobs = None
        elif _raw_logprobs is None:
            create_chat_completion_request.logprobs = None
            json_nulls += ("logprobs",)
        else:
            logprobs = _raw_logprobs

            create_chat_completion_request.logprobs = logprobs
        _raw_top_logprobs = d.pop("top_logprobs", UNSET)
        if _raw_top_logprobs is UNSET:
            create_chat_completion_request.top_logprobs = None
        elif _raw_top_logprobs is None:
            create_chat_completion_request.top_logprobs = None
            json_nulls += ("top_logprobs",)
        else:
            top_logprobs = _raw_top_logprobs

            create_chat_completion_request.top_logprobs = top_logprobs
        _raw_top_p = d.pop("top_p", UNSET)
        if _raw_top_p is UNSET:
            create_chat_completion_request.top_p = None
        elif _raw_top_p is None:
            create_chat_completion_request.top_p = None
            json_nulls += ("top_p",)
        else:
            top_p = _raw_top_p

            create_chat_completion_request.top_p = top_p
        _raw_n = d.pop("n", UNSET)
        if _raw_n is UNSET:
            create_chat_completion_request.n = None
        elif _raw_n is None:
            create_chat_completion_request.n = None
            json_nulls += ("n",)
        else:
            n = _raw_n

            create_chat_completion_request.n = n
        _raw_response_format = d.pop("response_format", UNSET)
        if _raw_response_format is UNSET:
            create_chat_completion_request.response_format = None
        elif _raw_response_format is None:
            create_chat_completion_request.response_format = None
            json_nulls += ("response_format",)
        else:

            def _parse_response_format(
                data: object,
            ) -> ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | str:
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
                    "ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | str",
                    data,
                )

            response_format = _parse_response_format(_raw_response_format)

            create_chat_completion_request.response_format = response_format
        _raw_modalities = d.pop("modalities", UNSET)
        if _raw_modalities is UNSET:
            create_chat_completion_request.modalities = None
        elif _raw_modalities is None:
            create_chat_completion_request.modalities = None
            json_nulls += ("modalities",)
        else:
            modalities = cast(list[str], _raw_modalities)

            create_chat_completion_request.modalities = modalities
        _raw_response_modalities = d.pop("response_modalities", UNSET)
        if _raw_response_modalities is UNSET:
            create_chat_completion_request.response_modalities = None
        elif _raw_response_modalities is None:
            create_chat_completion_request.response_modalities = None
            json_nulls += ("response_modalities",)
        else:
            response_modalities = cast(list[str], _raw_response_modalities)

            create_chat_completion_request.response_modalities = response_modalities
        _raw_responseModalities = d.pop("responseModalities", UNSET)
        if _raw_responseModalities is UNSET:
            create_chat_completion_request.responseModalities = None
        elif _raw_responseModalities is None:
            create_chat_completion_request.responseModalities = None
            json_nulls += ("responseModalities",)
        else:
            responseModalities = cast(list[str], _raw_responseModalities)

            create_chat_completion_request.responseModalities = responseModalities
        _raw_image_config = d.pop("image_config", UNSET)
        if _raw_image_config is UNSET:
            create_chat_completion_request.image_config = None
        elif _raw_image_config is None:
            create_chat_completion_request.image_config = None
            json_nulls += ("image_config",)
        else:
            image_config = ImageConfig.from_dict(_raw_image_config)

            create_chat_completion_request.image_config = image_config
        _raw_imageConfig = d.pop("imageConfig", UNSET)
        if _raw_imageConfig is UNSET:
            create_chat_completion_request.imageConfig = None
        elif _raw_imageConfig is None:
            create_chat_completion_request.imageConfig = None
            json_nulls += ("imageConfig",)
        else:
            imageConfig = ImageConfig.from_dict(_raw_imageConfig)

            create_chat_completion_request.imageConfig = imageConfig
        _raw_thinking = d.pop("thinking", UNSET)
        if _raw_thinking is UNSET:
            create_chat_completion_request.thinking = None
        elif _raw_thinking is None:
            create_chat_completion_request.thinking = None
            json_nulls += ("thinking",)
        else:
            thinking = ThinkingConfig.from_dict(_raw_thinking)

            create_chat_completion_request.thinking = thinking
        _raw_usage = d.pop("usage", UNSET)
        if _raw_usage is UNSET:
            create_chat_completion_request.usage = None
        elif _raw_usage is None:
            create_chat_completion_request.usage = None
            json_nulls += ("usage",)
        else:
            usage = _raw_usage

            create_chat_completion_request.usage = usage
        _raw_provider = d.pop("provider", UNSET)
        if _raw_provider is UNSET:
            create_chat_completion_request.provider = None
        elif _raw_provider is None:
            create_chat_completion_request.provider = None
            json_nulls += ("provider",)
        else:
            provider = ProviderPreferences.from_dict(_raw_provider)

            create_chat_completion_request.provider = provider
        _raw_routing = d.pop("routing", UNSET)
        if _raw_routing is UNSET:
            create_chat_completion_request.routing = None
        elif _raw_routing is None:
            create_chat_completion_request.routing = None
            json_nulls += ("routing",)
        else:
            routing = ProviderPreferences.from_dict(_raw_routing)

            create_chat_completion_request.routing = routing
        _raw_provider_options = d.pop("provider_options", UNSET)
        if _raw_provider_options is UNSET:
            create_chat_completion_request.provider_options = None
        elif _raw_provider_options is None:
            create_chat_completion_request.provider_options = None
            json_nulls += ("provider_options",)
        else:
            provider_options = ProviderOptions.from_dict(_raw_provider_options)

            create_chat_completion_request.provider_options = provider_options
        _raw_user_id = d.pop("user_id", UNSET)
        if _raw_user_id is UNSET:
            create_chat_completion_request.user_id = None
        elif _raw_user_id is None:
            create_chat_completion_request.user_id = None
            json_nulls += ("user_id",)
        else:
            user_id = _raw_user_id

            create_chat_completion_request.user_id = user_id
        _raw_user = d.pop("user", UNSET)
        if _raw_user is UNSET:
            create_chat_completion_request.user = None
        elif _raw_user is None:
            create_chat_completion_request.user = None
            json_nulls += ("user",)
        else:
            user = _raw_user

            create_chat_completion_request.user = user
        _raw_service_tier = d.pop("service_tier", UNSET)
        if _raw_service_tier is UNSET:
            create_chat_completion_request.service_tier = None
        elif _raw_service_tier is None:
            create_chat_completion_request.service_tier = None
            json_nulls += ("service_tier",)
        else:
            service_tier = check_service_tier(_raw_service_tier)

            create_chat_completion_request.service_tier = service_tier
        _raw_speed = d.pop("speed", UNSET)
        if _raw_speed is UNSET:
            create_chat_completion_request.speed = None
        elif _raw_speed is None:
            create_chat_completion_request.speed = None
            json_nulls += ("speed",)
        else:
            speed = _raw_speed

            create_chat_completion_request.speed = speed
        _raw_observability = d.pop("observability", UNSET)
        if _raw_observability is UNSET:
            create_chat_completion_request.observability = None
        elif _raw_observability is None:
            create_chat_completion_request.observability = None
            json_nulls += ("observability",)
        else:
            observability = _raw_observability

            create_chat_completion_request.observability = observability
        _raw_session_id = d.pop("session_id", UNSET)
        if _raw_session_id is UNSET:
            create_chat_completion_request.session_id = None
        elif _raw_session_id is None:
            create_chat_completion_request.session_id = None
            json_nulls += ("session_id",)
        else:
            session_id = _raw_session_id

            create_chat_completion_request.session_id = session_id
        _raw_store = d.pop("store", UNSET)
        if _raw_store is UNSET:
            create_chat_completion_request.store = None
        elif _raw_store is None:
            create_chat_completion_request.store = None
            json_nulls += ("store",)
        else:
            store = _raw_store

            create_chat_completion_request.store = store
        _raw_prompt_cache_key = d.pop("prompt_cache_key", UNSET)
        if _raw_prompt_cache_key is UNSET:
            create_chat_completion_request.prompt_cache_key = None
        elif _raw_prompt_cache_key is None:
            create_chat_completion_request.prompt_cache_key = None
            json_nulls += ("prompt_cache_key",)
        else:
            prompt_cache_key = cast("None | str", _raw_prompt_cache_key)

            create_chat_completion_request.prompt_cache_key = prompt_cache_key
        _raw_safety_identifier = d.pop("safety_identifier", UNSET)
        if _raw_safety_identifier is UNSET:
            create_chat_completion_request.safety_identifier = None
        elif _raw_safety_identifier is None:
            create_chat_completion_request.safety_identifier = None
            json_nulls += ("safety_identifier",)
        else:
            safety_identifier = cast("None | str", _raw_safety_identifier)

            create_chat_completion_request.safety_identifier = safety_identifier
        _raw_metadata = d.pop("metadata", UNSET)
        if _raw_metadata is UNSET:
            create_chat_completion_request.metadata = None
        elif _raw_metadata is None:
            create_chat_completion_request.metadata = None
            json_nulls += ("metadata",)
        else:
            metadata = Metadata.from_dict(_raw_metadata)

            create_chat_completion_request.metadata = metadata
        _raw_web_search_options = d.pop("web_search_options", UNSET)
        if _raw_web_search_options is UNSET:
            create_chat_completion_request.web_search_options = None
        elif _raw_web_search_options is None:
            create_chat_completion_request.web_search_options = None
            json_nulls += ("web_search_options",)
        else:
            web_search_options = WebSearchOptions.from_dict(_raw_web_search_options)

            create_chat_completion_request.web_search_options = web_search_options
        _raw_documents = d.pop("documents", UNSET)
        if _raw_documents is UNSET:
            create_chat_completion_request.documents = None
        elif _raw_documents is None:
            create_chat_completion_request.documents = None
            json_nulls += ("documents",)
        else:
            documents = []
            _documents = _raw_documents
            for documents_item_data in _documents:
                documents_item = Document.from_dict(documents_item_data)

                documents.append(documents_item)

            create_chat_completion_request.documents = documents
        create_chat_completion_request._json_nulls = json_nulls
        return create_chat_completion_request

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("model", "messages"),
            (
                "system",
                "reasoning",
                "reasoning_effort",
                "frequency_penalty",
                "logit_bias",
                "max_output_tokens",
                "max_completion_tokens",
                "max_tokens",
                "meta",
                "debug",
                "echo_upstream_request",
                "presence_penalty",
                "seed",
                "stop",
                "stream",
                "stream_options",
                "temperature",
                "tools",
                "max_tool_calls",
                "parallel_tool_calls",
                "tool_choice",
                "top_k",
                "min_p",
                "repetition_penalty",
                "logprobs",
                "top_logprobs",
                "top_p",
                "n",
                "response_format",
                "modalities",
                "response_modalities",
                "responseModalities",
                "image_config",
                "imageConfig",
                "thinking",
                "usage",
                "provider",
                "routing",
                "provider_options",
                "user_id",
                "user",
                "service_tier",
                "speed",
                "observability",
                "session_id",
                "store",
                "prompt_cache_key",
                "safety_identifier",
                "metadata",
                "web_search_options",
                "documents",
            ),
        )


# Imported after the class is defined so that models referring to each other import cleanly.
from ..models.chat_completion_builtin_tool import ChatCompletionBuiltinTool  # noqa: E402
from ..models.chat_completion_custom_tool import ChatCompletionCustomTool  # noqa: E402
from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice  # noqa: E402
from ..models.chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage  # noqa: E402
from ..models.chat_completion_request_developer_message import ChatCompletionRequestDeveloperMessage  # noqa: E402
from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage  # noqa: E402
from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage  # noqa: E402
from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage  # noqa: E402
from ..models.chat_completion_stream_options import ChatCompletionStreamOptions  # noqa: E402
from ..models.chat_completion_tool import ChatCompletionTool  # noqa: E402
from ..models.chat_completion_web_search_tool import ChatCompletionWebSearchTool  # noqa: E402
from ..models.create_chat_completion_request_logit_bias import CreateChatCompletionRequestLogitBias  # noqa: E402
from ..models.debug_options import DebugOptions  # noqa: E402
from ..models.document import Document  # noqa: E402
from ..models.image_config import ImageConfig  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.provider_options import ProviderOptions  # noqa: E402
from ..models.provider_preferences import ProviderPreferences  # noqa: E402
from ..models.reasoning_config import ReasoningConfig  # noqa: E402
from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: E402
from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: E402
from ..models.response_format_text import ResponseFormatText  # noqa: E402
from ..models.thinking_config import ThinkingConfig  # noqa: E402
from ..models.web_search_options import WebSearchOptions  # noqa: E402

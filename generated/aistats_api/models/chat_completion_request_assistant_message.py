from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_function_call import ChatCompletionFunctionCall
    from ..models.chat_completion_message_function_tool_call import (
        ChatCompletionMessageFunctionToolCall,
    )
    from ..models.chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio,
    )
    from ..models.chat_completion_request_message_content_part_audio_url import (
        ChatCompletionRequestMessageContentPartAudioUrl,
    )
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
    from ..models.chat_completion_request_message_content_part_tool_call import (
        ChatCompletionRequestMessageContentPartToolCall,
    )
    from ..models.chat_completion_request_message_content_part_video import (
        ChatCompletionRequestMessageContentPartVideo,
    )
    from ..models.chat_completion_request_message_content_part_video_url import (
        ChatCompletionRequestMessageContentPartVideoUrl,
    )


T = TypeVar("T", bound="ChatCompletionRequestAssistantMessage")


@_attrs_define(repr=False)
class ChatCompletionRequestAssistantMessage:
    """A previous reply of the model. `content` may be left out when the reply was tool calls,
    but not null: the gateway's code refuses `content: null` (400), as it does
    `reasoning_content: null`.

    """

    role: Literal["assistant"] = "assistant"
    """ Always `assistant`. """

    content: (
        list[
            ChatCompletionRequestMessageContentPartAudio
            | ChatCompletionRequestMessageContentPartAudioUrl
            | ChatCompletionRequestMessageContentPartImage
            | ChatCompletionRequestMessageContentPartText
            | ChatCompletionRequestMessageContentPartToolCall
            | ChatCompletionRequestMessageContentPartVideo
            | ChatCompletionRequestMessageContentPartVideoUrl
        ]
        | str
        | None
    ) = None
    """ The reply text, or its parts. """

    name: str | None = None
    """ Optional participant name. """

    refusal: str | None = None
    """ The refusal message, when the model refused. Accepted and dropped by the gateway. """

    reasoning_content: str | None = None
    """ The model's reasoning text, passed back for multi-turn reasoning. """

    tool_calls: list[ChatCompletionMessageFunctionToolCall] | None = None
    """ The function calls of the reply. Only function calls can be sent back: the gateway's
    code refuses a `custom` call in the history (400).
     """

    function_call: ChatCompletionFunctionCall | None = None
    """ The function called and its arguments. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        role = self.role
        field_dict["role"] = role
        if self.content is not None:
            content: list[dict[str, Any]] | str
            if isinstance(self.content, list):
                content = []
                for content_type_1_item_data in self.content:
                    content_type_1_item: dict[str, Any]
                    if isinstance(
                        content_type_1_item_data, ChatCompletionRequestMessageContentPartText
                    ):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(
                        content_type_1_item_data, ChatCompletionRequestMessageContentPartImage
                    ):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(
                        content_type_1_item_data, ChatCompletionRequestMessageContentPartAudio
                    ):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(
                        content_type_1_item_data, ChatCompletionRequestMessageContentPartAudioUrl
                    ):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(
                        content_type_1_item_data, ChatCompletionRequestMessageContentPartVideo
                    ):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(
                        content_type_1_item_data, ChatCompletionRequestMessageContentPartVideoUrl
                    ):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = self.content
            field_dict["content"] = content
        elif "content" in self._json_nulls:
            field_dict["content"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
        if self.refusal is not None:
            refusal: None | str
            refusal = self.refusal
            field_dict["refusal"] = refusal
        elif "refusal" in self._json_nulls:
            field_dict["refusal"] = None
        if self.reasoning_content is not None:
            reasoning_content = self.reasoning_content
            field_dict["reasoning_content"] = reasoning_content
        elif "reasoning_content" in self._json_nulls:
            field_dict["reasoning_content"] = None
        if self.tool_calls is not None:
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

            field_dict["tool_calls"] = tool_calls
        elif "tool_calls" in self._json_nulls:
            field_dict["tool_calls"] = None
        if self.function_call is not None:
            function_call = self.function_call.to_dict()
            field_dict["function_call"] = function_call
        elif "function_call" in self._json_nulls:
            field_dict["function_call"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_request_assistant_message = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        role = cast(Literal["assistant"], d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        chat_completion_request_assistant_message.role = role
        _raw_content = d.pop("content", UNSET)
        if _raw_content is UNSET:
            chat_completion_request_assistant_message.content = None
        elif _raw_content is None:
            chat_completion_request_assistant_message.content = None
            json_nulls += ("content",)
        else:

            def _parse_content(
                data: object,
            ) -> (
                list[
                    ChatCompletionRequestMessageContentPartAudio
                    | ChatCompletionRequestMessageContentPartAudioUrl
                    | ChatCompletionRequestMessageContentPartImage
                    | ChatCompletionRequestMessageContentPartText
                    | ChatCompletionRequestMessageContentPartToolCall
                    | ChatCompletionRequestMessageContentPartVideo
                    | ChatCompletionRequestMessageContentPartVideoUrl
                ]
                | str
            ):
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_1 = []
                    _content_type_1 = data
                    for content_type_1_item_data in _content_type_1:

                        def _parse_content_type_1_item(
                            data: object,
                        ) -> (
                            ChatCompletionRequestMessageContentPartAudio
                            | ChatCompletionRequestMessageContentPartAudioUrl
                            | ChatCompletionRequestMessageContentPartImage
                            | ChatCompletionRequestMessageContentPartText
                            | ChatCompletionRequestMessageContentPartToolCall
                            | ChatCompletionRequestMessageContentPartVideo
                            | ChatCompletionRequestMessageContentPartVideoUrl
                        ):
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_chat_completion_request_assistant_message_content_part_type_0 = ChatCompletionRequestMessageContentPartText.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_assistant_message_content_part_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_chat_completion_request_assistant_message_content_part_type_1 = ChatCompletionRequestMessageContentPartImage.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_assistant_message_content_part_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_chat_completion_request_assistant_message_content_part_type_2 = ChatCompletionRequestMessageContentPartAudio.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_assistant_message_content_part_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_chat_completion_request_assistant_message_content_part_type_3 = ChatCompletionRequestMessageContentPartAudioUrl.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_assistant_message_content_part_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_chat_completion_request_assistant_message_content_part_type_4 = ChatCompletionRequestMessageContentPartVideo.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_assistant_message_content_part_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_chat_completion_request_assistant_message_content_part_type_5 = ChatCompletionRequestMessageContentPartVideoUrl.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_assistant_message_content_part_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_assistant_message_content_part_type_6 = ChatCompletionRequestMessageContentPartToolCall.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_request_assistant_message_content_part_type_6

                        content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    "list[ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartAudioUrl | ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartToolCall | ChatCompletionRequestMessageContentPartVideo | ChatCompletionRequestMessageContentPartVideoUrl] | str",
                    data,
                )

            content = _parse_content(_raw_content)

            chat_completion_request_assistant_message.content = content
        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            chat_completion_request_assistant_message.name = None
        elif _raw_name is None:
            chat_completion_request_assistant_message.name = None
            json_nulls += ("name",)
        else:
            name = _raw_name

            chat_completion_request_assistant_message.name = name
        _raw_refusal = d.pop("refusal", UNSET)
        if _raw_refusal is UNSET:
            chat_completion_request_assistant_message.refusal = None
        elif _raw_refusal is None:
            chat_completion_request_assistant_message.refusal = None
            json_nulls += ("refusal",)
        else:
            refusal = cast("None | str", _raw_refusal)

            chat_completion_request_assistant_message.refusal = refusal
        _raw_reasoning_content = d.pop("reasoning_content", UNSET)
        if _raw_reasoning_content is UNSET:
            chat_completion_request_assistant_message.reasoning_content = None
        elif _raw_reasoning_content is None:
            chat_completion_request_assistant_message.reasoning_content = None
            json_nulls += ("reasoning_content",)
        else:
            reasoning_content = _raw_reasoning_content

            chat_completion_request_assistant_message.reasoning_content = reasoning_content
        _raw_tool_calls = d.pop("tool_calls", UNSET)
        if _raw_tool_calls is UNSET:
            chat_completion_request_assistant_message.tool_calls = None
        elif _raw_tool_calls is None:
            chat_completion_request_assistant_message.tool_calls = None
            json_nulls += ("tool_calls",)
        else:
            tool_calls = []
            _tool_calls = _raw_tool_calls
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatCompletionMessageFunctionToolCall.from_dict(
                    tool_calls_item_data
                )

                tool_calls.append(tool_calls_item)

            chat_completion_request_assistant_message.tool_calls = tool_calls
        _raw_function_call = d.pop("function_call", UNSET)
        if _raw_function_call is UNSET:
            chat_completion_request_assistant_message.function_call = None
        elif _raw_function_call is None:
            chat_completion_request_assistant_message.function_call = None
            json_nulls += ("function_call",)
        else:
            function_call = ChatCompletionFunctionCall.from_dict(_raw_function_call)

            chat_completion_request_assistant_message.function_call = function_call
        chat_completion_request_assistant_message.additional_properties = d
        chat_completion_request_assistant_message._json_nulls = json_nulls
        return chat_completion_request_assistant_message

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("role",),
            ("content", "name", "refusal", "reasoning_content", "tool_calls", "function_call"),
        )

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
from ..models.chat_completion_function_call import ChatCompletionFunctionCall  # noqa: E402
from ..models.chat_completion_message_function_tool_call import (
    ChatCompletionMessageFunctionToolCall,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_audio import (
    ChatCompletionRequestMessageContentPartAudio,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_audio_url import (
    ChatCompletionRequestMessageContentPartAudioUrl,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_tool_call import (
    ChatCompletionRequestMessageContentPartToolCall,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_video import (
    ChatCompletionRequestMessageContentPartVideo,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_video_url import (
    ChatCompletionRequestMessageContentPartVideoUrl,  # noqa: E402
)

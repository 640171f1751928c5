from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_function_call import ChatCompletionFunctionCall
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )


T = TypeVar("T", bound="ChatCompletionRequestAssistantMessage")


@_attrs_define
class ChatCompletionRequestAssistantMessage:
    """A previous reply of the model; `content` may be null when `tool_calls` are present."""

    role: Literal["assistant"] = "assistant"
    """ Always `assistant`. """
    content: (
        list[
            ChatCompletionRequestMessageContentPartRefusal
            | ChatCompletionRequestMessageContentPartText
        ]
        | None
        | str
        | Unset
    ) = UNSET
    """ The reply text, text or refusal parts, or null when the reply was tool calls. """
    name: str | Unset = UNSET
    """ Optional participant name. """
    refusal: None | str | Unset = UNSET
    """ The refusal message, when the model refused. """
    reasoning_content: None | str | Unset = UNSET
    """ The model's reasoning text, passed back for multi-turn reasoning. """
    tool_calls: list[ChatCompletionMessageToolCall] | Unset = UNSET
    """ The tool calls of an assistant message. """
    function_call: ChatCompletionFunctionCall | Unset = UNSET
    """ The function called and its arguments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartText
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for componentsschemas_chat_completion_message_tool_calls_item_data in self.tool_calls:
                componentsschemas_chat_completion_message_tool_calls_item = (
                    componentsschemas_chat_completion_message_tool_calls_item_data.to_dict()
                )
                tool_calls.append(componentsschemas_chat_completion_message_tool_calls_item)

        function_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function_call, Unset):
            function_call = self.function_call.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = cast(Literal["assistant"], d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        _raw_content = d.pop("content", UNSET)
        if _raw_content is not UNSET:

            def _parse_content(
                data: object,
            ) -> (
                list[
                    ChatCompletionRequestMessageContentPartRefusal
                    | ChatCompletionRequestMessageContentPartText
                ]
                | None
                | str
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_1 = []
                    _content_type_1 = data
                    for content_type_1_item_data in _content_type_1:

                        def _parse_content_type_1_item(
                            data: object,
                        ) -> (
                            ChatCompletionRequestMessageContentPartRefusal
                            | ChatCompletionRequestMessageContentPartText
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
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_assistant_message_content_part_type_1 = ChatCompletionRequestMessageContentPartRefusal.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_request_assistant_message_content_part_type_1

                        content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    "list[ChatCompletionRequestMessageContentPartRefusal | ChatCompletionRequestMessageContentPartText] | None | str | Unset",
                    data,
                )

            content = _parse_content(_raw_content)

        else:
            content = UNSET

        name = d.pop("name", UNSET)

        _raw_refusal = d.pop("refusal", UNSET)
        if _raw_refusal is not UNSET:
            refusal = cast("None | str | Unset", _raw_refusal)

        else:
            refusal = UNSET

        _raw_reasoning_content = d.pop("reasoning_content", UNSET)
        if _raw_reasoning_content is not UNSET:
            reasoning_content = cast("None | str | Unset", _raw_reasoning_content)

        else:
            reasoning_content = UNSET

        _raw_tool_calls = d.pop("tool_calls", UNSET)
        if _raw_tool_calls is not UNSET:
            _tool_calls = _raw_tool_calls
            tool_calls: list[ChatCompletionMessageToolCall] | Unset = UNSET
            if _tool_calls is not UNSET:
                tool_calls = []
                for componentsschemas_chat_completion_message_tool_calls_item_data in _tool_calls:
                    componentsschemas_chat_completion_message_tool_calls_item = (
                        ChatCompletionMessageToolCall.from_dict(
                            componentsschemas_chat_completion_message_tool_calls_item_data
                        )
                    )

                    tool_calls.append(componentsschemas_chat_completion_message_tool_calls_item)

        else:
            tool_calls = UNSET

        _raw_function_call = d.pop("function_call", UNSET)
        if _raw_function_call is not UNSET:
            _function_call = _raw_function_call
            function_call: ChatCompletionFunctionCall | Unset
            if isinstance(_function_call, Unset):
                function_call = UNSET
            else:
                function_call = ChatCompletionFunctionCall.from_dict(_function_call)

        else:
            function_call = UNSET

        chat_completion_request_assistant_message = cls(
            role=role,
            content=content,
            name=name,
            refusal=refusal,
            reasoning_content=reasoning_content,
            tool_calls=tool_calls,
            function_call=function_call,
        )

        chat_completion_request_assistant_message.additional_properties = d
        return chat_completion_request_assistant_message

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
from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: E402
from ..models.chat_completion_request_message_content_part_refusal import (
    ChatCompletionRequestMessageContentPartRefusal,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,  # noqa: E402
)

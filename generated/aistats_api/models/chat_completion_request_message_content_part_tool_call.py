from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_function_call import ChatCompletionFunctionCall


T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartToolCall")


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartToolCall:
    """A tool call written as a content part (some providers' history format)."""

    id: str
    """ Id of the call. """

    function: ChatCompletionFunctionCall
    """ The function called and its arguments. """

    type_: Literal["tool_call"] = "tool_call"
    """ Always `tool_call`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        id = self.id
        field_dict["id"] = id
        function = self.function.to_dict()
        field_dict["function"] = function
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_request_message_content_part_tool_call = cls.__new__(cls)
        type_ = cast(Literal["tool_call"], d.pop("type"))
        if type_ != "tool_call":
            raise ValueError(f"type must match const 'tool_call', got '{type_}'")

        chat_completion_request_message_content_part_tool_call.type_ = type_
        id = d.pop("id")

        chat_completion_request_message_content_part_tool_call.id = id
        function = ChatCompletionFunctionCall.from_dict(d.pop("function"))

        chat_completion_request_message_content_part_tool_call.function = function
        chat_completion_request_message_content_part_tool_call.additional_properties = d
        chat_completion_request_message_content_part_tool_call._json_nulls = ()
        return chat_completion_request_message_content_part_tool_call

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_", "id", "function"),
            (),
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

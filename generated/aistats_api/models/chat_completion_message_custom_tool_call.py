from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_custom_tool_call_input import ChatCompletionCustomToolCallInput


T = TypeVar("T", bound="ChatCompletionMessageCustomToolCall")


@_attrs_define(repr=False)
class ChatCompletionMessageCustomToolCall:
    """A call of a custom tool, with its input as text."""

    id: str
    """ Id of the call. """

    custom: ChatCompletionCustomToolCallInput
    """ The custom tool called and its input. """

    type_: Literal["custom"] = "custom"
    """ Always `custom`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        type_ = self.type_
        field_dict["type"] = type_
        custom = self.custom.to_dict()
        field_dict["custom"] = custom
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_message_custom_tool_call = cls.__new__(cls)
        id = d.pop("id")

        chat_completion_message_custom_tool_call.id = id
        type_ = cast(Literal["custom"], d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        chat_completion_message_custom_tool_call.type_ = type_
        custom = ChatCompletionCustomToolCallInput.from_dict(d.pop("custom"))

        chat_completion_message_custom_tool_call.custom = custom
        chat_completion_message_custom_tool_call.additional_properties = d
        chat_completion_message_custom_tool_call._json_nulls = ()
        return chat_completion_message_custom_tool_call

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("id", "type_", "custom"),
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
from ..models.chat_completion_custom_tool_call_input import ChatCompletionCustomToolCallInput  # noqa: E402

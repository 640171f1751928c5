from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ChatCompletionCustomToolCallInput")


@_attrs_define(repr=False)
class ChatCompletionCustomToolCallInput:
    """The custom tool called and its input."""

    name: str
    """ Name of the custom tool. """

    input_: str
    """ The input the model wrote for it (free text). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name = self.name
        field_dict["name"] = name
        input_ = self.input_
        field_dict["input"] = input_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_custom_tool_call_input = cls.__new__(cls)
        name = d.pop("name")

        chat_completion_custom_tool_call_input.name = name
        input_ = d.pop("input")

        chat_completion_custom_tool_call_input.input_ = input_
        chat_completion_custom_tool_call_input.additional_properties = d
        chat_completion_custom_tool_call_input._json_nulls = ()
        return chat_completion_custom_tool_call_input

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("name", "input_"),
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

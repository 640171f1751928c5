from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatCompletionRequestFunctionMessage")


@_attrs_define
class ChatCompletionRequestFunctionMessage:
    """Deprecated; the result of a legacy function call (use tool messages)."""

    content: None | str
    """ The function's result. """
    name: str
    """ The name of the function called. """
    role: Literal["function"] = "function"
    """ Always `function`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str
        content = self.content

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = cast(Literal["function"], d.pop("role"))
        if role != "function":
            raise ValueError(f"role must match const 'function', got '{role}'")

        content = cast("None | str", d.pop("content"))

        name = d.pop("name")

        chat_completion_request_function_message = cls(
            role=role,
            content=content,
            name=name,
        )

        chat_completion_request_function_message.additional_properties = d
        return chat_completion_request_function_message

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

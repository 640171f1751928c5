from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ChatCompletionRequestFunctionMessage")


@_attrs_define(repr=False)
class ChatCompletionRequestFunctionMessage:
    """Deprecated; the result of a legacy function call. The gateway's code refuses the
    `function` role (400 `validation_error`): no request holds this message; kept for the
    vocabulary of seed 004. Send a tool message instead.

    """

    content: str | None
    """ The function's result. """

    name: str
    """ The name of the function called. """

    role: Literal["function"] = "function"
    """ Always `function`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        role = self.role
        field_dict["role"] = role
        content: None | str
        content = self.content
        field_dict["content"] = content
        name = self.name
        field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_request_function_message = cls.__new__(cls)
        role = cast(Literal["function"], d.pop("role"))
        if role != "function":
            raise ValueError(f"role must match const 'function', got '{role}'")

        chat_completion_request_function_message.role = role
        content = cast("None | str", d.pop("content"))

        chat_completion_request_function_message.content = content
        name = d.pop("name")

        chat_completion_request_function_message.name = name
        chat_completion_request_function_message.additional_properties = d
        chat_completion_request_function_message._json_nulls = ()
        return chat_completion_request_function_message

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("role", "content", "name"),
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

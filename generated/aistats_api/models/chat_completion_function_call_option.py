from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ChatCompletionFunctionCallOption")


@_attrs_define(repr=False)
class ChatCompletionFunctionCallOption:
    """Deprecated; forces a specific legacy function. The gateway's parameter allowlist refuses a
    request's `function_call` (400); kept for the vocabulary of seed 004.

    """

    name: str
    """ Name of the function to call. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name = self.name
        field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_function_call_option = cls.__new__(cls)
        name = d.pop("name")

        chat_completion_function_call_option.name = name
        chat_completion_function_call_option.additional_properties = d
        chat_completion_function_call_option._json_nulls = ()
        return chat_completion_function_call_option

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("name",),
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionFunctionCallChunk")


@_attrs_define
class ChatCompletionFunctionCallChunk:
    """A piece of a function call in a stream delta."""

    name: None | str | Unset = UNSET
    """ A piece of the function name. """
    arguments: None | str | Unset = UNSET
    """ A piece of the JSON arguments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        arguments: None | str | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        else:
            arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        if _raw_name is not UNSET:
            name = cast("None | str | Unset", _raw_name)

        else:
            name = UNSET

        _raw_arguments = d.pop("arguments", UNSET)
        if _raw_arguments is not UNSET:
            arguments = cast("None | str | Unset", _raw_arguments)

        else:
            arguments = UNSET

        chat_completion_function_call_chunk = cls(
            name=name,
            arguments=arguments,
        )

        chat_completion_function_call_chunk.additional_properties = d
        return chat_completion_function_call_chunk

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

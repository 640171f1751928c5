from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="ChatCompletionCustomToolCallChunk")


@_attrs_define(repr=False)
class ChatCompletionCustomToolCallChunk:
    """A piece of a custom tool's call in a stream delta."""

    name: str | None = None
    """ A piece of the tool's name. """

    input_: str | None = None
    """ A piece of the input. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            name: None | str
            name = self.name
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
        if self.input_ is not None:
            input_: None | str
            input_ = self.input_
            field_dict["input"] = input_
        elif "input" in self._json_nulls:
            field_dict["input"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_custom_tool_call_chunk = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            chat_completion_custom_tool_call_chunk.name = None
        elif _raw_name is None:
            chat_completion_custom_tool_call_chunk.name = None
            json_nulls += ("name",)
        else:
            name = cast("None | str", _raw_name)

            chat_completion_custom_tool_call_chunk.name = name
        _raw_input_ = d.pop("input", UNSET)
        if _raw_input_ is UNSET:
            chat_completion_custom_tool_call_chunk.input_ = None
        elif _raw_input_ is None:
            chat_completion_custom_tool_call_chunk.input_ = None
            json_nulls += ("input",)
        else:
            input_ = cast("None | str", _raw_input_)

            chat_completion_custom_tool_call_chunk.input_ = input_
        chat_completion_custom_tool_call_chunk.additional_properties = d
        chat_completion_custom_tool_call_chunk._json_nulls = json_nulls
        return chat_completion_custom_tool_call_chunk

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("name", "input_"),
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="ChatCompletionStreamOptions")


@_attrs_define(repr=False)
class ChatCompletionStreamOptions:
    """Options for streaming responses; only set with `stream: true`."""

    include_usage: bool | None = None
    """ Add a last frame with usage and an empty `choices` list. """

    include_obfuscation: bool | None = None
    """ Pad frames with random data against side-channel attacks. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.include_usage is not None:
            include_usage = self.include_usage
            field_dict["include_usage"] = include_usage
        elif "include_usage" in self._json_nulls:
            field_dict["include_usage"] = None
        if self.include_obfuscation is not None:
            include_obfuscation = self.include_obfuscation
            field_dict["include_obfuscation"] = include_obfuscation
        elif "include_obfuscation" in self._json_nulls:
            field_dict["include_obfuscation"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_stream_options = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_include_usage = d.pop("include_usage", UNSET)
        if _raw_include_usage is UNSET:
            chat_completion_stream_options.include_usage = None
        elif _raw_include_usage is None:
            chat_completion_stream_options.include_usage = None
            json_nulls += ("include_usage",)
        else:
            include_usage = _raw_include_usage

            chat_completion_stream_options.include_usage = include_usage
        _raw_include_obfuscation = d.pop("include_obfuscation", UNSET)
        if _raw_include_obfuscation is UNSET:
            chat_completion_stream_options.include_obfuscation = None
        elif _raw_include_obfuscation is None:
            chat_completion_stream_options.include_obfuscation = None
            json_nulls += ("include_obfuscation",)
        else:
            include_obfuscation = _raw_include_obfuscation

            chat_completion_stream_options.include_obfuscation = include_obfuscation
        chat_completion_stream_options.additional_properties = d
        chat_completion_stream_options._json_nulls = json_nulls
        return chat_completion_stream_options

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("include_usage", "include_obfuscation"),
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

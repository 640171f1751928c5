from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="FontInput")


@_attrs_define(repr=False)
class FontInput:
    """A font and the text to set in it (the URL in either casing)."""

    font_url: str | None = None
    """ URL of the font file. """

    fontUrl: str | None = None
    """ URL of the font file (camel case). """

    text: str | None = None
    """ Text to render in that font. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.font_url is not None:
            font_url = self.font_url
            field_dict["font_url"] = font_url
        elif "font_url" in self._json_nulls:
            field_dict["font_url"] = None
        if self.fontUrl is not None:
            fontUrl = self.fontUrl
            field_dict["fontUrl"] = fontUrl
        elif "fontUrl" in self._json_nulls:
            field_dict["fontUrl"] = None
        if self.text is not None:
            text = self.text
            field_dict["text"] = text
        elif "text" in self._json_nulls:
            field_dict["text"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        font_input = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_font_url = d.pop("font_url", UNSET)
        if _raw_font_url is UNSET:
            font_input.font_url = None
        elif _raw_font_url is None:
            font_input.font_url = None
            json_nulls += ("font_url",)
        else:
            font_url = _raw_font_url

            font_input.font_url = font_url
        _raw_fontUrl = d.pop("fontUrl", UNSET)
        if _raw_fontUrl is UNSET:
            font_input.fontUrl = None
        elif _raw_fontUrl is None:
            font_input.fontUrl = None
            json_nulls += ("fontUrl",)
        else:
            fontUrl = _raw_fontUrl

            font_input.fontUrl = fontUrl
        _raw_text = d.pop("text", UNSET)
        if _raw_text is UNSET:
            font_input.text = None
        elif _raw_text is None:
            font_input.text = None
            json_nulls += ("text",)
        else:
            text = _raw_text

            font_input.text = text
        font_input.additional_properties = d
        font_input._json_nulls = json_nulls
        return font_input

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("font_url", "fontUrl", "text"),
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

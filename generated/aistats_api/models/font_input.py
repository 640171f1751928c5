from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FontInput")


@_attrs_define
class FontInput:
    """A font and the text to set in it (the URL in either casing)."""

    font_url: str | Unset = UNSET
    """ URL of the font file. """
    fontUrl: str | Unset = UNSET
    """ URL of the font file (camel case). """
    text: str | Unset = UNSET
    """ Text to render in that font. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        font_url = self.font_url

        fontUrl = self.fontUrl

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if font_url is not UNSET:
            field_dict["font_url"] = font_url
        if fontUrl is not UNSET:
            field_dict["fontUrl"] = fontUrl
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        font_url = d.pop("font_url", UNSET)

        fontUrl = d.pop("fontUrl", UNSET)

        text = d.pop("text", UNSET)

        font_input = cls(
            font_url=font_url,
            fontUrl=fontUrl,
            text=text,
        )

        font_input.additional_properties = d
        return font_input

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

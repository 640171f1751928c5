from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ResponseFormatJsonObject")


@_attrs_define(repr=False)
class ResponseFormatJsonObject:
    """Replies that are a JSON object (any shape)."""

    type_: Literal["json_object"] = "json_object"
    """ Always `json_object`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_format_json_object = cls.__new__(cls)
        type_ = cast(Literal["json_object"], d.pop("type"))
        if type_ != "json_object":
            raise ValueError(f"type must match const 'json_object', got '{type_}'")

        response_format_json_object.type_ = type_
        response_format_json_object.additional_properties = d
        response_format_json_object._json_nulls = ()
        return response_format_json_object

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_",),
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="MessageAnnotation")


@_attrs_define(repr=False)
class MessageAnnotation:
    """An annotation of the reply, e.g. `{"type": "url_citation", ...}`."""

    type_: str | None = None
    """ The annotation kind, e.g. `url_citation`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not None:
            type_ = self.type_
            field_dict["type"] = type_
        elif "type" in self._json_nulls:
            field_dict["type"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_annotation = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            message_annotation.type_ = None
        elif _raw_type_ is None:
            message_annotation.type_ = None
            json_nulls += ("type",)
        else:
            type_ = _raw_type_

            message_annotation.type_ = type_
        message_annotation.additional_properties = d
        message_annotation._json_nulls = json_nulls
        return message_annotation

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("type_",),
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

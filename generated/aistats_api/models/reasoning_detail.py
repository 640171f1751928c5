from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="ReasoningDetail")


@_attrs_define(repr=False)
class ReasoningDetail:
    """A part of the model's reasoning, e.g. `{"id", "index", "type": "text", "text"}`."""

    id: str | None = None
    """ Id of the part. """

    index: int | None = None
    """ Position of the part. """

    type_: str | None = None
    """ The part's kind, e.g. `text`. """

    text: str | None = None
    """ The reasoning text. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._json_nulls:
            field_dict["id"] = None
        if self.index is not None:
            index = self.index
            field_dict["index"] = index
        elif "index" in self._json_nulls:
            field_dict["index"] = None
        if self.type_ is not None:
            type_ = self.type_
            field_dict["type"] = type_
        elif "type" in self._json_nulls:
            field_dict["type"] = None
        if self.text is not None:
            text = self.text
            field_dict["text"] = text
        elif "text" in self._json_nulls:
            field_dict["text"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reasoning_detail = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            reasoning_detail.id = None
        elif _raw_id is None:
            reasoning_detail.id = None
            json_nulls += ("id",)
        else:
            id = _raw_id

            reasoning_detail.id = id
        _raw_index = d.pop("index", UNSET)
        if _raw_index is UNSET:
            reasoning_detail.index = None
        elif _raw_index is None:
            reasoning_detail.index = None
            json_nulls += ("index",)
        else:
            index = _raw_index

            reasoning_detail.index = index
        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            reasoning_detail.type_ = None
        elif _raw_type_ is None:
            reasoning_detail.type_ = None
            json_nulls += ("type",)
        else:
            type_ = _raw_type_

            reasoning_detail.type_ = type_
        _raw_text = d.pop("text", UNSET)
        if _raw_text is UNSET:
            reasoning_detail.text = None
        elif _raw_text is None:
            reasoning_detail.text = None
            json_nulls += ("text",)
        else:
            text = _raw_text

            reasoning_detail.text = text
        reasoning_detail.additional_properties = d
        reasoning_detail._json_nulls = json_nulls
        return reasoning_detail

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("id", "index", "type_", "text"),
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

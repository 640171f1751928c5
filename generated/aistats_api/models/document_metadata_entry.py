from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="DocumentMetadataEntry")


@_attrs_define(repr=False)
class DocumentMetadataEntry:
    """One key-value pair of a document's metadata."""

    key: str
    """ The key. """

    value: str
    """ The value. """

    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        key = self.key
        field_dict["key"] = key
        value = self.value
        field_dict["value"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_metadata_entry = cls.__new__(cls)
        key = d.pop("key")

        document_metadata_entry.key = key
        value = d.pop("value")

        document_metadata_entry.value = value
        document_metadata_entry._json_nulls = ()
        return document_metadata_entry

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("key", "value"),
            (),
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.document_metadata_entry import DocumentMetadataEntry


T = TypeVar("T", bound="Document")


@_attrs_define(repr=False)
class Document:
    """A document the model may cite."""

    content: str
    """ The document's text. """

    metadata: list[DocumentMetadataEntry] | None = None
    """ Key-value pairs describing the document. """

    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        content = self.content
        field_dict["content"] = content
        if self.metadata is not None:
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

            field_dict["metadata"] = metadata
        elif "metadata" in self._json_nulls:
            field_dict["metadata"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        content = d.pop("content")

        document.content = content
        _raw_metadata = d.pop("metadata", UNSET)
        if _raw_metadata is UNSET:
            document.metadata = None
        elif _raw_metadata is None:
            document.metadata = None
            json_nulls += ("metadata",)
        else:
            metadata = []
            _metadata = _raw_metadata
            for metadata_item_data in _metadata:
                metadata_item = DocumentMetadataEntry.from_dict(metadata_item_data)

                metadata.append(metadata_item)

            document.metadata = metadata
        document._json_nulls = json_nulls
        return document

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("content",),
            ("metadata",),
        )


# Imported after the class is defined so that models referring to each other import cleanly.
from ..models.document_metadata_entry import DocumentMetadataEntry  # noqa: E402

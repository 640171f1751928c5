from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InputFile")


@_attrs_define
class InputFile:
    """A file given by id, or inline as base64 data with a name."""

    file_id: str | Unset = UNSET
    """ Id of an uploaded file. """
    file_data: str | Unset = UNSET
    """ Base64 file content, usually as a `data:` URL. """
    filename: str | Unset = UNSET
    """ File name, used with `file_data`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_data = self.file_data

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        file_data = d.pop("file_data", UNSET)

        filename = d.pop("filename", UNSET)

        input_file = cls(
            file_id=file_id,
            file_data=file_data,
            filename=filename,
        )

        input_file.additional_properties = d
        return input_file

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="InputFile")


@_attrs_define(repr=False)
class InputFile:
    """A file given by id, or inline as base64 data with a name."""

    file_id: str | None = None
    """ Id of an uploaded file. """

    file_data: str | None = None
    """ Base64 file content, usually as a `data:` URL. """

    filename: str | None = None
    """ File name, used with `file_data`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.file_id is not None:
            file_id = self.file_id
            field_dict["file_id"] = file_id
        elif "file_id" in self._json_nulls:
            field_dict["file_id"] = None
        if self.file_data is not None:
            file_data = self.file_data
            field_dict["file_data"] = file_data
        elif "file_data" in self._json_nulls:
            field_dict["file_data"] = None
        if self.filename is not None:
            filename = self.filename
            field_dict["filename"] = filename
        elif "filename" in self._json_nulls:
            field_dict["filename"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_file = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_file_id = d.pop("file_id", UNSET)
        if _raw_file_id is UNSET:
            input_file.file_id = None
        elif _raw_file_id is None:
            input_file.file_id = None
            json_nulls += ("file_id",)
        else:
            file_id = _raw_file_id

            input_file.file_id = file_id
        _raw_file_data = d.pop("file_data", UNSET)
        if _raw_file_data is UNSET:
            input_file.file_data = None
        elif _raw_file_data is None:
            input_file.file_data = None
            json_nulls += ("file_data",)
        else:
            file_data = _raw_file_data

            input_file.file_data = file_data
        _raw_filename = d.pop("filename", UNSET)
        if _raw_filename is UNSET:
            input_file.filename = None
        elif _raw_filename is None:
            input_file.filename = None
            json_nulls += ("filename",)
        else:
            filename = _raw_filename

            input_file.filename = filename
        input_file.additional_properties = d
        input_file._json_nulls = json_nulls
        return input_file

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("file_id", "file_data", "filename"),
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.input_file import InputFile


T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartFile")


@_attrs_define
class ChatCompletionRequestMessageContentPartFile:
    """A file (e.g. a PDF), by id or inline."""

    file: InputFile
    """ A file given by id, or inline as base64 data with a name. """
    type_: Literal["file"] = "file"
    """ Always `file`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file": file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["file"], d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        file = InputFile.from_dict(d.pop("file"))

        chat_completion_request_message_content_part_file = cls(
            type_=type_,
            file=file,
        )

        chat_completion_request_message_content_part_file.additional_properties = d
        return chat_completion_request_message_content_part_file

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


# Imported after the class is defined so that models referring to each other import cleanly.
from ..models.input_file import InputFile  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.input_file import InputFile


T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartFile")


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartFile:
    """A file (e.g. a PDF), by id or inline. The gateway's code takes no file parts (400), so no
    request holds one; kept for the vocabulary of seed 004.

    """

    file: InputFile
    """ A file given by id, or inline as base64 data with a name. """

    type_: Literal["file"] = "file"
    """ Always `file`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        file = self.file.to_dict()
        field_dict["file"] = file
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_request_message_content_part_file = cls.__new__(cls)
        type_ = cast(Literal["file"], d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        chat_completion_request_message_content_part_file.type_ = type_
        file = InputFile.from_dict(d.pop("file"))

        chat_completion_request_message_content_part_file.file = file
        chat_completion_request_message_content_part_file.additional_properties = d
        chat_completion_request_message_content_part_file._json_nulls = ()
        return chat_completion_request_message_content_part_file

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_", "file"),
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


# Imported after the class is defined so that models referring to each other import cleanly.
from ..models.input_file import InputFile  # noqa: E402

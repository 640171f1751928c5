from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.input_video import InputVideo


T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartVideo")


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartVideo:
    """A video, by URL or inline data (models that accept video)."""

    input_video: InputVideo
    """ A video given by URL or as base64 data. """

    type_: Literal["input_video"] = "input_video"
    """ Always `input_video`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        input_video = self.input_video.to_dict()
        field_dict["input_video"] = input_video
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_request_message_content_part_video = cls.__new__(cls)
        type_ = cast(Literal["input_video"], d.pop("type"))
        if type_ != "input_video":
            raise ValueError(f"type must match const 'input_video', got '{type_}'")

        chat_completion_request_message_content_part_video.type_ = type_
        input_video = InputVideo.from_dict(d.pop("input_video"))

        chat_completion_request_message_content_part_video.input_video = input_video
        chat_completion_request_message_content_part_video.additional_properties = d
        chat_completion_request_message_content_part_video._json_nulls = ()
        return chat_completion_request_message_content_part_video

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_", "input_video"),
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
from ..models.input_video import InputVideo  # noqa: E402

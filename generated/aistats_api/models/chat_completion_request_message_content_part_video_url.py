from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.video_url import VideoURL


T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartVideoUrl")


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartVideoUrl:
    """A video by URL (the `video_url` spelling of the video part)."""

    video_url: VideoURL
    """ Where a video is. """

    type_: Literal["video_url"] = "video_url"
    """ Always `video_url`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        video_url = self.video_url.to_dict()
        field_dict["video_url"] = video_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_request_message_content_part_video_url = cls.__new__(cls)
        type_ = cast(Literal["video_url"], d.pop("type"))
        if type_ != "video_url":
            raise ValueError(f"type must match const 'video_url', got '{type_}'")

        chat_completion_request_message_content_part_video_url.type_ = type_
        video_url = VideoURL.from_dict(d.pop("video_url"))

        chat_completion_request_message_content_part_video_url.video_url = video_url
        chat_completion_request_message_content_part_video_url.additional_properties = d
        chat_completion_request_message_content_part_video_url._json_nulls = ()
        return chat_completion_request_message_content_part_video_url

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_", "video_url"),
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
from ..models.video_url import VideoURL  # noqa: E402

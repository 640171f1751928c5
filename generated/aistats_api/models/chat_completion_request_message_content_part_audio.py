from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.input_audio import InputAudio


T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartAudio")


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartAudio:
    """Audio input, base64-encoded."""

    input_audio: InputAudio
    """ Audio given as base64 data or by URL, with its format. One of `data` and `url` is needed
    (the gateway refuses an object with neither); the gateway's published document names
    only `data` and requires it, its code takes either.
     """

    type_: Literal["input_audio"] = "input_audio"
    """ Always `input_audio`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        input_audio = self.input_audio.to_dict()
        field_dict["input_audio"] = input_audio
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_request_message_content_part_audio = cls.__new__(cls)
        type_ = cast(Literal["input_audio"], d.pop("type"))
        if type_ != "input_audio":
            raise ValueError(f"type must match const 'input_audio', got '{type_}'")

        chat_completion_request_message_content_part_audio.type_ = type_
        input_audio = InputAudio.from_dict(d.pop("input_audio"))

        chat_completion_request_message_content_part_audio.input_audio = input_audio
        chat_completion_request_message_content_part_audio.additional_properties = d
        chat_completion_request_message_content_part_audio._json_nulls = ()
        return chat_completion_request_message_content_part_audio

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_", "input_audio"),
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
from ..models.input_audio import InputAudio  # noqa: E402

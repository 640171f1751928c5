from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_audio_param_format import (
    ChatCompletionAudioParamFormat,
    check_chat_completion_audio_param_format,
)

T = TypeVar("T", bound="ChatCompletionAudioParam")


@_attrs_define
class ChatCompletionAudioParam:
    """Audio output settings, for models that can speak."""

    voice: str
    """ A voice id: a built-in voice (alloy, ash, ballad, coral, echo, fable, onyx, nova, sage,
    shimmer, verse) or any voice id a provider accepts.
     """
    format_: ChatCompletionAudioParamFormat
    """ Audio encoding of the reply. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice = self.voice

        format_: str = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice": voice,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice = d.pop("voice")

        format_ = check_chat_completion_audio_param_format(d.pop("format"))

        chat_completion_audio_param = cls(
            voice=voice,
            format_=format_,
        )

        chat_completion_audio_param.additional_properties = d
        return chat_completion_audio_param

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

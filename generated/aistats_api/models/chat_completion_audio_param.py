from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_audio_param_format import (
    ChatCompletionAudioParamFormat,
    check_chat_completion_audio_param_format,
)
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.voice_reference import VoiceReference


T = TypeVar("T", bound="ChatCompletionAudioParam")


@_attrs_define(repr=False)
class ChatCompletionAudioParam:
    """Audio output settings, for models that can speak. The gateway's schema reads them, but its
    parameter allowlist refuses a request's `audio` (400 `unknown_param`), so no request names
    it; kept for the vocabulary of seed 004.

    """

    voice: str | VoiceReference
    """ A voice id, or an object naming one. """

    format_: ChatCompletionAudioParamFormat
    """ Audio encoding of the reply. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        voice: dict[str, Any] | str
        if isinstance(self.voice, VoiceReference):
            voice = self.voice.to_dict()
        else:
            voice = self.voice
        field_dict["voice"] = voice
        format_: str = self.format_
        field_dict["format"] = format_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_audio_param = cls.__new__(cls)

        def _parse_voice(data: object) -> str | VoiceReference:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_1 = VoiceReference.from_dict(data)

                return voice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | VoiceReference", data)

        voice = _parse_voice(d.pop("voice"))

        chat_completion_audio_param.voice = voice
        format_ = check_chat_completion_audio_param_format(d.pop("format"))

        chat_completion_audio_param.format_ = format_
        chat_completion_audio_param.additional_properties = d
        chat_completion_audio_param._json_nulls = ()
        return chat_completion_audio_param

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("voice", "format_"),
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
from ..models.voice_reference import VoiceReference  # noqa: E402

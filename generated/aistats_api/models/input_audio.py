from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="InputAudio")


@_attrs_define(repr=False)
class InputAudio:
    """Audio given as base64 data or by URL, with its format. One of `data` and `url` is needed
    (the gateway refuses an object with neither); the gateway's published document names
    only `data` and requires it, its code takes either.

    """

    data: str | None = None
    """ Base64-encoded audio. """

    url: str | None = None
    """ An `https:` URL of the audio. """

    format_: str | None = None
    """ Audio encoding, e.g. `wav`, `mp3`, `flac`, `ogg`, `m4a`, `webm`, `aac`, `pcm16`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.data is not None:
            data = self.data
            field_dict["data"] = data
        elif "data" in self._json_nulls:
            field_dict["data"] = None
        if self.url is not None:
            url = self.url
            field_dict["url"] = url
        elif "url" in self._json_nulls:
            field_dict["url"] = None
        if self.format_ is not None:
            format_ = self.format_
            field_dict["format"] = format_
        elif "format" in self._json_nulls:
            field_dict["format"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_audio = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_data = d.pop("data", UNSET)
        if _raw_data is UNSET:
            input_audio.data = None
        elif _raw_data is None:
            input_audio.data = None
            json_nulls += ("data",)
        else:
            data = _raw_data

            input_audio.data = data
        _raw_url = d.pop("url", UNSET)
        if _raw_url is UNSET:
            input_audio.url = None
        elif _raw_url is None:
            input_audio.url = None
            json_nulls += ("url",)
        else:
            url = _raw_url

            input_audio.url = url
        _raw_format_ = d.pop("format", UNSET)
        if _raw_format_ is UNSET:
            input_audio.format_ = None
        elif _raw_format_ is None:
            input_audio.format_ = None
            json_nulls += ("format",)
        else:
            format_ = _raw_format_

            input_audio.format_ = format_
        input_audio.additional_properties = d
        input_audio._json_nulls = json_nulls
        return input_audio

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("data", "url", "format_"),
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

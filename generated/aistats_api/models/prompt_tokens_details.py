from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="PromptTokensDetails")


@_attrs_define(repr=False)
class PromptTokensDetails:
    """Breakdown of prompt tokens."""

    cached_tokens: int | None = None
    """ Prompt tokens served from cache. """

    input_images: int | None = None
    """ Images in the prompt. """

    input_audio: int | None = None
    """ Audio tokens in the prompt. """

    input_videos: int | None = None
    """ Videos in the prompt. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cached_tokens is not None:
            cached_tokens = self.cached_tokens
            field_dict["cached_tokens"] = cached_tokens
        elif "cached_tokens" in self._json_nulls:
            field_dict["cached_tokens"] = None
        if self.input_images is not None:
            input_images = self.input_images
            field_dict["input_images"] = input_images
        elif "input_images" in self._json_nulls:
            field_dict["input_images"] = None
        if self.input_audio is not None:
            input_audio = self.input_audio
            field_dict["input_audio"] = input_audio
        elif "input_audio" in self._json_nulls:
            field_dict["input_audio"] = None
        if self.input_videos is not None:
            input_videos = self.input_videos
            field_dict["input_videos"] = input_videos
        elif "input_videos" in self._json_nulls:
            field_dict["input_videos"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_tokens_details = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_cached_tokens = d.pop("cached_tokens", UNSET)
        if _raw_cached_tokens is UNSET:
            prompt_tokens_details.cached_tokens = None
        elif _raw_cached_tokens is None:
            prompt_tokens_details.cached_tokens = None
            json_nulls += ("cached_tokens",)
        else:
            cached_tokens = _raw_cached_tokens

            prompt_tokens_details.cached_tokens = cached_tokens
        _raw_input_images = d.pop("input_images", UNSET)
        if _raw_input_images is UNSET:
            prompt_tokens_details.input_images = None
        elif _raw_input_images is None:
            prompt_tokens_details.input_images = None
            json_nulls += ("input_images",)
        else:
            input_images = _raw_input_images

            prompt_tokens_details.input_images = input_images
        _raw_input_audio = d.pop("input_audio", UNSET)
        if _raw_input_audio is UNSET:
            prompt_tokens_details.input_audio = None
        elif _raw_input_audio is None:
            prompt_tokens_details.input_audio = None
            json_nulls += ("input_audio",)
        else:
            input_audio = _raw_input_audio

            prompt_tokens_details.input_audio = input_audio
        _raw_input_videos = d.pop("input_videos", UNSET)
        if _raw_input_videos is UNSET:
            prompt_tokens_details.input_videos = None
        elif _raw_input_videos is None:
            prompt_tokens_details.input_videos = None
            json_nulls += ("input_videos",)
        else:
            input_videos = _raw_input_videos

            prompt_tokens_details.input_videos = input_videos
        prompt_tokens_details.additional_properties = d
        prompt_tokens_details._json_nulls = json_nulls
        return prompt_tokens_details

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("cached_tokens", "input_images", "input_audio", "input_videos"),
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="CompletionTokensDetails")


@_attrs_define(repr=False)
class CompletionTokensDetails:
    """Breakdown of completion tokens."""

    reasoning_tokens: int | None = None
    """ Tokens spent reasoning. """

    cached_tokens: int | None = None
    """ Tokens written to the prompt cache (cache writes). """

    output_images: int | None = None
    """ Images generated. """

    output_audio: int | None = None
    """ Audio tokens generated. """

    output_videos: int | None = None
    """ Videos generated. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.reasoning_tokens is not None:
            reasoning_tokens = self.reasoning_tokens
            field_dict["reasoning_tokens"] = reasoning_tokens
        elif "reasoning_tokens" in self._json_nulls:
            field_dict["reasoning_tokens"] = None
        if self.cached_tokens is not None:
            cached_tokens = self.cached_tokens
            field_dict["cached_tokens"] = cached_tokens
        elif "cached_tokens" in self._json_nulls:
            field_dict["cached_tokens"] = None
        if self.output_images is not None:
            output_images = self.output_images
            field_dict["output_images"] = output_images
        elif "output_images" in self._json_nulls:
            field_dict["output_images"] = None
        if self.output_audio is not None:
            output_audio = self.output_audio
            field_dict["output_audio"] = output_audio
        elif "output_audio" in self._json_nulls:
            field_dict["output_audio"] = None
        if self.output_videos is not None:
            output_videos = self.output_videos
            field_dict["output_videos"] = output_videos
        elif "output_videos" in self._json_nulls:
            field_dict["output_videos"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion_tokens_details = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_reasoning_tokens = d.pop("reasoning_tokens", UNSET)
        if _raw_reasoning_tokens is UNSET:
            completion_tokens_details.reasoning_tokens = None
        elif _raw_reasoning_tokens is None:
            completion_tokens_details.reasoning_tokens = None
            json_nulls += ("reasoning_tokens",)
        else:
            reasoning_tokens = _raw_reasoning_tokens

            completion_tokens_details.reasoning_tokens = reasoning_tokens
        _raw_cached_tokens = d.pop("cached_tokens", UNSET)
        if _raw_cached_tokens is UNSET:
            completion_tokens_details.cached_tokens = None
        elif _raw_cached_tokens is None:
            completion_tokens_details.cached_tokens = None
            json_nulls += ("cached_tokens",)
        else:
            cached_tokens = _raw_cached_tokens

            completion_tokens_details.cached_tokens = cached_tokens
        _raw_output_images = d.pop("output_images", UNSET)
        if _raw_output_images is UNSET:
            completion_tokens_details.output_images = None
        elif _raw_output_images is None:
            completion_tokens_details.output_images = None
            json_nulls += ("output_images",)
        else:
            output_images = _raw_output_images

            completion_tokens_details.output_images = output_images
        _raw_output_audio = d.pop("output_audio", UNSET)
        if _raw_output_audio is UNSET:
            completion_tokens_details.output_audio = None
        elif _raw_output_audio is None:
            completion_tokens_details.output_audio = None
            json_nulls += ("output_audio",)
        else:
            output_audio = _raw_output_audio

            completion_tokens_details.output_audio = output_audio
        _raw_output_videos = d.pop("output_videos", UNSET)
        if _raw_output_videos is UNSET:
            completion_tokens_details.output_videos = None
        elif _raw_output_videos is None:
            completion_tokens_details.output_videos = None
            json_nulls += ("output_videos",)
        else:
            output_videos = _raw_output_videos

            completion_tokens_details.output_videos = output_videos
        completion_tokens_details.additional_properties = d
        completion_tokens_details._json_nulls = json_nulls
        return completion_tokens_details

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("reasoning_tokens", "cached_tokens", "output_images", "output_audio", "output_videos"),
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

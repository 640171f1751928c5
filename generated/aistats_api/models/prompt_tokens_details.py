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

    audio_tokens: int | None = None
    """ Audio tokens in the prompt. """

    cache_write_tokens: int | None = None
    """ Prompt tokens written to cache. """

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
        if self.audio_tokens is not None:
            audio_tokens = self.audio_tokens
            field_dict["audio_tokens"] = audio_tokens
        elif "audio_tokens" in self._json_nulls:
            field_dict["audio_tokens"] = None
        if self.cache_write_tokens is not None:
            cache_write_tokens = self.cache_write_tokens
            field_dict["cache_write_tokens"] = cache_write_tokens
        elif "cache_write_tokens" in self._json_nulls:
            field_dict["cache_write_tokens"] = None
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
        _raw_audio_tokens = d.pop("audio_tokens", UNSET)
        if _raw_audio_tokens is UNSET:
            prompt_tokens_details.audio_tokens = None
        elif _raw_audio_tokens is None:
            prompt_tokens_details.audio_tokens = None
            json_nulls += ("audio_tokens",)
        else:
            audio_tokens = _raw_audio_tokens

            prompt_tokens_details.audio_tokens = audio_tokens
        _raw_cache_write_tokens = d.pop("cache_write_tokens", UNSET)
        if _raw_cache_write_tokens is UNSET:
            prompt_tokens_details.cache_write_tokens = None
        elif _raw_cache_write_tokens is None:
            prompt_tokens_details.cache_write_tokens = None
            json_nulls += ("cache_write_tokens",)
        else:
            cache_write_tokens = _raw_cache_write_tokens

            prompt_tokens_details.cache_write_tokens = cache_write_tokens
        prompt_tokens_details.additional_properties = d
        prompt_tokens_details._json_nulls = json_nulls
        return prompt_tokens_details

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("cached_tokens", "audio_tokens", "cache_write_tokens"),
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

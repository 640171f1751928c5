from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="ProviderMaxPrice")


@_attrs_define(repr=False)
class ProviderMaxPrice:
    """Highest price accepted per unit; each a number or a decimal string."""

    prompt: float | str | None = None
    """ A price as a number or a decimal string. """

    completion: float | str | None = None
    """ A price as a number or a decimal string. """

    image: float | str | None = None
    """ A price as a number or a decimal string. """

    audio: float | str | None = None
    """ A price as a number or a decimal string. """

    request: float | str | None = None
    """ A price as a number or a decimal string. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.prompt is not None:
            prompt: float | str
            prompt = self.prompt
            field_dict["prompt"] = prompt
        elif "prompt" in self._json_nulls:
            field_dict["prompt"] = None
        if self.completion is not None:
            completion: float | str
            completion = self.completion
            field_dict["completion"] = completion
        elif "completion" in self._json_nulls:
            field_dict["completion"] = None
        if self.image is not None:
            image: float | str
            image = self.image
            field_dict["image"] = image
        elif "image" in self._json_nulls:
            field_dict["image"] = None
        if self.audio is not None:
            audio: float | str
            audio = self.audio
            field_dict["audio"] = audio
        elif "audio" in self._json_nulls:
            field_dict["audio"] = None
        if self.request is not None:
            request: float | str
            request = self.request
            field_dict["request"] = request
        elif "request" in self._json_nulls:
            field_dict["request"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_max_price = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_prompt = d.pop("prompt", UNSET)
        if _raw_prompt is UNSET:
            provider_max_price.prompt = None
        elif _raw_prompt is None:
            provider_max_price.prompt = None
            json_nulls += ("prompt",)
        else:
            prompt = cast("float | str", _raw_prompt)

            provider_max_price.prompt = prompt
        _raw_completion = d.pop("completion", UNSET)
        if _raw_completion is UNSET:
            provider_max_price.completion = None
        elif _raw_completion is None:
            provider_max_price.completion = None
            json_nulls += ("completion",)
        else:
            completion = cast("float | str", _raw_completion)

            provider_max_price.completion = completion
        _raw_image = d.pop("image", UNSET)
        if _raw_image is UNSET:
            provider_max_price.image = None
        elif _raw_image is None:
            provider_max_price.image = None
            json_nulls += ("image",)
        else:
            image = cast("float | str", _raw_image)

            provider_max_price.image = image
        _raw_audio = d.pop("audio", UNSET)
        if _raw_audio is UNSET:
            provider_max_price.audio = None
        elif _raw_audio is None:
            provider_max_price.audio = None
            json_nulls += ("audio",)
        else:
            audio = cast("float | str", _raw_audio)

            provider_max_price.audio = audio
        _raw_request = d.pop("request", UNSET)
        if _raw_request is UNSET:
            provider_max_price.request = None
        elif _raw_request is None:
            provider_max_price.request = None
            json_nulls += ("request",)
        else:
            request = cast("float | str", _raw_request)

            provider_max_price.request = request
        provider_max_price.additional_properties = d
        provider_max_price._json_nulls = json_nulls
        return provider_max_price

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("prompt", "completion", "image", "audio", "request"),
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

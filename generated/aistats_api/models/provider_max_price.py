from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderMaxPrice")


@_attrs_define
class ProviderMaxPrice:
    """Highest price accepted per unit; each a number or a decimal string."""

    prompt: float | str | Unset = UNSET
    """ A price as a number or a decimal string. """
    completion: float | str | Unset = UNSET
    """ A price as a number or a decimal string. """
    image: float | str | Unset = UNSET
    """ A price as a number or a decimal string. """
    audio: float | str | Unset = UNSET
    """ A price as a number or a decimal string. """
    request: float | str | Unset = UNSET
    """ A price as a number or a decimal string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt: float | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        completion: float | str | Unset
        if isinstance(self.completion, Unset):
            completion = UNSET
        else:
            completion = self.completion

        image: float | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        audio: float | str | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        else:
            audio = self.audio

        request: float | str | Unset
        if isinstance(self.request, Unset):
            request = UNSET
        else:
            request = self.request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if completion is not UNSET:
            field_dict["completion"] = completion
        if image is not UNSET:
            field_dict["image"] = image
        if audio is not UNSET:
            field_dict["audio"] = audio
        if request is not UNSET:
            field_dict["request"] = request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_prompt = d.pop("prompt", UNSET)
        if _raw_prompt is not UNSET:
            prompt = cast("float | str | Unset", _raw_prompt)

        else:
            prompt = UNSET

        _raw_completion = d.pop("completion", UNSET)
        if _raw_completion is not UNSET:
            completion = cast("float | str | Unset", _raw_completion)

        else:
            completion = UNSET

        _raw_image = d.pop("image", UNSET)
        if _raw_image is not UNSET:
            image = cast("float | str | Unset", _raw_image)

        else:
            image = UNSET

        _raw_audio = d.pop("audio", UNSET)
        if _raw_audio is not UNSET:
            audio = cast("float | str | Unset", _raw_audio)

        else:
            audio = UNSET

        _raw_request = d.pop("request", UNSET)
        if _raw_request is not UNSET:
            request = cast("float | str | Unset", _raw_request)

        else:
            request = UNSET

        provider_max_price = cls(
            prompt=prompt,
            completion=completion,
            image=image,
            audio=audio,
            request=request,
        )

        provider_max_price.additional_properties = d
        return provider_max_price

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_tier import ServiceTier, check_service_tier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateModelResponseProperties")


@_attrs_define
class CreateModelResponseProperties:
    """The shared model-response properties plus `top_logprobs`."""

    metadata: Metadata | Unset = UNSET
    """ Up to 16 string key-value pairs stored with the request. """
    temperature: float | None | Unset = UNSET
    """ Sampling temperature, 0 to 2. """
    top_p: float | None | Unset = UNSET
    """ Nucleus sampling threshold, 0 to 1. """
    user: str | Unset = UNSET
    """ Your identifier for the end user. """
    safety_identifier: str | Unset = UNSET
    """ Stable, hashed end-user identifier for abuse detection. """
    prompt_cache_key: str | Unset = UNSET
    """ Key that helps providers reuse cached prompt prefixes. """
    service_tier: ServiceTier | Unset = UNSET
    """ Processing tier. Default: standard. """
    top_logprobs: int | Unset = UNSET
    """ Number of most likely alternatives to return per token (0 to 20). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        user = self.user

        safety_identifier = self.safety_identifier

        prompt_cache_key = self.prompt_cache_key

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier

        top_logprobs = self.top_logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_metadata = d.pop("metadata", UNSET)
        if _raw_metadata is not UNSET:
            _metadata = _raw_metadata
            metadata: Metadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = Metadata.from_dict(_metadata)

        else:
            metadata = UNSET

        _raw_temperature = d.pop("temperature", UNSET)
        if _raw_temperature is not UNSET:
            temperature = cast("float | None | Unset", _raw_temperature)

        else:
            temperature = UNSET

        _raw_top_p = d.pop("top_p", UNSET)
        if _raw_top_p is not UNSET:
            top_p = cast("float | None | Unset", _raw_top_p)

        else:
            top_p = UNSET

        user = d.pop("user", UNSET)

        safety_identifier = d.pop("safety_identifier", UNSET)

        prompt_cache_key = d.pop("prompt_cache_key", UNSET)

        _raw_service_tier = d.pop("service_tier", UNSET)
        if _raw_service_tier is not UNSET:
            _service_tier = _raw_service_tier
            service_tier: ServiceTier | Unset
            if isinstance(_service_tier, Unset):
                service_tier = UNSET
            else:
                service_tier = check_service_tier(_service_tier)

        else:
            service_tier = UNSET

        top_logprobs = d.pop("top_logprobs", UNSET)

        create_model_response_properties = cls(
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            service_tier=service_tier,
            top_logprobs=top_logprobs,
        )

        create_model_response_properties.additional_properties = d
        return create_model_response_properties

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
from ..models.metadata import Metadata  # noqa: E402

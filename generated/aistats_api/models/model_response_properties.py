from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_tier import ServiceTier, check_service_tier
from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ModelResponseProperties")


@_attrs_define(repr=False)
class ModelResponseProperties:
    """Properties shared by requests that create a model response."""

    metadata: Metadata | None = None
    """ Up to 16 string key-value pairs stored with the request. """

    temperature: float | None = None
    """ Sampling temperature, 0 to 2. """

    top_p: float | None = None
    """ Nucleus sampling threshold, 0 to 1. """

    user: str | None = None
    """ Your identifier for the end user. """

    safety_identifier: str | None = None
    """ Stable, hashed end-user identifier for abuse detection. """

    prompt_cache_key: str | None = None
    """ Key that helps providers reuse cached prompt prefixes. """

    service_tier: ServiceTier | None = None
    """ Processing tier. Default: standard. Seed 003 also lists `auto` and `default`: the gateway's
    code refuses them (400 `validation_error`), and `batch` too (use the batch endpoint).
     """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.metadata is not None:
            metadata = self.metadata.to_dict()
            field_dict["metadata"] = metadata
        elif "metadata" in self._json_nulls:
            field_dict["metadata"] = None
        if self.temperature is not None:
            temperature: float | None
            temperature = self.temperature
            field_dict["temperature"] = temperature
        elif "temperature" in self._json_nulls:
            field_dict["temperature"] = None
        if self.top_p is not None:
            top_p: float | None
            top_p = self.top_p
            field_dict["top_p"] = top_p
        elif "top_p" in self._json_nulls:
            field_dict["top_p"] = None
        if self.user is not None:
            user = self.user
            field_dict["user"] = user
        elif "user" in self._json_nulls:
            field_dict["user"] = None
        if self.safety_identifier is not None:
            safety_identifier = self.safety_identifier
            field_dict["safety_identifier"] = safety_identifier
        elif "safety_identifier" in self._json_nulls:
            field_dict["safety_identifier"] = None
        if self.prompt_cache_key is not None:
            prompt_cache_key = self.prompt_cache_key
            field_dict["prompt_cache_key"] = prompt_cache_key
        elif "prompt_cache_key" in self._json_nulls:
            field_dict["prompt_cache_key"] = None
        if self.service_tier is not None:
            service_tier: str = self.service_tier
            field_dict["service_tier"] = service_tier
        elif "service_tier" in self._json_nulls:
            field_dict["service_tier"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_response_properties = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_metadata = d.pop("metadata", UNSET)
        if _raw_metadata is UNSET:
            model_response_properties.metadata = None
        elif _raw_metadata is None:
            model_response_properties.metadata = None
            json_nulls += ("metadata",)
        else:
            metadata = Metadata.from_dict(_raw_metadata)

            model_response_properties.metadata = metadata
        _raw_temperature = d.pop("temperature", UNSET)
        if _raw_temperature is UNSET:
            model_response_properties.temperature = None
        elif _raw_temperature is None:
            model_response_properties.temperature = None
            json_nulls += ("temperature",)
        else:
            temperature = cast("float | None", _raw_temperature)

            model_response_properties.temperature = temperature
        _raw_top_p = d.pop("top_p", UNSET)
        if _raw_top_p is UNSET:
            model_response_properties.top_p = None
        elif _raw_top_p is None:
            model_response_properties.top_p = None
            json_nulls += ("top_p",)
        else:
            top_p = cast("float | None", _raw_top_p)

            model_response_properties.top_p = top_p
        _raw_user = d.pop("user", UNSET)
        if _raw_user is UNSET:
            model_response_properties.user = None
        elif _raw_user is None:
            model_response_properties.user = None
            json_nulls += ("user",)
        else:
            user = _raw_user

            model_response_properties.user = user
        _raw_safety_identifier = d.pop("safety_identifier", UNSET)
        if _raw_safety_identifier is UNSET:
            model_response_properties.safety_identifier = None
        elif _raw_safety_identifier is None:
            model_response_properties.safety_identifier = None
            json_nulls += ("safety_identifier",)
        else:
            safety_identifier = _raw_safety_identifier

            model_response_properties.safety_identifier = safety_identifier
        _raw_prompt_cache_key = d.pop("prompt_cache_key", UNSET)
        if _raw_prompt_cache_key is UNSET:
            model_response_properties.prompt_cache_key = None
        elif _raw_prompt_cache_key is None:
            model_response_properties.prompt_cache_key = None
            json_nulls += ("prompt_cache_key",)
        else:
            prompt_cache_key = _raw_prompt_cache_key

            model_response_properties.prompt_cache_key = prompt_cache_key
        _raw_service_tier = d.pop("service_tier", UNSET)
        if _raw_service_tier is UNSET:
            model_response_properties.service_tier = None
        elif _raw_service_tier is None:
            model_response_properties.service_tier = None
            json_nulls += ("service_tier",)
        else:
            service_tier = check_service_tier(_raw_service_tier)

            model_response_properties.service_tier = service_tier
        model_response_properties.additional_properties = d
        model_response_properties._json_nulls = json_nulls
        return model_response_properties

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            (
                "metadata",
                "temperature",
                "top_p",
                "user",
                "safety_identifier",
                "prompt_cache_key",
                "service_tier",
            ),
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
from ..models.metadata import Metadata  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.provider_passthrough import ProviderPassthrough


T = TypeVar("T", bound="ProviderOptions")


@_attrs_define(repr=False)
class ProviderOptions:
    """Per-provider passthrough options, keyed by provider."""

    openai: ProviderPassthrough | None = None
    """ Options forwarded verbatim to one provider. """

    anthropic: ProviderPassthrough | None = None
    """ Options forwarded verbatim to one provider. """

    google: ProviderPassthrough | None = None
    """ Options forwarded verbatim to one provider. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.openai is not None:
            openai = self.openai.to_dict()
            field_dict["openai"] = openai
        elif "openai" in self._json_nulls:
            field_dict["openai"] = None
        if self.anthropic is not None:
            anthropic = self.anthropic.to_dict()
            field_dict["anthropic"] = anthropic
        elif "anthropic" in self._json_nulls:
            field_dict["anthropic"] = None
        if self.google is not None:
            google = self.google.to_dict()
            field_dict["google"] = google
        elif "google" in self._json_nulls:
            field_dict["google"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_options = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_openai = d.pop("openai", UNSET)
        if _raw_openai is UNSET:
            provider_options.openai = None
        elif _raw_openai is None:
            provider_options.openai = None
            json_nulls += ("openai",)
        else:
            openai = ProviderPassthrough.from_dict(_raw_openai)

            provider_options.openai = openai
        _raw_anthropic = d.pop("anthropic", UNSET)
        if _raw_anthropic is UNSET:
            provider_options.anthropic = None
        elif _raw_anthropic is None:
            provider_options.anthropic = None
            json_nulls += ("anthropic",)
        else:
            anthropic = ProviderPassthrough.from_dict(_raw_anthropic)

            provider_options.anthropic = anthropic
        _raw_google = d.pop("google", UNSET)
        if _raw_google is UNSET:
            provider_options.google = None
        elif _raw_google is None:
            provider_options.google = None
            json_nulls += ("google",)
        else:
            google = ProviderPassthrough.from_dict(_raw_google)

            provider_options.google = google
        provider_options.additional_properties = d
        provider_options._json_nulls = json_nulls
        return provider_options

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("openai", "anthropic", "google"),
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
from ..models.provider_passthrough import ProviderPassthrough  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_passthrough import ProviderPassthrough


T = TypeVar("T", bound="ProviderOptions")


@_attrs_define
class ProviderOptions:
    """Per-provider passthrough options, keyed by provider."""

    openai: ProviderPassthrough | Unset = UNSET
    """ Options forwarded verbatim to one provider. """
    anthropic: ProviderPassthrough | Unset = UNSET
    """ Options forwarded verbatim to one provider. """
    google: ProviderPassthrough | Unset = UNSET
    """ Options forwarded verbatim to one provider. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openai, Unset):
            openai = self.openai.to_dict()

        anthropic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anthropic, Unset):
            anthropic = self.anthropic.to_dict()

        google: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google, Unset):
            google = self.google.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if openai is not UNSET:
            field_dict["openai"] = openai
        if anthropic is not UNSET:
            field_dict["anthropic"] = anthropic
        if google is not UNSET:
            field_dict["google"] = google

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_openai = d.pop("openai", UNSET)
        if _raw_openai is not UNSET:
            _openai = _raw_openai
            openai: ProviderPassthrough | Unset
            if isinstance(_openai, Unset):
                openai = UNSET
            else:
                openai = ProviderPassthrough.from_dict(_openai)

        else:
            openai = UNSET

        _raw_anthropic = d.pop("anthropic", UNSET)
        if _raw_anthropic is not UNSET:
            _anthropic = _raw_anthropic
            anthropic: ProviderPassthrough | Unset
            if isinstance(_anthropic, Unset):
                anthropic = UNSET
            else:
                anthropic = ProviderPassthrough.from_dict(_anthropic)

        else:
            anthropic = UNSET

        _raw_google = d.pop("google", UNSET)
        if _raw_google is not UNSET:
            _google = _raw_google
            google: ProviderPassthrough | Unset
            if isinstance(_google, Unset):
                google = UNSET
            else:
                google = ProviderPassthrough.from_dict(_google)

        else:
            google = UNSET

        provider_options = cls(
            openai=openai,
            anthropic=anthropic,
            google=google,
        )

        provider_options.additional_properties = d
        return provider_options

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

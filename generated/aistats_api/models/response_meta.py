from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseMeta")


@_attrs_define
class ResponseMeta:
    """The gateway's `meta` block (only with `meta: true`); fields vary."""

    request_id: str | Unset = UNSET
    """ The gateway's request id. """
    provider: str | Unset = UNSET
    """ The provider that answered. """
    latency_ms: float | Unset = UNSET
    """ Total time spent, in milliseconds. """
    cost: float | Unset = UNSET
    """ Cost of the request in the account's currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        provider = self.provider

        latency_ms = self.latency_ms

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("requestId", UNSET)

        provider = d.pop("provider", UNSET)

        latency_ms = d.pop("latency_ms", UNSET)

        cost = d.pop("cost", UNSET)

        response_meta = cls(
            request_id=request_id,
            provider=provider,
            latency_ms=latency_ms,
            cost=cost,
        )

        response_meta.additional_properties = d
        return response_meta

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

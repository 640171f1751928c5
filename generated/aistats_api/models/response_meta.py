from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="ResponseMeta")


@_attrs_define(repr=False)
class ResponseMeta:
    """The gateway's `meta` block (only with `meta: true`); fields vary."""

    request_id: str | None = None
    """ The gateway's request id. """

    provider: str | None = None
    """ The provider that answered. """

    latency_ms: float | None = None
    """ Total time spent, in milliseconds. """

    cost: float | None = None
    """ Cost of the request in the account's currency. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.request_id is not None:
            request_id = self.request_id
            field_dict["requestId"] = request_id
        elif "requestId" in self._json_nulls:
            field_dict["requestId"] = None
        if self.provider is not None:
            provider = self.provider
            field_dict["provider"] = provider
        elif "provider" in self._json_nulls:
            field_dict["provider"] = None
        if self.latency_ms is not None:
            latency_ms = self.latency_ms
            field_dict["latency_ms"] = latency_ms
        elif "latency_ms" in self._json_nulls:
            field_dict["latency_ms"] = None
        if self.cost is not None:
            cost = self.cost
            field_dict["cost"] = cost
        elif "cost" in self._json_nulls:
            field_dict["cost"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_meta = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_request_id = d.pop("requestId", UNSET)
        if _raw_request_id is UNSET:
            response_meta.request_id = None
        elif _raw_request_id is None:
            response_meta.request_id = None
            json_nulls += ("requestId",)
        else:
            request_id = _raw_request_id

            response_meta.request_id = request_id
        _raw_provider = d.pop("provider", UNSET)
        if _raw_provider is UNSET:
            response_meta.provider = None
        elif _raw_provider is None:
            response_meta.provider = None
            json_nulls += ("provider",)
        else:
            provider = _raw_provider

            response_meta.provider = provider
        _raw_latency_ms = d.pop("latency_ms", UNSET)
        if _raw_latency_ms is UNSET:
            response_meta.latency_ms = None
        elif _raw_latency_ms is None:
            response_meta.latency_ms = None
            json_nulls += ("latency_ms",)
        else:
            latency_ms = _raw_latency_ms

            response_meta.latency_ms = latency_ms
        _raw_cost = d.pop("cost", UNSET)
        if _raw_cost is UNSET:
            response_meta.cost = None
        elif _raw_cost is None:
            response_meta.cost = None
            json_nulls += ("cost",)
        else:
            cost = _raw_cost

            response_meta.cost = cost
        response_meta.additional_properties = d
        response_meta._json_nulls = json_nulls
        return response_meta

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("request_id", "provider", "latency_ms", "cost"),
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

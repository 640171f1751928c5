from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="ProviderSort")


@_attrs_define(repr=False)
class ProviderSort:
    """A sort specification for provider routing."""

    by: str | None = None
    """ What to sort by (`price`, `throughput`, `latency`). """

    partition: str | None = None
    """ How to partition candidates before sorting. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.by is not None:
            by = self.by
            field_dict["by"] = by
        elif "by" in self._json_nulls:
            field_dict["by"] = None
        if self.partition is not None:
            partition = self.partition
            field_dict["partition"] = partition
        elif "partition" in self._json_nulls:
            field_dict["partition"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_sort = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_by = d.pop("by", UNSET)
        if _raw_by is UNSET:
            provider_sort.by = None
        elif _raw_by is None:
            provider_sort.by = None
            json_nulls += ("by",)
        else:
            by = _raw_by

            provider_sort.by = by
        _raw_partition = d.pop("partition", UNSET)
        if _raw_partition is UNSET:
            provider_sort.partition = None
        elif _raw_partition is None:
            provider_sort.partition = None
            json_nulls += ("partition",)
        else:
            partition = _raw_partition

            provider_sort.partition = partition
        provider_sort.additional_properties = d
        provider_sort._json_nulls = json_nulls
        return provider_sort

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("by", "partition"),
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="WebSearchLocation")


@_attrs_define(repr=False)
class WebSearchLocation:
    """An approximate location."""

    country: str | None = None
    """ Two-letter ISO country code, e.g. `US`. """

    region: str | None = None
    """ Region or state. """

    city: str | None = None
    """ City. """

    timezone: str | None = None
    """ IANA time zone, e.g. `America/Los_Angeles`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.country is not None:
            country = self.country
            field_dict["country"] = country
        elif "country" in self._json_nulls:
            field_dict["country"] = None
        if self.region is not None:
            region = self.region
            field_dict["region"] = region
        elif "region" in self._json_nulls:
            field_dict["region"] = None
        if self.city is not None:
            city = self.city
            field_dict["city"] = city
        elif "city" in self._json_nulls:
            field_dict["city"] = None
        if self.timezone is not None:
            timezone = self.timezone
            field_dict["timezone"] = timezone
        elif "timezone" in self._json_nulls:
            field_dict["timezone"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        web_search_location = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_country = d.pop("country", UNSET)
        if _raw_country is UNSET:
            web_search_location.country = None
        elif _raw_country is None:
            web_search_location.country = None
            json_nulls += ("country",)
        else:
            country = _raw_country

            web_search_location.country = country
        _raw_region = d.pop("region", UNSET)
        if _raw_region is UNSET:
            web_search_location.region = None
        elif _raw_region is None:
            web_search_location.region = None
            json_nulls += ("region",)
        else:
            region = _raw_region

            web_search_location.region = region
        _raw_city = d.pop("city", UNSET)
        if _raw_city is UNSET:
            web_search_location.city = None
        elif _raw_city is None:
            web_search_location.city = None
            json_nulls += ("city",)
        else:
            city = _raw_city

            web_search_location.city = city
        _raw_timezone = d.pop("timezone", UNSET)
        if _raw_timezone is UNSET:
            web_search_location.timezone = None
        elif _raw_timezone is None:
            web_search_location.timezone = None
            json_nulls += ("timezone",)
        else:
            timezone = _raw_timezone

            web_search_location.timezone = timezone
        web_search_location.additional_properties = d
        web_search_location._json_nulls = json_nulls
        return web_search_location

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("country", "region", "city", "timezone"),
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

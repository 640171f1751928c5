from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.pricing_line import PricingLine


T = TypeVar("T", bound="UsagePricing")


@_attrs_define(repr=False)
class UsagePricing:
    """What the request cost."""

    total_nanos: int | None = None
    """ The cost in billionths of a US dollar. """

    total_usd_str: str | None = None
    """ The cost in US dollars, as a decimal string. """

    total_cents: int | None = None
    """ The cost in US cents, rounded. """

    currency: str | None = None
    """ Always `USD` today. """

    lines: list[PricingLine] | None = None
    """ How the cost was made up. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.total_nanos is not None:
            total_nanos = self.total_nanos
            field_dict["total_nanos"] = total_nanos
        elif "total_nanos" in self._json_nulls:
            field_dict["total_nanos"] = None
        if self.total_usd_str is not None:
            total_usd_str = self.total_usd_str
            field_dict["total_usd_str"] = total_usd_str
        elif "total_usd_str" in self._json_nulls:
            field_dict["total_usd_str"] = None
        if self.total_cents is not None:
            total_cents = self.total_cents
            field_dict["total_cents"] = total_cents
        elif "total_cents" in self._json_nulls:
            field_dict["total_cents"] = None
        if self.currency is not None:
            currency = self.currency
            field_dict["currency"] = currency
        elif "currency" in self._json_nulls:
            field_dict["currency"] = None
        if self.lines is not None:
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

            field_dict["lines"] = lines
        elif "lines" in self._json_nulls:
            field_dict["lines"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        usage_pricing = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_total_nanos = d.pop("total_nanos", UNSET)
        if _raw_total_nanos is UNSET:
            usage_pricing.total_nanos = None
        elif _raw_total_nanos is None:
            usage_pricing.total_nanos = None
            json_nulls += ("total_nanos",)
        else:
            total_nanos = _raw_total_nanos

            usage_pricing.total_nanos = total_nanos
        _raw_total_usd_str = d.pop("total_usd_str", UNSET)
        if _raw_total_usd_str is UNSET:
            usage_pricing.total_usd_str = None
        elif _raw_total_usd_str is None:
            usage_pricing.total_usd_str = None
            json_nulls += ("total_usd_str",)
        else:
            total_usd_str = _raw_total_usd_str

            usage_pricing.total_usd_str = total_usd_str
        _raw_total_cents = d.pop("total_cents", UNSET)
        if _raw_total_cents is UNSET:
            usage_pricing.total_cents = None
        elif _raw_total_cents is None:
            usage_pricing.total_cents = None
            json_nulls += ("total_cents",)
        else:
            total_cents = _raw_total_cents

            usage_pricing.total_cents = total_cents
        _raw_currency = d.pop("currency", UNSET)
        if _raw_currency is UNSET:
            usage_pricing.currency = None
        elif _raw_currency is None:
            usage_pricing.currency = None
            json_nulls += ("currency",)
        else:
            currency = _raw_currency

            usage_pricing.currency = currency
        _raw_lines = d.pop("lines", UNSET)
        if _raw_lines is UNSET:
            usage_pricing.lines = None
        elif _raw_lines is None:
            usage_pricing.lines = None
            json_nulls += ("lines",)
        else:
            lines = []
            _lines = _raw_lines
            for lines_item_data in _lines:
                lines_item = PricingLine.from_dict(lines_item_data)

                lines.append(lines_item)

            usage_pricing.lines = lines
        usage_pricing.additional_properties = d
        usage_pricing._json_nulls = json_nulls
        return usage_pricing

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("total_nanos", "total_usd_str", "total_cents", "currency", "lines"),
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
from ..models.pricing_line import PricingLine  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="PricingLine")


@_attrs_define(repr=False)
class PricingLine:
    """One priced quantity of the request (fields as the gateway's pricing engine writes them)."""

    dimension: str | None = None
    """ What was priced, e.g. `input_text_tokens`. """

    quantity: float | None = None
    """ How much of it. """

    billable_units: float | None = None
    """ The billed units. """

    unit_size: float | None = None
    """ The size of one unit. """

    unit_price_usd: str | None = None
    """ The price of one unit, in US dollars. """

    line_cost_usd: str | None = None
    """ The cost of this line, in US dollars. """

    line_nanos: int | None = None
    """ The cost of this line, in billionths of a US dollar. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.dimension is not None:
            dimension = self.dimension
            field_dict["dimension"] = dimension
        elif "dimension" in self._json_nulls:
            field_dict["dimension"] = None
        if self.quantity is not None:
            quantity = self.quantity
            field_dict["quantity"] = quantity
        elif "quantity" in self._json_nulls:
            field_dict["quantity"] = None
        if self.billable_units is not None:
            billable_units = self.billable_units
            field_dict["billable_units"] = billable_units
        elif "billable_units" in self._json_nulls:
            field_dict["billable_units"] = None
        if self.unit_size is not None:
            unit_size = self.unit_size
            field_dict["unit_size"] = unit_size
        elif "unit_size" in self._json_nulls:
            field_dict["unit_size"] = None
        if self.unit_price_usd is not None:
            unit_price_usd = self.unit_price_usd
            field_dict["unit_price_usd"] = unit_price_usd
        elif "unit_price_usd" in self._json_nulls:
            field_dict["unit_price_usd"] = None
        if self.line_cost_usd is not None:
            line_cost_usd = self.line_cost_usd
            field_dict["line_cost_usd"] = line_cost_usd
        elif "line_cost_usd" in self._json_nulls:
            field_dict["line_cost_usd"] = None
        if self.line_nanos is not None:
            line_nanos = self.line_nanos
            field_dict["line_nanos"] = line_nanos
        elif "line_nanos" in self._json_nulls:
            field_dict["line_nanos"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pricing_line = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_dimension = d.pop("dimension", UNSET)
        if _raw_dimension is UNSET:
            pricing_line.dimension = None
        elif _raw_dimension is None:
            pricing_line.dimension = None
            json_nulls += ("dimension",)
        else:
            dimension = _raw_dimension

            pricing_line.dimension = dimension
        _raw_quantity = d.pop("quantity", UNSET)
        if _raw_quantity is UNSET:
            pricing_line.quantity = None
        elif _raw_quantity is None:
            pricing_line.quantity = None
            json_nulls += ("quantity",)
        else:
            quantity = _raw_quantity

            pricing_line.quantity = quantity
        _raw_billable_units = d.pop("billable_units", UNSET)
        if _raw_billable_units is UNSET:
            pricing_line.billable_units = None
        elif _raw_billable_units is None:
            pricing_line.billable_units = None
            json_nulls += ("billable_units",)
        else:
            billable_units = _raw_billable_units

            pricing_line.billable_units = billable_units
        _raw_unit_size = d.pop("unit_size", UNSET)
        if _raw_unit_size is UNSET:
            pricing_line.unit_size = None
        elif _raw_unit_size is None:
            pricing_line.unit_size = None
            json_nulls += ("unit_size",)
        else:
            unit_size = _raw_unit_size

            pricing_line.unit_size = unit_size
        _raw_unit_price_usd = d.pop("unit_price_usd", UNSET)
        if _raw_unit_price_usd is UNSET:
            pricing_line.unit_price_usd = None
        elif _raw_unit_price_usd is None:
            pricing_line.unit_price_usd = None
            json_nulls += ("unit_price_usd",)
        else:
            unit_price_usd = _raw_unit_price_usd

            pricing_line.unit_price_usd = unit_price_usd
        _raw_line_cost_usd = d.pop("line_cost_usd", UNSET)
        if _raw_line_cost_usd is UNSET:
            pricing_line.line_cost_usd = None
        elif _raw_line_cost_usd is None:
            pricing_line.line_cost_usd = None
            json_nulls += ("line_cost_usd",)
        else:
            line_cost_usd = _raw_line_cost_usd

            pricing_line.line_cost_usd = line_cost_usd
        _raw_line_nanos = d.pop("line_nanos", UNSET)
        if _raw_line_nanos is UNSET:
            pricing_line.line_nanos = None
        elif _raw_line_nanos is None:
            pricing_line.line_nanos = None
            json_nulls += ("line_nanos",)
        else:
            line_nanos = _raw_line_nanos

            pricing_line.line_nanos = line_nanos
        pricing_line.additional_properties = d
        pricing_line._json_nulls = json_nulls
        return pricing_line

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            (
                "dimension",
                "quantity",
                "billable_units",
                "unit_size",
                "unit_price_usd",
                "line_cost_usd",
                "line_nanos",
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

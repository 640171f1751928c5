from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_preferences_data_collection import (
    ProviderPreferencesDataCollection,
    check_provider_preferences_data_collection,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_max_price import ProviderMaxPrice
    from ..models.provider_sort import ProviderSort


T = TypeVar("T", bound="ProviderPreferences")


@_attrs_define
class ProviderPreferences:
    """How the gateway picks and falls back between upstream providers."""

    order: list[str] | Unset = UNSET
    """ Providers to try, in this order. """
    only: list[str] | Unset = UNSET
    """ Use only these providers. """
    ignore: list[str] | Unset = UNSET
    """ Never use these providers. """
    include_alpha: bool | Unset = UNSET
    """ Allow providers still in alpha. """
    allow_fallbacks: bool | None | Unset = UNSET
    """ Whether to fall back to other providers when the preferred ones fail. """
    require_parameters: bool | Unset = UNSET
    """ Use only providers that support every parameter of the request. """
    required_execution_region: str | Unset = UNSET
    """ Run the model only in this region. """
    required_data_region: str | Unset = UNSET
    """ Keep data only in this region. """
    require_zero_data_retention: bool | Unset = UNSET
    """ Use only providers that retain no data. """
    zdr: bool | Unset = UNSET
    """ Short for `require_zero_data_retention`. """
    data_collection: ProviderPreferencesDataCollection | Unset = UNSET
    """ Whether providers that collect data may be used. """
    enforce_distillable_text: bool | Unset = UNSET
    """ Use only providers whose output may be used for distillation. """
    quantizations: list[str] | Unset = UNSET
    """ Accepted model quantizations (e.g. `fp8`, `bf16`). """
    sort: ProviderSort | str | Unset = UNSET
    """ Sort providers by `price`, `throughput` or `latency`, or by a sort object. """
    max_price: ProviderMaxPrice | Unset = UNSET
    """ Highest price accepted per unit; each a number or a decimal string. """
    preferred_min_throughput: float | Unset = UNSET
    """ Prefer providers at least this fast (tokens per second). """
    preferred_max_latency: float | Unset = UNSET
    """ Prefer providers at most this slow to the first token (seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order: list[str] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        only: list[str] | Unset = UNSET
        if not isinstance(self.only, Unset):
            only = self.only

        ignore: list[str] | Unset = UNSET
        if not isinstance(self.ignore, Unset):
            ignore = self.ignore

        include_alpha = self.include_alpha

        allow_fallbacks: bool | None | Unset
        if isinstance(self.allow_fallbacks, Unset):
            allow_fallbacks = UNSET
        else:
            allow_fallbacks = self.allow_fallbacks

        require_parameters = self.require_parameters

        required_execution_region = self.required_execution_region

        required_data_region = self.required_data_region

        require_zero_data_retention = self.require_zero_data_retention

        zdr = self.zdr

        data_collection: str | Unset = UNSET
        if not isinstance(self.data_collection, Unset):
            data_collection = self.data_collection

        enforce_distillable_text = self.enforce_distillable_text

        quantizations: list[str] | Unset = UNSET
        if not isinstance(self.quantizations, Unset):
            quantizations = self.quantizations

        sort: dict[str, Any] | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, ProviderSort):
            sort = self.sort.to_dict()
        else:
            sort = self.sort

        max_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_price, Unset):
            max_price = self.max_price.to_dict()

        preferred_min_throughput = self.preferred_min_throughput

        preferred_max_latency = self.preferred_max_latency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if only is not UNSET:
            field_dict["only"] = only
        if ignore is not UNSET:
            field_dict["ignore"] = ignore
        if include_alpha is not UNSET:
            field_dict["include_alpha"] = include_alpha
        if allow_fallbacks is not UNSET:
            field_dict["allow_fallbacks"] = allow_fallbacks
        if require_parameters is not UNSET:
            field_dict["require_parameters"] = require_parameters
        if required_execution_region is not UNSET:
            field_dict["required_execution_region"] = required_execution_region
        if required_data_region is not UNSET:
            field_dict["required_data_region"] = required_data_region
        if require_zero_data_retention is not UNSET:
            field_dict["require_zero_data_retention"] = require_zero_data_retention
        if zdr is not UNSET:
            field_dict["zdr"] = zdr
        if data_collection is not UNSET:
            field_dict["data_collection"] = data_collection
        if enforce_distillable_text is not UNSET:
            field_dict["enforce_distillable_text"] = enforce_distillable_text
        if quantizations is not UNSET:
            field_dict["quantizations"] = quantizations
        if sort is not UNSET:
            field_dict["sort"] = sort
        if max_price is not UNSET:
            field_dict["max_price"] = max_price
        if preferred_min_throughput is not UNSET:
            field_dict["preferred_min_throughput"] = preferred_min_throughput
        if preferred_max_latency is not UNSET:
            field_dict["preferred_max_latency"] = preferred_max_latency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_order = d.pop("order", UNSET)
        if _raw_order is not UNSET:
            order = cast(list[str], _raw_order)

        else:
            order = UNSET

        _raw_only = d.pop("only", UNSET)
        if _raw_only is not UNSET:
            only = cast(list[str], _raw_only)

        else:
            only = UNSET

        _raw_ignore = d.pop("ignore", UNSET)
        if _raw_ignore is not UNSET:
            ignore = cast(list[str], _raw_ignore)

        else:
            ignore = UNSET

        include_alpha = d.pop("include_alpha", UNSET)

        _raw_allow_fallbacks = d.pop("allow_fallbacks", UNSET)
        if _raw_allow_fallbacks is not UNSET:
            allow_fallbacks = cast("bool | None | Unset", _raw_allow_fallbacks)

        else:
            allow_fallbacks = UNSET

        require_parameters = d.pop("require_parameters", UNSET)

        required_execution_region = d.pop("required_execution_region", UNSET)

        required_data_region = d.pop("required_data_region", UNSET)

        require_zero_data_retention = d.pop("require_zero_data_retention", UNSET)

        zdr = d.pop("zdr", UNSET)

        _raw_data_collection = d.pop("data_collection", UNSET)
        if _raw_data_collection is not UNSET:
            _data_collection = _raw_data_collection
            data_collection: ProviderPreferencesDataCollection | Unset
            if isinstance(_data_collection, Unset):
                data_collection = UNSET
            else:
                data_collection = check_provider_preferences_data_collection(_data_collection)

        else:
            data_collection = UNSET

        enforce_distillable_text = d.pop("enforce_distillable_text", UNSET)

        _raw_quantizations = d.pop("quantizations", UNSET)
        if _raw_quantizations is not UNSET:
            quantizations = cast(list[str], _raw_quantizations)

        else:
            quantizations = UNSET

        _raw_sort = d.pop("sort", UNSET)
        if _raw_sort is not UNSET:

            def _parse_sort(data: object) -> ProviderSort | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    sort_type_1 = ProviderSort.from_dict(data)

                    return sort_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("ProviderSort | str | Unset", data)

            sort = _parse_sort(_raw_sort)

        else:
            sort = UNSET

        _raw_max_price = d.pop("max_price", UNSET)
        if _raw_max_price is not UNSET:
            _max_price = _raw_max_price
            max_price: ProviderMaxPrice | Unset
            if isinstance(_max_price, Unset):
                max_price = UNSET
            else:
                max_price = ProviderMaxPrice.from_dict(_max_price)

        else:
            max_price = UNSET

        preferred_min_throughput = d.pop("preferred_min_throughput", UNSET)

        preferred_max_latency = d.pop("preferred_max_latency", UNSET)

        provider_preferences = cls(
            order=order,
            only=only,
            ignore=ignore,
            include_alpha=include_alpha,
            allow_fallbacks=allow_fallbacks,
            require_parameters=require_parameters,
            required_execution_region=required_execution_region,
            required_data_region=required_data_region,
            require_zero_data_retention=require_zero_data_retention,
            zdr=zdr,
            data_collection=data_collection,
            enforce_distillable_text=enforce_distillable_text,
            quantizations=quantizations,
            sort=sort,
            max_price=max_price,
            preferred_min_throughput=preferred_min_throughput,
            preferred_max_latency=preferred_max_latency,
        )

        provider_preferences.additional_properties = d
        return provider_preferences

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
from ..models.provider_max_price import ProviderMaxPrice  # noqa: E402
from ..models.provider_sort import ProviderSort  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_collection_policy import DataCollectionPolicy
from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.percentile_map import PercentileMap
    from ..models.provider_max_price import ProviderMaxPrice
    from ..models.provider_sort import ProviderSort


T = TypeVar("T", bound="ProviderPreferences")


@_attrs_define(repr=False)
class ProviderPreferences:
    """How the gateway picks and falls back between upstream providers (also sent as `routing`).
    Most fields have a camel-case twin the gateway reads the same way; unknown keys pass through.

    """

    mode: str | None = None
    """ A routing mode, where the gateway offers several. """

    order: list[str] | None = None
    """ Providers to try, in this order. """

    only: list[str] | None = None
    """ Use only these providers. """

    ignore: list[str] | None = None
    """ Never use these providers. """

    include_alpha: bool | None = None
    """ Allow providers still in alpha. """

    includeAlpha: bool | None = None
    """ Allow providers still in alpha (camel case). """

    allow_fallbacks: bool | None = None
    """ Whether to fall back to other providers when the preferred ones fail. """

    require_parameters: bool | None = None
    """ Use only providers that support every parameter of the request. """

    required_execution_region: str | None = None
    """ Run the model only in this region. """

    required_data_region: str | None = None
    """ Keep data only in this region. """

    require_zero_data_retention: bool | None = None
    """ Use only providers that retain no data. """

    zdr: bool | None = None
    """ Short for `require_zero_data_retention`. """

    data_collection: DataCollectionPolicy | None = None
    """ Whether providers that collect data may be used (`allow` or `deny`). """

    enforce_distillable_text: bool | None = None
    """ Use only providers whose output may be used for distillation. """

    quantizations: list[str] | None = None
    """ Accepted model quantizations (e.g. `fp8`, `bf16`). """

    sort: ProviderSort | str | None = None
    """ Sort providers by `price`, `throughput` or `latency`, or by a sort object. """

    max_price: ProviderMaxPrice | None = None
    """ Highest price accepted per unit; each a number or a decimal string. """

    preferred_min_throughput: float | PercentileMap | None = None
    """ Prefer providers at least this fast (tokens per second), or a map of percentile to speed. """

    preferred_max_latency: float | PercentileMap | None = None
    """ Prefer providers at most this slow to the first token (seconds), or a map of percentile to latency. """

    diagnostics: bool | None = None
    """ Return routing diagnostics with the response. """

    return_diagnostics: bool | None = None
    """ Return routing diagnostics with the response (as `routing_diagnostics`). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.mode is not None:
            mode: None | str
            mode = self.mode
            field_dict["mode"] = mode
        elif "mode" in self._json_nulls:
            field_dict["mode"] = None
        if self.order is not None:
            order = self.order

            field_dict["order"] = order
        elif "order" in self._json_nulls:
            field_dict["order"] = None
        if self.only is not None:
            only = self.only

            field_dict["only"] = only
        elif "only" in self._json_nulls:
            field_dict["only"] = None
        if self.ignore is not None:
            ignore = self.ignore

            field_dict["ignore"] = ignore
        elif "ignore" in self._json_nulls:
            field_dict["ignore"] = None
        if self.include_alpha is not None:
            include_alpha = self.include_alpha
            field_dict["include_alpha"] = include_alpha
        elif "include_alpha" in self._json_nulls:
            field_dict["include_alpha"] = None
        if self.includeAlpha is not None:
            includeAlpha = self.includeAlpha
            field_dict["includeAlpha"] = includeAlpha
        elif "includeAlpha" in self._json_nulls:
            field_dict["includeAlpha"] = None
        if self.allow_fallbacks is not None:
            allow_fallbacks: bool | None
            allow_fallbacks = self.allow_fallbacks
            field_dict["allow_fallbacks"] = allow_fallbacks
        elif "allow_fallbacks" in self._json_nulls:
            field_dict["allow_fallbacks"] = None
        if self.require_parameters is not None:
            require_parameters: bool | None
            require_parameters = self.require_parameters
            field_dict["require_parameters"] = require_parameters
        elif "require_parameters" in self._json_nulls:
            field_dict["require_parameters"] = None
        if self.required_execution_region is not None:
            required_execution_region: None | str
            required_execution_region = self.required_execution_region
            field_dict["required_execution_region"] = required_execution_region
        elif "required_execution_region" in self._json_nulls:
            field_dict["required_execution_region"] = None
        if self.required_data_region is not None:
            required_data_region: None | str
            required_data_region = self.required_data_region
            field_dict["required_data_region"] = required_data_region
        elif "required_data_region" in self._json_nulls:
            field_dict["required_data_region"] = None
        if self.require_zero_data_retention is not None:
            require_zero_data_retention: bool | None
            require_zero_data_retention = self.require_zero_data_retention
            field_dict["require_zero_data_retention"] = require_zero_data_retention
        elif "require_zero_data_retention" in self._json_nulls:
            field_dict["require_zero_data_retention"] = None
        if self.zdr is not None:
            zdr: bool | None
            zdr = self.zdr
            field_dict["zdr"] = zdr
        elif "zdr" in self._json_nulls:
            field_dict["zdr"] = None
        if self.data_collection is not None:
            data_collection: None | str
            if isinstance(self.data_collection, str):
                data_collection = self.data_collection
            else:
                data_collection = self.data_collection
            field_dict["data_collection"] = data_collection
        elif "data_collection" in self._json_nulls:
            field_dict["data_collection"] = None
        if self.enforce_distillable_text is not None:
            enforce_distillable_text: bool | None
            enforce_distillable_text = self.enforce_distillable_text
            field_dict["enforce_distillable_text"] = enforce_distillable_text
        elif "enforce_distillable_text" in self._json_nulls:
            field_dict["enforce_distillable_text"] = None
        if self.quantizations is not None:
            quantizations: list[str] | None
            if isinstance(self.quantizations, list):
                quantizations = self.quantizations

            else:
                quantizations = self.quantizations
            field_dict["quantizations"] = quantizations
        elif "quantizations" in self._json_nulls:
            field_dict["quantizations"] = None
        if self.sort is not None:
            sort: dict[str, Any] | None | str
            if isinstance(self.sort, ProviderSort):
                sort = self.sort.to_dict()
            else:
                sort = self.sort
            field_dict["sort"] = sort
        elif "sort" in self._json_nulls:
            field_dict["sort"] = None
        if self.max_price is not None:
            max_price = self.max_price.to_dict()
            field_dict["max_price"] = max_price
        elif "max_price" in self._json_nulls:
            field_dict["max_price"] = None
        if self.preferred_min_throughput is not None:
            preferred_min_throughput: dict[str, Any] | float
            if isinstance(self.preferred_min_throughput, PercentileMap):
                preferred_min_throughput = self.preferred_min_throughput.to_dict()
            else:
                preferred_min_throughput = self.preferred_min_throughput
            field_dict["preferred_min_throughput"] = preferred_min_throughput
        elif "preferred_min_throughput" in self._json_nulls:
            field_dict["preferred_min_throughput"] = None
        if self.preferred_max_latency is not None:
            preferred_max_latency: dict[str, Any] | float
            if isinstance(self.preferred_max_latency, PercentileMap):
                preferred_max_latency = self.preferred_max_latency.to_dict()
            else:
                preferred_max_latency = self.preferred_max_latency
            field_dict["preferred_max_latency"] = preferred_max_latency
        elif "preferred_max_latency" in self._json_nulls:
            field_dict["preferred_max_latency"] = None
        if self.diagnostics is not None:
            diagnostics: bool | None
            diagnostics = self.diagnostics
            field_dict["diagnostics"] = diagnostics
        elif "diagnostics" in self._json_nulls:
            field_dict["diagnostics"] = None
        if self.return_diagnostics is not None:
            return_diagnostics: bool | None
            return_diagnostics = self.return_diagnostics
            field_dict["return_diagnostics"] = return_diagnostics
        elif "return_diagnostics" in self._json_nulls:
            field_dict["return_diagnostics"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_preferences = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_mode = d.pop("mode", UNSET)
        if _raw_mode is UNSET:
            provider_preferences.mode = None
        elif _raw_mode is None:
            provider_preferences.mode = None
            json_nulls += ("mode",)
        else:
            mode = cast("None | str", _raw_mode)

            provider_preferences.mode = mode
        _raw_order = d.pop("order", UNSET)
        if _raw_order is UNSET:
            provider_preferences.order = None
        elif _raw_order is None:
            provider_preferences.order = None
            json_nulls += ("order",)
        else:
            order = cast(list[str], _raw_order)

            provider_preferences.order = order
        _raw_only = d.pop("only", UNSET)
        if _raw_only is UNSET:
            provider_preferences.only = None
        elif _raw_only is None:
            provider_preferences.only = None
            json_nulls += ("only",)
        else:
            only = cast(list[str], _raw_only)

            provider_preferences.only = only
        _raw_ignore = d.pop("ignore", UNSET)
        if _raw_ignore is UNSET:
            provider_preferences.ignore = None
        elif _raw_ignore is None:
            provider_preferences.ignore = None
            json_nulls += ("ignore",)
        else:
            ignore = cast(list[str], _raw_ignore)

            provider_preferences.ignore = ignore
        _raw_include_alpha = d.pop("include_alpha", UNSET)
        if _raw_include_alpha is UNSET:
            provider_preferences.include_alpha = None
        elif _raw_include_alpha is None:
            provider_preferences.include_alpha = None
            json_nulls += ("include_alpha",)
        else:
            include_alpha = _raw_include_alpha

            provider_preferences.include_alpha = include_alpha
        _raw_includeAlpha = d.pop("includeAlpha", UNSET)
        if _raw_includeAlpha is UNSET:
            provider_preferences.includeAlpha = None
        elif _raw_includeAlpha is None:
            provider_preferences.includeAlpha = None
            json_nulls += ("includeAlpha",)
        else:
            includeAlpha = _raw_includeAlpha

            provider_preferences.includeAlpha = includeAlpha
        _raw_allow_fallbacks = d.pop("allow_fallbacks", UNSET)
        if _raw_allow_fallbacks is UNSET:
            provider_preferences.allow_fallbacks = None
        elif _raw_allow_fallbacks is None:
            provider_preferences.allow_fallbacks = None
            json_nulls += ("allow_fallbacks",)
        else:
            allow_fallbacks = cast("bool | None", _raw_allow_fallbacks)

            provider_preferences.allow_fallbacks = allow_fallbacks
        _raw_require_parameters = d.pop("require_parameters", UNSET)
        if _raw_require_parameters is UNSET:
            provider_preferences.require_parameters = None
        elif _raw_require_parameters is None:
            provider_preferences.require_parameters = None
            json_nulls += ("require_parameters",)
        else:
            require_parameters = cast("bool | None", _raw_require_parameters)

            provider_preferences.require_parameters = require_parameters
        _raw_required_execution_region = d.pop("required_execution_region", UNSET)
        if _raw_required_execution_region is UNSET:
            provider_preferences.required_execution_region = None
        elif _raw_required_execution_region is None:
            provider_preferences.required_execution_region = None
            json_nulls += ("required_execution_region",)
        else:
            required_execution_region = cast("None | str", _raw_required_execution_region)

            provider_preferences.required_execution_region = required_execution_region
        _raw_required_data_region = d.pop("required_data_region", UNSET)
        if _raw_required_data_region is UNSET:
            provider_preferences.required_data_region = None
        elif _raw_required_data_region is None:
            provider_preferences.required_data_region = None
            json_nulls += ("required_data_region",)
        else:
            required_data_region = cast("None | str", _raw_required_data_region)

            provider_preferences.required_data_region = required_data_region
        _raw_require_zero_data_retention = d.pop("require_zero_data_retention", UNSET)
        if _raw_require_zero_data_retention is UNSET:
            provider_preferences.require_zero_data_retention = None
        elif _raw_require_zero_data_retention is None:
            provider_preferences.require_zero_data_retention = None
            json_nulls += ("require_zero_data_retention",)
        else:
            require_zero_data_retention = cast("bool | None", _raw_require_zero_data_retention)

            provider_preferences.require_zero_data_retention = require_zero_data_retention
        _raw_zdr = d.pop("zdr", UNSET)
        if _raw_zdr is UNSET:
            provider_preferences.zdr = None
        elif _raw_zdr is None:
            provider_preferences.zdr = None
            json_nulls += ("zdr",)
        else:
            zdr = cast("bool | None", _raw_zdr)

            provider_preferences.zdr = zdr
        _raw_data_collection = d.pop("data_collection", UNSET)
        if _raw_data_collection is UNSET:
            provider_preferences.data_collection = None
        elif _raw_data_collection is None:
            provider_preferences.data_collection = None
            json_nulls += ("data_collection",)
        else:
            data_collection = cast("DataCollectionPolicy | None", _raw_data_collection)

            provider_preferences.data_collection = data_collection
        _raw_enforce_distillable_text = d.pop("enforce_distillable_text", UNSET)
        if _raw_enforce_distillable_text is UNSET:
            provider_preferences.enforce_distillable_text = None
        elif _raw_enforce_distillable_text is None:
            provider_preferences.enforce_distillable_text = None
            json_nulls += ("enforce_distillable_text",)
        else:
            enforce_distillable_text = cast("bool | None", _raw_enforce_distillable_text)

            provider_preferences.enforce_distillable_text = enforce_distillable_text
        _raw_quantizations = d.pop("quantizations", UNSET)
        if _raw_quantizations is UNSET:
            provider_preferences.quantizations = None
        elif _raw_quantizations is None:
            provider_preferences.quantizations = None
            json_nulls += ("quantizations",)
        else:

            def _parse_quantizations(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    quantizations_type_0 = cast(list[str], data)

                    return quantizations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("list[str] | None", data)

            quantizations = _parse_quantizations(_raw_quantizations)

            provider_preferences.quantizations = quantizations
        _raw_sort = d.pop("sort", UNSET)
        if _raw_sort is UNSET:
            provider_preferences.sort = None
        elif _raw_sort is None:
            provider_preferences.sort = None
            json_nulls += ("sort",)
        else:

            def _parse_sort(data: object) -> None | ProviderSort | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    sort_type_1 = ProviderSort.from_dict(data)

                    return sort_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("None | ProviderSort | str", data)

            sort = _parse_sort(_raw_sort)

            provider_preferences.sort = sort
        _raw_max_price = d.pop("max_price", UNSET)
        if _raw_max_price is UNSET:
            provider_preferences.max_price = None
        elif _raw_max_price is None:
            provider_preferences.max_price = None
            json_nulls += ("max_price",)
        else:
            max_price = ProviderMaxPrice.from_dict(_raw_max_price)

            provider_preferences.max_price = max_price
        _raw_preferred_min_throughput = d.pop("preferred_min_throughput", UNSET)
        if _raw_preferred_min_throughput is UNSET:
            provider_preferences.preferred_min_throughput = None
        elif _raw_preferred_min_throughput is None:
            provider_preferences.preferred_min_throughput = None
            json_nulls += ("preferred_min_throughput",)
        else:

            def _parse_preferred_min_throughput(data: object) -> float | PercentileMap:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    preferred_min_throughput_type_1 = PercentileMap.from_dict(data)

                    return preferred_min_throughput_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("float | PercentileMap", data)

            preferred_min_throughput = _parse_preferred_min_throughput(
                _raw_preferred_min_throughput
            )

            provider_preferences.preferred_min_throughput = preferred_min_throughput
        _raw_preferred_max_latency = d.pop("preferred_max_latency", UNSET)
        if _raw_preferred_max_latency is UNSET:
            provider_preferences.preferred_max_latency = None
        elif _raw_preferred_max_latency is None:
            provider_preferences.preferred_max_latency = None
            json_nulls += ("preferred_max_latency",)
        else:

            def _parse_preferred_max_latency(data: object) -> float | PercentileMap:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    preferred_max_latency_type_1 = PercentileMap.from_dict(data)

                    return preferred_max_latency_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("float | PercentileMap", data)

            preferred_max_latency = _parse_preferred_max_latency(_raw_preferred_max_latency)

            provider_preferences.preferred_max_latency = preferred_max_latency
        _raw_diagnostics = d.pop("diagnostics", UNSET)
        if _raw_diagnostics is UNSET:
            provider_preferences.diagnostics = None
        elif _raw_diagnostics is None:
            provider_preferences.diagnostics = None
            json_nulls += ("diagnostics",)
        else:
            diagnostics = cast("bool | None", _raw_diagnostics)

            provider_preferences.diagnostics = diagnostics
        _raw_return_diagnostics = d.pop("return_diagnostics", UNSET)
        if _raw_return_diagnostics is UNSET:
            provider_preferences.return_diagnostics = None
        elif _raw_return_diagnostics is None:
            provider_preferences.return_diagnostics = None
            json_nulls += ("return_diagnostics",)
        else:
            return_diagnostics = cast("bool | None", _raw_return_diagnostics)

            provider_preferences.return_diagnostics = return_diagnostics
        provider_preferences.additional_properties = d
        provider_preferences._json_nulls = json_nulls
        return provider_preferences

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            (
                "mode",
                "order",
                "only",
                "ignore",
                "include_alpha",
                "includeAlpha",
                "allow_fallbacks",
                "require_parameters",
                "required_execution_region",
                "required_data_region",
                "require_zero_data_retention",
                "zdr",
                "data_collection",
                "enforce_distillable_text",
                "quantizations",
                "sort",
                "max_price",
                "preferred_min_throughput",
                "preferred_max_latency",
                "diagnostics",
                "return_diagnostics",
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
from ..models.percentile_map import PercentileMap  # noqa: E402
from ..models.provider_max_price import ProviderMaxPrice  # noqa: E402
from ..models.provider_sort import ProviderSort  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.response_meta_routing import ResponseMetaRouting


T = TypeVar("T", bound="ResponseMeta")


@_attrs_define(repr=False)
class ResponseMeta:
    """The gateway's `meta` block (only with `meta: true`): timings in milliseconds (each may be
    null) and how the provider was chosen. Its earlier documents' `requestId`, `provider` and
    `cost` are not in it (the id is the response's `id`, the cost in `usage.pricing`).

    """

    throughput_tps: float | None = None
    """ Tokens per second of the generation. """

    output_speed_tps: float | None = None
    """ Output speed, tokens per second. """

    generation_ms: float | None = None
    """ Time the provider spent generating. """

    latency_ms: float | None = None
    """ Total time spent. """

    provider_ttft_ms: float | None = None
    """ The provider's time to the first token. """

    gateway_ttft_ms: float | None = None
    """ The gateway's time to the first token. """

    tpot_ms: float | None = None
    """ Time per output token. """

    itl_ms: float | None = None
    """ Inter-token latency. """

    phaseo_overhead_ms: float | None = None
    """ Time the gateway itself added. """

    end_to_end_ms: float | None = None
    """ Time from the request to the last byte. """

    routing: ResponseMetaRouting | None = None
    """ How the provider was chosen: `selected_provider`, `requested_params`, the providers dropped for unsupported
    parameters. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.throughput_tps is not None:
            throughput_tps: float | None
            throughput_tps = self.throughput_tps
            field_dict["throughput_tps"] = throughput_tps
        elif "throughput_tps" in self._json_nulls:
            field_dict["throughput_tps"] = None
        if self.output_speed_tps is not None:
            output_speed_tps: float | None
            output_speed_tps = self.output_speed_tps
            field_dict["output_speed_tps"] = output_speed_tps
        elif "output_speed_tps" in self._json_nulls:
            field_dict["output_speed_tps"] = None
        if self.generation_ms is not None:
            generation_ms: float | None
            generation_ms = self.generation_ms
            field_dict["generation_ms"] = generation_ms
        elif "generation_ms" in self._json_nulls:
            field_dict["generation_ms"] = None
        if self.latency_ms is not None:
            latency_ms: float | None
            latency_ms = self.latency_ms
            field_dict["latency_ms"] = latency_ms
        elif "latency_ms" in self._json_nulls:
            field_dict["latency_ms"] = None
        if self.provider_ttft_ms is not None:
            provider_ttft_ms: float | None
            provider_ttft_ms = self.provider_ttft_ms
            field_dict["provider_ttft_ms"] = provider_ttft_ms
        elif "provider_ttft_ms" in self._json_nulls:
            field_dict["provider_ttft_ms"] = None
        if self.gateway_ttft_ms is not None:
            gateway_ttft_ms: float | None
            gateway_ttft_ms = self.gateway_ttft_ms
            field_dict["gateway_ttft_ms"] = gateway_ttft_ms
        elif "gateway_ttft_ms" in self._json_nulls:
            field_dict["gateway_ttft_ms"] = None
        if self.tpot_ms is not None:
            tpot_ms: float | None
            tpot_ms = self.tpot_ms
            field_dict["tpot_ms"] = tpot_ms
        elif "tpot_ms" in self._json_nulls:
            field_dict["tpot_ms"] = None
        if self.itl_ms is not None:
            itl_ms: float | None
            itl_ms = self.itl_ms
            field_dict["itl_ms"] = itl_ms
        elif "itl_ms" in self._json_nulls:
            field_dict["itl_ms"] = None
        if self.phaseo_overhead_ms is not None:
            phaseo_overhead_ms: float | None
            phaseo_overhead_ms = self.phaseo_overhead_ms
            field_dict["phaseo_overhead_ms"] = phaseo_overhead_ms
        elif "phaseo_overhead_ms" in self._json_nulls:
            field_dict["phaseo_overhead_ms"] = None
        if self.end_to_end_ms is not None:
            end_to_end_ms: float | None
            end_to_end_ms = self.end_to_end_ms
            field_dict["end_to_end_ms"] = end_to_end_ms
        elif "end_to_end_ms" in self._json_nulls:
            field_dict["end_to_end_ms"] = None
        if self.routing is not None:
            routing = self.routing.to_dict()
            field_dict["routing"] = routing
        elif "routing" in self._json_nulls:
            field_dict["routing"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_meta = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_throughput_tps = d.pop("throughput_tps", UNSET)
        if _raw_throughput_tps is UNSET:
            response_meta.throughput_tps = None
        elif _raw_throughput_tps is None:
            response_meta.throughput_tps = None
            json_nulls += ("throughput_tps",)
        else:
            throughput_tps = cast("float | None", _raw_throughput_tps)

            response_meta.throughput_tps = throughput_tps
        _raw_output_speed_tps = d.pop("output_speed_tps", UNSET)
        if _raw_output_speed_tps is UNSET:
            response_meta.output_speed_tps = None
        elif _raw_output_speed_tps is None:
            response_meta.output_speed_tps = None
            json_nulls += ("output_speed_tps",)
        else:
            output_speed_tps = cast("float | None", _raw_output_speed_tps)

            response_meta.output_speed_tps = output_speed_tps
        _raw_generation_ms = d.pop("generation_ms", UNSET)
        if _raw_generation_ms is UNSET:
            response_meta.generation_ms = None
        elif _raw_generation_ms is None:
            response_meta.generation_ms = None
            json_nulls += ("generation_ms",)
        else:
            generation_ms = cast("float | None", _raw_generation_ms)

            response_meta.generation_ms = generation_ms
        _raw_latency_ms = d.pop("latency_ms", UNSET)
        if _raw_latency_ms is UNSET:
            response_meta.latency_ms = None
        elif _raw_latency_ms is None:
            response_meta.latency_ms = None
            json_nulls += ("latency_ms",)
        else:
            latency_ms = cast("float | None", _raw_latency_ms)

            response_meta.latency_ms = latency_ms
        _raw_provider_ttft_ms = d.pop("provider_ttft_ms", UNSET)
        if _raw_provider_ttft_ms is UNSET:
            response_meta.provider_ttft_ms = None
        elif _raw_provider_ttft_ms is None:
            response_meta.provider_ttft_ms = None
            json_nulls += ("provider_ttft_ms",)
        else:
            provider_ttft_ms = cast("float | None", _raw_provider_ttft_ms)

            response_meta.provider_ttft_ms = provider_ttft_ms
        _raw_gateway_ttft_ms = d.pop("gateway_ttft_ms", UNSET)
        if _raw_gateway_ttft_ms is UNSET:
            response_meta.gateway_ttft_ms = None
        elif _raw_gateway_ttft_ms is None:
            response_meta.gateway_ttft_ms = None
            json_nulls += ("gateway_ttft_ms",)
        else:
            gateway_ttft_ms = cast("float | None", _raw_gateway_ttft_ms)

            response_meta.gateway_ttft_ms = gateway_ttft_ms
        _raw_tpot_ms = d.pop("tpot_ms", UNSET)
        if _raw_tpot_ms is UNSET:
            response_meta.tpot_ms = None
        elif _raw_tpot_ms is None:
            response_meta.tpot_ms = None
            json_nulls += ("tpot_ms",)
        else:
            tpot_ms = cast("float | None", _raw_tpot_ms)

            response_meta.tpot_ms = tpot_ms
        _raw_itl_ms = d.pop("itl_ms", UNSET)
        if _raw_itl_ms is UNSET:
            response_meta.itl_ms = None
        elif _raw_itl_ms is None:
            response_meta.itl_ms = None
            json_nulls += ("itl_ms",)
        else:
            itl_ms = cast("float | None", _raw_itl_ms)

            response_meta.itl_ms = itl_ms
        _raw_phaseo_overhead_ms = d.pop("phaseo_overhead_ms", UNSET)
        if _raw_phaseo_overhead_ms is UNSET:
            response_meta.phaseo_overhead_ms = None
        elif _raw_phaseo_overhead_ms is None:
            response_meta.phaseo_overhead_ms = None
            json_nulls += ("phaseo_overhead_ms",)
        else:
            phaseo_overhead_ms = cast("float | None", _raw_phaseo_overhead_ms)

            response_meta.phaseo_overhead_ms = phaseo_overhead_ms
        _raw_end_to_end_ms = d.pop("end_to_end_ms", UNSET)
        if _raw_end_to_end_ms is UNSET:
            response_meta.end_to_end_ms = None
        elif _raw_end_to_end_ms is None:
            response_meta.end_to_end_ms = None
            json_nulls += ("end_to_end_ms",)
        else:
            end_to_end_ms = cast("float | None", _raw_end_to_end_ms)

            response_meta.end_to_end_ms = end_to_end_ms
        _raw_routing = d.pop("routing", UNSET)
        if _raw_routing is UNSET:
            response_meta.routing = None
        elif _raw_routing is None:
            response_meta.routing = None
            json_nulls += ("routing",)
        else:
            routing = ResponseMetaRouting.from_dict(_raw_routing)

            response_meta.routing = routing
        response_meta.additional_properties = d
        response_meta._json_nulls = json_nulls
        return response_meta

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            (
                "throughput_tps",
                "output_speed_tps",
                "generation_ms",
                "latency_ms",
                "provider_ttft_ms",
                "gateway_ttft_ms",
                "tpot_ms",
                "itl_ms",
                "phaseo_overhead_ms",
                "end_to_end_ms",
                "routing",
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
from ..models.response_meta_routing import ResponseMetaRouting  # noqa: E402

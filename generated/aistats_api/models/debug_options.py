from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.debug_options_trace_level import (
    DebugOptionsTraceLevel,
    check_debug_options_trace_level,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DebugOptions")


@_attrs_define
class DebugOptions:
    """Gateway debug controls. These flags are never forwarded upstream."""

    enabled: bool | Unset = UNSET
    """ Turn debugging on. """
    return_upstream_request: bool | Unset = UNSET
    """ Include the request sent upstream in the response. """
    return_upstream_response: bool | Unset = UNSET
    """ Include the raw upstream response in the response. """
    trace: bool | Unset = UNSET
    """ Record a routing trace. """
    trace_level: DebugOptionsTraceLevel | Unset = UNSET
    """ How detailed the trace is. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        return_upstream_request = self.return_upstream_request

        return_upstream_response = self.return_upstream_response

        trace = self.trace

        trace_level: str | Unset = UNSET
        if not isinstance(self.trace_level, Unset):
            trace_level = self.trace_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if return_upstream_request is not UNSET:
            field_dict["return_upstream_request"] = return_upstream_request
        if return_upstream_response is not UNSET:
            field_dict["return_upstream_response"] = return_upstream_response
        if trace is not UNSET:
            field_dict["trace"] = trace
        if trace_level is not UNSET:
            field_dict["trace_level"] = trace_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        return_upstream_request = d.pop("return_upstream_request", UNSET)

        return_upstream_response = d.pop("return_upstream_response", UNSET)

        trace = d.pop("trace", UNSET)

        _raw_trace_level = d.pop("trace_level", UNSET)
        if _raw_trace_level is not UNSET:
            _trace_level = _raw_trace_level
            trace_level: DebugOptionsTraceLevel | Unset
            if isinstance(_trace_level, Unset):
                trace_level = UNSET
            else:
                trace_level = check_debug_options_trace_level(_trace_level)

        else:
            trace_level = UNSET

        debug_options = cls(
            enabled=enabled,
            return_upstream_request=return_upstream_request,
            return_upstream_response=return_upstream_response,
            trace=trace,
            trace_level=trace_level,
        )

        debug_options.additional_properties = d
        return debug_options

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

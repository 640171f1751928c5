from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.debug_options_trace_level import (
    DebugOptionsTraceLevel,
    check_debug_options_trace_level,
)
from ..types import UNSET, model_repr

T = TypeVar("T", bound="DebugOptions")


@_attrs_define(repr=False)
class DebugOptions:
    """Gateway debug controls. These flags are never forwarded upstream."""

    enabled: bool | None = None
    """ Turn debugging on. """

    return_upstream_request: bool | None = None
    """ Include the request sent upstream in the response. """

    return_upstream_response: bool | None = None
    """ Include the raw upstream response in the response. """

    trace: bool | None = None
    """ Record a routing trace. """

    trace_level: DebugOptionsTraceLevel | None = None
    """ How detailed the trace is. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.enabled is not None:
            enabled = self.enabled
            field_dict["enabled"] = enabled
        elif "enabled" in self._json_nulls:
            field_dict["enabled"] = None
        if self.return_upstream_request is not None:
            return_upstream_request = self.return_upstream_request
            field_dict["return_upstream_request"] = return_upstream_request
        elif "return_upstream_request" in self._json_nulls:
            field_dict["return_upstream_request"] = None
        if self.return_upstream_response is not None:
            return_upstream_response = self.return_upstream_response
            field_dict["return_upstream_response"] = return_upstream_response
        elif "return_upstream_response" in self._json_nulls:
            field_dict["return_upstream_response"] = None
        if self.trace is not None:
            trace = self.trace
            field_dict["trace"] = trace
        elif "trace" in self._json_nulls:
            field_dict["trace"] = None
        if self.trace_level is not None:
            trace_level: str = self.trace_level
            field_dict["trace_level"] = trace_level
        elif "trace_level" in self._json_nulls:
            field_dict["trace_level"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        debug_options = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_enabled = d.pop("enabled", UNSET)
        if _raw_enabled is UNSET:
            debug_options.enabled = None
        elif _raw_enabled is None:
            debug_options.enabled = None
            json_nulls += ("enabled",)
        else:
            enabled = _raw_enabled

            debug_options.enabled = enabled
        _raw_return_upstream_request = d.pop("return_upstream_request", UNSET)
        if _raw_return_upstream_request is UNSET:
            debug_options.return_upstream_request = None
        elif _raw_return_upstream_request is None:
            debug_options.return_upstream_request = None
            json_nulls += ("return_upstream_request",)
        else:
            return_upstream_request = _raw_return_upstream_request

            debug_options.return_upstream_request = return_upstream_request
        _raw_return_upstream_response = d.pop("return_upstream_response", UNSET)
        if _raw_return_upstream_response is UNSET:
            debug_options.return_upstream_response = None
        elif _raw_return_upstream_response is None:
            debug_options.return_upstream_response = None
            json_nulls += ("return_upstream_response",)
        else:
            return_upstream_response = _raw_return_upstream_response

            debug_options.return_upstream_response = return_upstream_response
        _raw_trace = d.pop("trace", UNSET)
        if _raw_trace is UNSET:
            debug_options.trace = None
        elif _raw_trace is None:
            debug_options.trace = None
            json_nulls += ("trace",)
        else:
            trace = _raw_trace

            debug_options.trace = trace
        _raw_trace_level = d.pop("trace_level", UNSET)
        if _raw_trace_level is UNSET:
            debug_options.trace_level = None
        elif _raw_trace_level is None:
            debug_options.trace_level = None
            json_nulls += ("trace_level",)
        else:
            trace_level = check_debug_options_trace_level(_raw_trace_level)

            debug_options.trace_level = trace_level
        debug_options.additional_properties = d
        debug_options._json_nulls = json_nulls
        return debug_options

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            (
                "enabled",
                "return_upstream_request",
                "return_upstream_response",
                "trace",
                "trace_level",
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

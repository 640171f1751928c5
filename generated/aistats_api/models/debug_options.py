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

    echo_upstream_body: bool | None = None
    """ Include the body sent upstream in the response. """

    return_upstream_request: bool | None = None
    """ Include the request sent upstream in the response. """

    returnUpstreamRequest: bool | None = None
    """ Include the request sent upstream in the response (camel case). """

    return_upstream_response: bool | None = None
    """ Include the raw upstream response in the response. """

    returnUpstreamResponse: bool | None = None
    """ Include the raw upstream response in the response (camel case). """

    trace: bool | None = None
    """ Record a routing trace. """

    trace_level: DebugOptionsTraceLevel | None = None
    """ How detailed the trace is. """

    traceLevel: DebugOptionsTraceLevel | None = None
    """ How detailed the trace is (camel case). """

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
        if self.echo_upstream_body is not None:
            echo_upstream_body = self.echo_upstream_body
            field_dict["echo_upstream_body"] = echo_upstream_body
        elif "echo_upstream_body" in self._json_nulls:
            field_dict["echo_upstream_body"] = None
        if self.return_upstream_request is not None:
            return_upstream_request = self.return_upstream_request
            field_dict["return_upstream_request"] = return_upstream_request
        elif "return_upstream_request" in self._json_nulls:
            field_dict["return_upstream_request"] = None
        if self.returnUpstreamRequest is not None:
            returnUpstreamRequest = self.returnUpstreamRequest
            field_dict["returnUpstreamRequest"] = returnUpstreamRequest
        elif "returnUpstreamRequest" in self._json_nulls:
            field_dict["returnUpstreamRequest"] = None
        if self.return_upstream_response is not None:
            return_upstream_response = self.return_upstream_response
            field_dict["return_upstream_response"] = return_upstream_response
        elif "return_upstream_response" in self._json_nulls:
            field_dict["return_upstream_response"] = None
        if self.returnUpstreamResponse is not None:
            returnUpstreamResponse = self.returnUpstreamResponse
            field_dict["returnUpstreamResponse"] = returnUpstreamResponse
        elif "returnUpstreamResponse" in self._json_nulls:
            field_dict["returnUpstreamResponse"] = None
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
        if self.traceLevel is not None:
            traceLevel: str = self.traceLevel
            field_dict["traceLevel"] = traceLevel
        elif "traceLevel" in self._json_nulls:
            field_dict["traceLevel"] = None
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
        _raw_echo_upstream_body = d.pop("echo_upstream_body", UNSET)
        if _raw_echo_upstream_body is UNSET:
            debug_options.echo_upstream_body = None
        elif _raw_echo_upstream_body is None:
            debug_options.echo_upstream_body = None
            json_nulls += ("echo_upstream_body",)
        else:
            echo_upstream_body = _raw_echo_upstream_body

            debug_options.echo_upstream_body = echo_upstream_body
        _raw_return_upstream_request = d.pop("return_upstream_request", UNSET)
        if _raw_return_upstream_request is UNSET:
            debug_options.return_upstream_request = None
        elif _raw_return_upstream_request is None:
            debug_options.return_upstream_request = None
            json_nulls += ("return_upstream_request",)
        else:
            return_upstream_request = _raw_return_upstream_request

            debug_options.return_upstream_request = return_upstream_request
        _raw_returnUpstreamRequest = d.pop("returnUpstreamRequest", UNSET)
        if _raw_returnUpstreamRequest is UNSET:
            debug_options.returnUpstreamRequest = None
        elif _raw_returnUpstreamRequest is None:
            debug_options.returnUpstreamRequest = None
            json_nulls += ("returnUpstreamRequest",)
        else:
            returnUpstreamRequest = _raw_returnUpstreamRequest

            debug_options.returnUpstreamRequest = returnUpstreamRequest
        _raw_return_upstream_response = d.pop("return_upstream_response", UNSET)
        if _raw_return_upstream_response is UNSET:
            debug_options.return_upstream_response = None
        elif _raw_return_upstream_response is None:
            debug_options.return_upstream_response = None
            json_nulls += ("return_upstream_response",)
        else:
            return_upstream_response = _raw_return_upstream_response

            debug_options.return_upstream_response = return_upstream_response
        _raw_returnUpstreamResponse = d.pop("returnUpstreamResponse", UNSET)
        if _raw_returnUpstreamResponse is UNSET:
            debug_options.returnUpstreamResponse = None
        elif _raw_returnUpstreamResponse is None:
            debug_options.returnUpstreamResponse = None
            json_nulls += ("returnUpstreamResponse",)
        else:
            returnUpstreamResponse = _raw_returnUpstreamResponse

            debug_options.returnUpstreamResponse = returnUpstreamResponse
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
        _raw_traceLevel = d.pop("traceLevel", UNSET)
        if _raw_traceLevel is UNSET:
            debug_options.traceLevel = None
        elif _raw_traceLevel is None:
            debug_options.traceLevel = None
            json_nulls += ("traceLevel",)
        else:
            traceLevel = check_debug_options_trace_level(_raw_traceLevel)

            debug_options.traceLevel = traceLevel
        debug_options.additional_properties = d
        debug_options._json_nulls = json_nulls
        return debug_options

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            (
                "enabled",
                "echo_upstream_body",
                "return_upstream_request",
                "returnUpstreamRequest",
                "return_upstream_response",
                "returnUpstreamResponse",
                "trace",
                "trace_level",
                "traceLevel",
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

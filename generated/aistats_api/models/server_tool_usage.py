from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="ServerToolUsage")


@_attrs_define(repr=False)
class ServerToolUsage:
    """Counts of built-in tool uses billed to the request."""

    web_search_requests: int | None = None
    """ Web searches performed. """

    web_fetch_requests: int | None = None
    """ Pages fetched. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.web_search_requests is not None:
            web_search_requests = self.web_search_requests
            field_dict["web_search_requests"] = web_search_requests
        elif "web_search_requests" in self._json_nulls:
            field_dict["web_search_requests"] = None
        if self.web_fetch_requests is not None:
            web_fetch_requests = self.web_fetch_requests
            field_dict["web_fetch_requests"] = web_fetch_requests
        elif "web_fetch_requests" in self._json_nulls:
            field_dict["web_fetch_requests"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server_tool_usage = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_web_search_requests = d.pop("web_search_requests", UNSET)
        if _raw_web_search_requests is UNSET:
            server_tool_usage.web_search_requests = None
        elif _raw_web_search_requests is None:
            server_tool_usage.web_search_requests = None
            json_nulls += ("web_search_requests",)
        else:
            web_search_requests = _raw_web_search_requests

            server_tool_usage.web_search_requests = web_search_requests
        _raw_web_fetch_requests = d.pop("web_fetch_requests", UNSET)
        if _raw_web_fetch_requests is UNSET:
            server_tool_usage.web_fetch_requests = None
        elif _raw_web_fetch_requests is None:
            server_tool_usage.web_fetch_requests = None
            json_nulls += ("web_fetch_requests",)
        else:
            web_fetch_requests = _raw_web_fetch_requests

            server_tool_usage.web_fetch_requests = web_fetch_requests
        server_tool_usage.additional_properties = d
        server_tool_usage._json_nulls = json_nulls
        return server_tool_usage

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("web_search_requests", "web_fetch_requests"),
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

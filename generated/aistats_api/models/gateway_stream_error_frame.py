from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="GatewayStreamErrorFrame")


@_attrs_define(repr=False)
class GatewayStreamErrorFrame:
    """`{"object": "error", "message": ...}`, with the request's ids."""

    object_: Literal["error"]
    """ Always `error`. """

    message: str | None = None
    """ What went wrong (the upstream's message, or `stream_error`). """

    id: str | None = None
    """ The gateway's id of the request. """

    native_response_id: str | None = None
    """ The upstream provider's own id of the response. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        object_ = self.object_
        field_dict["object"] = object_
        if self.message is not None:
            message = self.message
            field_dict["message"] = message
        elif "message" in self._json_nulls:
            field_dict["message"] = None
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif "id" in self._json_nulls:
            field_dict["id"] = None
        if self.native_response_id is not None:
            native_response_id: None | str
            native_response_id = self.native_response_id
            field_dict["nativeResponseId"] = native_response_id
        elif "nativeResponseId" in self._json_nulls:
            field_dict["nativeResponseId"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gateway_stream_error_frame = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        object_ = cast(Literal["error"], d.pop("object"))
        if object_ != "error":
            raise ValueError(f"object must match const 'error', got '{object_}'")

        gateway_stream_error_frame.object_ = object_
        _raw_message = d.pop("message", UNSET)
        if _raw_message is UNSET:
            gateway_stream_error_frame.message = None
        elif _raw_message is None:
            gateway_stream_error_frame.message = None
            json_nulls += ("message",)
        else:
            message = _raw_message

            gateway_stream_error_frame.message = message
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            gateway_stream_error_frame.id = None
        elif _raw_id is None:
            gateway_stream_error_frame.id = None
            json_nulls += ("id",)
        else:
            id = _raw_id

            gateway_stream_error_frame.id = id
        _raw_native_response_id = d.pop("nativeResponseId", UNSET)
        if _raw_native_response_id is UNSET:
            gateway_stream_error_frame.native_response_id = None
        elif _raw_native_response_id is None:
            gateway_stream_error_frame.native_response_id = None
            json_nulls += ("nativeResponseId",)
        else:
            native_response_id = cast("None | str", _raw_native_response_id)

            gateway_stream_error_frame.native_response_id = native_response_id
        gateway_stream_error_frame.additional_properties = d
        gateway_stream_error_frame._json_nulls = json_nulls
        return gateway_stream_error_frame

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("object_",),
            ("message", "id", "native_response_id"),
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

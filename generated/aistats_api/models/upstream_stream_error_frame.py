from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.error_object import ErrorObject


T = TypeVar("T", bound="UpstreamStreamErrorFrame")


@_attrs_define(repr=False)
class UpstreamStreamErrorFrame:
    """An upstream provider's error frame, passed through with the request's ids."""

    error: ErrorObject | str
    """ The error, as a code string or a structured object. """

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
        error: dict[str, Any] | str
        if isinstance(self.error, ErrorObject):
            error = self.error.to_dict()
        else:
            error = self.error
        field_dict["error"] = error
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
        upstream_stream_error_frame = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()

        def _parse_error(data: object) -> ErrorObject | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_detail_type_1 = ErrorObject.from_dict(data)

                return componentsschemas_error_detail_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ErrorObject | str", data)

        error = _parse_error(d.pop("error"))

        upstream_stream_error_frame.error = error
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            upstream_stream_error_frame.id = None
        elif _raw_id is None:
            upstream_stream_error_frame.id = None
            json_nulls += ("id",)
        else:
            id = _raw_id

            upstream_stream_error_frame.id = id
        _raw_native_response_id = d.pop("nativeResponseId", UNSET)
        if _raw_native_response_id is UNSET:
            upstream_stream_error_frame.native_response_id = None
        elif _raw_native_response_id is None:
            upstream_stream_error_frame.native_response_id = None
            json_nulls += ("nativeResponseId",)
        else:
            native_response_id = cast("None | str", _raw_native_response_id)

            upstream_stream_error_frame.native_response_id = native_response_id
        upstream_stream_error_frame.additional_properties = d
        upstream_stream_error_frame._json_nulls = json_nulls
        return upstream_stream_error_frame

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("error",),
            ("id", "native_response_id"),
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
from ..models.error_object import ErrorObject  # noqa: E402

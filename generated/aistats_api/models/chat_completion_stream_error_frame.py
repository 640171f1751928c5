from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_object import ErrorObject


T = TypeVar("T", bound="ChatCompletionStreamErrorFrame")


@_attrs_define
class ChatCompletionStreamErrorFrame:
    """An error reported inside a stream after the 200 headers: either the gateway's
    `{"object": "error", "message": ...}` or an upstream `{"error": {...}}` passed through.

    """

    object_: str | Unset = UNSET
    """ `error` for gateway error frames. """
    message: str | Unset = UNSET
    """ What went wrong. """
    error: ErrorObject | str | Unset = UNSET
    """ The error, as a code string or a structured object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        message = self.message

        error: dict[str, Any] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorObject):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        message = d.pop("message", UNSET)

        _raw_error = d.pop("error", UNSET)
        if _raw_error is not UNSET:

            def _parse_error(data: object) -> ErrorObject | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_detail_type_1 = ErrorObject.from_dict(data)

                    return componentsschemas_error_detail_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("ErrorObject | str | Unset", data)

            error = _parse_error(_raw_error)

        else:
            error = UNSET

        chat_completion_stream_error_frame = cls(
            object_=object_,
            message=message,
            error=error,
        )

        chat_completion_stream_error_frame.additional_properties = d
        return chat_completion_stream_error_frame

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.error_object import ErrorObject


T = TypeVar("T", bound="ChatCompletionStreamErrorFrame")


@_attrs_define(repr=False)
class ChatCompletionStreamErrorFrame:
    """An error reported inside a stream after the 200 headers: either the gateway's
    `{"object": "error", "message": ...}` or an upstream `{"error": {...}}` passed through.

    """

    object_: str | None = None
    """ `error` for gateway error frames. """

    message: str | None = None
    """ What went wrong. """

    error: ErrorObject | str | None = None
    """ The error, as a code string or a structured object. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.object_ is not None:
            object_ = self.object_
            field_dict["object"] = object_
        elif "object" in self._json_nulls:
            field_dict["object"] = None
        if self.message is not None:
            message = self.message
            field_dict["message"] = message
        elif "message" in self._json_nulls:
            field_dict["message"] = None
        if self.error is not None:
            error: dict[str, Any] | str
            if isinstance(self.error, ErrorObject):
                error = self.error.to_dict()
            else:
                error = self.error
            field_dict["error"] = error
        elif "error" in self._json_nulls:
            field_dict["error"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_stream_error_frame = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_object_ = d.pop("object", UNSET)
        if _raw_object_ is UNSET:
            chat_completion_stream_error_frame.object_ = None
        elif _raw_object_ is None:
            chat_completion_stream_error_frame.object_ = None
            json_nulls += ("object",)
        else:
            object_ = _raw_object_

            chat_completion_stream_error_frame.object_ = object_
        _raw_message = d.pop("message", UNSET)
        if _raw_message is UNSET:
            chat_completion_stream_error_frame.message = None
        elif _raw_message is None:
            chat_completion_stream_error_frame.message = None
            json_nulls += ("message",)
        else:
            message = _raw_message

            chat_completion_stream_error_frame.message = message
        _raw_error = d.pop("error", UNSET)
        if _raw_error is UNSET:
            chat_completion_stream_error_frame.error = None
        elif _raw_error is None:
            chat_completion_stream_error_frame.error = None
            json_nulls += ("error",)
        else:

            def _parse_error(data: object) -> ErrorObject | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_detail_type_1 = ErrorObject.from_dict(data)

                    return componentsschemas_error_detail_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("ErrorObject | str", data)

            error = _parse_error(_raw_error)

            chat_completion_stream_error_frame.error = error
        chat_completion_stream_error_frame.additional_properties = d
        chat_completion_stream_error_frame._json_nulls = json_nulls
        return chat_completion_stream_error_frame

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("object_", "message", "error"),
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

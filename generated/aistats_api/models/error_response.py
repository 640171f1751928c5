from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.error_object import ErrorObject


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define(repr=False)
class ErrorResponse:
    """The body of every error response."""

    error: ErrorObject | str
    """ The error, as a code string or a structured object. """

    message: str | None = None
    """ A human-readable message (diagnostic copy). """

    status_code: int | None = None
    """ The HTTP status code. """

    error_type: str | None = None
    """ Whose fault it was, `user` or `system` (open set). """

    error_origin: str | None = None
    """ Where it arose, `user`, `gateway` or `upstream` (open set). """

    generation_id: str | None = None
    """ The gateway's id of the failed generation. """

    attempt_count: int | None = None
    """ How many provider attempts were made. """

    failed_providers: list[str] | None = None
    """ Providers that failed, in order. """

    upstream_error: Any | None = None
    """ The upstream provider's error as it was received (free-form). """

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
        if self.message is not None:
            message = self.message
            field_dict["message"] = message
        elif "message" in self._json_nulls:
            field_dict["message"] = None
        if self.status_code is not None:
            status_code = self.status_code
            field_dict["status_code"] = status_code
        elif "status_code" in self._json_nulls:
            field_dict["status_code"] = None
        if self.error_type is not None:
            error_type = self.error_type
            field_dict["error_type"] = error_type
        elif "error_type" in self._json_nulls:
            field_dict["error_type"] = None
        if self.error_origin is not None:
            error_origin = self.error_origin
            field_dict["error_origin"] = error_origin
        elif "error_origin" in self._json_nulls:
            field_dict["error_origin"] = None
        if self.generation_id is not None:
            generation_id = self.generation_id
            field_dict["generation_id"] = generation_id
        elif "generation_id" in self._json_nulls:
            field_dict["generation_id"] = None
        if self.attempt_count is not None:
            attempt_count = self.attempt_count
            field_dict["attempt_count"] = attempt_count
        elif "attempt_count" in self._json_nulls:
            field_dict["attempt_count"] = None
        if self.failed_providers is not None:
            failed_providers = self.failed_providers

            field_dict["failed_providers"] = failed_providers
        elif "failed_providers" in self._json_nulls:
            field_dict["failed_providers"] = None
        if self.upstream_error is not None:
            upstream_error = self.upstream_error
            field_dict["upstream_error"] = upstream_error
        elif "upstream_error" in self._json_nulls:
            field_dict["upstream_error"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_response = cls.__new__(cls)
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

        error_response.error = error
        _raw_message = d.pop("message", UNSET)
        if _raw_message is UNSET:
            error_response.message = None
        elif _raw_message is None:
            error_response.message = None
            json_nulls += ("message",)
        else:
            message = _raw_message

            error_response.message = message
        _raw_status_code = d.pop("status_code", UNSET)
        if _raw_status_code is UNSET:
            error_response.status_code = None
        elif _raw_status_code is None:
            error_response.status_code = None
            json_nulls += ("status_code",)
        else:
            status_code = _raw_status_code

            error_response.status_code = status_code
        _raw_error_type = d.pop("error_type", UNSET)
        if _raw_error_type is UNSET:
            error_response.error_type = None
        elif _raw_error_type is None:
            error_response.error_type = None
            json_nulls += ("error_type",)
        else:
            error_type = _raw_error_type

            error_response.error_type = error_type
        _raw_error_origin = d.pop("error_origin", UNSET)
        if _raw_error_origin is UNSET:
            error_response.error_origin = None
        elif _raw_error_origin is None:
            error_response.error_origin = None
            json_nulls += ("error_origin",)
        else:
            error_origin = _raw_error_origin

            error_response.error_origin = error_origin
        _raw_generation_id = d.pop("generation_id", UNSET)
        if _raw_generation_id is UNSET:
            error_response.generation_id = None
        elif _raw_generation_id is None:
            error_response.generation_id = None
            json_nulls += ("generation_id",)
        else:
            generation_id = _raw_generation_id

            error_response.generation_id = generation_id
        _raw_attempt_count = d.pop("attempt_count", UNSET)
        if _raw_attempt_count is UNSET:
            error_response.attempt_count = None
        elif _raw_attempt_count is None:
            error_response.attempt_count = None
            json_nulls += ("attempt_count",)
        else:
            attempt_count = _raw_attempt_count

            error_response.attempt_count = attempt_count
        _raw_failed_providers = d.pop("failed_providers", UNSET)
        if _raw_failed_providers is UNSET:
            error_response.failed_providers = None
        elif _raw_failed_providers is None:
            error_response.failed_providers = None
            json_nulls += ("failed_providers",)
        else:
            failed_providers = cast(list[str], _raw_failed_providers)

            error_response.failed_providers = failed_providers
        _raw_upstream_error = d.pop("upstream_error", UNSET)
        if _raw_upstream_error is UNSET:
            error_response.upstream_error = None
        elif _raw_upstream_error is None:
            error_response.upstream_error = None
            json_nulls += ("upstream_error",)
        else:
            upstream_error = _raw_upstream_error

            error_response.upstream_error = upstream_error
        error_response.additional_properties = d
        error_response._json_nulls = json_nulls
        return error_response

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("error",),
            (
                "message",
                "status_code",
                "error_type",
                "error_origin",
                "generation_id",
                "attempt_count",
                "failed_providers",
                "upstream_error",
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
from ..models.error_object import ErrorObject  # noqa: E402

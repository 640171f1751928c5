from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_object import ErrorObject


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The body of every error response."""

    error: ErrorObject | str
    """ The error, as a code string or a structured object. """
    message: str | Unset = UNSET
    """ A human-readable message (diagnostic copy). """
    status_code: int | Unset = UNSET
    """ The HTTP status code. """
    error_type: str | Unset = UNSET
    """ Whose fault it was, `user` or `system` (open set). """
    error_origin: str | Unset = UNSET
    """ Where it arose, `user`, `gateway` or `upstream` (open set). """
    generation_id: str | Unset = UNSET
    """ The gateway's id of the failed generation. """
    attempt_count: int | Unset = UNSET
    """ How many provider attempts were made. """
    failed_providers: list[str] | Unset = UNSET
    """ Providers that failed, in order. """
    upstream_error: Any | Unset = UNSET
    """ The upstream provider's error as it was received (free-form). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | str
        if isinstance(self.error, ErrorObject):
            error = self.error.to_dict()
        else:
            error = self.error

        message = self.message

        status_code = self.status_code

        error_type = self.error_type

        error_origin = self.error_origin

        generation_id = self.generation_id

        attempt_count = self.attempt_count

        failed_providers: list[str] | Unset = UNSET
        if not isinstance(self.failed_providers, Unset):
            failed_providers = self.failed_providers

        upstream_error = self.upstream_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if error_origin is not UNSET:
            field_dict["error_origin"] = error_origin
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if attempt_count is not UNSET:
            field_dict["attempt_count"] = attempt_count
        if failed_providers is not UNSET:
            field_dict["failed_providers"] = failed_providers
        if upstream_error is not UNSET:
            field_dict["upstream_error"] = upstream_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        message = d.pop("message", UNSET)

        status_code = d.pop("status_code", UNSET)

        error_type = d.pop("error_type", UNSET)

        error_origin = d.pop("error_origin", UNSET)

        generation_id = d.pop("generation_id", UNSET)

        attempt_count = d.pop("attempt_count", UNSET)

        _raw_failed_providers = d.pop("failed_providers", UNSET)
        if _raw_failed_providers is not UNSET:
            failed_providers = cast(list[str], _raw_failed_providers)

        else:
            failed_providers = UNSET

        upstream_error = d.pop("upstream_error", UNSET)

        error_response = cls(
            error=error,
            message=message,
            status_code=status_code,
            error_type=error_type,
            error_origin=error_origin,
            generation_id=generation_id,
            attempt_count=attempt_count,
            failed_providers=failed_providers,
            upstream_error=upstream_error,
        )

        error_response.additional_properties = d
        return error_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.error_detail_item import ErrorDetailItem
    from ..models.error_object import ErrorObject
    from ..models.error_response_debug import ErrorResponseDebug
    from ..models.error_response_failure_sample_item import ErrorResponseFailureSampleItem
    from ..models.upstream_error import UpstreamError


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define(repr=False)
class ErrorResponse:
    """The body of every error response. The gateway sends `generation_id`, `status_code`,
    `error` (a string code), `error_type`, `error_origin` and `description`, and some of the
    optional fields below (never as null: a field that does not apply is left out). Proxies
    and upstream pass-through send OpenAI's form instead, `{"error": {"message", "type",
    "param", "code"}}`: `error` is then an object.

    """

    error: ErrorObject | str
    """ The error, as a code string or a structured object. """

    description: str | None = None
    """ What went wrong, for people (for a validation error, the first detail and where). """

    generation_id: str | None = None
    """ The gateway's id of the request (`G-` and a ULID; `unknown` when it had none yet). """

    status_code: int | None = None
    """ The HTTP status code. """

    error_type: str | None = None
    """ Whose fault it was, `user` or `system` (open set). """

    error_origin: str | None = None
    """ Where it arose, `user`, `gateway` or `upstream` (open set). """

    error_operational_kind: str | None = None
    """ A finer classification, e.g. `invalid_model_slug`. """

    details: list[ErrorDetailItem] | None = None
    """ The failing fields of a `validation_error`. """

    reason: str | None = None
    """ Why, for `unsupported_model_or_endpoint` (e.g. `model_not_found_or_inactive`) and upstream failures
    (`all_candidates_failed`). """

    attempt_count: int | None = None
    """ How many provider attempts were made. """

    failed_providers: list[str] | None = None
    """ Providers that failed, in order. """

    failed_statuses: list[int] | None = None
    """ The statuses the failed providers answered. """

    failure_sample: list[ErrorResponseFailureSampleItem] | None = None
    """ Up to three of the provider failures, as received. """

    upstream_error: UpstreamError | None = None
    """ The failing upstream provider's own error, as received. """

    debug: ErrorResponseDebug | None = None
    """ With the request header `x-gateway-debug: true`: the gateway's inner error (`upstream`: for a 429,
    `reset_at`, `limit_window`, ...), its attempts and routing. """

    message: str | None = None
    """ Not sent by the gateway's code at 2026-08; some proxies send a message here. """

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
        if self.description is not None:
            description = self.description
            field_dict["description"] = description
        elif "description" in self._json_nulls:
            field_dict["description"] = None
        if self.generation_id is not None:
            generation_id = self.generation_id
            field_dict["generation_id"] = generation_id
        elif "generation_id" in self._json_nulls:
            field_dict["generation_id"] = None
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
        if self.error_operational_kind is not None:
            error_operational_kind = self.error_operational_kind
            field_dict["error_operational_kind"] = error_operational_kind
        elif "error_operational_kind" in self._json_nulls:
            field_dict["error_operational_kind"] = None
        if self.details is not None:
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

            field_dict["details"] = details
        elif "details" in self._json_nulls:
            field_dict["details"] = None
        if self.reason is not None:
            reason = self.reason
            field_dict["reason"] = reason
        elif "reason" in self._json_nulls:
            field_dict["reason"] = None
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
        if self.failed_statuses is not None:
            failed_statuses = self.failed_statuses

            field_dict["failed_statuses"] = failed_statuses
        elif "failed_statuses" in self._json_nulls:
            field_dict["failed_statuses"] = None
        if self.failure_sample is not None:
            failure_sample = []
            for failure_sample_item_data in self.failure_sample:
                failure_sample_item = failure_sample_item_data.to_dict()
                failure_sample.append(failure_sample_item)

            field_dict["failure_sample"] = failure_sample
        elif "failure_sample" in self._json_nulls:
            field_dict["failure_sample"] = None
        if self.upstream_error is not None:
            upstream_error = self.upstream_error.to_dict()
            field_dict["upstream_error"] = upstream_error
        elif "upstream_error" in self._json_nulls:
            field_dict["upstream_error"] = None
        if self.debug is not None:
            debug = self.debug.to_dict()
            field_dict["debug"] = debug
        elif "debug" in self._json_nulls:
            field_dict["debug"] = None
        if self.message is not None:
            message = self.message
            field_dict["message"] = message
        elif "message" in self._json_nulls:
            field_dict["message"] = None
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
        _raw_description = d.pop("description", UNSET)
        if _raw_description is UNSET:
            error_response.description = None
        elif _raw_description is None:
            error_response.description = None
            json_nulls += ("description",)
        else:
            description = _raw_description

            error_response.description = description
        _raw_generation_id = d.pop("generation_id", UNSET)
        if _raw_generation_id is UNSET:
            error_response.generation_id = None
        elif _raw_generation_id is None:
            error_response.generation_id = None
            json_nulls += ("generation_id",)
        else:
            generation_id = _raw_generation_id

            error_response.generation_id = generation_id
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
        _raw_error_operational_kind = d.pop("error_operational_kind", UNSET)
        if _raw_error_operational_kind is UNSET:
            error_response.error_operational_kind = None
        elif _raw_error_operational_kind is None:
            error_response.error_operational_kind = None
            json_nulls += ("error_operational_kind",)
        else:
            error_operational_kind = _raw_error_operational_kind

            error_response.error_operational_kind = error_operational_kind
        _raw_details = d.pop("details", UNSET)
        if _raw_details is UNSET:
            error_response.details = None
        elif _raw_details is None:
            error_response.details = None
            json_nulls += ("details",)
        else:
            details = []
            _details = _raw_details
            for details_item_data in _details:
                details_item = ErrorDetailItem.from_dict(details_item_data)

                details.append(details_item)

            error_response.details = details
        _raw_reason = d.pop("reason", UNSET)
        if _raw_reason is UNSET:
            error_response.reason = None
        elif _raw_reason is None:
            error_response.reason = None
            json_nulls += ("reason",)
        else:
            reason = _raw_reason

            error_response.reason = reason
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
        _raw_failed_statuses = d.pop("failed_statuses", UNSET)
        if _raw_failed_statuses is UNSET:
            error_response.failed_statuses = None
        elif _raw_failed_statuses is None:
            error_response.failed_statuses = None
            json_nulls += ("failed_statuses",)
        else:
            failed_statuses = cast(list[int], _raw_failed_statuses)

            error_response.failed_statuses = failed_statuses
        _raw_failure_sample = d.pop("failure_sample", UNSET)
        if _raw_failure_sample is UNSET:
            error_response.failure_sample = None
        elif _raw_failure_sample is None:
            error_response.failure_sample = None
            json_nulls += ("failure_sample",)
        else:
            failure_sample = []
            _failure_sample = _raw_failure_sample
            for failure_sample_item_data in _failure_sample:
                failure_sample_item = ErrorResponseFailureSampleItem.from_dict(
                    failure_sample_item_data
                )

                failure_sample.append(failure_sample_item)

            error_response.failure_sample = failure_sample
        _raw_upstream_error = d.pop("upstream_error", UNSET)
        if _raw_upstream_error is UNSET:
            error_response.upstream_error = None
        elif _raw_upstream_error is None:
            error_response.upstream_error = None
            json_nulls += ("upstream_error",)
        else:
            upstream_error = UpstreamError.from_dict(_raw_upstream_error)

            error_response.upstream_error = upstream_error
        _raw_debug = d.pop("debug", UNSET)
        if _raw_debug is UNSET:
            error_response.debug = None
        elif _raw_debug is None:
            error_response.debug = None
            json_nulls += ("debug",)
        else:
            debug = ErrorResponseDebug.from_dict(_raw_debug)

            error_response.debug = debug
        _raw_message = d.pop("message", UNSET)
        if _raw_message is UNSET:
            error_response.message = None
        elif _raw_message is None:
            error_response.message = None
            json_nulls += ("message",)
        else:
            message = _raw_message

            error_response.message = message
        error_response.additional_properties = d
        error_response._json_nulls = json_nulls
        return error_response

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("error",),
            (
                "description",
                "generation_id",
                "status_code",
                "error_type",
                "error_origin",
                "error_operational_kind",
                "details",
                "reason",
                "attempt_count",
                "failed_providers",
                "failed_statuses",
                "failure_sample",
                "upstream_error",
                "debug",
                "message",
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
from ..models.error_detail_item import ErrorDetailItem  # noqa: E402
from ..models.error_object import ErrorObject  # noqa: E402
from ..models.error_response_debug import ErrorResponseDebug  # noqa: E402
from ..models.error_response_failure_sample_item import ErrorResponseFailureSampleItem  # noqa: E402
from ..models.upstream_error import UpstreamError  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="UpstreamError")


@_attrs_define(repr=False)
class UpstreamError:
    """The failing upstream provider's own error, as received."""

    code: str | None = None
    """ The provider's error code. """

    message: str | None = None
    """ The provider's message. """

    description: str | None = None
    """ The provider's longer description. """

    param: str | None = None
    """ The field the provider named. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code is not None:
            code: None | str
            code = self.code
            field_dict["code"] = code
        elif "code" in self._json_nulls:
            field_dict["code"] = None
        if self.message is not None:
            message: None | str
            message = self.message
            field_dict["message"] = message
        elif "message" in self._json_nulls:
            field_dict["message"] = None
        if self.description is not None:
            description: None | str
            description = self.description
            field_dict["description"] = description
        elif "description" in self._json_nulls:
            field_dict["description"] = None
        if self.param is not None:
            param: None | str
            param = self.param
            field_dict["param"] = param
        elif "param" in self._json_nulls:
            field_dict["param"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upstream_error = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_code = d.pop("code", UNSET)
        if _raw_code is UNSET:
            upstream_error.code = None
        elif _raw_code is None:
            upstream_error.code = None
            json_nulls += ("code",)
        else:
            code = cast("None | str", _raw_code)

            upstream_error.code = code
        _raw_message = d.pop("message", UNSET)
        if _raw_message is UNSET:
            upstream_error.message = None
        elif _raw_message is None:
            upstream_error.message = None
            json_nulls += ("message",)
        else:
            message = cast("None | str", _raw_message)

            upstream_error.message = message
        _raw_description = d.pop("description", UNSET)
        if _raw_description is UNSET:
            upstream_error.description = None
        elif _raw_description is None:
            upstream_error.description = None
            json_nulls += ("description",)
        else:
            description = cast("None | str", _raw_description)

            upstream_error.description = description
        _raw_param = d.pop("param", UNSET)
        if _raw_param is UNSET:
            upstream_error.param = None
        elif _raw_param is None:
            upstream_error.param = None
            json_nulls += ("param",)
        else:
            param = cast("None | str", _raw_param)

            upstream_error.param = param
        upstream_error.additional_properties = d
        upstream_error._json_nulls = json_nulls
        return upstream_error

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("code", "message", "description", "param"),
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="ErrorObject")


@_attrs_define(repr=False)
class ErrorObject:
    """OpenAI's structured error, which proxies and upstream pass-through send."""

    message: str
    """ What went wrong. """

    type_: str | None = None
    """ The error category, e.g. `invalid_request_error`. """

    code: int | str | None = None
    """ A machine-readable code. """

    param: str | None = None
    """ The request field at fault, when there is one. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        message = self.message
        field_dict["message"] = message
        if self.type_ is not None:
            type_: None | str
            type_ = self.type_
            field_dict["type"] = type_
        elif "type" in self._json_nulls:
            field_dict["type"] = None
        if self.code is not None:
            code: int | None | str
            code = self.code
            field_dict["code"] = code
        elif "code" in self._json_nulls:
            field_dict["code"] = None
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
        error_object = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        message = d.pop("message")

        error_object.message = message
        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            error_object.type_ = None
        elif _raw_type_ is None:
            error_object.type_ = None
            json_nulls += ("type",)
        else:
            type_ = cast("None | str", _raw_type_)

            error_object.type_ = type_
        _raw_code = d.pop("code", UNSET)
        if _raw_code is UNSET:
            error_object.code = None
        elif _raw_code is None:
            error_object.code = None
            json_nulls += ("code",)
        else:
            code = cast("int | None | str", _raw_code)

            error_object.code = code
        _raw_param = d.pop("param", UNSET)
        if _raw_param is UNSET:
            error_object.param = None
        elif _raw_param is None:
            error_object.param = None
            json_nulls += ("param",)
        else:
            param = cast("None | str", _raw_param)

            error_object.param = param
        error_object.additional_properties = d
        error_object._json_nulls = json_nulls
        return error_object

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("message",),
            ("type_", "code", "param"),
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

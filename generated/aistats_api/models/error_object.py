from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorObject")


@_attrs_define
class ErrorObject:
    """A structured error."""

    message: str
    """ What went wrong. """
    type_: None | str | Unset = UNSET
    """ The error category, e.g. `invalid_request_error`. """
    code: int | None | str | Unset = UNSET
    """ A machine-readable code. """
    param: None | str | Unset = UNSET
    """ The request field at fault, when there is one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        code: int | None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is not UNSET:
            type_ = cast("None | str | Unset", _raw_type_)

        else:
            type_ = UNSET

        _raw_code = d.pop("code", UNSET)
        if _raw_code is not UNSET:
            code = cast("int | None | str | Unset", _raw_code)

        else:
            code = UNSET

        _raw_param = d.pop("param", UNSET)
        if _raw_param is not UNSET:
            param = cast("None | str | Unset", _raw_param)

        else:
            param = UNSET

        error_object = cls(
            message=message,
            type_=type_,
            code=code,
            param=param,
        )

        error_object.additional_properties = d
        return error_object

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="FunctionObject")


@_attrs_define(repr=False)
class FunctionObject:
    """A function's name, purpose and parameters."""

    name: str
    """ Function name (a-z, A-Z, 0-9, underscores and dashes; at most 64). """

    description: str | None = None
    """ What the function does, for the model to decide when to call it. """

    parameters: Any | None = None
    """ The function's parameters as a JSON Schema object (free-form). """

    strict: bool | None = None
    """ Enforce the parameters schema exactly. Default false. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name = self.name
        field_dict["name"] = name
        if self.description is not None:
            description = self.description
            field_dict["description"] = description
        elif "description" in self._json_nulls:
            field_dict["description"] = None
        if self.parameters is not None:
            parameters = self.parameters
            field_dict["parameters"] = parameters
        elif "parameters" in self._json_nulls:
            field_dict["parameters"] = None
        if self.strict is not None:
            strict: bool | None
            strict = self.strict
            field_dict["strict"] = strict
        elif "strict" in self._json_nulls:
            field_dict["strict"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        function_object = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        name = d.pop("name")

        function_object.name = name
        _raw_description = d.pop("description", UNSET)
        if _raw_description is UNSET:
            function_object.description = None
        elif _raw_description is None:
            function_object.description = None
            json_nulls += ("description",)
        else:
            description = _raw_description

            function_object.description = description
        _raw_parameters = d.pop("parameters", UNSET)
        if _raw_parameters is UNSET:
            function_object.parameters = None
        elif _raw_parameters is None:
            function_object.parameters = None
            json_nulls += ("parameters",)
        else:
            parameters = _raw_parameters

            function_object.parameters = parameters
        _raw_strict = d.pop("strict", UNSET)
        if _raw_strict is UNSET:
            function_object.strict = None
        elif _raw_strict is None:
            function_object.strict = None
            json_nulls += ("strict",)
        else:
            strict = cast("bool | None", _raw_strict)

            function_object.strict = strict
        function_object.additional_properties = d
        function_object._json_nulls = json_nulls
        return function_object

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("name",),
            ("description", "parameters", "strict"),
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

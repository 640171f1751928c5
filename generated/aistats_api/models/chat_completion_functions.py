from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="ChatCompletionFunctions")


@_attrs_define(repr=False)
class ChatCompletionFunctions:
    """Deprecated; a legacy function definition (use `tools`). The gateway's parameter allowlist
    refuses a request's `functions` (400), so no request names it; kept for the vocabulary of
    seed 004.

    """

    name: str
    """ Function name. """

    description: str | None = None
    """ What the function does. """

    parameters: Any | None = None
    """ The function's parameters as a JSON Schema object (free-form). """

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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_functions = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        name = d.pop("name")

        chat_completion_functions.name = name
        _raw_description = d.pop("description", UNSET)
        if _raw_description is UNSET:
            chat_completion_functions.description = None
        elif _raw_description is None:
            chat_completion_functions.description = None
            json_nulls += ("description",)
        else:
            description = _raw_description

            chat_completion_functions.description = description
        _raw_parameters = d.pop("parameters", UNSET)
        if _raw_parameters is UNSET:
            chat_completion_functions.parameters = None
        elif _raw_parameters is None:
            chat_completion_functions.parameters = None
            json_nulls += ("parameters",)
        else:
            parameters = _raw_parameters

            chat_completion_functions.parameters = parameters
        chat_completion_functions.additional_properties = d
        chat_completion_functions._json_nulls = json_nulls
        return chat_completion_functions

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("name",),
            ("description", "parameters"),
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

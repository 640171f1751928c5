from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.custom_tool_definition_format import CustomToolDefinitionFormat


T = TypeVar("T", bound="CustomToolDefinition")


@_attrs_define(repr=False)
class CustomToolDefinition:
    """A custom tool's name, purpose and input format."""

    name: str
    """ The tool's name. """

    description: str | None = None
    """ What the tool does. """

    format_: CustomToolDefinitionFormat | None = None
    """ The input format (free-form, as the provider defines it). """

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
        if self.format_ is not None:
            format_ = self.format_.to_dict()
            field_dict["format"] = format_
        elif "format" in self._json_nulls:
            field_dict["format"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_tool_definition = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        name = d.pop("name")

        custom_tool_definition.name = name
        _raw_description = d.pop("description", UNSET)
        if _raw_description is UNSET:
            custom_tool_definition.description = None
        elif _raw_description is None:
            custom_tool_definition.description = None
            json_nulls += ("description",)
        else:
            description = _raw_description

            custom_tool_definition.description = description
        _raw_format_ = d.pop("format", UNSET)
        if _raw_format_ is UNSET:
            custom_tool_definition.format_ = None
        elif _raw_format_ is None:
            custom_tool_definition.format_ = None
            json_nulls += ("format",)
        else:
            format_ = CustomToolDefinitionFormat.from_dict(_raw_format_)

            custom_tool_definition.format_ = format_
        custom_tool_definition.additional_properties = d
        custom_tool_definition._json_nulls = json_nulls
        return custom_tool_definition

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("name",),
            ("description", "format_"),
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
from ..models.custom_tool_definition_format import CustomToolDefinitionFormat  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseFormatJsonSchemaConfig")


@_attrs_define
class ResponseFormatJsonSchemaConfig:
    """The schema the reply must follow, with its name."""

    name: str
    """ Name of the schema (a-z, A-Z, 0-9, underscores and dashes; at most 64). """
    description: str | Unset = UNSET
    """ What the format is for. """
    schema: Any | Unset = UNSET
    """ The JSON Schema of the reply (free-form). """
    strict: bool | None | Unset = UNSET
    """ Enforce the schema exactly. Default false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        schema = self.schema

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        schema = d.pop("schema", UNSET)

        _raw_strict = d.pop("strict", UNSET)
        if _raw_strict is not UNSET:
            strict = cast("bool | None | Unset", _raw_strict)

        else:
            strict = UNSET

        response_format_json_schema_config = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
        )

        response_format_json_schema_config.additional_properties = d
        return response_format_json_schema_config

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

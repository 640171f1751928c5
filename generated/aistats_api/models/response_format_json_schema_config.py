from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

T = TypeVar("T", bound="ResponseFormatJsonSchemaConfig")


@_attrs_define(repr=False)
class ResponseFormatJsonSchemaConfig:
    """The schema the reply must follow, with its name."""

    name: str
    """ Name of the schema (a-z, A-Z, 0-9, underscores and dashes; at most 64). """

    description: str | None = None
    """ What the format is for. """

    schema: Any | None = None
    """ The JSON Schema of the reply (free-form). """

    strict: bool | None = None
    """ Enforce the schema exactly. Default false. """

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
        if self.schema is not None:
            schema = self.schema
            field_dict["schema"] = schema
        elif "schema" in self._json_nulls:
            field_dict["schema"] = None
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
        response_format_json_schema_config = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        name = d.pop("name")

        response_format_json_schema_config.name = name
        _raw_description = d.pop("description", UNSET)
        if _raw_description is UNSET:
            response_format_json_schema_config.description = None
        elif _raw_description is None:
            response_format_json_schema_config.description = None
            json_nulls += ("description",)
        else:
            description = _raw_description

            response_format_json_schema_config.description = description
        _raw_schema = d.pop("schema", UNSET)
        if _raw_schema is UNSET:
            response_format_json_schema_config.schema = None
        elif _raw_schema is None:
            response_format_json_schema_config.schema = None
            json_nulls += ("schema",)
        else:
            schema = _raw_schema

            response_format_json_schema_config.schema = schema
        _raw_strict = d.pop("strict", UNSET)
        if _raw_strict is UNSET:
            response_format_json_schema_config.strict = None
        elif _raw_strict is None:
            response_format_json_schema_config.strict = None
            json_nulls += ("strict",)
        else:
            strict = cast("bool | None", _raw_strict)

            response_format_json_schema_config.strict = strict
        response_format_json_schema_config.additional_properties = d
        response_format_json_schema_config._json_nulls = json_nulls
        return response_format_json_schema_config

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("name",),
            ("description", "schema", "strict"),
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

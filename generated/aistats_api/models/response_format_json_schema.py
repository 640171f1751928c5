from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.response_format_json_schema_config import ResponseFormatJsonSchemaConfig


T = TypeVar("T", bound="ResponseFormatJsonSchema")


@_attrs_define(repr=False)
class ResponseFormatJsonSchema:
    """Replies that are JSON valid against a given schema (structured outputs)."""

    json_schema: ResponseFormatJsonSchemaConfig
    """ The schema the reply must follow, with its name. """

    type_: Literal["json_schema"] = "json_schema"
    """ Always `json_schema`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        json_schema = self.json_schema.to_dict()
        field_dict["json_schema"] = json_schema
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_format_json_schema = cls.__new__(cls)
        type_ = cast(Literal["json_schema"], d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        response_format_json_schema.type_ = type_
        json_schema = ResponseFormatJsonSchemaConfig.from_dict(d.pop("json_schema"))

        response_format_json_schema.json_schema = json_schema
        response_format_json_schema.additional_properties = d
        response_format_json_schema._json_nulls = ()
        return response_format_json_schema

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_", "json_schema"),
            (),
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
from ..models.response_format_json_schema_config import ResponseFormatJsonSchemaConfig  # noqa: E402

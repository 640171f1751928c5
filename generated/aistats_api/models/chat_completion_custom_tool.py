from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.custom_tool_definition import CustomToolDefinition


T = TypeVar("T", bound="ChatCompletionCustomTool")


@_attrs_define(repr=False)
class ChatCompletionCustomTool:
    """A custom tool (OpenAI's free-form tools), whose calls carry text instead of JSON arguments."""

    custom: CustomToolDefinition
    """ A custom tool's name, purpose and input format. """

    type_: Literal["custom"] = "custom"
    """ Always `custom`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        custom = self.custom.to_dict()
        field_dict["custom"] = custom
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_custom_tool = cls.__new__(cls)
        type_ = cast(Literal["custom"], d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        chat_completion_custom_tool.type_ = type_
        custom = CustomToolDefinition.from_dict(d.pop("custom"))

        chat_completion_custom_tool.custom = custom
        chat_completion_custom_tool.additional_properties = d
        chat_completion_custom_tool._json_nulls = ()
        return chat_completion_custom_tool

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_", "custom"),
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
from ..models.custom_tool_definition import CustomToolDefinition  # noqa: E402

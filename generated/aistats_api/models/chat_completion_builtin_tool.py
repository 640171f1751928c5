from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.builtin_tool_parameters import BuiltinToolParameters


T = TypeVar("T", bound="ChatCompletionBuiltinTool")


@_attrs_define(repr=False)
class ChatCompletionBuiltinTool:
    """A tool the gateway runs itself, named `phaseo:<tool>` or `gateway:<tool>` (e.g.
    `phaseo:datetime`, `phaseo:web_search`, `phaseo:web_fetch`, `phaseo:advisor`,
    `phaseo:subagent`, `phaseo:fusion`, `phaseo:search_models`, `phaseo:image_generation`).
    The bare names of its earlier documents (`web_fetch`, `datetime`) are a 400. Its settings
    go in `parameters` (or at the top level, for most tools).

    """

    type_: str
    """ The tool's name, with its `phaseo:` or `gateway:` prefix. """

    parameters: BuiltinToolParameters | None = None
    """ Settings of a built-in tool (each tool has its own; unknown keys are refused by that tool). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        if self.parameters is not None:
            parameters = self.parameters.to_dict()
            field_dict["parameters"] = parameters
        elif "parameters" in self._json_nulls:
            field_dict["parameters"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_builtin_tool = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        type_ = d.pop("type")

        chat_completion_builtin_tool.type_ = type_
        _raw_parameters = d.pop("parameters", UNSET)
        if _raw_parameters is UNSET:
            chat_completion_builtin_tool.parameters = None
        elif _raw_parameters is None:
            chat_completion_builtin_tool.parameters = None
            json_nulls += ("parameters",)
        else:
            parameters = BuiltinToolParameters.from_dict(_raw_parameters)

            chat_completion_builtin_tool.parameters = parameters
        chat_completion_builtin_tool.additional_properties = d
        chat_completion_builtin_tool._json_nulls = json_nulls
        return chat_completion_builtin_tool

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_",),
            ("parameters",),
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
from ..models.builtin_tool_parameters import BuiltinToolParameters  # noqa: E402

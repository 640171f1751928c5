from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="CreateChatCompletionResponseRoutingDiagnostics")


@_attrs_define(repr=False)
class CreateChatCompletionResponseRoutingDiagnostics:
    """How the provider was chosen (with `debug` or `provider.return_diagnostics`; fields vary)."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        create_chat_completion_response_routing_diagnostics = cls.__new__(cls)
        create_chat_completion_response_routing_diagnostics.additional_properties = d
        create_chat_completion_response_routing_diagnostics._json_nulls = ()
        return create_chat_completion_response_routing_diagnostics

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
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

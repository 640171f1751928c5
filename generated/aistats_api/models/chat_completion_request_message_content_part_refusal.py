from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartRefusal")


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartRefusal:
    """A refusal part. The gateway's code takes no refusal parts (400), so no request holds
    one; kept for the vocabulary of seed 004.

    """

    refusal: str
    """ The refusal message. """

    type_: Literal["refusal"] = "refusal"
    """ Always `refusal`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        refusal = self.refusal
        field_dict["refusal"] = refusal
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_request_message_content_part_refusal = cls.__new__(cls)
        type_ = cast(Literal["refusal"], d.pop("type"))
        if type_ != "refusal":
            raise ValueError(f"type must match const 'refusal', got '{type_}'")

        chat_completion_request_message_content_part_refusal.type_ = type_
        refusal = d.pop("refusal")

        chat_completion_request_message_content_part_refusal.refusal = refusal
        chat_completion_request_message_content_part_refusal.additional_properties = d
        chat_completion_request_message_content_part_refusal._json_nulls = ()
        return chat_completion_request_message_content_part_refusal

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_", "refusal"),
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

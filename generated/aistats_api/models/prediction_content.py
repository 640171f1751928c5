from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )


T = TypeVar("T", bound="PredictionContent")


@_attrs_define(repr=False)
class PredictionContent:
    """Predicted output, to speed up regeneration when most of it is known. The gateway's
    parameter allowlist refuses a request's `prediction` (400 `unknown_param`), so no request
    names it; kept for the vocabulary of seed 004.

    """

    content: list[ChatCompletionRequestMessageContentPartText] | str
    """ The predicted text, as a string or text parts. """

    type_: Literal["content"] = "content"
    """ Always `content`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content
        field_dict["content"] = content
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prediction_content = cls.__new__(cls)
        type_ = cast(Literal["content"], d.pop("type"))
        if type_ != "content":
            raise ValueError(f"type must match const 'content', got '{type_}'")

        prediction_content.type_ = type_

        def _parse_content(data: object) -> list[ChatCompletionRequestMessageContentPartText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ChatCompletionRequestMessageContentPartText.from_dict(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ChatCompletionRequestMessageContentPartText] | str", data)

        content = _parse_content(d.pop("content"))

        prediction_content.content = content
        prediction_content.additional_properties = d
        prediction_content._json_nulls = ()
        return prediction_content

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_", "content"),
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
from ..models.chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,  # noqa: E402
)

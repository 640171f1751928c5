from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob


T = TypeVar("T", bound="ChatCompletionChoiceLogprobs")


@_attrs_define(repr=False)
class ChatCompletionChoiceLogprobs:
    """Log probabilities of the content and refusal tokens."""

    content: list[ChatCompletionTokenLogprob] | None = None
    """ Per content token. """

    refusal: list[ChatCompletionTokenLogprob] | None = None
    """ Per refusal token. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.content is not None:
            content: list[dict[str, Any]] | None
            if isinstance(self.content, list):
                content = []
                for content_type_0_item_data in self.content:
                    content_type_0_item = content_type_0_item_data.to_dict()
                    content.append(content_type_0_item)

            else:
                content = self.content
            field_dict["content"] = content
        elif "content" in self._json_nulls:
            field_dict["content"] = None
        if self.refusal is not None:
            refusal: list[dict[str, Any]] | None
            if isinstance(self.refusal, list):
                refusal = []
                for refusal_type_0_item_data in self.refusal:
                    refusal_type_0_item = refusal_type_0_item_data.to_dict()
                    refusal.append(refusal_type_0_item)

            else:
                refusal = self.refusal
            field_dict["refusal"] = refusal
        elif "refusal" in self._json_nulls:
            field_dict["refusal"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_choice_logprobs = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_content = d.pop("content", UNSET)
        if _raw_content is UNSET:
            chat_completion_choice_logprobs.content = None
        elif _raw_content is None:
            chat_completion_choice_logprobs.content = None
            json_nulls += ("content",)
        else:

            def _parse_content(data: object) -> list[ChatCompletionTokenLogprob] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_0 = []
                    _content_type_0 = data
                    for content_type_0_item_data in _content_type_0:
                        content_type_0_item = ChatCompletionTokenLogprob.from_dict(
                            content_type_0_item_data
                        )

                        content_type_0.append(content_type_0_item)

                    return content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("list[ChatCompletionTokenLogprob] | None", data)

            content = _parse_content(_raw_content)

            chat_completion_choice_logprobs.content = content
        _raw_refusal = d.pop("refusal", UNSET)
        if _raw_refusal is UNSET:
            chat_completion_choice_logprobs.refusal = None
        elif _raw_refusal is None:
            chat_completion_choice_logprobs.refusal = None
            json_nulls += ("refusal",)
        else:

            def _parse_refusal(data: object) -> list[ChatCompletionTokenLogprob] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    refusal_type_0 = []
                    _refusal_type_0 = data
                    for refusal_type_0_item_data in _refusal_type_0:
                        refusal_type_0_item = ChatCompletionTokenLogprob.from_dict(
                            refusal_type_0_item_data
                        )

                        refusal_type_0.append(refusal_type_0_item)

                    return refusal_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("list[ChatCompletionTokenLogprob] | None", data)

            refusal = _parse_refusal(_raw_refusal)

            chat_completion_choice_logprobs.refusal = refusal
        chat_completion_choice_logprobs.additional_properties = d
        chat_completion_choice_logprobs._json_nulls = json_nulls
        return chat_completion_choice_logprobs

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("content", "refusal"),
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
from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_finish_reason import (
    ChatCompletionFinishReason,
)
from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_choice_logprobs import ChatCompletionChoiceLogprobs
    from ..models.chat_completion_response_message import ChatCompletionResponseMessage


T = TypeVar("T", bound="ChatCompletionChoice")


@_attrs_define(repr=False)
class ChatCompletionChoice:
    """One choice of a completion."""

    index: int
    """ Position of the choice. """

    message: ChatCompletionResponseMessage
    """ The message the model produced. """

    finish_reason: ChatCompletionFinishReason | None = None
    """ Why generation stopped; null while unfinished. Open set. """

    logprobs: ChatCompletionChoiceLogprobs | None = None
    """ Log probabilities of the choice, or null. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        index = self.index
        field_dict["index"] = index
        message = self.message.to_dict()
        field_dict["message"] = message
        if self.finish_reason is not None:
            finish_reason: None | str
            if isinstance(self.finish_reason, str):
                finish_reason = self.finish_reason
            else:
                finish_reason = self.finish_reason
            field_dict["finish_reason"] = finish_reason
        elif "finish_reason" in self._json_nulls:
            field_dict["finish_reason"] = None
        if self.logprobs is not None:
            logprobs: dict[str, Any] | None
            if isinstance(self.logprobs, ChatCompletionChoiceLogprobs):
                logprobs = self.logprobs.to_dict()
            else:
                logprobs = self.logprobs
            field_dict["logprobs"] = logprobs
        elif "logprobs" in self._json_nulls:
            field_dict["logprobs"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_choice = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        index = d.pop("index")

        chat_completion_choice.index = index
        message = ChatCompletionResponseMessage.from_dict(d.pop("message"))

        chat_completion_choice.message = message
        _raw_finish_reason = d.pop("finish_reason", UNSET)
        if _raw_finish_reason is UNSET:
            chat_completion_choice.finish_reason = None
        elif _raw_finish_reason is None:
            chat_completion_choice.finish_reason = None
            json_nulls += ("finish_reason",)
        else:
            finish_reason = cast("ChatCompletionFinishReason | None", _raw_finish_reason)

            chat_completion_choice.finish_reason = finish_reason
        _raw_logprobs = d.pop("logprobs", UNSET)
        if _raw_logprobs is UNSET:
            chat_completion_choice.logprobs = None
        elif _raw_logprobs is None:
            chat_completion_choice.logprobs = None
            json_nulls += ("logprobs",)
        else:

            def _parse_logprobs(data: object) -> ChatCompletionChoiceLogprobs | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_choice_logprobs_value_type_0 = (
                        ChatCompletionChoiceLogprobs.from_dict(data)
                    )

                    return componentsschemas_chat_completion_choice_logprobs_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("ChatCompletionChoiceLogprobs | None", data)

            logprobs = _parse_logprobs(_raw_logprobs)

            chat_completion_choice.logprobs = logprobs
        chat_completion_choice.additional_properties = d
        chat_completion_choice._json_nulls = json_nulls
        return chat_completion_choice

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("index", "message"),
            ("finish_reason", "logprobs"),
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
from ..models.chat_completion_choice_logprobs import ChatCompletionChoiceLogprobs  # noqa: E402
from ..models.chat_completion_response_message import ChatCompletionResponseMessage  # noqa: E402

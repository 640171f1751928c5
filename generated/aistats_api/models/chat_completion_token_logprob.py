from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_top_logprob import ChatCompletionTopLogprob


T = TypeVar("T", bound="ChatCompletionTokenLogprob")


@_attrs_define(repr=False)
class ChatCompletionTokenLogprob:
    """A token with its log probability and the likeliest alternatives."""

    token: str
    """ The token. """

    logprob: float
    """ Its log probability. """

    bytes_: list[int] | None = None
    """ Its UTF-8 bytes (tokens may split characters). """

    top_logprobs: list[ChatCompletionTopLogprob] | None = None
    """ The likeliest tokens at this position. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        token = self.token
        field_dict["token"] = token
        logprob = self.logprob
        field_dict["logprob"] = logprob
        if self.bytes_ is not None:
            bytes_: list[int] | None
            if isinstance(self.bytes_, list):
                bytes_ = self.bytes_

            else:
                bytes_ = self.bytes_
            field_dict["bytes"] = bytes_
        elif "bytes" in self._json_nulls:
            field_dict["bytes"] = None
        if self.top_logprobs is not None:
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

            field_dict["top_logprobs"] = top_logprobs
        elif "top_logprobs" in self._json_nulls:
            field_dict["top_logprobs"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_token_logprob = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        token = d.pop("token")

        chat_completion_token_logprob.token = token
        logprob = d.pop("logprob")

        chat_completion_token_logprob.logprob = logprob
        _raw_bytes_ = d.pop("bytes", UNSET)
        if _raw_bytes_ is UNSET:
            chat_completion_token_logprob.bytes_ = None
        elif _raw_bytes_ is None:
            chat_completion_token_logprob.bytes_ = None
            json_nulls += ("bytes",)
        else:

            def _parse_bytes_(data: object) -> list[int] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    bytes_type_0 = cast(list[int], data)

                    return bytes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("list[int] | None", data)

            bytes_ = _parse_bytes_(_raw_bytes_)

            chat_completion_token_logprob.bytes_ = bytes_
        _raw_top_logprobs = d.pop("top_logprobs", UNSET)
        if _raw_top_logprobs is UNSET:
            chat_completion_token_logprob.top_logprobs = None
        elif _raw_top_logprobs is None:
            chat_completion_token_logprob.top_logprobs = None
            json_nulls += ("top_logprobs",)
        else:
            top_logprobs = []
            _top_logprobs = _raw_top_logprobs
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = ChatCompletionTopLogprob.from_dict(top_logprobs_item_data)

                top_logprobs.append(top_logprobs_item)

            chat_completion_token_logprob.top_logprobs = top_logprobs
        chat_completion_token_logprob.additional_properties = d
        chat_completion_token_logprob._json_nulls = json_nulls
        return chat_completion_token_logprob

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("token", "logprob"),
            ("bytes_", "top_logprobs"),
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
from ..models.chat_completion_top_logprob import ChatCompletionTopLogprob  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_web_search_tool_type import (
    ChatCompletionWebSearchToolType,
    check_chat_completion_web_search_tool_type,
)
from ..models.web_search_context_size import WebSearchContextSize, check_web_search_context_size
from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.web_search_user_location import WebSearchUserLocation


T = TypeVar("T", bound="ChatCompletionWebSearchTool")


@_attrs_define(repr=False)
class ChatCompletionWebSearchTool:
    """A provider's own web search tool (OpenAI's `web_search` family), passed through."""

    type_: ChatCompletionWebSearchToolType
    """ The provider's tool type. """

    search_context_size: WebSearchContextSize | None = None
    """ How much search context to retrieve. """

    user_location: WebSearchUserLocation | None = None
    """ Approximate user location to localise search. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_: str = self.type_
        field_dict["type"] = type_
        if self.search_context_size is not None:
            search_context_size: str = self.search_context_size
            field_dict["search_context_size"] = search_context_size
        elif "search_context_size" in self._json_nulls:
            field_dict["search_context_size"] = None
        if self.user_location is not None:
            user_location = self.user_location.to_dict()
            field_dict["user_location"] = user_location
        elif "user_location" in self._json_nulls:
            field_dict["user_location"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_web_search_tool = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        type_ = check_chat_completion_web_search_tool_type(d.pop("type"))

        chat_completion_web_search_tool.type_ = type_
        _raw_search_context_size = d.pop("search_context_size", UNSET)
        if _raw_search_context_size is UNSET:
            chat_completion_web_search_tool.search_context_size = None
        elif _raw_search_context_size is None:
            chat_completion_web_search_tool.search_context_size = None
            json_nulls += ("search_context_size",)
        else:
            search_context_size = check_web_search_context_size(_raw_search_context_size)

            chat_completion_web_search_tool.search_context_size = search_context_size
        _raw_user_location = d.pop("user_location", UNSET)
        if _raw_user_location is UNSET:
            chat_completion_web_search_tool.user_location = None
        elif _raw_user_location is None:
            chat_completion_web_search_tool.user_location = None
            json_nulls += ("user_location",)
        else:
            user_location = WebSearchUserLocation.from_dict(_raw_user_location)

            chat_completion_web_search_tool.user_location = user_location
        chat_completion_web_search_tool.additional_properties = d
        chat_completion_web_search_tool._json_nulls = json_nulls
        return chat_completion_web_search_tool

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("type_",),
            ("search_context_size", "user_location"),
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
from ..models.web_search_user_location import WebSearchUserLocation  # noqa: E402

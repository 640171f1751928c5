from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_custom_tool_call_chunk import ChatCompletionCustomToolCallChunk
    from ..models.chat_completion_function_call_chunk import ChatCompletionFunctionCallChunk


T = TypeVar("T", bound="ChatCompletionMessageToolCallChunk")


@_attrs_define(repr=False)
class ChatCompletionMessageToolCallChunk:
    """A piece of a tool call inside a stream delta. Pieces with the same `index` belong to one
    call: `function.name` and `function.arguments` (or `custom.name` and `custom.input`)
    pieces are to be joined. Some providers omit `index`. On the gateway's Responses-style
    paths the arguments are the whole text so far in each piece, and the last frame is the
    whole completion.

    """

    index: int | None = None
    """ Position of the call in the message. """

    id: str | None = None
    """ Id of the call (usually on its first piece only). """

    type_: str | None = None
    """ The tool type, `function` or `custom`. """

    function: ChatCompletionFunctionCallChunk | None = None
    """ A piece of a function call in a stream delta. """

    custom: ChatCompletionCustomToolCallChunk | None = None
    """ A piece of a custom tool's call in a stream delta. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.index is not None:
            index = self.index
            field_dict["index"] = index
        elif "index" in self._json_nulls:
            field_dict["index"] = None
        if self.id is not None:
            id: None | str
            id = self.id
            field_dict["id"] = id
        elif "id" in self._json_nulls:
            field_dict["id"] = None
        if self.type_ is not None:
            type_: None | str
            type_ = self.type_
            field_dict["type"] = type_
        elif "type" in self._json_nulls:
            field_dict["type"] = None
        if self.function is not None:
            function = self.function.to_dict()
            field_dict["function"] = function
        elif "function" in self._json_nulls:
            field_dict["function"] = None
        if self.custom is not None:
            custom = self.custom.to_dict()
            field_dict["custom"] = custom
        elif "custom" in self._json_nulls:
            field_dict["custom"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_message_tool_call_chunk = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_index = d.pop("index", UNSET)
        if _raw_index is UNSET:
            chat_completion_message_tool_call_chunk.index = None
        elif _raw_index is None:
            chat_completion_message_tool_call_chunk.index = None
            json_nulls += ("index",)
        else:
            index = _raw_index

            chat_completion_message_tool_call_chunk.index = index
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            chat_completion_message_tool_call_chunk.id = None
        elif _raw_id is None:
            chat_completion_message_tool_call_chunk.id = None
            json_nulls += ("id",)
        else:
            id = cast("None | str", _raw_id)

            chat_completion_message_tool_call_chunk.id = id
        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            chat_completion_message_tool_call_chunk.type_ = None
        elif _raw_type_ is None:
            chat_completion_message_tool_call_chunk.type_ = None
            json_nulls += ("type",)
        else:
            type_ = cast("None | str", _raw_type_)

            chat_completion_message_tool_call_chunk.type_ = type_
        _raw_function = d.pop("function", UNSET)
        if _raw_function is UNSET:
            chat_completion_message_tool_call_chunk.function = None
        elif _raw_function is None:
            chat_completion_message_tool_call_chunk.function = None
            json_nulls += ("function",)
        else:
            function = ChatCompletionFunctionCallChunk.from_dict(_raw_function)

            chat_completion_message_tool_call_chunk.function = function
        _raw_custom = d.pop("custom", UNSET)
        if _raw_custom is UNSET:
            chat_completion_message_tool_call_chunk.custom = None
        elif _raw_custom is None:
            chat_completion_message_tool_call_chunk.custom = None
            json_nulls += ("custom",)
        else:
            custom = ChatCompletionCustomToolCallChunk.from_dict(_raw_custom)

            chat_completion_message_tool_call_chunk.custom = custom
        chat_completion_message_tool_call_chunk.additional_properties = d
        chat_completion_message_tool_call_chunk._json_nulls = json_nulls
        return chat_completion_message_tool_call_chunk

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            ("index", "id", "type_", "function", "custom"),
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
from ..models.chat_completion_custom_tool_call_chunk import ChatCompletionCustomToolCallChunk  # noqa: E402
from ..models.chat_completion_function_call_chunk import ChatCompletionFunctionCallChunk  # noqa: E402

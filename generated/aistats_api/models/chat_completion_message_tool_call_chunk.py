from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_function_call_chunk import ChatCompletionFunctionCallChunk


T = TypeVar("T", bound="ChatCompletionMessageToolCallChunk")


@_attrs_define
class ChatCompletionMessageToolCallChunk:
    """A piece of a tool call inside a stream delta. Pieces with the same `index` belong to one
    call: `function.name` and `function.arguments` pieces are to be joined. Some providers omit
    `index`.

    """

    index: int | Unset = UNSET
    """ Position of the call in the message. """
    id: None | str | Unset = UNSET
    """ Id of the call (usually on its first piece only). """
    type_: None | str | Unset = UNSET
    """ The tool type; `function` for function calls. """
    function: ChatCompletionFunctionCallChunk | Unset = UNSET
    """ A piece of a function call in a stream delta. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        _raw_id = d.pop("id", UNSET)
        if _raw_id is not UNSET:
            id = cast("None | str | Unset", _raw_id)

        else:
            id = UNSET

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is not UNSET:
            type_ = cast("None | str | Unset", _raw_type_)

        else:
            type_ = UNSET

        _raw_function = d.pop("function", UNSET)
        if _raw_function is not UNSET:
            _function = _raw_function
            function: ChatCompletionFunctionCallChunk | Unset
            if isinstance(_function, Unset):
                function = UNSET
            else:
                function = ChatCompletionFunctionCallChunk.from_dict(_function)

        else:
            function = UNSET

        chat_completion_message_tool_call_chunk = cls(
            index=index,
            id=id,
            type_=type_,
            function=function,
        )

        chat_completion_message_tool_call_chunk.additional_properties = d
        return chat_completion_message_tool_call_chunk

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
from ..models.chat_completion_function_call_chunk import ChatCompletionFunctionCallChunk  # noqa: E402

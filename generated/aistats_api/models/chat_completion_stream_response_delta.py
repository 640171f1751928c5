from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_role import ChatCompletionRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_function_call_chunk import ChatCompletionFunctionCallChunk
    from ..models.chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk
    from ..models.generated_media import GeneratedMedia


T = TypeVar("T", bound="ChatCompletionStreamResponseDelta")


@_attrs_define
class ChatCompletionStreamResponseDelta:
    """What a choice gained in this frame."""

    role: ChatCompletionRole | str | Unset = UNSET
    """ The author's role (open set). """
    content: None | str | Unset = UNSET
    """ A piece of the reply text. """
    reasoning_content: None | str | Unset = UNSET
    """ A piece of the reasoning text. """
    refusal: None | str | Unset = UNSET
    """ A piece of the refusal message. """
    tool_calls: list[ChatCompletionMessageToolCallChunk] | Unset = UNSET
    """ Pieces of tool calls. """
    function_call: ChatCompletionFunctionCallChunk | Unset = UNSET
    """ A piece of a function call in a stream delta. """
    images: list[GeneratedMedia] | Unset = UNSET
    """ Generated images (provider-specific objects). """
    audios: list[GeneratedMedia] | Unset = UNSET
    """ Generated audio pieces (provider-specific objects). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        function_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function_call, Unset):
            function_call = self.function_call.to_dict()

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        audios: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audios, Unset):
            audios = []
            for audios_item_data in self.audios:
                audios_item = audios_item_data.to_dict()
                audios.append(audios_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if images is not UNSET:
            field_dict["images"] = images
        if audios is not UNSET:
            field_dict["audios"] = audios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_role = d.pop("role", UNSET)
        if _raw_role is not UNSET:
            role = cast("ChatCompletionRole | str | Unset", _raw_role)

        else:
            role = UNSET

        _raw_content = d.pop("content", UNSET)
        if _raw_content is not UNSET:
            content = cast("None | str | Unset", _raw_content)

        else:
            content = UNSET

        _raw_reasoning_content = d.pop("reasoning_content", UNSET)
        if _raw_reasoning_content is not UNSET:
            reasoning_content = cast("None | str | Unset", _raw_reasoning_content)

        else:
            reasoning_content = UNSET

        _raw_refusal = d.pop("refusal", UNSET)
        if _raw_refusal is not UNSET:
            refusal = cast("None | str | Unset", _raw_refusal)

        else:
            refusal = UNSET

        _raw_tool_calls = d.pop("tool_calls", UNSET)
        if _raw_tool_calls is not UNSET:
            _tool_calls = _raw_tool_calls
            tool_calls: list[ChatCompletionMessageToolCallChunk] | Unset = UNSET
            if _tool_calls is not UNSET:
                tool_calls = []
                for tool_calls_item_data in _tool_calls:
                    tool_calls_item = ChatCompletionMessageToolCallChunk.from_dict(
                        tool_calls_item_data
                    )

                    tool_calls.append(tool_calls_item)

        else:
            tool_calls = UNSET

        _raw_function_call = d.pop("function_call", UNSET)
        if _raw_function_call is not UNSET:
            _function_call = _raw_function_call
            function_call: ChatCompletionFunctionCallChunk | Unset
            if isinstance(_function_call, Unset):
                function_call = UNSET
            else:
                function_call = ChatCompletionFunctionCallChunk.from_dict(_function_call)

        else:
            function_call = UNSET

        _raw_images = d.pop("images", UNSET)
        if _raw_images is not UNSET:
            _images = _raw_images
            images: list[GeneratedMedia] | Unset = UNSET
            if _images is not UNSET:
                images = []
                for images_item_data in _images:
                    images_item = GeneratedMedia.from_dict(images_item_data)

                    images.append(images_item)

        else:
            images = UNSET

        _raw_audios = d.pop("audios", UNSET)
        if _raw_audios is not UNSET:
            _audios = _raw_audios
            audios: list[GeneratedMedia] | Unset = UNSET
            if _audios is not UNSET:
                audios = []
                for audios_item_data in _audios:
                    audios_item = GeneratedMedia.from_dict(audios_item_data)

                    audios.append(audios_item)

        else:
            audios = UNSET

        chat_completion_stream_response_delta = cls(
            role=role,
            content=content,
            reasoning_content=reasoning_content,
            refusal=refusal,
            tool_calls=tool_calls,
            function_call=function_call,
            images=images,
            audios=audios,
        )

        chat_completion_stream_response_delta.additional_properties = d
        return chat_completion_stream_response_delta

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
from ..models.chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk  # noqa: E402
from ..models.generated_media import GeneratedMedia  # noqa: E402

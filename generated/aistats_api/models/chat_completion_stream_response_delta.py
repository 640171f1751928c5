from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_role import ChatCompletionRole
from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_function_call_chunk import ChatCompletionFunctionCallChunk
    from ..models.chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk
    from ..models.generated_media import GeneratedMedia


T = TypeVar("T", bound="ChatCompletionStreamResponseDelta")


@_attrs_define(repr=False)
class ChatCompletionStreamResponseDelta:
    """What a choice gained in this frame."""

    role: ChatCompletionRole | None = None
    """ The author's role (open set). """

    content: str | None = None
    """ A piece of the reply text. """

    reasoning_content: str | None = None
    """ A piece of the reasoning text. """

    refusal: str | None = None
    """ A piece of the refusal message. """

    tool_calls: list[ChatCompletionMessageToolCallChunk] | None = None
    """ Pieces of tool calls. """

    function_call: ChatCompletionFunctionCallChunk | None = None
    """ A piece of a function call in a stream delta. """

    images: list[GeneratedMedia] | None = None
    """ Generated images (provider-specific objects). """

    audios: list[GeneratedMedia] | None = None
    """ Generated audio pieces (provider-specific objects). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.role is not None:
            role: str
            if isinstance(self.role, str):
                role = self.role
            else:
                role = self.role
            field_dict["role"] = role
        elif "role" in self._json_nulls:
            field_dict["role"] = None
        if self.content is not None:
            content: None | str
            content = self.content
            field_dict["content"] = content
        elif "content" in self._json_nulls:
            field_dict["content"] = None
        if self.reasoning_content is not None:
            reasoning_content: None | str
            reasoning_content = self.reasoning_content
            field_dict["reasoning_content"] = reasoning_content
        elif "reasoning_content" in self._json_nulls:
            field_dict["reasoning_content"] = None
        if self.refusal is not None:
            refusal: None | str
            refusal = self.refusal
            field_dict["refusal"] = refusal
        elif "refusal" in self._json_nulls:
            field_dict["refusal"] = None
        if self.tool_calls is not None:
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

            field_dict["tool_calls"] = tool_calls
        elif "tool_calls" in self._json_nulls:
            field_dict["tool_calls"] = None
        if self.function_call is not None:
            function_call = self.function_call.to_dict()
            field_dict["function_call"] = function_call
        elif "function_call" in self._json_nulls:
            field_dict["function_call"] = None
        if self.images is not None:
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

            field_dict["images"] = images
        elif "images" in self._json_nulls:
            field_dict["images"] = None
        if self.audios is not None:
            audios = []
            for audios_item_data in self.audios:
                audios_item = audios_item_data.to_dict()
                audios.append(audios_item)

            field_dict["audios"] = audios
        elif "audios" in self._json_nulls:
            field_dict["audios"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_stream_response_delta = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        _raw_role = d.pop("role", UNSET)
        if _raw_role is UNSET:
            chat_completion_stream_response_delta.role = None
        elif _raw_role is None:
            chat_completion_stream_response_delta.role = None
            json_nulls += ("role",)
        else:
            role = cast("ChatCompletionRole", _raw_role)

            chat_completion_stream_response_delta.role = role
        _raw_content = d.pop("content", UNSET)
        if _raw_content is UNSET:
            chat_completion_stream_response_delta.content = None
        elif _raw_content is None:
            chat_completion_stream_response_delta.content = None
            json_nulls += ("content",)
        else:
            content = cast("None | str", _raw_content)

            chat_completion_stream_response_delta.content = content
        _raw_reasoning_content = d.pop("reasoning_content", UNSET)
        if _raw_reasoning_content is UNSET:
            chat_completion_stream_response_delta.reasoning_content = None
        elif _raw_reasoning_content is None:
            chat_completion_stream_response_delta.reasoning_content = None
            json_nulls += ("reasoning_content",)
        else:
            reasoning_content = cast("None | str", _raw_reasoning_content)

            chat_completion_stream_response_delta.reasoning_content = reasoning_content
        _raw_refusal = d.pop("refusal", UNSET)
        if _raw_refusal is UNSET:
            chat_completion_stream_response_delta.refusal = None
        elif _raw_refusal is None:
            chat_completion_stream_response_delta.refusal = None
            json_nulls += ("refusal",)
        else:
            refusal = cast("None | str", _raw_refusal)

            chat_completion_stream_response_delta.refusal = refusal
        _raw_tool_calls = d.pop("tool_calls", UNSET)
        if _raw_tool_calls is UNSET:
            chat_completion_stream_response_delta.tool_calls = None
        elif _raw_tool_calls is None:
            chat_completion_stream_response_delta.tool_calls = None
            json_nulls += ("tool_calls",)
        else:
            tool_calls = []
            _tool_calls = _raw_tool_calls
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatCompletionMessageToolCallChunk.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

            chat_completion_stream_response_delta.tool_calls = tool_calls
        _raw_function_call = d.pop("function_call", UNSET)
        if _raw_function_call is UNSET:
            chat_completion_stream_response_delta.function_call = None
        elif _raw_function_call is None:
            chat_completion_stream_response_delta.function_call = None
            json_nulls += ("function_call",)
        else:
            function_call = ChatCompletionFunctionCallChunk.from_dict(_raw_function_call)

            chat_completion_stream_response_delta.function_call = function_call
        _raw_images = d.pop("images", UNSET)
        if _raw_images is UNSET:
            chat_completion_stream_response_delta.images = None
        elif _raw_images is None:
            chat_completion_stream_response_delta.images = None
            json_nulls += ("images",)
        else:
            images = []
            _images = _raw_images
            for images_item_data in _images:
                images_item = GeneratedMedia.from_dict(images_item_data)

                images.append(images_item)

            chat_completion_stream_response_delta.images = images
        _raw_audios = d.pop("audios", UNSET)
        if _raw_audios is UNSET:
            chat_completion_stream_response_delta.audios = None
        elif _raw_audios is None:
            chat_completion_stream_response_delta.audios = None
            json_nulls += ("audios",)
        else:
            audios = []
            _audios = _raw_audios
            for audios_item_data in _audios:
                audios_item = GeneratedMedia.from_dict(audios_item_data)

                audios.append(audios_item)

            chat_completion_stream_response_delta.audios = audios
        chat_completion_stream_response_delta.additional_properties = d
        chat_completion_stream_response_delta._json_nulls = json_nulls
        return chat_completion_stream_response_delta

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            (
                "role",
                "content",
                "reasoning_content",
                "refusal",
                "tool_calls",
                "function_call",
                "images",
                "audios",
            ),
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
from ..models.chat_completion_function_call_chunk import ChatCompletionFunctionCallChunk  # noqa: E402
from ..models.chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk  # noqa: E402
from ..models.generated_media import GeneratedMedia  # noqa: E402

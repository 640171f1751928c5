from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_role import ChatCompletionRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_function_call import ChatCompletionFunctionCall
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.generated_media import GeneratedMedia
    from ..models.message_annotation import MessageAnnotation


T = TypeVar("T", bound="ChatCompletionResponseMessage")


@_attrs_define
class ChatCompletionResponseMessage:
    """The message the model produced."""

    role: ChatCompletionRole | str
    """ The author's role (open set). """
    content: None | str | Unset = UNSET
    """ The reply text; null when the reply is only tool calls. """
    refusal: None | str | Unset = UNSET
    """ The refusal message, when the model refused. """
    reasoning_content: None | str | Unset = UNSET
    """ The model's reasoning text, when the model exposes it. """
    tool_calls: list[ChatCompletionMessageToolCall] | Unset = UNSET
    """ The tool calls of an assistant message. """
    function_call: ChatCompletionFunctionCall | Unset = UNSET
    """ The function called and its arguments. """
    name: str | Unset = UNSET
    """ Participant name, when set. """
    images: list[GeneratedMedia] | Unset = UNSET
    """ Generated images (provider-specific objects). """
    audio: GeneratedMedia | Unset = UNSET
    """ A generated image or audio clip; fields depend on the provider. """
    annotations: list[MessageAnnotation] | Unset = UNSET
    """ Annotations such as URL citations from web search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str
        if isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for componentsschemas_chat_completion_message_tool_calls_item_data in self.tool_calls:
                componentsschemas_chat_completion_message_tool_calls_item = (
                    componentsschemas_chat_completion_message_tool_calls_item_data.to_dict()
                )
                tool_calls.append(componentsschemas_chat_completion_message_tool_calls_item)

        function_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function_call, Unset):
            function_call = self.function_call.to_dict()

        name = self.name

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if name is not UNSET:
            field_dict["name"] = name
        if images is not UNSET:
            field_dict["images"] = images
        if audio is not UNSET:
            field_dict["audio"] = audio
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = cast("ChatCompletionRole | str", d.pop("role"))

        _raw_content = d.pop("content", UNSET)
        if _raw_content is not UNSET:
            content = cast("None | str | Unset", _raw_content)

        else:
            content = UNSET

        _raw_refusal = d.pop("refusal", UNSET)
        if _raw_refusal is not UNSET:
            refusal = cast("None | str | Unset", _raw_refusal)

        else:
            refusal = UNSET

        _raw_reasoning_content = d.pop("reasoning_content", UNSET)
        if _raw_reasoning_content is not UNSET:
            reasoning_content = cast("None | str | Unset", _raw_reasoning_content)

        else:
            reasoning_content = UNSET

        _raw_tool_calls = d.pop("tool_calls", UNSET)
        if _raw_tool_calls is not UNSET:
            _tool_calls = _raw_tool_calls
            tool_calls: list[ChatCompletionMessageToolCall] | Unset = UNSET
            if _tool_calls is not UNSET:
                tool_calls = []
                for componentsschemas_chat_completion_message_tool_calls_item_data in _tool_calls:
                    componentsschemas_chat_completion_message_tool_calls_item = (
                        ChatCompletionMessageToolCall.from_dict(
                            componentsschemas_chat_completion_message_tool_calls_item_data
                        )
                    )

                    tool_calls.append(componentsschemas_chat_completion_message_tool_calls_item)

        else:
            tool_calls = UNSET

        _raw_function_call = d.pop("function_call", UNSET)
        if _raw_function_call is not UNSET:
            _function_call = _raw_function_call
            function_call: ChatCompletionFunctionCall | Unset
            if isinstance(_function_call, Unset):
                function_call = UNSET
            else:
                function_call = ChatCompletionFunctionCall.from_dict(_function_call)

        else:
            function_call = UNSET

        name = d.pop("name", UNSET)

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

        _raw_audio = d.pop("audio", UNSET)
        if _raw_audio is not UNSET:
            _audio = _raw_audio
            audio: GeneratedMedia | Unset
            if isinstance(_audio, Unset):
                audio = UNSET
            else:
                audio = GeneratedMedia.from_dict(_audio)

        else:
            audio = UNSET

        _raw_annotations = d.pop("annotations", UNSET)
        if _raw_annotations is not UNSET:
            _annotations = _raw_annotations
            annotations: list[MessageAnnotation] | Unset = UNSET
            if _annotations is not UNSET:
                annotations = []
                for annotations_item_data in _annotations:
                    annotations_item = MessageAnnotation.from_dict(annotations_item_data)

                    annotations.append(annotations_item)

        else:
            annotations = UNSET

        chat_completion_response_message = cls(
            role=role,
            content=content,
            refusal=refusal,
            reasoning_content=reasoning_content,
            tool_calls=tool_calls,
            function_call=function_call,
            name=name,
            images=images,
            audio=audio,
            annotations=annotations,
        )

        chat_completion_response_message.additional_properties = d
        return chat_completion_response_message

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
from ..models.chat_completion_function_call import ChatCompletionFunctionCall  # noqa: E402
from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: E402
from ..models.generated_media import GeneratedMedia  # noqa: E402
from ..models.message_annotation import MessageAnnotation  # noqa: E402

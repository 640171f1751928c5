from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_role import ChatCompletionRole
from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_function_call import ChatCompletionFunctionCall
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_function_tool_call import (
        ChatCompletionMessageFunctionToolCall,
    )
    from ..models.generated_media import GeneratedMedia
    from ..models.message_annotation import MessageAnnotation
    from ..models.reasoning_detail import ReasoningDetail


T = TypeVar("T", bound="ChatCompletionResponseMessage")


@_attrs_define(repr=False)
class ChatCompletionResponseMessage:
    """The message the model produced."""

    role: ChatCompletionRole
    """ The author's role (open set). """

    content: str | None = None
    """ The reply text. The gateway sends `""` (not null) when the reply is only tool calls. """

    refusal: str | None = None
    """ The refusal message, when the model refused. The gateway's code sends null here in
    every case at 2026-08 (a choice-level value overwrites the model's).
     """

    reasoning_content: str | None = None
    """ The model's reasoning text, when the model exposes it. """

    reasoning_details: list[ReasoningDetail] | None = None
    """ The reasoning as a list of parts, when the model exposes it. """

    tool_calls: (
        list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageFunctionToolCall] | None
    ) = None
    """ The tool calls of a reply. """

    function_call: ChatCompletionFunctionCall | None = None
    """ The function called and its arguments. """

    name: str | None = None
    """ Participant name, when set. """

    images: list[GeneratedMedia] | None = None
    """ Generated images, e.g. `{"type": "image_url", "image_url": {"url": ...}}`. """

    audios: list[GeneratedMedia] | None = None
    """ Generated audio, e.g. `{"type": "audio_url", "audio_url": {"url": ...}, "mime_type": ...}`. """

    audio: GeneratedMedia | None = None
    """ A generated image or audio clip; fields depend on the provider. """

    annotations: list[MessageAnnotation] | None = None
    """ Annotations such as URL citations. Always `[]` from the gateway's code at 2026-08. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        role: str
        if isinstance(self.role, str):
            role = self.role
        else:
            role = self.role
        field_dict["role"] = role
        if self.content is not None:
            content: None | str
            content = self.content
            field_dict["content"] = content
        elif "content" in self._json_nulls:
            field_dict["content"] = None
        if self.refusal is not None:
            refusal: None | str
            refusal = self.refusal
            field_dict["refusal"] = refusal
        elif "refusal" in self._json_nulls:
            field_dict["refusal"] = None
        if self.reasoning_content is not None:
            reasoning_content: None | str
            reasoning_content = self.reasoning_content
            field_dict["reasoning_content"] = reasoning_content
        elif "reasoning_content" in self._json_nulls:
            field_dict["reasoning_content"] = None
        if self.reasoning_details is not None:
            reasoning_details = []
            for reasoning_details_item_data in self.reasoning_details:
                reasoning_details_item = reasoning_details_item_data.to_dict()
                reasoning_details.append(reasoning_details_item)

            field_dict["reasoning_details"] = reasoning_details
        elif "reasoning_details" in self._json_nulls:
            field_dict["reasoning_details"] = None
        if self.tool_calls is not None:
            tool_calls = []
            for componentsschemas_chat_completion_message_tool_calls_item_data in self.tool_calls:
                componentsschemas_chat_completion_message_tool_calls_item: dict[str, Any]
                if isinstance(
                    componentsschemas_chat_completion_message_tool_calls_item_data,
                    ChatCompletionMessageFunctionToolCall,
                ):
                    componentsschemas_chat_completion_message_tool_calls_item = (
                        componentsschemas_chat_completion_message_tool_calls_item_data.to_dict()
                    )
                else:
                    componentsschemas_chat_completion_message_tool_calls_item = (
                        componentsschemas_chat_completion_message_tool_calls_item_data.to_dict()
                    )

                tool_calls.append(componentsschemas_chat_completion_message_tool_calls_item)

            field_dict["tool_calls"] = tool_calls
        elif "tool_calls" in self._json_nulls:
            field_dict["tool_calls"] = None
        if self.function_call is not None:
            function_call = self.function_call.to_dict()
            field_dict["function_call"] = function_call
        elif "function_call" in self._json_nulls:
            field_dict["function_call"] = None
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
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
        if self.audio is not None:
            audio = self.audio.to_dict()
            field_dict["audio"] = audio
        elif "audio" in self._json_nulls:
            field_dict["audio"] = None
        if self.annotations is not None:
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

            field_dict["annotations"] = annotations
        elif "annotations" in self._json_nulls:
            field_dict["annotations"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_response_message = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        role = cast("ChatCompletionRole", d.pop("role"))

        chat_completion_response_message.role = role
        _raw_content = d.pop("content", UNSET)
        if _raw_content is UNSET:
            chat_completion_response_message.content = None
        elif _raw_content is None:
            chat_completion_response_message.content = None
            json_nulls += ("content",)
        else:
            content = cast("None | str", _raw_content)

            chat_completion_response_message.content = content
        _raw_refusal = d.pop("refusal", UNSET)
        if _raw_refusal is UNSET:
            chat_completion_response_message.refusal = None
        elif _raw_refusal is None:
            chat_completion_response_message.refusal = None
            json_nulls += ("refusal",)
        else:
            refusal = cast("None | str", _raw_refusal)

            chat_completion_response_message.refusal = refusal
        _raw_reasoning_content = d.pop("reasoning_content", UNSET)
        if _raw_reasoning_content is UNSET:
            chat_completion_response_message.reasoning_content = None
        elif _raw_reasoning_content is None:
            chat_completion_response_message.reasoning_content = None
            json_nulls += ("reasoning_content",)
        else:
            reasoning_content = cast("None | str", _raw_reasoning_content)

            chat_completion_response_message.reasoning_content = reasoning_content
        _raw_reasoning_details = d.pop("reasoning_details", UNSET)
        if _raw_reasoning_details is UNSET:
            chat_completion_response_message.reasoning_details = None
        elif _raw_reasoning_details is None:
            chat_completion_response_message.reasoning_details = None
            json_nulls += ("reasoning_details",)
        else:
            reasoning_details = []
            _reasoning_details = _raw_reasoning_details
            for reasoning_details_item_data in _reasoning_details:
                reasoning_details_item = ReasoningDetail.from_dict(reasoning_details_item_data)

                reasoning_details.append(reasoning_details_item)

            chat_completion_response_message.reasoning_details = reasoning_details
        _raw_tool_calls = d.pop("tool_calls", UNSET)
        if _raw_tool_calls is UNSET:
            chat_completion_response_message.tool_calls = None
        elif _raw_tool_calls is None:
            chat_completion_response_message.tool_calls = None
            json_nulls += ("tool_calls",)
        else:
            tool_calls = []
            _tool_calls = _raw_tool_calls
            for componentsschemas_chat_completion_message_tool_calls_item_data in _tool_calls:

                def _parse_componentsschemas_chat_completion_message_tool_calls_item(
                    data: object,
                ) -> ChatCompletionMessageCustomToolCall | ChatCompletionMessageFunctionToolCall:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_message_tool_call_type_0 = (
                            ChatCompletionMessageFunctionToolCall.from_dict(data)
                        )

                        return componentsschemas_chat_completion_message_tool_call_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_message_tool_call_type_1 = (
                        ChatCompletionMessageCustomToolCall.from_dict(data)
                    )

                    return componentsschemas_chat_completion_message_tool_call_type_1

                componentsschemas_chat_completion_message_tool_calls_item = (
                    _parse_componentsschemas_chat_completion_message_tool_calls_item(
                        componentsschemas_chat_completion_message_tool_calls_item_data
                    )
                )

                tool_calls.append(componentsschemas_chat_completion_message_tool_calls_item)

            chat_completion_response_message.tool_calls = tool_calls
        _raw_function_call = d.pop("function_call", UNSET)
        if _raw_function_call is UNSET:
            chat_completion_response_message.function_call = None
        elif _raw_function_call is None:
            chat_completion_response_message.function_call = None
            json_nulls += ("function_call",)
        else:
            function_call = ChatCompletionFunctionCall.from_dict(_raw_function_call)

            chat_completion_response_message.function_call = function_call
        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            chat_completion_response_message.name = None
        elif _raw_name is None:
            chat_completion_response_message.name = None
            json_nulls += ("name",)
        else:
            name = _raw_name

            chat_completion_response_message.name = name
        _raw_images = d.pop("images", UNSET)
        if _raw_images is UNSET:
            chat_completion_response_message.images = None
        elif _raw_images is None:
            chat_completion_response_message.images = None
            json_nulls += ("images",)
        else:
            images = []
            _images = _raw_images
            for images_item_data in _images:
                images_item = GeneratedMedia.from_dict(images_item_data)

                images.append(images_item)

            chat_completion_response_message.images = images
        _raw_audios = d.pop("audios", UNSET)
        if _raw_audios is UNSET:
            chat_completion_response_message.audios = None
        elif _raw_audios is None:
            chat_completion_response_message.audios = None
            json_nulls += ("audios",)
        else:
            audios = []
            _audios = _raw_audios
            for audios_item_data in _audios:
                audios_item = GeneratedMedia.from_dict(audios_item_data)

                audios.append(audios_item)

            chat_completion_response_message.audios = audios
        _raw_audio = d.pop("audio", UNSET)
        if _raw_audio is UNSET:
            chat_completion_response_message.audio = None
        elif _raw_audio is None:
            chat_completion_response_message.audio = None
            json_nulls += ("audio",)
        else:
            audio = GeneratedMedia.from_dict(_raw_audio)

            chat_completion_response_message.audio = audio
        _raw_annotations = d.pop("annotations", UNSET)
        if _raw_annotations is UNSET:
            chat_completion_response_message.annotations = None
        elif _raw_annotations is None:
            chat_completion_response_message.annotations = None
            json_nulls += ("annotations",)
        else:
            annotations = []
            _annotations = _raw_annotations
            for annotations_item_data in _annotations:
                annotations_item = MessageAnnotation.from_dict(annotations_item_data)

                annotations.append(annotations_item)

            chat_completion_response_message.annotations = annotations
        chat_completion_response_message.additional_properties = d
        chat_completion_response_message._json_nulls = json_nulls
        return chat_completion_response_message

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("role",),
            (
                "content",
                "refusal",
                "reasoning_content",
                "reasoning_details",
                "tool_calls",
                "function_call",
                "name",
                "images",
                "audios",
                "audio",
                "annotations",
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
from ..models.chat_completion_function_call import ChatCompletionFunctionCall  # noqa: E402
from ..models.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall  # noqa: E402
from ..models.chat_completion_message_function_tool_call import (
    ChatCompletionMessageFunctionToolCall,  # noqa: E402
)
from ..models.generated_media import GeneratedMedia  # noqa: E402
from ..models.message_annotation import MessageAnnotation  # noqa: E402
from ..models.reasoning_detail import ReasoningDetail  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio,
    )
    from ..models.chat_completion_request_message_content_part_audio_url import (
        ChatCompletionRequestMessageContentPartAudioUrl,
    )
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
    from ..models.chat_completion_request_message_content_part_tool_call import (
        ChatCompletionRequestMessageContentPartToolCall,
    )
    from ..models.chat_completion_request_message_content_part_video import (
        ChatCompletionRequestMessageContentPartVideo,
    )
    from ..models.chat_completion_request_message_content_part_video_url import (
        ChatCompletionRequestMessageContentPartVideoUrl,
    )


T = TypeVar("T", bound="ChatCompletionRequestUserMessage")


@_attrs_define(repr=False)
class ChatCompletionRequestUserMessage:
    """A message from the end user; text or multimodal parts."""

    content: (
        list[
            ChatCompletionRequestMessageContentPartAudio
            | ChatCompletionRequestMessageContentPartAudioUrl
            | ChatCompletionRequestMessageContentPartImage
            | ChatCompletionRequestMessageContentPartText
            | ChatCompletionRequestMessageContentPartToolCall
            | ChatCompletionRequestMessageContentPartVideo
            | ChatCompletionRequestMessageContentPartVideoUrl
        ]
        | str
    )
    """ The message, as a string or parts (text, image, audio, video, tool call). """

    role: Literal["user"] = "user"
    """ Always `user`. """

    name: str | None = None
    """ Optional participant name. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        role = self.role
        field_dict["role"] = role
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartText
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartImage
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartAudio
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartAudioUrl
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartVideo
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartVideoUrl
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content
        field_dict["content"] = content
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif "name" in self._json_nulls:
            field_dict["name"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_completion_request_user_message = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        role = cast(Literal["user"], d.pop("role"))
        if role != "user":
            raise ValueError(f"role must match const 'user', got '{role}'")

        chat_completion_request_user_message.role = role

        def _parse_content(
            data: object,
        ) -> (
            list[
                ChatCompletionRequestMessageContentPartAudio
                | ChatCompletionRequestMessageContentPartAudioUrl
                | ChatCompletionRequestMessageContentPartImage
                | ChatCompletionRequestMessageContentPartText
                | ChatCompletionRequestMessageContentPartToolCall
                | ChatCompletionRequestMessageContentPartVideo
                | ChatCompletionRequestMessageContentPartVideoUrl
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        ChatCompletionRequestMessageContentPartAudio
                        | ChatCompletionRequestMessageContentPartAudioUrl
                        | ChatCompletionRequestMessageContentPartImage
                        | ChatCompletionRequestMessageContentPartText
                        | ChatCompletionRequestMessageContentPartToolCall
                        | ChatCompletionRequestMessageContentPartVideo
                        | ChatCompletionRequestMessageContentPartVideoUrl
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_0 = ChatCompletionRequestMessageContentPartText.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_request_user_message_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_1 = ChatCompletionRequestMessageContentPartImage.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_request_user_message_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_2 = ChatCompletionRequestMessageContentPartAudio.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_request_user_message_content_part_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_3 = ChatCompletionRequestMessageContentPartAudioUrl.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_request_user_message_content_part_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_4 = ChatCompletionRequestMessageContentPartVideo.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_request_user_message_content_part_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_5 = ChatCompletionRequestMessageContentPartVideoUrl.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_request_user_message_content_part_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_request_user_message_content_part_type_6 = ChatCompletionRequestMessageContentPartToolCall.from_dict(
                            data
                        )

                        return componentsschemas_chat_completion_request_user_message_content_part_type_6

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartAudioUrl | ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartToolCall | ChatCompletionRequestMessageContentPartVideo | ChatCompletionRequestMessageContentPartVideoUrl] | str",
                data,
            )

        content = _parse_content(d.pop("content"))

        chat_completion_request_user_message.content = content
        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            chat_completion_request_user_message.name = None
        elif _raw_name is None:
            chat_completion_request_user_message.name = None
            json_nulls += ("name",)
        else:
            name = _raw_name

            chat_completion_request_user_message.name = name
        chat_completion_request_user_message.additional_properties = d
        chat_completion_request_user_message._json_nulls = json_nulls
        return chat_completion_request_user_message

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("role", "content"),
            ("name",),
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
from ..models.chat_completion_request_message_content_part_audio import (
    ChatCompletionRequestMessageContentPartAudio,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_audio_url import (
    ChatCompletionRequestMessageContentPartAudioUrl,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_tool_call import (
    ChatCompletionRequestMessageContentPartToolCall,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_video import (
    ChatCompletionRequestMessageContentPartVideo,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_video_url import (
    ChatCompletionRequestMessageContentPartVideoUrl,  # noqa: E402
)

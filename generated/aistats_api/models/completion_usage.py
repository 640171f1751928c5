from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completion_tokens_details import CompletionTokensDetails
    from ..models.prompt_tokens_details import PromptTokensDetails
    from ..models.server_tool_usage import ServerToolUsage


T = TypeVar("T", bound="CompletionUsage")


@_attrs_define
class CompletionUsage:
    """Token counts of the request."""

    prompt_tokens: int | Unset = UNSET
    """ Tokens in the prompt. """
    completion_tokens: int | Unset = UNSET
    """ Tokens generated. """
    total_tokens: int | Unset = UNSET
    """ Prompt plus completion tokens. """
    prompt_tokens_details: PromptTokensDetails | Unset = UNSET
    """ Breakdown of prompt tokens. """
    completion_tokens_details: CompletionTokensDetails | Unset = UNSET
    """ Breakdown of completion tokens. """
    server_tool_use: ServerToolUsage | Unset = UNSET
    """ Counts of built-in tool uses billed to the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        prompt_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()

        completion_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.completion_tokens_details, Unset):
            completion_tokens_details = self.completion_tokens_details.to_dict()

        server_tool_use: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_tool_use, Unset):
            server_tool_use = self.server_tool_use.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        _raw_prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
        if _raw_prompt_tokens_details is not UNSET:
            _prompt_tokens_details = _raw_prompt_tokens_details
            prompt_tokens_details: PromptTokensDetails | Unset
            if isinstance(_prompt_tokens_details, Unset):
                prompt_tokens_details = UNSET
            else:
                prompt_tokens_details = PromptTokensDetails.from_dict(_prompt_tokens_details)

        else:
            prompt_tokens_details = UNSET

        _raw_completion_tokens_details = d.pop("completion_tokens_details", UNSET)
        if _raw_completion_tokens_details is not UNSET:
            _completion_tokens_details = _raw_completion_tokens_details
            completion_tokens_details: CompletionTokensDetails | Unset
            if isinstance(_completion_tokens_details, Unset):
                completion_tokens_details = UNSET
            else:
                completion_tokens_details = CompletionTokensDetails.from_dict(
                    _completion_tokens_details
                )

        else:
            completion_tokens_details = UNSET

        _raw_server_tool_use = d.pop("server_tool_use", UNSET)
        if _raw_server_tool_use is not UNSET:
            _server_tool_use = _raw_server_tool_use
            server_tool_use: ServerToolUsage | Unset
            if isinstance(_server_tool_use, Unset):
                server_tool_use = UNSET
            else:
                server_tool_use = ServerToolUsage.from_dict(_server_tool_use)

        else:
            server_tool_use = UNSET

        completion_usage = cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=total_tokens,
            prompt_tokens_details=prompt_tokens_details,
            completion_tokens_details=completion_tokens_details,
            server_tool_use=server_tool_use,
        )

        completion_usage.additional_properties = d
        return completion_usage

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
from ..models.completion_tokens_details import CompletionTokensDetails  # noqa: E402
from ..models.prompt_tokens_details import PromptTokensDetails  # noqa: E402
from ..models.server_tool_usage import ServerToolUsage  # noqa: E402

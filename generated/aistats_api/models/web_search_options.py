from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_context_size import WebSearchContextSize, check_web_search_context_size
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_user_location import WebSearchUserLocation


T = TypeVar("T", bound="WebSearchOptions")


@_attrs_define
class WebSearchOptions:
    """Web search settings for models that search before answering."""

    search_context_size: WebSearchContextSize | Unset = UNSET
    """ How much search context to retrieve. """
    user_location: WebSearchUserLocation | Unset = UNSET
    """ Approximate user location to localise search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size

        user_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_location, Unset):
            user_location = self.user_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_search_context_size = d.pop("search_context_size", UNSET)
        if _raw_search_context_size is not UNSET:
            _search_context_size = _raw_search_context_size
            search_context_size: WebSearchContextSize | Unset
            if isinstance(_search_context_size, Unset):
                search_context_size = UNSET
            else:
                search_context_size = check_web_search_context_size(_search_context_size)

        else:
            search_context_size = UNSET

        _raw_user_location = d.pop("user_location", UNSET)
        if _raw_user_location is not UNSET:
            _user_location = _raw_user_location
            user_location: WebSearchUserLocation | Unset
            if isinstance(_user_location, Unset):
                user_location = UNSET
            else:
                user_location = WebSearchUserLocation.from_dict(_user_location)

        else:
            user_location = UNSET

        web_search_options = cls(
            search_context_size=search_context_size,
            user_location=user_location,
        )

        web_search_options.additional_properties = d
        return web_search_options

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_url_detail import ImageURLDetail, check_image_url_detail
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageURL")


@_attrs_define
class ImageURL:
    """Where the image is, and how closely to look at it."""

    url: str
    """ An `https:` URL or a base64 `data:` URL. """
    detail: ImageURLDetail | Unset = UNSET
    """ Image detail level. Default: auto. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _raw_detail = d.pop("detail", UNSET)
        if _raw_detail is not UNSET:
            _detail = _raw_detail
            detail: ImageURLDetail | Unset
            if isinstance(_detail, Unset):
                detail = UNSET
            else:
                detail = check_image_url_detail(_detail)

        else:
            detail = UNSET

        image_url = cls(
            url=url,
            detail=detail,
        )

        image_url.additional_properties = d
        return image_url

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

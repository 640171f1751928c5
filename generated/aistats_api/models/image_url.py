from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_url_detail import ImageURLDetail, check_image_url_detail
from ..types import UNSET, model_repr

T = TypeVar("T", bound="ImageURL")


@_attrs_define(repr=False)
class ImageURL:
    """Where the image is, and how closely to look at it."""

    url: str
    """ An `https:` URL or a base64 `data:` URL. """

    detail: ImageURLDetail | None = None
    """ Image detail level. Default: auto. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the spec does not name, as received (and sent back by `to_dict`). """
    _json_nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        url = self.url
        field_dict["url"] = url
        if self.detail is not None:
            detail: str = self.detail
            field_dict["detail"] = detail
        elif "detail" in self._json_nulls:
            field_dict["detail"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = cls.__new__(cls)
        json_nulls: tuple[str, ...] = ()
        url = d.pop("url")

        image_url.url = url
        _raw_detail = d.pop("detail", UNSET)
        if _raw_detail is UNSET:
            image_url.detail = None
        elif _raw_detail is None:
            image_url.detail = None
            json_nulls += ("detail",)
        else:
            detail = check_image_url_detail(_raw_detail)

            image_url.detail = detail
        image_url.additional_properties = d
        image_url._json_nulls = json_nulls
        return image_url

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("url",),
            ("detail",),
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

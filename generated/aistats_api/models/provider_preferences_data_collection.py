from typing import Literal

ProviderPreferencesDataCollection = Literal["allow", "deny"]

PROVIDER_PREFERENCES_DATA_COLLECTION_VALUES: set[ProviderPreferencesDataCollection] = {
    "allow",
    "deny",
}


def check_provider_preferences_data_collection(value: str) -> ProviderPreferencesDataCollection:
    if value in PROVIDER_PREFERENCES_DATA_COLLECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDER_PREFERENCES_DATA_COLLECTION_VALUES!r}"
    )

from typing import Literal

DataCollectionPolicy = Literal["allow", "deny"]

DATA_COLLECTION_POLICY_VALUES: set[DataCollectionPolicy] = {
    "allow",
    "deny",
}


def check_data_collection_policy(value: str) -> DataCollectionPolicy:
    if value in DATA_COLLECTION_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_COLLECTION_POLICY_VALUES!r}"
    )

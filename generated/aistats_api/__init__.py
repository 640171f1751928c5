"""A client library for accessing AI Stats / Phaseo gateway — chat completions"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

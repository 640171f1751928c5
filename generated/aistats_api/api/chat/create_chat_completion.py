from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_chat_completion_request import CreateChatCompletionRequest
from ...models.create_chat_completion_response import CreateChatCompletionResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateChatCompletionRequest,
    x_phaseo_session_id: str | Unset = UNSET,
    x_phaseo_user_id: str | Unset = UNSET,
    x_title: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_phaseo_client: str | Unset = UNSET,
    x_gateway_debug: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phaseo_session_id, Unset):
        headers["x-phaseo-session-id"] = x_phaseo_session_id

    if not isinstance(x_phaseo_user_id, Unset):
        headers["x-phaseo-user-id"] = x_phaseo_user_id

    if not isinstance(x_title, Unset):
        headers["x-title"] = x_title

    if not isinstance(http_referer, Unset):
        headers["http-referer"] = http_referer

    if not isinstance(x_app_id, Unset):
        headers["x-app-id"] = x_app_id

    if not isinstance(x_phaseo_client, Unset):
        headers["x-phaseo-client"] = x_phaseo_client

    if not isinstance(x_gateway_debug, Unset):
        headers["x-gateway-debug"] = x_gateway_debug

    if not isinstance(traceparent, Unset):
        headers["traceparent"] = traceparent

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chat/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateChatCompletionResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = CreateChatCompletionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = ErrorResponse.from_dict(response.json())

        return response_408

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = ErrorResponse.from_dict(response.json())

        return response_501

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateChatCompletionResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatCompletionRequest,
    x_phaseo_session_id: str | Unset = UNSET,
    x_phaseo_user_id: str | Unset = UNSET,
    x_title: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_phaseo_client: str | Unset = UNSET,
    x_gateway_debug: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
) -> Response[CreateChatCompletionResponse | ErrorResponse]:
    """Create chat completion

     Send a conversation to a model and get its reply, either as one JSON document or, with
    `stream: true`, as server-sent events: one JSON object per `data:` line.

    The id of the request is in the body (`id` of a completion and of every stream frame,
    `generation_id` of an error): the gateway sends no request-id header. It sends no
    `Retry-After` either, not even with a 429. Every `/v1` path also answers `OPTIONS` with
    204 and CORS headers, without authentication.

    Args:
        x_phaseo_session_id (str | Unset):
        x_phaseo_user_id (str | Unset):
        x_title (str | Unset):
        http_referer (str | Unset):
        x_app_id (str | Unset):
        x_phaseo_client (str | Unset):
        x_gateway_debug (str | Unset):
        traceparent (str | Unset):
        body (CreateChatCompletionRequest): The body of `POST /chat/completions`. Only `model` and
            `messages` are required. The gateway
            answers a top-level field it does not know with 400 `validation_error` (keyword
            `unknown_param`), so this object is closed; send what it has and this document lacks with
            `extra_body=` (the gateway decides).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateChatCompletionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_phaseo_session_id=x_phaseo_session_id,
        x_phaseo_user_id=x_phaseo_user_id,
        x_title=x_title,
        http_referer=http_referer,
        x_app_id=x_app_id,
        x_phaseo_client=x_phaseo_client,
        x_gateway_debug=x_gateway_debug,
        traceparent=traceparent,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatCompletionRequest,
    x_phaseo_session_id: str | Unset = UNSET,
    x_phaseo_user_id: str | Unset = UNSET,
    x_title: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_phaseo_client: str | Unset = UNSET,
    x_gateway_debug: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
) -> CreateChatCompletionResponse | ErrorResponse | None:
    """Create chat completion

     Send a conversation to a model and get its reply, either as one JSON document or, with
    `stream: true`, as server-sent events: one JSON object per `data:` line.

    The id of the request is in the body (`id` of a completion and of every stream frame,
    `generation_id` of an error): the gateway sends no request-id header. It sends no
    `Retry-After` either, not even with a 429. Every `/v1` path also answers `OPTIONS` with
    204 and CORS headers, without authentication.

    Args:
        x_phaseo_session_id (str | Unset):
        x_phaseo_user_id (str | Unset):
        x_title (str | Unset):
        http_referer (str | Unset):
        x_app_id (str | Unset):
        x_phaseo_client (str | Unset):
        x_gateway_debug (str | Unset):
        traceparent (str | Unset):
        body (CreateChatCompletionRequest): The body of `POST /chat/completions`. Only `model` and
            `messages` are required. The gateway
            answers a top-level field it does not know with 400 `validation_error` (keyword
            `unknown_param`), so this object is closed; send what it has and this document lacks with
            `extra_body=` (the gateway decides).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateChatCompletionResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_phaseo_session_id=x_phaseo_session_id,
        x_phaseo_user_id=x_phaseo_user_id,
        x_title=x_title,
        http_referer=http_referer,
        x_app_id=x_app_id,
        x_phaseo_client=x_phaseo_client,
        x_gateway_debug=x_gateway_debug,
        traceparent=traceparent,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatCompletionRequest,
    x_phaseo_session_id: str | Unset = UNSET,
    x_phaseo_user_id: str | Unset = UNSET,
    x_title: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_phaseo_client: str | Unset = UNSET,
    x_gateway_debug: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
) -> Response[CreateChatCompletionResponse | ErrorResponse]:
    """Create chat completion

     Send a conversation to a model and get its reply, either as one JSON document or, with
    `stream: true`, as server-sent events: one JSON object per `data:` line.

    The id of the request is in the body (`id` of a completion and of every stream frame,
    `generation_id` of an error): the gateway sends no request-id header. It sends no
    `Retry-After` either, not even with a 429. Every `/v1` path also answers `OPTIONS` with
    204 and CORS headers, without authentication.

    Args:
        x_phaseo_session_id (str | Unset):
        x_phaseo_user_id (str | Unset):
        x_title (str | Unset):
        http_referer (str | Unset):
        x_app_id (str | Unset):
        x_phaseo_client (str | Unset):
        x_gateway_debug (str | Unset):
        traceparent (str | Unset):
        body (CreateChatCompletionRequest): The body of `POST /chat/completions`. Only `model` and
            `messages` are required. The gateway
            answers a top-level field it does not know with 400 `validation_error` (keyword
            `unknown_param`), so this object is closed; send what it has and this document lacks with
            `extra_body=` (the gateway decides).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateChatCompletionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_phaseo_session_id=x_phaseo_session_id,
        x_phaseo_user_id=x_phaseo_user_id,
        x_title=x_title,
        http_referer=http_referer,
        x_app_id=x_app_id,
        x_phaseo_client=x_phaseo_client,
        x_gateway_debug=x_gateway_debug,
        traceparent=traceparent,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatCompletionRequest,
    x_phaseo_session_id: str | Unset = UNSET,
    x_phaseo_user_id: str | Unset = UNSET,
    x_title: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_phaseo_client: str | Unset = UNSET,
    x_gateway_debug: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
) -> CreateChatCompletionResponse | ErrorResponse | None:
    """Create chat completion

     Send a conversation to a model and get its reply, either as one JSON document or, with
    `stream: true`, as server-sent events: one JSON object per `data:` line.

    The id of the request is in the body (`id` of a completion and of every stream frame,
    `generation_id` of an error): the gateway sends no request-id header. It sends no
    `Retry-After` either, not even with a 429. Every `/v1` path also answers `OPTIONS` with
    204 and CORS headers, without authentication.

    Args:
        x_phaseo_session_id (str | Unset):
        x_phaseo_user_id (str | Unset):
        x_title (str | Unset):
        http_referer (str | Unset):
        x_app_id (str | Unset):
        x_phaseo_client (str | Unset):
        x_gateway_debug (str | Unset):
        traceparent (str | Unset):
        body (CreateChatCompletionRequest): The body of `POST /chat/completions`. Only `model` and
            `messages` are required. The gateway
            answers a top-level field it does not know with 400 `validation_error` (keyword
            `unknown_param`), so this object is closed; send what it has and this document lacks with
            `extra_body=` (the gateway decides).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateChatCompletionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_phaseo_session_id=x_phaseo_session_id,
            x_phaseo_user_id=x_phaseo_user_id,
            x_title=x_title,
            http_referer=http_referer,
            x_app_id=x_app_id,
            x_phaseo_client=x_phaseo_client,
            x_gateway_debug=x_gateway_debug,
            traceparent=traceparent,
        )
    ).parsed

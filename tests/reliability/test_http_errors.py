"""HTTP errors with every body a gateway or a proxy in front of it sends, for every status the
spec declares, on plain and stream requests, sync and async: the typed exception, its status,
the whole body and the server's own words (JSON error bodies of plain requests are covered by
tests/client/test_errors.py)."""

from __future__ import annotations

import pytest

import aistats
from aistats import APIStatusError
from aistats.testing import MockGateway, MockReply
from tests.reliability.conftest import HELLO, MODEL, Api, no_retries

SPEC_STATUSES = {
    400: aistats.BadRequestError,
    401: aistats.AuthenticationError,
    402: aistats.PaymentRequiredError,
    403: aistats.PermissionDeniedError,
    404: aistats.NotFoundError,
    408: aistats.RequestTimeoutError,
    409: aistats.ConflictError,
    422: aistats.UnprocessableEntityError,
    429: aistats.RateLimitError,
    500: aistats.InternalServerError,
    502: aistats.InternalServerError,
    503: aistats.InternalServerError,
}
STATUSES = sorted(SPEC_STATUSES)
REQUEST_ID = {"x-request-id": "req-reliability-1"}


async def raised_by(api: Api, *, stream: bool) -> APIStatusError:
    """The status error a single attempt raises, on a plain or a stream request."""
    client = no_retries(api)
    call = client.open if stream else client.generate
    with pytest.raises(APIStatusError) as raised:
        await call(model=MODEL, messages=HELLO)
    return raised.value


def assert_typed(error: APIStatusError, status: int) -> None:
    assert type(error) is SPEC_STATUSES[status]
    assert error.status_code == status
    assert error.response.status_code == status
    assert error.request_id == "req-reliability-1"


@pytest.mark.parametrize("status", STATUSES)
async def test_a_json_error_on_a_stream_request_raises_its_class_with_the_whole_body(
    api: Api, gateway: MockGateway, status: int
) -> None:
    body = {"error": {"message": f"stream refused with {status}", "type": "t", "code": "c"}}
    gateway.enqueue(MockReply.error(status, json=body, headers=REQUEST_ID))
    error = await raised_by(api, stream=True)
    assert_typed(error, status)
    assert error.body == body
    assert f"stream refused with {status}" in str(error)
    assert len(gateway.requests) == 1


def proxy_page(status: int) -> str:
    return (
        f"<html>\r\n<head><title>{status} Proxy Says No</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} Proxy Says No</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "<script>var tracking = 1;</script></body>\r\n</html>\r\n"
    )


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("status", STATUSES)
async def test_an_html_error_page_raises_its_class_with_the_page_and_its_visible_words(
    api: Api, gateway: MockGateway, status: int, stream: bool
) -> None:
    page = proxy_page(status)
    gateway.enqueue(MockReply.error(status, html=page, headers=REQUEST_ID))
    error = await raised_by(api, stream=stream)
    assert_typed(error, status)
    assert error.body == page
    assert f"{status} Proxy Says No" in str(error)
    assert "<" not in str(error)
    assert "tracking" not in str(error)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("status", STATUSES)
async def test_a_plain_text_error_raises_its_class_with_the_text(
    api: Api, gateway: MockGateway, status: int, stream: bool
) -> None:
    text = f"upstream connect error or disconnect/reset before headers ({status})"
    gateway.enqueue(MockReply.error(status, text=text, headers=REQUEST_ID))
    error = await raised_by(api, stream=stream)
    assert_typed(error, status)
    assert error.body == text
    assert text in str(error)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("status", STATUSES)
async def test_an_empty_error_body_raises_its_class_saying_the_body_was_empty(
    api: Api, gateway: MockGateway, status: int, stream: bool
) -> None:
    gateway.enqueue(MockReply.error(status, body=b"", headers=REQUEST_ID))
    error = await raised_by(api, stream=stream)
    assert_typed(error, status)
    assert error.body == ""
    assert f"Error code: {status}" in str(error)
    assert "empty response body" in str(error)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_an_error_body_larger_than_the_cap_is_cut_not_read_whole(
    api: Api, gateway: MockGateway, stream: bool
) -> None:
    from aistats._error_building import MAX_ERROR_BODY_BYTES

    text = "x" * (4 * MAX_ERROR_BODY_BYTES)
    gateway.enqueue(MockReply.error(502, text=text, headers=REQUEST_ID))
    error = await raised_by(api, stream=stream)
    assert_typed(error, 502)
    assert isinstance(error.body, str)
    assert text.startswith(error.body)
    assert MAX_ERROR_BODY_BYTES <= len(error.body) < len(text)

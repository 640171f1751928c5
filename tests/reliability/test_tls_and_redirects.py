"""Where the key may go: TLS certificates are verified by default (a self-signed server gets
no request at all), and a redirect to another host is a typed error, never a resend of the
key; even a caller's own client that follows redirects strips the key on the way."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from aistats import AIStats, APIConnectionError, APIStatusError, APITimeoutError, AsyncAIStats
from aistats.testing import MockGateway, MockReply
from tests.reliability.conftest import API_KEY, HELLO, MODEL, Api, client_class

SELF_SIGNED = Path(__file__).with_name("data") / "self_signed_localhost_key_and_cert.pem"


@pytest.mark.parametrize("client_type", [AIStats, AsyncAIStats])
def test_tls_verification_is_on_by_default(client_type: type[AIStats] | type[AsyncAIStats]) -> None:
    client = client_type(api_key=API_KEY)
    transports = [client._http._transport, *client._http._mounts.values()]
    for transport in transports:
        context: ssl.SSLContext = transport._pool._ssl_context  # type: ignore[union-attr]
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
        assert context.minimum_version >= ssl.TLSVersion.TLSv1_2


class SelfSignedServer:
    """A TLS server with a certificate no CA signed: records every application byte it gets."""

    def __init__(self) -> None:
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(SELF_SIGNED)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.received = b""
        self.handshakes_failed = 0
        self.connection_done = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                raw, _ = self.sock.accept()
            except TimeoutError:
                continue
            with raw:
                raw.settimeout(5)
                try:
                    with self.context.wrap_socket(raw, server_side=True) as tls:
                        self.received += tls.recv(65536)
                except (ssl.SSLError, OSError):
                    self.handshakes_failed += 1
            self.connection_done.set()

    def __enter__(self) -> SelfSignedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


@pytest.fixture
def self_signed() -> Iterator[SelfSignedServer]:
    with SelfSignedServer() as server:
        yield server


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1"])
async def test_a_server_with_an_untrusted_certificate_gets_no_request(
    api: Api, self_signed: SelfSignedServer, host: str
) -> None:
    client = client_class(api)(
        base_url=f"https://{host}:{self_signed.port}/v1", api_key=API_KEY, max_retries=0
    )
    untrusted = api.with_client(client)
    with pytest.raises(APIConnectionError) as raised:
        await untrusted.generate(model=MODEL, messages=HELLO)
    await untrusted.aclose()
    assert not isinstance(raised.value, APITimeoutError)
    assert "certificate" in str(raised.value).lower()
    assert await asyncio.to_thread(self_signed.connection_done.wait, 5)
    assert self_signed.handshakes_failed == 1
    assert self_signed.received == b""


@pytest.fixture
def other_host() -> Iterator[MockGateway]:
    """A second gateway on another loopback address: another host as far as HTTP goes."""
    with MockGateway(host="127.0.0.2") as gateway:
        yield gateway


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_a_redirect_to_another_host_is_an_error_naming_it_and_sends_it_nothing(
    api: Api, gateway: MockGateway, other_host: MockGateway, status: int, stream: bool
) -> None:
    location = other_host.base_url + "/chat/completions"
    gateway.enqueue(MockReply.error(status, body=b"", headers={"Location": location}))
    call = api.open if stream else api.generate
    with pytest.raises(APIStatusError) as raised:
        await call(model=MODEL, messages=HELLO)
    assert raised.value.status_code == status
    assert location in str(raised.value)
    assert "not followed" in str(raised.value)
    assert len(gateway.requests) == 1  # not retried either
    assert other_host.requests == []


async def test_a_redirect_without_a_location_is_an_error_saying_so(
    api: Api, gateway: MockGateway
) -> None:
    gateway.enqueue(MockReply.error(307, text="moved"))
    with pytest.raises(APIStatusError) as raised:
        await api.generate(model=MODEL, messages=HELLO)
    assert "no Location header" in str(raised.value)
    assert raised.value.body == "moved"


@pytest.mark.parametrize("status", [307, 308])
async def test_a_callers_client_that_follows_redirects_never_sends_the_key_to_another_host(
    api: Api, gateway: MockGateway, other_host: MockGateway, status: int
) -> None:
    location = other_host.base_url + "/chat/completions"
    gateway.enqueue(MockReply.error(status, body=b"", headers={"Location": location}))
    http: httpx.Client | httpx.AsyncClient = (
        httpx.Client(follow_redirects=True)
        if api.kind == "sync"
        else httpx.AsyncClient(follow_redirects=True)
    )
    client = client_class(api)(
        base_url=gateway.base_url, api_key=API_KEY, max_retries=0, http_client=http
    )
    follower = api.with_client(client)
    with pytest.raises(APIStatusError):
        await follower.generate(model=MODEL, messages=HELLO)
    if isinstance(http, httpx.Client):
        http.close()  # noqa: ASYNC212 - the sync variant drives a sync client
    else:
        await http.aclose()
    [followed] = other_host.requests
    assert "authorization" not in followed.headers
    assert all(API_KEY not in value for _, value in followed.headers.raw_items())
    assert API_KEY.encode() not in followed.raw_body

"""What the sync and async clients share: configuration, request preparation and the retry
decision for one failed attempt. No I/O happens here."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final, Generic, Self, TypeAlias, TypeVar

import httpx

from ._call_parameters import CALL_PARAMETERS
from ._config import (
    CHAT_COMPLETIONS_PATH,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RETRIES,
    default_ssl_context,
    resolve_api_key,
    resolve_base_url,
    resolve_max_retries,
    resolve_timeout,
    resolve_total_timeout,
)
from ._error_building import redirect_error, status_error
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APIStreamError,
    APITimeoutError,
    ClientClosedError,
    IncompleteStreamError,
)
from ._logging import logger, setup_logging_from_env
from ._request import build_body, build_headers, check_headers, encode_body
from ._retry import is_retryable_status, retry_after_seconds, retry_delay

if TYPE_CHECKING:
    from aistats_api.models import CreateChatCompletionRequest, CreateChatCompletionRequestParam

setup_logging_from_env()


class NotGiven:
    """Marks an argument the caller did not pass (None can be a meaningful value)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Timeout = float | httpx.Timeout
Headers = Mapping[str, str]
Query = Mapping[str, str | int | float | bool]
# JSON merged into the request body last, for fields the spec does not name.
Body = Mapping[str, object]
# A JSON Schema given as a dict (`generate_object(schema=...)`).
JSONSchema: TypeAlias = Mapping[str, Any]
# A whole request: its dict form (a `json.loads` result needs `cast`, see the README) or model.
Request: TypeAlias = "CreateChatCompletionRequestParam | CreateChatCompletionRequest"


@dataclass(frozen=True, slots=True)
class ClientOptions:
    """The settings of one client (a `with_options` copy gets its own)."""

    api_key: str = field(repr=False)
    base_url: httpx.URL
    timeout: httpx.Timeout
    max_retries: int = DEFAULT_MAX_RETRIES
    default_headers: Mapping[str, str] = field(default_factory=dict)
    # The whole call's limit, retries included; None: the read timeout (see `call_budget`).
    total_timeout: float | None = None
    # Joined once: httpx parses both URLs again on every join.
    chat_completions_url: httpx.URL = field(init=False, repr=False)

    def __post_init__(self) -> None:
        url = self.base_url.join(CHAT_COMPLETIONS_PATH)
        object.__setattr__(self, "chat_completions_url", url)


@dataclass(frozen=True, slots=True)
class PreparedCall:
    """One call, ready to send (and to send again on a retry)."""

    url: httpx.URL
    content: bytes
    headers: dict[str, str] = field(repr=False)
    params: Query | None
    timeout: httpx.Timeout
    max_retries: int
    stream: bool
    # Monotonic time after which no new attempt starts: keeps `timeout=30, max_retries=2`
    # from taking 90 s.
    deadline: float


# Failures of a stream that had started: its chunks were handed out already, so sending the
# request again would repeat (and bill) what the caller has seen. The caller decides. Today
# they are raised while the caller iterates, outside the retry loop; this makes the rule
# hold by type, whatever code comes to raise them.
NEVER_RETRIED: Final = (APIStreamError, IncompleteStreamError)

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


class ClientBase(Generic[HttpT]):
    """What `AIStats` and `AsyncAIStats` share: settings, the pool, copies, the repr.
    Subclasses add the calls and the I/O loops, the only code written twice."""

    _options: ClientOptions
    _owns_http: bool
    _http: HttpT

    # `httpx.Client` or `httpx.AsyncClient`: the one thing the two clients' set-up differs in.
    _http_class: type[HttpT]

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        http_client: HttpT | None = None,
        *,
        total_timeout: float | None = None,
    ) -> None:
        self._options = make_options(
            api_key, base_url, timeout, max_retries, default_headers, total_timeout
        )
        # A client the caller passed in belongs to the caller: we never close it.
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else self._http_class(
                timeout=self._options.timeout,
                limits=DEFAULT_LIMITS,
                follow_redirects=False,
                verify=default_ssl_context(),
            )
        )
        self._attach_resources()

    def _attach_resources(self) -> None:
        """Create the per-instance helpers such as `chat.completions`."""
        raise NotImplementedError

    @property
    def base_url(self) -> httpx.URL:
        return self._options.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Headers | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A copy with other settings that shares this client's connection pool.

        >>> fast = client.with_options(timeout=10, max_retries=5)
        >>> chat = fast.generate_text(model="openai/gpt-4o-mini", messages=messages)
        >>> chat.choices[0].finish_reason
        'stop'
        """
        copy = object.__new__(type(self))
        copy._options = copy_options(
            self._options, timeout, max_retries, default_headers, total_timeout
        )
        copy._owns_http = False
        copy._http = self._http
        copy._attach_resources()
        return copy

    def _check_open(self) -> None:
        """A closed pool cannot send: say so in our terms (httpx raises a bare RuntimeError)."""
        if self._http.is_closed:
            raise ClientClosedError(
                f"This {type(self).__name__} was closed (or the client it was copied from "
                "with with_options() was): create a new one, or use it inside its `with` block."
            )

    def __repr__(self) -> str:
        return client_repr(type(self).__name__, self._options)


def make_options(
    api_key: str | None,
    base_url: str | httpx.URL | None,
    timeout: Timeout | None,
    max_retries: int,
    default_headers: Headers | None,
    total_timeout: float | None = None,
) -> ClientOptions:
    return ClientOptions(
        api_key=resolve_api_key(api_key),
        base_url=resolve_base_url(base_url),
        timeout=resolve_timeout(timeout),
        max_retries=resolve_max_retries(max_retries),
        default_headers=_checked_headers(default_headers or {}),
        total_timeout=resolve_total_timeout(total_timeout),
    )


def copy_options(
    options: ClientOptions,
    timeout: Timeout | NotGiven | None,
    max_retries: int | NotGiven,
    default_headers: Headers | NotGiven | None,
    total_timeout: float | NotGiven | None = NOT_GIVEN,
) -> ClientOptions:
    changes: dict[str, Any] = {}
    if not isinstance(total_timeout, NotGiven):
        changes["total_timeout"] = resolve_total_timeout(total_timeout)
    if not isinstance(timeout, NotGiven):
        changes["timeout"] = resolve_timeout(timeout)
    if not isinstance(max_retries, NotGiven):
        changes["max_retries"] = resolve_max_retries(max_retries)
    if not isinstance(default_headers, NotGiven):
        changes["default_headers"] = {
            **options.default_headers,
            **_checked_headers(default_headers or {}),
        }
    return replace(options, **changes)


def _checked_headers(headers: Headers) -> dict[str, str]:
    check_headers(headers)
    return dict(headers)


def client_repr(name: str, options: ClientOptions) -> str:
    return (
        f"{name}(base_url={str(options.base_url)!r}, max_retries={options.max_retries}, "
        f"timeout={options.timeout.read}, api_key=<redacted>)"
    )


def prepare_call(
    options: ClientOptions, request: Any, arguments: Mapping[str, Any], *, stream: bool
) -> PreparedCall:
    """One call from a method's arguments: the request fields (with `request`, if given) and
    the call options of `CallOptions`, told apart by name."""
    params = dict(arguments)
    call_options = {name: params.pop(name) for name in CALL_PARAMETERS if name in params}
    body = build_body(request, params, stream=stream, extra_body=call_options.get("extra_body"))
    timeout = call_options.get("timeout", NOT_GIVEN)
    resolved_timeout = (
        options.timeout if isinstance(timeout, NotGiven) else resolve_timeout(timeout)
    )
    total_timeout = call_options.get("total_timeout", NOT_GIVEN)
    total = (
        options.total_timeout
        if isinstance(total_timeout, NotGiven)
        else resolve_total_timeout(total_timeout)
    )
    return PreparedCall(
        url=options.chat_completions_url,
        content=encode_body(body),
        headers=build_headers(
            options.api_key,
            stream=stream,
            default_headers=options.default_headers,
            extra_headers=call_options.get("extra_headers"),
        ),
        params=call_options.get("extra_query"),
        timeout=resolved_timeout,
        max_retries=options.max_retries,
        stream=stream,
        deadline=time.monotonic() + call_budget(resolved_timeout, total),
    )


def call_budget(timeout: httpx.Timeout, total_timeout: float | None) -> float:
    """Seconds the whole call may take, retries and their waits included: `total_timeout`
    when set, else the read timeout (so `timeout=30, max_retries=2` never takes 90 s)."""
    if total_timeout is not None:
        return total_timeout
    return timeout.read if timeout.read is not None else float("inf")


def attempt_timeout(call: PreparedCall) -> httpx.Timeout:
    """The per-phase timeouts of the next attempt, none beyond the call's deadline."""
    remaining = max(call.deadline - time.monotonic(), 0.001)
    timeout = call.timeout

    def cap(value: float | None) -> float:
        return remaining if value is None else min(value, remaining)

    # For a stream, the deadline bounds getting it started (up to its response head); the
    # body's reads get the whole read timeout back (`body_read_timeout`).
    return httpx.Timeout(
        connect=cap(timeout.connect), read=cap(timeout.read), write=cap(timeout.write),
        pool=cap(timeout.pool),
    )  # fmt: skip


def body_read_timeout(call: PreparedCall, response: httpx.Response) -> None:
    """A stream has started: its body's reads may go on as long as tokens keep coming, each
    within the read timeout, whatever is left of the call's deadline. (Set on the request,
    where httpx's transports read it when the body starts.)"""
    if call.stream:
        extensions = response.request.extensions
        extensions["timeout"] = {**extensions.get("timeout", {}), "read": call.timeout.read}


def next_retry_delay(call: PreparedCall, error: APIError, retries_done: int) -> float | None:
    """Seconds to wait before retrying after `error`, or None to raise it now."""
    if retries_done >= call.max_retries or isinstance(error, NEVER_RETRIED):
        return None
    headers: Mapping[str, str] | None = None
    reset_at: float | None = None
    if isinstance(error, APIStatusError):
        # A lasting condition (a key limit) is worth waiting for only when the server says
        # when it lifts (reset_at, or a proxy's Retry-After); retry_delay then decides whether
        # that is soon enough.
        headers = error.response.headers
        says_when = (
            error.reset_at is not None or retry_after_seconds(headers, time.time()) is not None
        )
        code = None if says_when else error.code
        if not is_retryable_status(error.status_code, code):
            return None
        reset_at = error.reset_at.timestamp() if error.reset_at is not None else None
    elif not isinstance(error, APIConnectionError):
        return None
    delay = retry_delay(retries_done, headers, time.time(), reset_at=reset_at)
    if delay is None or time.monotonic() + delay >= call.deadline:
        return None
    return delay


def is_error_status(status_code: int) -> bool:
    """Whether a response is not a result: a 4xx/5xx, or a 3xx (redirects are not followed)."""
    return status_code >= 300


def error_for_status(response: httpx.Response, content: bytes) -> APIStatusError:
    """The typed exception for a response that `is_error_status`, whose body has been read.
    A 3xx is not followed (see `redirect_error`)."""
    if response.status_code >= 400:
        return status_error(response, content)
    return redirect_error(response, content)


def log_attempt(call: PreparedCall, attempt: int, outcome: str, started: float) -> None:
    if logger.isEnabledFor(10):
        elapsed_ms = (time.monotonic() - started) * 1000
        logger.debug("POST %s -> %s (attempt %d, %.1f ms)", call.url, outcome, attempt, elapsed_ms)


def log_retry(error: APIError, delay: float, attempt: int, call: PreparedCall) -> None:
    cause = (
        f"status {error.status_code}"
        if isinstance(error, APIStatusError)
        else ("a timeout" if isinstance(error, APITimeoutError) else "a connection error")
    )
    logger.info(
        "Retrying POST %s in %.2f s after %s (attempt %d of %d)",
        call.url, delay, cause, attempt + 1, call.max_retries + 1,
    )  # fmt: skip

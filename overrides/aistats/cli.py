"""The `aistats` command: chat with a model from the terminal, or run the mock gateway.

    aistats chat "Write a limerick about lighthouses."
    echo "Summarise this" | aistats chat --model openai/gpt-4o-mini --no-stream
    aistats mock --port 8080 --fault drop_mid_stream:3 --api-key sk-test

Errors print one line on stderr and exit with a code per kind of failure (see EXIT_CODES), so
scripts can tell a bad key from a rate limit from a network problem.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import sys
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Any, Final, NoReturn

try:
    import click
except ImportError:  # pragma: no cover - depends on the install
    sys.stderr.write(
        "aistats: the command line needs the 'cli' extra: pip install 'aistats-client[cli]'\n"
    )
    raise SystemExit(2) from None

from . import _exceptions as errors
from ._request import FRAMING_HEADERS
from ._version import __version__

if TYPE_CHECKING:
    from aistats.testing import Fault
    from aistats_api.models import (
        ChatCompletionRequestMessageParam,
        CreateChatCompletionRequestParam,
    )

DEFAULT_MODEL: Final = "openai/gpt-4o-mini"
EXIT_INTERRUPTED: Final = 130
# Most specific first: the first class an error is an instance of decides its exit code.
EXIT_CODES: Final[tuple[tuple[type[errors.AIStatsError], int], ...]] = (
    (errors.AuthenticationError, 4),
    (errors.PermissionDeniedError, 4),
    (errors.PaymentRequiredError, 5),
    (errors.RateLimitError, 6),
    (errors.InternalServerError, 7),
    (errors.APIStatusError, 8),  # the other 4xx: the request itself is wrong
    (errors.APITimeoutError, 9),
    (errors.APIConnectionError, 10),  # also IncompleteStreamError
    (errors.APIStreamError, 11),
    (errors.APIResponseValidationError, 12),
    (errors.AIStatsError, 3),  # configuration, e.g. no API key
)


def exit_code_for(error: errors.AIStatsError) -> int:
    return next(code for kind, code in EXIT_CODES if isinstance(error, kind))


def _fail(error: errors.AIStatsError, *, new_line: bool = False) -> NoReturn:
    """One line on stderr, then the exit code of the error's kind. ``new_line`` starts it on
    a line of its own, after the unfinished line of a stream that dropped."""
    click.echo(f"{chr(10) if new_line else ''}aistats: error: {error}", err=True)
    sys.exit(exit_code_for(error))


def _read_prompt(prompt: str | None, stdin: IO[str]) -> str:
    if prompt == "-" or (prompt is None and not stdin.isatty()):
        text = stdin.read()
        if text.strip():
            return text
        raise click.UsageError("the prompt read from standard input is empty")
    if prompt is None:
        raise click.UsageError("give a PROMPT argument, or pipe the prompt on standard input")
    return prompt


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="aistats")
def main() -> None:
    """Chat with models through the AI Stats / Phaseo gateway, or run its local mock."""


@main.command()
@click.argument("prompt", required=False)
@click.option("--model", "-m", default=DEFAULT_MODEL, show_default=True, help="Model id.")
@click.option("--system", "-s", help="System prompt.")
@click.option("--temperature", "-t", type=click.FloatRange(0, 2), help="Sampling temperature.")
@click.option("--max-tokens", type=click.IntRange(min=1), help="Most tokens to generate.")
@click.option("--no-stream", is_flag=True, help="Wait for the whole reply instead of streaming.")
@click.option("--json", "as_json", is_flag=True, help="Print the final completion as JSON.")
@click.option("--usage", is_flag=True, help="Print token usage on stderr after the reply.")
@click.option(
    "--header",
    "-H",
    "headers",
    multiple=True,
    metavar="'NAME: VALUE'",
    help="Send this HTTP header too (repeatable), e.g. -H 'x-title: my-app'.",
)
@click.option("--base-url", envvar=["AI_STATS_BASE_URL", "PHASEO_BASE_URL"], help="Gateway URL.")
@click.option(
    "--api-key",
    envvar=["AI_STATS_API_KEY", "PHASEO_API_KEY"],
    show_envvar=True,
    help="API key (the environment variables are read when absent).",
)
def chat(
    prompt: str | None,
    model: str,
    system: str | None,
    temperature: float | None,
    max_tokens: int | None,
    no_stream: bool,
    as_json: bool,
    usage: bool,
    headers: tuple[str, ...],
    base_url: str | None,
    api_key: str | None,
) -> None:
    """Send PROMPT (or standard input, when PROMPT is '-' or piped) and print the reply.

    The reply streams to stdout as it arrives, unless --no-stream or --json.
    """
    from ._client import AIStats

    text = _read_prompt(prompt, sys.stdin)
    messages: list[ChatCompletionRequestMessageParam] = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": text})
    request: CreateChatCompletionRequestParam = {"model": model, "messages": messages}
    if temperature is not None:
        request["temperature"] = temperature
    if max_tokens is not None:
        request["max_tokens"] = max_tokens
    if (usage or as_json) and not no_stream:
        request["stream_options"] = {"include_usage": True}
    extra_headers = _parse_headers(headers)
    out = _Output(sys.stdout)
    try:
        with AIStats(api_key=api_key, base_url=base_url, default_headers=extra_headers) as client:
            if no_stream or as_json:
                completion = (
                    client.generate_text(request)
                    if no_stream
                    else client.stream_text(request).get_final_completion()
                )
                if as_json:
                    out.write(json.dumps(completion.to_dict(), indent=2, ensure_ascii=False))
                else:
                    out.write(completion.choices[0].message.content or "")
                out.write("\n")
            else:
                with client.stream_text(request) as stream:
                    for delta in stream.text_stream:
                        out.write(delta)
                        out.flush()
                    out.write("\n")
                    completion = stream.get_final_completion()
    except errors.AIStatsError as error:
        # stdout keeps exactly the partial text of a dropped stream; the error goes on a line
        # of its own wherever it would otherwise continue that text.
        out.flush()
        _fail(error, new_line=out.line_open and _stderr_follows_stdout())
    except BrokenPipeError:  # here, before click turns it into exit status 1
        _reader_went_away()
    out.flush()
    if usage:
        click.echo(_usage_line(completion.to_dict().get("usage")), err=True)
    if completion.choices and completion.choices[0].finish_reason == "length":
        limit = f" at --max-tokens {max_tokens}" if max_tokens is not None else ""
        click.echo(f"aistats: note: the reply was cut{limit} (finish_reason: length).", err=True)


class _Output:
    """stdout that remembers whether its last character ended a line."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._at_line_start = True

    def write(self, text: str) -> None:
        if text:
            self._stream.write(text)
            self._at_line_start = text.endswith("\n")

    def flush(self) -> None:
        self._stream.flush()

    @property
    def line_open(self) -> bool:
        """Whether the last line written is unfinished."""
        return not self._at_line_start


def _stderr_follows_stdout() -> bool:
    """Whether a line on stderr is shown right after the text on stdout: stderr is a terminal
    (where stdout usually is too), or the same file or pipe as stdout (``2>&1``)."""
    try:
        if sys.stderr.isatty():
            return True
        out, err = os.fstat(sys.stdout.fileno()), os.fstat(sys.stderr.fileno())
    except (OSError, ValueError):  # a closed or in-memory stream
        return False
    return (out.st_dev, out.st_ino) == (err.st_dev, err.st_ino)


def _parse_headers(headers: tuple[str, ...]) -> dict[str, str]:
    parsed: dict[str, str] = {}
    for header in headers:
        name, colon, value = header.partition(":")
        if not colon or not name.strip():
            raise click.BadParameter(f"{header!r} is not 'Name: value'", param_hint="--header")
        if name.strip().lower() in FRAMING_HEADERS:
            raise click.BadParameter(
                f"{name.strip()} is set by the client from the body", param_hint="--header"
            )
        parsed[name.strip()] = value.strip()
    return parsed


def _usage_line(usage: object) -> str:
    if not isinstance(usage, Mapping):
        return "usage: not reported"
    return (
        f"usage: {usage.get('prompt_tokens', '?')} prompt + "
        f"{usage.get('completion_tokens', '?')} completion = "
        f"{usage.get('total_tokens', '?')} tokens"
    )


class _MockCommand(click.Command):
    """`aistats mock`, whose help ends with the faults `--fault` takes (read from the testing
    package when the help is shown, so `aistats chat` never imports it)."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from .testing import FAULT_KINDS

        rows = [
            (name, _defaults(kind.params) or "(no parameters)")
            for name, kind in FAULT_KINDS.items()
        ]
        formatter.write_paragraph()
        formatter.write_text(
            "Faults for --fault, with their parameters' defaults (NAME:VALUE sets the first "
            "one; --list-faults says what each does):"
        )
        with formatter.indentation():
            formatter.write_dl(rows)
        super().format_epilog(ctx, formatter)


def _defaults(params: Mapping[str, tuple[Any, Any]]) -> str:
    return "; ".join(f"{key}={'' if d is None else d}" for key, (_, d) in params.items())


@main.command(cls=_MockCommand)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, help="Port (0 picks a free one).")
@click.option(
    "--fault",
    "faults",
    multiple=True,
    metavar="FAULT",
    help="A fault for every request (repeatable): NAME, NAME:VALUE (its first parameter) or "
    "NAME;PARAM=VALUE;... as in the X-Mock-Fault header, e.g. rate_limited, "
    "drop_mid_stream:3, 'http_error;status=502;body=html', 'slow;delay_ms=50'.",
)
@click.option(
    "--error-status",
    type=click.IntRange(400, 599),
    help="Answer every request with this error status (the gateway's error body).",
)
@click.option(
    "--api-key",
    "api_keys",
    multiple=True,
    help="Accept only this key (repeatable); others get 401. Default: any key.",
)
@click.option(
    "--model",
    "models",
    multiple=True,
    help="Serve only this model (repeatable); others get 400. Default: any model.",
)
# The styles' names are checked by MockGateway itself (the testing package is imported only
# when the command runs: `aistats chat` does not pay for it).
@click.option(
    "--error-style",
    help="'gateway' (default): the gateway's error bodies; 'openai': OpenAI's object form, "
    "as a proxy sends it.",
)
@click.option(
    "--stream-style",
    help="'realistic': frames as the gateway's upstream paths send them (no created/model, "
    "a final whole completion, no [DONE]); the default frames as OpenAI does.",
)
@click.option(
    "--list-faults", is_flag=True, help="List the faults and their parameters, then exit."
)
def mock(
    host: str,
    port: int,
    faults: tuple[str, ...],
    error_status: int | None,
    api_keys: tuple[str, ...],
    models: tuple[str, ...],
    error_style: str | None,
    stream_style: str | None,
    list_faults: bool,
) -> None:
    """Run the mock gateway in the foreground; prints its base URL, stops on Ctrl-C."""
    from .testing import Fault, MockGateway, SpecUnavailable, describe_faults

    if list_faults:
        click.echo(describe_faults())
        return
    chosen: list[Fault] = []
    for text in faults:
        try:
            chosen.extend(parse_fault_option(text))
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--fault") from None
    if error_status is not None:
        chosen.insert(0, Fault.http_error(error_status))
    styles: dict[str, Any] = {}
    if error_style is not None:
        styles["error_style"] = error_style
    if stream_style is not None:
        styles["stream_style"] = stream_style
    try:
        gateway = MockGateway(
            host, port, api_keys=api_keys or None, models=models or None, faults=chosen, **styles
        )
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    try:
        gateway.start()
    except SpecUnavailable as error:  # the testing extra is not installed
        click.echo(f"aistats: error: {error}", err=True)
        sys.exit(1)
    except OSError as error:
        reason = (
            f"port {port} on {host} is already in use (try --port 0 for a free one)"
            if error.errno == errno.EADDRINUSE
            else f"cannot listen on {host}:{port}: {error.strerror or error}"
        )
        click.echo(f"aistats: error: {reason}", err=True)
        sys.exit(1)
    # A `kill` (as from `make demo`) should stop it as cleanly as Ctrl-C does.
    signal.signal(signal.SIGTERM, lambda *_: gateway.stop())
    click.echo(gateway.base_url)
    sys.stdout.flush()
    gateway.run_until_interrupted()


def parse_fault_option(text: str) -> tuple[Fault, ...]:
    """The faults of one ``--fault``: the ``X-Mock-Fault`` syntax (``NAME;PARAM=VALUE``, items
    separated by commas), where ``NAME:VALUE`` also sets the fault's first parameter.

    >>> [str(fault) for fault in parse_fault_option("drop_mid_stream:3, crlf")]
    ['drop_mid_stream;after_events=3', 'crlf']
    """
    from .testing import FAULT_ALIASES, FAULT_KINDS, Fault
    from .testing._faults import _split_quoted

    items: list[str] = []
    for item in _split_quoted(text, ","):
        fields = _split_quoted(item, ";")
        name, colon, value = fields[0].partition(":")
        if colon:
            canonical = FAULT_ALIASES.get(name.strip().lower(), name.strip().lower())
            kind = FAULT_KINDS.get(canonical)
            if kind is None:
                raise ValueError(f"unknown fault {name!r}; known: {', '.join(FAULT_KINDS)}")
            if not kind.params:
                raise ValueError(f"fault {canonical!r} takes no value")
            fields[0] = f"{canonical};{next(iter(kind.params))}={value}"
        items.append(";".join(fields))
    return Fault.parse(",".join(items))


def _reader_went_away() -> NoReturn:
    """The reader of stdout went away (`aistats chat ... | head -1`): not an error of ours.
    stdout is pointed at /dev/null so that the flush at exit does not fail again (Python's
    docs, "Note on SIGPIPE"), and the exit status is what `head` expects of a writer it
    stopped early: success."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


def run() -> NoReturn:
    """Entry point of the console script and `python -m aistats`.

    Click's own handling would print "Aborted!" on Ctrl-C and exit 1; we end quietly with the
    conventional 130 instead.
    """
    try:
        code = main.main(standalone_mode=False)
        sys.stdout.flush()  # here rather than at exit, where a closed pipe could not be caught
    except (KeyboardInterrupt, click.exceptions.Abort):
        with contextlib.suppress(ValueError):  # not the main thread: no signals to ignore
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C while ending
        click.echo("", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except BrokenPipeError:
        _reader_went_away()
    sys.exit(code if isinstance(code, int) else 0)

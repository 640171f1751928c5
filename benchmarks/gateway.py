"""The mock gateway, run in a subprocess of its own, and the handle the benchmark drives it with.

Why a subprocess: `aistats.testing.MockGateway` is pure Python. In the benchmark's process its
server thread would compete with the clients for the GIL (and for one of the two cores'
worth of interpreter time), and its memory would show up in the RSS figures. In its own
process it behaves like a remote gateway: it gets its own interpreter and its own core.

Scripted replies cannot cross a process boundary, so the subprocess reads one-line commands on
stdin and answers each with one line on stdout:

    enqueue <n_chunks> <times> <faults|->   queue text_stream_of(n_chunks) replies, e.g.
                                            "enqueue 20000 1 content_length" or
                                            "enqueue 10 1 pause;after_events=3;ms=500"
    enqueue_realistic <n_chunks> <times> <faults|->  the same text in frames shaped like the
                                            gateway's real ones (see `realistic_events`)
    enqueue_json <n_chunks> <piece> <times> queue a JSON document sent in pieces of <piece>
                                            characters (see benchmarks/objects.py)
    reset                                   clear the queue, requests and connection counter
    connections                             TCP connections accepted since the last reset
    cpu                                     CPU seconds (user + system) the server has used
    pending                                 how many queued replies are still waiting
    quit

Every request of a benchmark is the same plain chat request; the queue decides what it gets
back. When the queue is empty the mock derives a short reply from the request (used for the
non-stream latency scenario). Run it by hand with ``python -m benchmarks.gateway``.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from types import TracebackType

STREAM_PIECE = "hello "
READY_TIMEOUT_S = 30.0


def expected_text(n_chunks: int) -> str:
    """The text every client must reassemble from a ``text_stream_of(n_chunks)`` reply."""
    return STREAM_PIECE * n_chunks


class RemoteGateway:
    """Starts ``python -m benchmarks.gateway`` and sends it commands. A context manager."""

    def __init__(self) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.gateway"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        # One command at a time: scenarios run sequentially, but be safe with helper threads.
        self._lock = threading.Lock()
        self.base_url = self._readline()
        if not self.base_url.startswith("http"):
            self.close()
            raise RuntimeError(f"mock gateway subprocess did not start: {self.base_url!r}")

    @property
    def pid(self) -> int:
        return self._proc.pid

    def enqueue_stream(self, n_chunks: int, *, times: int = 1, faults: str = "") -> None:
        """Queue ``times`` replies of ``n_chunks`` content frames, with X-Mock-Fault ``faults``."""
        self._command(f"enqueue {n_chunks} {times} {faults or '-'}")

    def enqueue_realistic(self, n_chunks: int, *, times: int = 1, faults: str = "") -> None:
        """As `enqueue_stream`, in frames shaped like the gateway's (`realistic_events`)."""
        self._command(f"enqueue_realistic {n_chunks} {times} {faults or '-'}")

    def enqueue_json(self, n_chunks: int, piece_chars: int, *, times: int = 1) -> None:
        """Queue ``times`` replies whose text is `objects.json_document(n_chunks)`."""
        self._command(f"enqueue_json {n_chunks} {piece_chars} {times}")

    def reset(self) -> None:
        self._command("reset")

    def connections_opened(self) -> int:
        return int(self._command("connections"))

    def cpu_seconds(self) -> float:
        return float(self._command("cpu"))

    def wait_until_taken(self, timeout: float) -> bool:
        """Wait until every queued reply has gone to a request; False after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while int(self._command("pending")) > 0:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)
        return True

    def close(self) -> None:
        if self._proc.poll() is None:
            with contextlib.suppress(OSError, RuntimeError):
                self._command("quit")
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()

    def __enter__(self) -> RemoteGateway:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _command(self, line: str) -> str:
        with self._lock:
            assert self._proc.stdin is not None
            self._proc.stdin.write(line + "\n")
            self._proc.stdin.flush()
            answer = self._readline()
        if answer.startswith("error"):
            raise RuntimeError(f"mock gateway: {line!r} -> {answer}")
        return answer.removeprefix("ok").strip()

    def _readline(self) -> str:
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError("mock gateway subprocess exited")
        return line.strip()


# Frame fields as the gateway forwards an OpenAI upstream's chunks: its own id and the
# upstream's on every frame, OpenAI's explicit nulls, and `obfuscation`, the padding OpenAI
# adds to every frame by default (a random string of varying length, so no two frames are
# alike apart from their text).
_REALISTIC_HEAD = {
    "id": "G-01JBENCHMARK0000000000000",
    "nativeResponseId": "chatcmpl-BenchmarkUpstream0001",
    "object": "chat.completion.chunk",
    "created": 1_735_689_600,
    "model": "openai/gpt-4o-mini",
    "system_fingerprint": None,
    "service_tier": "default",
}
_PADDING_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def realistic_events(n_chunks: int, seed: int = 0) -> list[bytes]:
    """A stream of ``n_chunks`` content frames of STREAM_PIECE shaped like the gateway's: role
    frame, content frames, finish frame, usage frame, ``[DONE]``."""
    import json
    import random

    padding = random.Random(seed)

    def frame(choices: list[dict[str, object]], usage: object = None) -> bytes:
        pad = "".join(padding.choices(_PADDING_ALPHABET, k=padding.randint(1, 16)))
        body = {**_REALISTIC_HEAD, "choices": choices, "usage": usage, "obfuscation": pad}
        return b"data: " + json.dumps(body, separators=(",", ":")).encode() + b"\n\n"

    def choice(delta: dict[str, object], finish: str | None = None) -> list[dict[str, object]]:
        return [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]

    events = [frame(choice({"role": "assistant", "content": "", "refusal": None}))]
    events += [frame(choice({"content": STREAM_PIECE})) for _ in range(n_chunks)]
    events.append(frame(choice({}, "stop")))
    usage = {"prompt_tokens": 8, "completion_tokens": n_chunks, "total_tokens": n_chunks + 8}
    events.append(frame([], usage))
    events.append(b"data: [DONE]\n\n")
    return events


def _serve() -> None:
    """The subprocess: a MockGateway plus the command loop on stdin."""
    import resource

    from aistats.testing import Fault, MockGateway, MockReply

    gateway = MockGateway(validate=False).start()
    print(gateway.base_url, flush=True)
    for line in sys.stdin:  # ends when the parent closes our stdin (or dies)
        words = line.split()
        if not words:
            continue
        try:
            if words[0] == "enqueue":
                n_chunks, times, spec = int(words[1]), int(words[2]), words[3]
                faults = Fault.parse(spec) if spec != "-" else ()
                reply = MockReply.text_stream_of(n_chunks, STREAM_PIECE, fault=faults)
                gateway.enqueue(reply, times=times)
                answer = "ok"
            elif words[0] == "enqueue_realistic":
                n_chunks, times, spec = int(words[1]), int(words[2]), words[3]
                faults = Fault.parse(spec) if spec != "-" else ()
                reply = MockReply.raw_sse(realistic_events(n_chunks), fault=faults)
                gateway.enqueue(reply, times=times)
                answer = "ok"
            elif words[0] == "enqueue_json":
                from .objects import json_document

                n_chunks, piece_chars, times = int(words[1]), int(words[2]), int(words[3])
                document = MockReply.text(json_document(n_chunks), chunk_size=piece_chars)
                gateway.enqueue(document, times=times)
                answer = "ok"
            elif words[0] == "reset":
                gateway.reset()
                answer = "ok"
            elif words[0] == "connections":
                answer = f"ok {gateway.connections_opened}"
            elif words[0] == "pending":
                answer = f"ok {gateway.pending_replies}"
            elif words[0] == "cpu":
                usage = resource.getrusage(resource.RUSAGE_SELF)
                answer = f"ok {usage.ru_utime + usage.ru_stime:.6f}"
            elif words[0] == "quit":
                print("ok", flush=True)
                break
            else:
                answer = f"error: unknown command {words[0]!r}"
        except (IndexError, ValueError) as exc:
            answer = f"error: {exc}"
        print(answer, flush=True)
    gateway.stop()


if __name__ == "__main__":
    _serve()

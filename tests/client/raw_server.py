"""A raw HTTP/1.1 server on 127.0.0.1 whose bytes the test writes: framing, reads and
connection handling exactly as scripted (the mock gateway is too well-behaved for that)."""

from __future__ import annotations

import socket
import threading

HEAD = (
    b"HTTP/1.1 200 OK\r\n"
    b"Content-Type: text/event-stream\r\n"
    b"Transfer-Encoding: chunked\r\n"
    b"Trailer: X-Checksum\r\n\r\n"
)


def chunked(body: bytes, size: int, extension: bytes = b"") -> bytes:
    """`body` framed in chunks of `size` bytes (cutting events and characters anywhere)."""
    chunks = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%X%s\r\n%s\r\n" % (len(c), extension, c) for c in chunks)


class RawServer:
    """Answers each request on 127.0.0.1 with the next scripted bytes, keeping connections
    alive. A reply `(bytes, "close")` sends the bytes and hangs up; a reply of None never
    answers (a stalled server), until the client hangs up."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.replies: list[bytes | tuple[bytes, str] | None] = []
        self.connections = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            received = b""
            while True:
                while b"\r\n\r\n" not in received:
                    data = connection.recv(65536)
                    if not data:
                        return
                    received += data
                head, _, received = received.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                while len(received) < length:
                    received += connection.recv(65536)
                received = received[length:]
                with self._lock:
                    reply = self.replies.pop(0)
                if reply is None:
                    while connection.recv(65536):
                        pass
                    return
                if isinstance(reply, tuple):  # (bytes, "close"): send, then hang up
                    connection.sendall(reply[0])
                    return
                connection.sendall(reply)

    def close(self) -> None:
        self._listener.close()

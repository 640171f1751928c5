"""Writing a response on the wire as its faults planned it: a :class:`Delivery` (cut points,
stalls, delays, write sizes; each fault's kind contributes its part) and the executor that
follows it (:func:`deliver`). The bytes themselves come from `_wire`."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ._faults import Fault
    from ._wire import Wire

logger = logging.getLogger("aistats.testing")

# Bodies are written in batches of about this size: one syscall carries many HTTP chunks.
WRITE_BATCH_BYTES = 64 * 1024
# Gaps shorter than this are slept on the server thread (see _gap).
SUB_MS_GAP_LIMIT_S = 0.001

# How a connection ends after a response: kept for the next request, closed, or reset.
Ending = Literal["keep", "close", "reset"]


@dataclass(frozen=True)
class Delivery:
    """How the server writes a :class:`Wire`: cut points, delays and write sizes.

    >>> from aistats.testing import Fault
    >>> delivery_plan([Fault.drop_mid_event(3)]).cut_after
    3
    """

    before_headers: str | None = None  # "drop" or "stall": nothing is sent at all
    cut_after: int | None = None  # send this many pieces, then cut the response short
    cut_partial: bool = False  # ...plus half of the next piece
    cut_stall: bool = False  # at the cut, stall instead of closing
    stall_seconds: float = 0.0
    reset: bool = False  # close with a TCP RST instead of a FIN
    event_delay: float = 0.0
    pause_after: int | None = None
    pause_seconds: float = 0.0
    tiny_max: int = 0  # > 0: write at most this many bytes per send
    tiny_delay: float = 0.0

    @property
    def paced(self) -> bool:
        """Whether writing needs per-piece timing (otherwise pieces are batched)."""
        return bool(self.event_delay or self.pause_after is not None or self.tiny_max)


def delivery_plan(faults: Sequence[Fault]) -> Delivery:
    """The plan of ``faults``: each fault's kind adds its part, in order."""
    plan = Delivery()
    for fault in faults:
        if fault.kind.plan is not None:
            plan = fault.kind.plan(plan, fault)
    return plan


async def deliver(wire: Wire, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> Ending:
    """Write ``wire`` as its delivery plan says; returns how the connection ends."""
    plan = wire.delivery
    failed: Ending = "reset" if plan.reset else "close"
    if plan.before_headers == "drop":
        return failed
    if plan.before_headers == "stall":
        await _stall(reader, plan.stall_seconds)
        return "close"
    pieces, tail = wire.pieces, wire.tail
    if plan.cut_after is not None:
        cut = plan.cut_after
        partial = b""
        if plan.cut_partial and cut < len(pieces):
            piece = pieces[cut]
            partial = piece[: max(1, len(piece) // 2)]
        pieces, tail = pieces[:cut], partial
    if plan.paced:
        if not await _write_paced(reader, writer, wire, pieces, tail):
            return "close"  # the client hung up during a pause: nothing more to send
    else:
        await _write_batched(writer, wire.head, pieces, tail)
    if plan.cut_after is None:
        return "keep" if wire.keep_alive else "close"
    if plan.cut_stall:
        await _stall(reader, plan.stall_seconds)
        return "close"
    return failed


async def _write_batched(
    writer: asyncio.StreamWriter, head: bytes, pieces: list[bytes], tail: bytes
) -> None:
    """Write everything in ~WRITE_BATCH_BYTES syscalls; chunk boundaries stay in the bytes."""
    batch = [head]
    size = len(head)
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= WRITE_BATCH_BYTES:
            writer.write(b"".join(batch))
            batch.clear()
            size = 0
            await writer.drain()
    batch.append(tail)
    writer.write(b"".join(batch))
    await writer.drain()


async def _write_paced(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    wire: Wire,
    pieces: list[bytes],
    tail: bytes,
) -> bool:
    """Write piece by piece, honouring delays, the pause, and tiny writes. Returns False when
    the client closed the connection during the pause (so tests see it released at once)."""
    plan = wire.delivery
    counter = [0]

    async def send(data: bytes) -> None:
        if not plan.tiny_max:
            writer.write(data)
            await writer.drain()
            return
        position = 0
        while position < len(data):
            # Sizes cycle 1, 2, ... tiny_max so the splits land everywhere.
            size = 1 + counter[0] % plan.tiny_max
            counter[0] += 1
            writer.write(data[position : position + size])
            position += size
            await writer.drain()
            await _gap(plan.tiny_delay)

    await send(wire.head)
    for index, piece in enumerate(pieces):
        paused_here = plan.pause_after is not None and index == plan.pause_after
        if paused_here and await _stall(reader, plan.pause_seconds):
            return False
        if plan.event_delay:
            await asyncio.sleep(plan.event_delay)
        await send(piece)
    if tail:
        await send(tail)
    return True


async def _gap(seconds: float) -> None:
    """Pause between tiny writes. asyncio timers only have millisecond resolution, so shorter
    gaps sleep the server thread itself (releasing the GIL for the client) and then yield."""
    if seconds >= SUB_MS_GAP_LIMIT_S:
        await asyncio.sleep(seconds)
        return
    if seconds > 0:
        time.sleep(seconds)  # noqa: ASYNC251 - deliberate: asyncio timers cannot do sub-ms
    await asyncio.sleep(0)


async def _stall(reader: asyncio.StreamReader, seconds: float) -> bool:
    """Send nothing until the client closes, ``seconds`` pass, or stop() cancels us.
    Returns True when the client closed the connection."""
    started = time.monotonic()
    try:
        async with asyncio.timeout(seconds):
            while await reader.read(65536):
                pass
    except TimeoutError:
        logger.debug("mock gateway: stall ended after %.1fs", time.monotonic() - started)
        return False
    except OSError:
        return True
    return True

"""Bytes in, text out, or a one-line reason why not.

Decode policy, in order: a byte-order mark (UTF-8, UTF-16) wins; HTML then tries the charset it
declares (HTTP header, ``<meta charset>``, XML declaration); everything is then tried as strict
UTF-8. Nothing is guessed past that: a file that is not valid UTF-8 and declares nothing fails
with "invalid UTF-8" rather than being read as mojibake.

Size caps keep one bad input from costing the whole run: a file is refused on its size before
it is read, gzip is decompressed in bounded chunks, and an article's text over
:data:`MAX_TEXT_CHARS` is refused before any NLP sees it.
"""

from __future__ import annotations

import codecs
import io
import re
import zlib
from pathlib import Path
from typing import Any, BinaryIO

from parley.errors import ReadError
from parley.nlp import MAX_TEXT_CHARS as NLP_MAX_TEXT_CHARS

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
    "CappedReader",
    "gzip_output_limit",
    "check_text_size",
    "decode_bytes",
    "declared_html_charset",
    "gunzip",
    "is_gzip",
    "looks_binary",
    "read_capped",
]

# One article's text: what the spaCy pipeline accepts (1 million characters, about 160,000 words,
# far past any news story). A longer text would only fail later, inside the parser.
MAX_TEXT_CHARS = NLP_MAX_TEXT_CHARS
# A single input read whole (text, HTML, JSON document, feed): generous for HTML with inline assets.
MAX_FILE_BYTES = 40_000_000
# Bytes sniffed to tell formats apart and to spot binary data.
SNIFF_BYTES = 8192
# A streamed .gz (JSON Lines) may decompress to this many times its size, and at least to the floor:
# news JSON compresses 4-10 times, a gzip bomb (a file of newlines) 1,000 times.
MAX_GZIP_RATIO = 100
MAX_GZIP_FLOOR_BYTES = 256_000_000

_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 16
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.\-]+)["']""")
# Control characters that never occur in text (NUL and friends); tab, newlines, form feed do.
_BINARY_BYTES = bytes(range(0, 9)) + bytes([11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31])


def is_gzip(data: bytes) -> bool:
    return data[:2] == _GZIP_MAGIC


def gunzip(data: bytes, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """Decompress gzip (all members), refusing output past ``limit`` bytes and truncated input."""
    out = bytearray()
    remaining = data
    while remaining:
        decompressor = zlib.decompressobj(wbits=31)
        pending = remaining
        try:
            while not decompressor.eof:
                # Bounded output per call: a gzip bomb is stopped after ``limit`` bytes, not at the end.
                chunk = decompressor.decompress(pending, _CHUNK)
                out += chunk
                if len(out) > limit:
                    raise ReadError("too large", f"more than {limit:,} bytes after gunzip")
                pending = decompressor.unconsumed_tail
                if not chunk and not pending:
                    break
        except zlib.error as exc:
            raise ReadError("invalid gzip", str(exc)) from exc
        if not decompressor.eof:
            raise ReadError("truncated gzip", "compressed stream ends before its end marker")
        remaining = decompressor.unused_data
        if not is_gzip(remaining):
            break  # trailing bytes after the last member are ignored, as gzip(1) does
    return bytes(out)


def gzip_output_limit(compressed_bytes: int) -> int:
    """How many bytes a streamed gzip of this size may decompress to before it counts as a bomb."""
    return max(MAX_GZIP_FLOOR_BYTES, MAX_GZIP_RATIO * compressed_bytes)


class CappedReader(io.RawIOBase):
    """A stream that raises ReadError("too large") once more than ``limit`` bytes came through it."""

    def __init__(self, stream: BinaryIO | io.BufferedIOBase, limit: int, what: str = "after gunzip") -> None:
        self._stream = stream
        self._left = limit
        self._limit = limit
        self._what = what

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        self._left -= len(data)
        if self._left < 0:
            raise ReadError("too large", f"more than {self._limit:,} bytes {self._what}")
        buffer[: len(data)] = data
        return len(data)


def read_capped(stream: BinaryIO, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read at most ``limit`` bytes; one more means the input is too large."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ReadError("too large", f"more than {limit:,} bytes")
    return data


def read_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes (gunzipped when gzip), refused on size before being read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError("unreadable", str(exc)) from exc
    if size == 0:
        raise ReadError("empty", "0 bytes")
    if size > limit:
        raise ReadError("too large", f"{size:,} bytes (limit {limit:,})")
    try:
        with path.open("rb") as handle:
            data = read_capped(handle, limit)
    except OSError as exc:
        raise ReadError("unreadable", str(exc)) from exc
    if is_gzip(data):
        data = gunzip(data, limit=limit)
        if not data:
            raise ReadError("empty", "gzip holds 0 bytes")
    return data


def looks_binary(data: bytes) -> bool:
    """NUL or other control bytes in the first few KB: not a text format parley reads."""
    head = data[:SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if not head:
        return False
    controls = sum(head.count(bytes([b])) for b in _BINARY_BYTES)
    return b"\x00" in head or controls / len(head) > 0.01


def declared_html_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first few KB, if Python knows it."""
    head = data[:SNIFF_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, charsets: tuple[str | None, ...] = ()) -> str:
    """Text from bytes by the module's policy; raises ReadError("invalid UTF-8") otherwise.

    ``charsets`` are declared encodings to try (in order) after a BOM and before plain UTF-8.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    for charset in charsets:
        if not charset:
            continue
        try:
            name = codecs.lookup(charset).name
        except LookupError:
            continue
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue  # a wrong declaration is common; fall back to UTF-8
    return _strict(data, "utf-8")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        label = "invalid UTF-8" if encoding == "utf-8" else f"invalid {encoding}"
        raise ReadError(label, f"byte 0x{data[exc.start]:02x} at offset {exc.start}") from exc


def check_text_size(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise ReadError("too large", f"{len(text):,} characters of text (limit {MAX_TEXT_CHARS:,})")


def gzip_truncation_offset(stream: BinaryIO) -> int | None:
    """Where a gzip file stops being whole: the end offset of its last complete member, or None.

    Streams the file once in bounded chunks (nothing is kept), so a multi-GB WARC.gz costs one
    decompression pass. Raises ReadError("invalid gzip") on corrupt data.
    """
    good_end = 0  # compressed offset where the last complete member ends
    consumed = 0  # compressed bytes of the current member consumed so far
    decompressor = zlib.decompressobj(wbits=31)
    while True:
        data = stream.read(_CHUNK * 16)
        if not data:
            return good_end if consumed else None
        while data:
            try:
                while True:
                    produced = decompressor.decompress(data, _CHUNK)
                    tail = decompressor.unconsumed_tail
                    # At the end of a member the bytes after it are in unused_data, and also in
                    # unconsumed_tail when the output limit was hit on the same call.
                    left = max(len(tail), len(decompressor.unused_data)) if decompressor.eof else len(tail)
                    consumed += len(data) - left
                    data = tail
                    if decompressor.eof or (not produced and not data):
                        break
            except zlib.error as exc:
                raise ReadError("invalid gzip", str(exc)) from exc
            if not decompressor.eof:
                break  # this member needs more input
            good_end += consumed
            consumed = 0
            data = decompressor.unused_data
            decompressor = zlib.decompressobj(wbits=31)
            if data[:2] and not is_gzip(data[:2]) and len(data) >= 2:
                return None  # trailing bytes after the last member are tolerated, as gzip(1) does

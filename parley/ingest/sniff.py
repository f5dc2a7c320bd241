"""Which reader gets an input: by extension and by sniffing its first bytes.

Content wins when it is unambiguous (a WARC header, an RSS/Atom root, an HTML document), so a
``.txt`` that is really an HTML page is read as HTML and a feed saved as ``.html`` is read as a
feed; the extension decides otherwise. JSON is recognised by content only when the extension is
not ``.txt`` or the first line is a JSON object. A reader never sees another reader's format.
"""

from __future__ import annotations

import codecs
import json
import re
import zlib
from pathlib import PurePath

from parley.ingest.decode import SNIFF_BYTES, is_gzip

__all__ = ["EXTENSIONS", "choose_reader", "extension_format", "sniff_format", "sniff_head"]

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
}

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(rb"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(rb"<(?:p|div|article|title|meta|h1|h2)[\s>]", re.IGNORECASE)


def extension_format(name: str) -> str | None:
    """The reader an extension asks for (``.gz`` looked through), or None."""
    path = PurePath(name.lower())
    suffixes = path.suffixes
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return EXTENSIONS.get(suffixes[-1]) if suffixes else None


def sniff_head(raw_head: bytes) -> bytes:
    """The first bytes of the content, gunzipped when gzip (partially: only the head)."""
    if not is_gzip(raw_head):
        return raw_head[:SNIFF_BYTES]
    try:
        return zlib.decompressobj(wbits=31).decompress(raw_head, SNIFF_BYTES)
    except zlib.error:
        return b""


def sniff_format(head: bytes) -> str | None:
    """The format the content shows: warc, feed, html, json, or None (plain text or unknown)."""
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            head = head.decode("utf-16", errors="ignore").encode("utf-8")
        except UnicodeError:
            return None
    stripped = head.lstrip()
    if stripped.startswith(b"<"):
        if _FEED_ROOT.search(stripped[:2048]) and not _HTML_START.match(stripped):
            return "feed"
        if _HTML_START.match(stripped) or (not stripped.startswith(b"<?xml") and _HTML_TAGS.search(stripped)):
            return "html"
        return None
    if stripped.startswith((b"{", b"[")):
        return "json"
    return None


def _first_line_is_json_object(head: bytes) -> bool:
    line = head.lstrip().split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def choose_reader(name: str, head: bytes) -> tuple[str | None, str]:
    """(reader, why) for an input called ``name`` whose content starts with ``head`` (gunzipped).

    Reader None means no reader applies; ``why`` says so in one line.
    """
    by_extension = extension_format(name) if name != "-" else None
    sniffed = sniff_format(head)
    suffix = "".join(PurePath(name).suffixes[-2:]) or "no extension"
    if sniffed in ("warc", "feed", "html"):
        if by_extension in (None, sniffed):
            return sniffed, f"{sniffed} ({'extension and ' if by_extension else ''}content)"
        return sniffed, f"{sniffed} (content is {sniffed} despite {suffix})"
    if sniffed == "json":
        if by_extension == "jsonl":
            return "jsonl", "jsonl (extension and content)"
        if by_extension is None or _first_line_is_json_object(head):
            return "jsonl", f"jsonl (content is JSON, {suffix})"
    if by_extension == "text":
        return "text", "text (extension)"
    if by_extension == "jsonl":
        return "jsonl", "jsonl (extension; content does not start like JSON)"
    if by_extension == "html":
        return "text", f"text (content has no HTML markup despite {suffix})"
    if by_extension == "feed":
        return None, f"not an RSS/Atom feed despite {suffix}"
    if by_extension == "warc":
        return None, f"not a WARC file despite {suffix}"
    return "text", "text (no recognised extension or markup)"

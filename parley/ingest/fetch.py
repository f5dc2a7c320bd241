"""Fetching a page a feed only links to, safely: only with ``--fetch``, and never to this network.

Every hop (the first URL and each redirect) is checked before it is requested: http(s) only,
the host name is resolved and *every* address it resolves to must be public (no loopback,
private, link-local, multicast, reserved or unspecified address) unless ``allow_private``.
Timeouts, a redirect cap and a size cap bound what one page can cost. Known gap: the HTTP client
resolves the name again when it connects, so a DNS server answering differently within
milliseconds (DNS rebinding) is not stopped; run with a resolver you trust.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from parley.errors import ReadError

__all__ = ["FetchedPage", "check_url", "fetch_page"]

MAX_REDIRECTS = 5
MAX_PAGE_BYTES = 10_000_000
TIMEOUT_SECONDS = 15.0
CONNECT_TIMEOUT_SECONDS = 5.0
USER_AGENT = "parley/0.1 (+news research; fetches only pages linked from a feed the user gave)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class FetchedPage:
    url: str  # the final URL, after redirects
    content: bytes
    charset: str | None


def _refused(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    # Specific labels first: "private" also covers loopback, link-local and unspecified ranges.
    for label, flag in (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("unspecified", address.is_unspecified),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("non-public", not address.is_global),  # shared 100.64/10 and the like
    ):
        if flag:
            return label
    return None


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise ReadError("fetch refused") unless ``url`` is http(s) to public addresses only."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ReadError("fetch refused", f"scheme {parts.scheme or '(none)'!r} in {url}")
    host = parts.hostname
    if not host:
        raise ReadError("fetch refused", f"no host in {url}")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise ReadError("fetch refused", f"bad port in {url}") from exc
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ReadError("fetch failed", f"cannot resolve {host}: {exc}") from exc
    if allow_private:
        return
    for info in infos:
        # str(): typeshed types the host as str | int (for non-IP families); AF_INET/AF_INET6 always give a str.
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        label = _refused(address)
        if label:
            raise ReadError("fetch refused", f"{host} resolves to {label} address {address}")


def fetch_page(url: str, *, allow_private: bool = False) -> FetchedPage:
    """The HTML page at ``url``, following at most MAX_REDIRECTS redirects, each one checked."""
    import httpx

    timeout = httpx.Timeout(TIMEOUT_SECONDS, connect=CONNECT_TIMEOUT_SECONDS)
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"}
    with httpx.Client(follow_redirects=False, timeout=timeout, headers=headers, trust_env=False) as client:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            check_url(current, allow_private=allow_private)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise ReadError("fetch failed", f"redirect without Location from {current}")
                        current = urljoin(current, location)
                        continue
                    if response.status_code != 200:
                        raise ReadError("fetch failed", f"HTTP {response.status_code} from {current}")
                    content_type = response.headers.get("content-type", "").lower()
                    if content_type and not content_type.startswith(_HTML_TYPES):
                        raise ReadError("fetch: not HTML", f"{content_type} from {current}")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > MAX_PAGE_BYTES:
                        raise ReadError("too large", f"{declared} bytes from {current}")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > MAX_PAGE_BYTES:
                            raise ReadError("too large", f"more than {MAX_PAGE_BYTES:,} bytes from {current}")
                    return FetchedPage(url=str(response.url), content=bytes(body), charset=response.charset_encoding)
            except httpx.HTTPError as exc:
                raise ReadError("fetch failed", f"{type(exc).__name__} for {current}: {exc}") from exc
        raise ReadError("fetch failed", f"more than {MAX_REDIRECTS} redirects from {url}")

"""Fetching a page a feed only links to, safely: only with ``--fetch``, and never to this network.

Every hop (the first URL and each redirect) is checked before it is requested: http(s) only,
the host name is resolved and *every* address it resolves to must be public (no loopback,
private, link-local, multicast, reserved or unspecified address) unless ``allow_private``.
The name is resolved once and the connection goes to the address that was checked (the URL's
host travels in the Host header and, for https, as the TLS server name), so a DNS server that
answers differently a moment later (DNS rebinding) cannot redirect the request. IPv6 forms that
embed an IPv4 address (mapped, 6to4, Teredo) are judged by that address. One page costs at most
:data:`TIMEOUT_SECONDS` in all (redirects included), a redirect cap and a size cap.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from parley.errors import ReadError

if TYPE_CHECKING:
    import httpx

__all__ = ["FetchedPage", "check_url", "fetch_page"]

MAX_REDIRECTS = 5
MAX_PAGE_BYTES = 10_000_000
# The whole fetch of one page, redirects included; a server that trickles bytes is cut off here.
TIMEOUT_SECONDS = 15.0
CONNECT_TIMEOUT_SECONDS = 5.0
# A server silent this long between two reads is given up on before the overall deadline.
READ_TIMEOUT_SECONDS = 5.0
USER_AGENT = "parley/0.1 (+news research; fetches only pages linked from a feed the user gave)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class FetchedPage:
    url: str  # the final URL, after redirects
    content: bytes
    charset: str | None


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped ::ffff:a.b.c.d, 6to4 2002::/16, Teredo client)."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    return None


def _refused(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(address, ipaddress.IPv6Address):
        inner = _embedded_ipv4(address)
        if inner is not None:
            label = _refused(inner)
            return f"{label} (inside {address})" if label else None
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


def check_url(url: str, *, allow_private: bool = False) -> str:
    """The address to connect to for ``url``; ReadError("fetch refused") unless http(s) to public addresses only.

    Every address the host resolves to is checked (one bad one refuses the URL); the first is returned
    so the caller connects to exactly what was checked.
    """
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
    # str(): typeshed types the host as str | int (for non-IP families); AF_INET/AF_INET6 always give a str.
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    if not addresses:
        raise ReadError("fetch failed", f"cannot resolve {host}: no address")
    for address in addresses if not allow_private else ():
        label = _refused(address)
        if label:
            raise ReadError("fetch refused", f"{host} resolves to {label} address {address}")
    return str(addresses[0])


def _pinned(url: str, address: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """(URL naming the checked address, Host header, request extensions) for one hop."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    literal = f"[{address}]" if ":" in address else address
    netloc = literal if parts.port is None else f"{literal}:{parts.port}"
    pinned = parts._replace(netloc=netloc).geturl()
    host_header = parts.netloc.rsplit("@", 1)[-1]
    extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
    return pinned, {"Host": host_header}, extensions


def fetch_page(url: str, *, allow_private: bool = False) -> FetchedPage:
    """The HTML page at ``url``, following at most MAX_REDIRECTS redirects, each one checked."""
    import httpx

    deadline = time.monotonic() + TIMEOUT_SECONDS
    timeout = httpx.Timeout(READ_TIMEOUT_SECONDS, connect=CONNECT_TIMEOUT_SECONDS)
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"}
    with httpx.Client(follow_redirects=False, timeout=timeout, headers=headers, trust_env=False) as client:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            if time.monotonic() > deadline:
                raise ReadError("fetch failed", f"{url} took longer than {TIMEOUT_SECONDS:g} s")
            address = check_url(current, allow_private=allow_private)
            target, host_header, extensions = _pinned(current, address)
            try:
                request = client.build_request("GET", target, headers=host_header, extensions=extensions)
                response = client.send(request, stream=True)
                try:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise ReadError("fetch failed", f"redirect without Location from {current}")
                        current = urljoin(current, location)
                        continue
                    return _page_body(response, current, deadline)
                finally:
                    response.close()
            except httpx.HTTPError as exc:
                raise ReadError("fetch failed", f"{type(exc).__name__} for {current}: {exc}") from exc
        raise ReadError("fetch failed", f"more than {MAX_REDIRECTS} redirects from {url}")


def _page_body(response: "httpx.Response", url: str, deadline: float) -> FetchedPage:
    """The body of a final (non-redirect) response, within the size cap and the overall deadline."""
    if response.status_code != 200:
        raise ReadError("fetch failed", f"HTTP {response.status_code} from {url}")
    content_type = response.headers.get("content-type", "").lower()
    if content_type and not content_type.startswith(_HTML_TYPES):
        raise ReadError("fetch: not HTML", f"{content_type} from {url}")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_PAGE_BYTES:
        raise ReadError("too large", f"{declared} bytes from {url}")
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > MAX_PAGE_BYTES:
            raise ReadError("too large", f"more than {MAX_PAGE_BYTES:,} bytes from {url}")
        if time.monotonic() > deadline:
            raise ReadError("fetch failed", f"{url} took longer than {TIMEOUT_SECONDS:g} s")
    return FetchedPage(url=url, content=bytes(body), charset=response.charset_encoding)

# SPDX-License-Identifier: EUPL-1.2
"""A time-stamping authority (RFC 3161) on 127.0.0.1 for the tests: pyHanko's DummyTimeStamper
behind a small threaded HTTP server, with a certificate from the test CA."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from asn1crypto import keys, tsp, x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.timestamps import DummyTimeStamper

from tests.signing.pki import Authority


@contextmanager
def running_tsa(ca: Authority) -> Iterator[str]:
    """Yields the TSA's URL while it runs; stops it afterwards."""
    key, cert = ca.issue("Testkommunens tidsstämpel", timestamping=True)
    stamper = DummyTimeStamper(
        tsa_cert=x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=keys.PrivateKeyInfo.load(key.private_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())),
        certs_to_embed=[x509.Certificate.load(
            ca.certificate.public_bytes(serialization.Encoding.DER))])

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            response = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(response)))
            self.end_headers()
            self.wfile.write(response)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)

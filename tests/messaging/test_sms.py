"""SMS delivery against a real HTTP gateway (http.server) on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from vetdesk.domain.messages import UserError
from vetdesk.messaging import DeliveryError
from vetdesk.messaging.sms import SmsGateway, check_gateway_url, display_url, send_sms

TOKEN = "tok-3f9a-secreto"
TEXT = "Hola, Begoña: le escribimos de Clínica Núñez. ¿Puede llamarnos al 912 34 56 78?"


class Gateway:
    """A loopback HTTP server that records each request and responds from a list of (status, body, delay, headers)."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.answers: list[tuple[int, bytes, float, dict[str, str]]] = []
        self.release = threading.Event()
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length", "0"))
                gateway.requests.append({"path": self.path, "headers": dict(self.headers),
                                         "body": self.rfile.read(length)})
                status, body, delay, headers = gateway.answers.pop(0) if gateway.answers else (
                    200, b'{"id": "msg-1"}', 0, {})
                if delay:
                    gateway.release.wait(delay)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's name
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1/messages"

    def answer(self, status: int, body: object = None, *, delay: float = 0, headers: dict | None = None) -> None:
        if body is None:
            data = b""
        elif isinstance(body, bytes):
            data = body
        else:
            data = json.dumps(body).encode("utf-8")
        self.answers.append((status, data, delay, headers or {}))

    def body(self, index: int = -1) -> dict:
        return json.loads(self.requests[index]["body"].decode("utf-8"))


@pytest.fixture
def gateway():
    server = Gateway()
    server.thread.start()
    yield server
    server.release.set()
    server.server.shutdown()
    server.server.server_close()
    server.thread.join()


def sms_gateway(url: str, timeout: float = 5) -> SmsGateway:
    return SmsGateway(url=url, sender="ClinicaNun", token=TOKEN, timeout=timeout)


def send(gateway_url: str, *, to: str = "+34671924865", key: str = "vetdesk-reminder-12", timeout: float = 5) -> str:
    return send_sms(sms_gateway(gateway_url, timeout), to=to, text=TEXT, idempotency_key=key)


def test_request_body_and_headers(gateway):
    assert send(gateway.url) == "msg-1"
    assert len(gateway.requests) == 1
    request = gateway.requests[0]
    assert request["path"] == "/v1/messages"
    assert request["headers"]["Authorization"] == f"Bearer {TOKEN}"
    assert request["headers"]["Idempotency-Key"] == "vetdesk-reminder-12"
    assert request["headers"]["Content-Type"] == "application/json; charset=utf-8"
    assert gateway.body() == {"to": "+34671924865", "from": "ClinicaNun", "text": TEXT,
                              "reference": "vetdesk-reminder-12"}
    assert "Begoña" in request["body"].decode("utf-8")


def test_national_number_sent_as_e164(gateway):
    send(gateway.url, to="671 92 48 65")
    assert gateway.body()["to"] == "+34671924865"


@pytest.mark.parametrize(("status", "body", "expected"), [
    (200, {"message_id": 42}, "42"),
    (201, {"id": "abc", "message_id": "ignored"}, "abc"),
    (202, {"status": "queued"}, ""),
    (200, b"OK", ""),
    (200, [1, 2], ""),
    (204, None, ""),
])
def test_provider_id_read(gateway, status, body, expected):
    gateway.answer(status, body)
    assert send(gateway.url) == expected


def test_server_error_then_retry(gateway):
    gateway.answer(500, {"error": "internal"})
    with pytest.raises(DeliveryError) as raised:
        send(gateway.url)
    assert raised.value.retryable
    assert "HTTP 500" in str(raised.value)
    assert "sent again later" in str(raised.value)

    gateway.answer(200, {"id": "msg-after-retry"})
    assert send(gateway.url) == "msg-after-retry"
    assert len(gateway.requests) == 2
    assert {request["headers"]["Idempotency-Key"] for request in gateway.requests} == {"vetdesk-reminder-12"}


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_busy_gateway_retryable(gateway, status):
    gateway.answer(status, {"error": "busy"})
    with pytest.raises(DeliveryError) as raised:
        send(gateway.url)
    assert raised.value.retryable
    assert f"HTTP {status}" in str(raised.value)


@pytest.mark.parametrize("status", [401, 403])
def test_rejected_token_not_retryable(gateway, status):
    gateway.answer(status, {"error": "invalid token"})
    with pytest.raises(DeliveryError) as raised:
        send(gateway.url)
    assert not raised.value.retryable
    assert "token" in str(raised.value)
    assert TOKEN not in str(raised.value)


def test_rejected_message_names_reason(gateway):
    gateway.answer(400, {"error": "number not mobile"})
    with pytest.raises(DeliveryError) as raised:
        send(gateway.url)
    assert not raised.value.retryable
    assert "HTTP 400" in str(raised.value)
    assert "number not mobile" in str(raised.value)


def test_redirect_not_followed(gateway):
    gateway.answer(307, None, headers={"Location": "/elsewhere?api_key=leak"})
    with pytest.raises(DeliveryError) as raised:
        send(gateway.url)
    assert not raised.value.retryable
    assert "redirect" in str(raised.value)
    assert "leak" not in str(raised.value)
    assert [request["path"] for request in gateway.requests] == ["/v1/messages"]


def test_slow_gateway_times_out(gateway):
    gateway.answer(200, {"id": "too-late"}, delay=5)
    with pytest.raises(DeliveryError) as raised:
        send(gateway.url, timeout=0.5)
    assert raised.value.retryable
    assert "0.5 seconds" in str(raised.value)


def test_closed_port_retryable():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(DeliveryError) as raised:
        send(f"http://127.0.0.1:{port}/send")
    assert raised.value.retryable
    assert f"127.0.0.1:{port}" in str(raised.value)


def test_not_http_server_not_retryable():
    # A server that sends an SMTP greeting instead of an HTTP response.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]

        def serve() -> None:
            connection, _address = listener.accept()
            with connection:
                connection.recv(65536)
                connection.sendall(b"220 mail.example ESMTP\r\n")

        thread = threading.Thread(target=serve)
        thread.start()
        with pytest.raises(DeliveryError) as raised:
            send(f"http://127.0.0.1:{port}/send")
        thread.join()
    assert not raised.value.retryable


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "ftp://sms.example.com/send", "javascript:alert(1)", "", "sms.example.com/send",
    "https://", "http:///path-only",
])
def test_other_schemes_rejected(url):
    with pytest.raises(UserError) as raised:
        send_sms(sms_gateway(url), to="+34671924865", text=TEXT, idempotency_key="k")
    assert raised.value.field == "sms.url"
    assert f'"{url}"' in str(raised.value)


def test_credentials_in_url_rejected():
    with pytest.raises(UserError) as raised:
        check_gateway_url("https://clinic:secreto@sms.example.com/send")
    assert "secreto" not in str(raised.value)
    assert "token field" in str(raised.value)


def test_display_url_drops_secrets():
    assert display_url("https://sms.example.com:8443/v1/send?api_key=XYZ#frag") == "https://sms.example.com:8443/v1/send"
    assert display_url("http://[::1]:8080/send") == "http://[::1]:8080/send"


@pytest.mark.parametrize("to", ["", "12345", "+34 12", "six seven one"])
def test_invalid_phone_rejected(gateway, to):
    with pytest.raises(UserError) as raised:
        send(gateway.url, to=to)
    assert raised.value.field == "phone"
    assert gateway.requests == []


def test_empty_text_rejected(gateway):
    with pytest.raises(UserError):
        send_sms(sms_gateway(gateway.url), to="+34671924865", text="  \n", idempotency_key="k")
    assert gateway.requests == []


@pytest.mark.parametrize("token", ["", "tok en", "tok\r\nX-Evil: 1", "tokén"])
def test_malformed_token_rejected(gateway, token):
    with pytest.raises(UserError) as raised:
        send_sms(SmsGateway(url=gateway.url, sender="ClinicaNun", token=token), to="+34671924865", text=TEXT,
                 idempotency_key="k")
    assert raised.value.field == "sms.token"
    assert gateway.requests == []


def test_missing_key_rejected(gateway):
    with pytest.raises(ValueError, match="idempotency"):
        send_sms(sms_gateway(gateway.url), to="+34671924865", text=TEXT, idempotency_key="")


def test_secrets_not_logged(gateway, caplog):
    caplog.set_level(logging.DEBUG, logger="vetdesk")
    url = gateway.url + "?api_key=query-secret"
    send(url)
    gateway.answer(401, {"error": "bad token"})
    with pytest.raises(DeliveryError) as raised:
        send(url)
    text = caplog.text
    assert "vetdesk-reminder-12" in text
    assert "/v1/messages" in text
    for secret in (TOKEN, "query-secret", "+34671924865", "Begoña"):
        assert secret not in text
        assert secret not in str(raised.value)
    assert TOKEN not in repr(sms_gateway(url))

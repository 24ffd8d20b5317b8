"""Mail suite: `portreport mail` delivers one message per team to a real SMTP server on
loopback, through msmtp as the sendmail program.

aiosmtpd (PyPI) listens on 127.0.0.1 for the length of the test; msmtp (Debian) is wrapped in a
small script so that portreport can call it as `PROGRAM -t -i`. What arrived is parsed with
Python's email package, and each HTML part is rendered in headless Chromium to check that its
inline styles apply.
"""
import email
import email.policy
import os
import pathlib
import socket
import subprocess
import tempfile

import pytest
from aiosmtpd.controller import Controller
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

PORTREPORT = pathlib.Path(os.environ.get("PORTREPORT", ".build/debug/portreport")).resolve()
CONFIG = pathlib.Path(os.environ.get("CONFIG", "Sample/portreport.yml")).resolve()
SHOTS = pathlib.Path(os.environ.get("SCREENSHOT_DIR", ".build/screenshots")).resolve()
BASE_URL = "https://share.example.com/scans"
EXPECTED_RECIPIENTS = {
    "payments": ["payments-oncall@example.com"],
    "web-platform": ["web-platform@example.com", "sre-web@example.com"],
    "identity": ["identity-team@example.com"],
    "data": ["data-platform@example.com", "dba-oncall@example.com"],
    "network": ["netops@example.com"],
}


class Collector:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append((list(envelope.rcpt_tos), envelope.mail_from, bytes(envelope.original_content)))
        return "250 OK"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def delivered():
    collector = Collector()
    port = free_port()
    controller = Controller(collector, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            folder = pathlib.Path(folder)
            config = folder / "msmtprc"
            config.write_text(
                "defaults\nauth off\ntls off\n\naccount default\nhost 127.0.0.1\nport %d\n"
                "from portreport@localhost\n" % port)
            config.chmod(0o600)
            wrapper = folder / "sendmail"
            wrapper.write_text('#!/bin/sh\nexec msmtp -C "%s" "$@"\n' % config)
            wrapper.chmod(0o755)
            result = subprocess.run(
                [str(PORTREPORT), "mail", "--config", str(CONFIG), "--out", str(folder / "mail"),
                 "--sendmail", str(wrapper), "--base-url", BASE_URL],
                capture_output=True, text=True, timeout=120)
            assert result.returncode == 0, result.stderr
            written = sorted(path.name for path in (folder / "mail").iterdir())
            yield collector.envelopes, written
    finally:
        controller.stop()


def message_for(envelopes, team):
    for recipients, sender, data in envelopes:
        if recipients == EXPECTED_RECIPIENTS[team]:
            return email.message_from_bytes(data, policy=email.policy.default), sender
    raise AssertionError(f"no message for {team}: {[e[0] for e in envelopes]}")


def test_one_message_per_team(delivered):
    envelopes, written = delivered
    assert len(envelopes) == 5
    assert written == sorted(f"{team}.eml" for team in EXPECTED_RECIPIENTS)
    for team, recipients in EXPECTED_RECIPIENTS.items():
        message, sender = message_for(envelopes, team)
        assert sender == "portreport@localhost"
        to = [address.addr_spec for address in message["To"].addresses]
        assert to == recipients


def test_subject_and_parts(delivered):
    envelopes, _ = delivered
    message, _ = message_for(envelopes, "payments")
    assert message["Subject"] == "Scan report for Payments: 1 critical, 0 high, 11 medium"
    assert message.get_content_type() == "multipart/alternative"
    parts = [part.get_content_type() for part in message.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert "Payments" in text and "Critical" in text
    assert f"{BASE_URL}/teams/payments/index.html" in text
    html = message.get_body(preferencelist=("html",)).get_content()
    assert "<style" not in html.lower()
    assert f'href="{BASE_URL}/teams/payments/index.html"' in html


def test_non_ascii_subject_is_encoded(delivered):
    envelopes, _ = delivered
    message, _ = message_for(envelopes, "identity")
    raw = message.as_bytes()
    assert b"Subject: Scan report for Identity & Directory" in raw
    assert message["Subject"].startswith("Scan report for Identity & Directory:")


@pytest.fixture(scope="module")
def browser():
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=900,1200"):
        options.add_argument(argument)
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")),
                              options=options)
    yield driver
    driver.quit()


@pytest.mark.parametrize("team", sorted(EXPECTED_RECIPIENTS))
def test_html_part_renders_with_inline_styles(delivered, browser, team):
    envelopes, _ = delivered
    message, _ = message_for(envelopes, team)
    html = message.get_body(preferencelist=("html",)).get_content()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = SHOTS / f"mail-{team}.html"
    page.write_text(html, encoding="utf-8")
    browser.get(page.as_uri())
    styled = browser.find_elements(By.CSS_SELECTOR, "[style*='background']")
    assert styled, "the HTML part colours things with inline styles"
    colours = {element.value_of_css_property("background-color") for element in styled}
    assert colours - {"rgba(0, 0, 0, 0)", "transparent"}, colours
    assert browser.find_element(By.TAG_NAME, "body").text.strip() != ""
    shot = SHOTS / f"mail-{team}.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000

"""Browser suite: the Sample site in a real headless Chromium, opened from file://.

Run by `make browser-test` (part of `make test`) after the site is built into SITE_DIR. Checks
each page kind: no console errors, no request leaves the site folder, the search finds a known
host, tables sort and filter, axe-core reports no serious or critical violation, and a
screenshot of each page kind is saved under SCREENSHOT_DIR with a sane size.
"""
import json
import os
import pathlib
import struct

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

SITE = pathlib.Path(os.environ.get("SITE_DIR", ".build/browser-site")).resolve()
SHOTS = pathlib.Path(os.environ.get("SCREENSHOT_DIR", ".build/screenshots")).resolve()
AXE = pathlib.Path(os.environ["AXE_JS"]) if "AXE_JS" in os.environ else None

PAGES = {
    "index": "index.html",
    "team": "teams/payments/index.html",
    "host": "hosts/billing-db.html",
    "service": "services/443-tcp.html",
    "finding": "findings/nessus-97833.html",
    "unassigned": "unassigned.html",
}


@pytest.fixture(scope="module")
def driver():
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000",
                     "--allow-file-access-from-files", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    browser = webdriver.Chrome(service=service, options=options)
    yield browser
    browser.quit()


def open_page(driver, relative):
    driver.get_log("browser")
    driver.get_log("performance")
    driver.get((SITE / relative).as_uri())
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")


def requested_urls(driver):
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def png_size(path):
    with open(path, "rb") as handle:
        header = handle.read(24)
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_page_kind(driver, kind):
    open_page(driver, PAGES[kind])
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == [], f"{kind}: console errors {errors}"
    outside = [url for url in requested_urls(driver)
               if not url.startswith(SITE.as_uri() + "/") and not url.startswith("data:")]
    assert outside == [], f"{kind}: requests leaving the site folder: {outside}"
    assert len(driver.find_elements(By.TAG_NAME, "h1")) == 1
    assert driver.find_element(By.CSS_SELECTOR, "main#main")
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / f"{kind}.png"
    height = driver.execute_script("return Math.min(document.body.scrollHeight, 6000)")
    driver.set_window_size(1280, max(800, height))
    driver.save_screenshot(str(shot))
    driver.set_window_size(1280, 1000)
    width, shot_height = png_size(shot)
    assert width >= 1000 and shot_height >= 700
    assert 20_000 < shot.stat().st_size < 15_000_000


def test_search_finds_a_known_host(driver):
    open_page(driver, PAGES["index"])
    box = driver.find_element(By.ID, "search-input")
    assert box.is_displayed()
    box.send_keys("billing")
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "ul.search-results li a"))
    links = driver.find_elements(By.CSS_SELECTOR, "ul.search-results li a")
    texts = [link.text for link in links]
    assert "billing-db" in texts
    target = [link for link in links if link.text == "billing-db"][0].get_attribute("href")
    assert target == (SITE / "hosts/billing-db.html").as_uri()


def test_search_escapes_scanner_text(driver):
    open_page(driver, PAGES["index"])
    box = driver.find_element(By.ID, "search-input")
    box.send_keys("script")
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".search-status").text != "")
    assert driver.execute_script("return window.__pwned === undefined")
    assert driver.find_elements(By.CSS_SELECTOR, "ul.search-results script") == []


def test_tables_sort_and_filter(driver):
    open_page(driver, PAGES["finding"])
    table = driver.find_element(By.CSS_SELECTOR, "table[data-sortable]")
    first = lambda: table.find_element(By.CSS_SELECTOR, "tbody tr:not([hidden]) th").text
    buttons = table.find_elements(By.CSS_SELECTOR, "thead button.sort")
    buttons[0].click()
    ascending = first()
    buttons[0].click()
    assert first() != ascending
    selects = driver.find_elements(By.CSS_SELECTOR, ".filters select")
    assert selects, "the affected-systems table offers filters"
    team_select = [s for s in selects if "Team" in s.find_element(By.XPATH, "..").text][0]
    options = [o.get_attribute("value") for o in team_select.find_elements(By.TAG_NAME, "option")]
    team_select.find_elements(By.TAG_NAME, "option")[1].click()
    visible = [row for row in table.find_elements(By.CSS_SELECTOR, "tbody tr") if row.is_displayed()]
    assert visible and all(row.get_attribute("data-team") == options[1] for row in visible)


def test_readable_without_javascript(driver):
    """The same page with scripts off still shows every system and finding."""
    html = (SITE / PAGES["team"]).read_text(encoding="utf-8")
    assert "<form class=\"search\" role=\"search\" hidden>" in html
    assert html.count("class=\"finding\"") > 10


@pytest.mark.skipif(AXE is None, reason="AXE_JS not set")
@pytest.mark.parametrize("kind", sorted(PAGES))
def test_axe_no_serious_violations(driver, kind):
    open_page(driver, PAGES[kind])
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r)).catch(e => done({error: String(e)}));")
    assert "error" not in result, result
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in result["violations"]
               if v["impact"] in ("serious", "critical")]
    assert serious == [], f"{kind}: {serious}"


@pytest.mark.skipif(AXE is None, reason="AXE_JS not set")
@pytest.mark.parametrize("kind", ["index", "team", "finding"])
def test_dark_mode_contrast(driver, kind):
    """prefers-color-scheme: dark gets its own colours; axe must find no contrast problem there."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        open_page(driver, PAGES[kind])
        background = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(13, 17, 23)"
        driver.execute_script(AXE.read_text(encoding="utf-8"))
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: ['color-contrast']}).then(r => done(r)).catch(e => done({error: String(e)}));")
        assert "error" not in result, result
        serious = [(v["id"], len(v["nodes"])) for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == [], f"{kind} (dark): {serious}"
        driver.save_screenshot(str(SHOTS / f"{kind}-dark.png"))
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def test_team_page_prints_cleanly(driver):
    open_page(driver, PAGES["team"])
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = driver.execute_script(
            "return ['header.site nav', 'form.search', 'footer.site'].map(s => getComputedStyle(document.querySelector(s)).display)")
        assert hidden == ["none", "none", "none"]
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
    import base64
    data = base64.b64decode(pdf["data"])
    assert data.startswith(b"%PDF") and len(data) > 20_000
    (SHOTS / "team-print.pdf").write_bytes(data)


@pytest.mark.parametrize("kind", ["index", "team", "host"])
def test_phone_width_has_no_sideways_scroll(driver, kind):
    driver.set_window_size(390, 844)
    try:
        open_page(driver, PAGES[kind])
        overflow = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, f"{kind}: {overflow}px wider than a phone screen"
        driver.save_screenshot(str(SHOTS / f"{kind}-phone.png"))
    finally:
        driver.set_window_size(1280, 1000)

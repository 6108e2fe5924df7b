"""The page of `eenvoudig serve` in a real browser: headless Chromium (Debian's `chromium`
package) driven by Playwright, against a real uvicorn server on a free port.

Screenshots of the main states are saved in test-artifacts/screenshots/.
"""

from __future__ import annotations

import io
import socket
import threading
import time
from importlib.util import find_spec
from pathlib import Path

import pytest

from .conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "test-artifacts" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="Debian's chromium ontbreekt (/usr/bin/chromium); "
                              "installeer het met apt-get install chromium"),
    pytest.mark.skipif(find_spec("playwright") is None or find_spec("uvicorn") is None,
                       reason="playwright of uvicorn ontbreekt: pip install -e '.[dev]'"),
]

LETTER = (
    "# Uw aanvraag\n\n"
    "Wij hebben uw aanvraag voor bijzondere bijstand in goede orde ontvangen en zullen deze, "
    "conform de geldende beleidsregels van de gemeente, zo spoedig mogelijk in behandeling "
    "nemen.\n\n"
    "Uw aanvraag wordt door de gemeente binnen acht weken beoordeeld. Wij verstrekken u "
    "daarna een beschikking. Heeft u vragen? Bel ons gerust.\n"
)


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


@pytest.fixture(scope="module")
def server_url():
    import uvicorn

    from eenvoudig.web import create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(15)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL",
                                  accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(server_url)
    yield page
    context.close()
    assert not [e for e in errors if "Failed to load resource" not in e], errors


def check_text(page, text: str = LETTER) -> None:
    page.fill("#tekst", text)
    page.click("#controleer")
    page.wait_for_selector("#uitslag:not([hidden])")
    expect(page.locator("#status")).to_contain_text("Klaar")


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / name), full_page=True)


def word_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Besluit over uw aanvraag", 1)
    document.add_paragraph("Wij verstrekken u conform de regels een beschikking.")
    document.add_paragraph("Uw aanvraag wordt door de gemeente beoordeeld.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_paste_text_shows_level_and_highlights(page):
    check_text(page)
    assert page.locator("#lint-score").inner_text().strip() not in ("", "—")
    assert "niveau" in page.locator("#lint-niveau").inner_text()
    assert page.locator("#flesch").inner_text().strip() != "—"
    assert "B1-indicatie" in page.locator("#b1-label").inner_text()
    left = page.eval_on_selector("#wijzer", "el => el.style.left")
    assert left.endswith("%") and 0 < float(left[:-1]) < 100
    assert page.locator("mark.hit.soort-jargon", has_text="conform").count() == 1
    assert page.locator("mark.hit.soort-woord", has_text="beschikking").count() == 1
    assert page.locator("button.label.soort-lang").count() == 1
    assert page.locator("button.label.soort-passief").count() == 1
    assert int(page.locator("#aantal").inner_text()) == page.locator(
        "#weergave [data-hit]").count() + page.locator("#overig-lijst [data-hit]").count()
    shot(page, "1-uitslag.png")


def test_begrijpelijkheid_comes_first_with_its_reasons(page):
    import eenvoudig

    score = eenvoudig.check(LETTER).analysis.metrics.understandability
    assert score is not None
    check_text(page)
    heading = page.locator("#begr-kop").inner_text()
    assert heading == (f"Begrijpelijkheid: {round(score.score)} van 100 — hoe hoger, hoe "
                       f"makkelijker. B1 vanaf {score.b1_threshold:.0f}.")
    reasons = page.locator("#begr-redenen").inner_text()
    assert "Wat het moeilijker maakt:" in reasons and "Wat helpt:" in reasons
    assert "lange zinnen (−" in reasons
    left = page.eval_on_selector("#begr-wijzer", "el => el.style.left")
    assert float(left[:-1]) == pytest.approx(round(score.score))
    width = page.eval_on_selector("#begr-onder", "el => el.style.width")
    assert width == f"{score.b1_threshold:.0f}%"
    assert f"B1 vanaf {score.b1_threshold:.0f}" in page.locator("#begr-grens").inner_text()
    # first on the page, LiNT-II after it
    first = page.locator("#begrijpelijk").bounding_box()
    lint = page.locator(".niveau").bounding_box()
    assert first["y"] < lint["y"]
    assert "LiNT-II" in page.locator(".niveau-tekst").nth(1).inner_text()


def test_click_hit_shows_suggestion(page):
    check_text(page)
    page.locator("mark.hit", has_text="conform").click()
    panel = page.locator("#voorstel")
    assert panel.is_visible()
    assert page.locator("#voorstel-kop").inner_text() == "Stadhuistaal of jargon"
    assert "stadhuistaal" in page.locator("#voorstel-reden").inner_text()
    assert page.locator("#voorstel-opties button", has_text="volgens").is_visible()
    shot(page, "2-voorstel.png")
    page.locator("button.label.soort-lang").click()
    assert page.locator("#voorstel-kop").inner_text() == "Lange zin"
    assert page.locator("#voorstel-advies").inner_text().startswith("Advies:")


def test_vervang_changes_text_and_checks_again(page):
    check_text(page)
    before = page.locator("#weergave [data-hit]").count()
    page.locator("mark.hit", has_text="conform").click()
    page.locator("#voorstel-opties button", has_text="volgens").click()
    expect(page.locator("#status")).to_contain_text("vervangen")
    value = page.input_value("#tekst")
    assert "conform" not in value and "volgens de geldende beleidsregels" in value
    assert "volgens de geldende" in page.locator("#weergave").inner_text()
    assert page.locator("mark.hit", has_text="conform").count() == 0
    assert page.locator("#weergave [data-hit]").count() == before - 1


def test_vervang_after_emoji_uses_the_right_offsets(page):
    # The API counts code points, JavaScript UTF-16 units: emoji must not shift the place.
    check_text(page, "Feest 😀🎉 in de wijk! Wij verstrekken u daarna een beschikking.\n")
    page.locator("mark.hit", has_text="verstrekken").click()
    option = page.locator("#voorstel-opties button").first
    suggestion = option.inner_text().split("‘", 1)[1].rstrip("’")
    option.click()
    expect(page.locator("#status")).to_contain_text("vervangen")
    assert page.input_value("#tekst") == (
        f"Feest 😀🎉 in de wijk! Wij {suggestion} u daarna een beschikking.\n")


def test_vervang_of_a_split_verb_removes_its_particle(page):
    check_text(page, "De verkiezing vindt op 17 maart plaats.\n")
    page.locator("mark.hit", has_text="vindt").click()
    assert "Laat dan ook 'plaats' weg." in page.locator("#voorstel-reden").inner_text()
    page.locator("#voorstel-opties button", has_text="gebeurt").click()
    expect(page.locator("#status")).to_contain_text("vervangen")
    assert page.input_value("#tekst") == "De verkiezing gebeurt op 17 maart.\n"


def test_negeer_hides_hit_for_this_session(page):
    check_text(page)
    page.locator("mark.hit", has_text="beschikking").click()
    page.click("#negeer")
    assert page.locator("mark.hit", has_text="beschikking").count() == 0
    assert "1 melding genegeerd" in page.locator("#genegeerd").inner_text()
    check_text(page)  # checked again: still dismissed in this tab
    assert page.locator("mark.hit", has_text="beschikking").count() == 0
    page.click("#toon-genegeerd")
    assert page.locator("mark.hit", has_text="beschikking").count() == 1


def test_upload_docx_shows_hits(page):
    page.set_input_files("#bestand", files=[{
        "name": "besluit.docx", "buffer": word_docx(),
        "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}])
    page.wait_for_selector("#uitslag:not([hidden])")
    expect(page.locator("#status")).to_contain_text("Klaar")
    assert page.locator("#bestandsnaam-tekst").inner_text() == "besluit.docx"
    assert "Besluit over uw aanvraag" in page.locator("#uitslag-titel").inner_text()
    assert page.locator("mark.hit", has_text="verstrekken").count() == 1
    assert page.locator("mark.hit", has_text="conform").count() == 1
    assert page.input_value("#tekst").startswith("# Besluit over uw aanvraag\n\nWij verstrekken u")
    shot(page, "3-word-bestand.png")
    # "vervang" in a Word file: the page goes on with its text, as Markdown in the text box.
    page.locator("mark.hit", has_text="conform").click()
    page.locator("#voorstel-opties button", has_text="volgens").click()
    expect(page.locator("#status")).to_contain_text("U werkt nu met de tekst")
    assert "Wij verstrekken u volgens de regels" in page.input_value("#tekst")
    assert page.locator("#bestandsnaam").is_hidden()
    assert page.locator("mark.hit", has_text="verstrekken").count() == 1


def test_maak_b1_versie_side_by_side(page):
    check_text(page)
    page.click("#maak-b1")
    page.wait_for_selector("#b1versie:not([hidden])")
    rows = page.locator("#naast .naast-rij")
    assert rows.count() >= 2
    assert page.locator("#naast del", has_text="conform").count() == 1
    assert page.locator("#naast ins", has_text="volgens").count() == 1
    original = page.locator("#naast .origineel").first.bounding_box()
    rewrite = page.locator("#naast .nieuw").first.bounding_box()
    assert rewrite["x"] > original["x"] + original["width"] - 1  # beside, not below
    assert "wijziging" in page.locator("#b1-samenvatting").inner_text()
    shot(page, "4-b1-versie.png")


def test_oversized_upload_gives_message(page):
    big = b"Dit is een zin. " * (6 * 1024 * 1024 // 16 + 1)
    page.set_input_files("#bestand", files=[{"name": "groot.txt", "buffer": big,
                                             "mimeType": "text/plain"}])
    message = page.locator("#fout")
    message.wait_for(state="visible")
    assert "te groot" in message.inner_text() and "5 MB" in message.inner_text()
    shot(page, "5-te-groot.png")
    # The server refuses it too, with the same message, when a script skips the page's check.
    answer = page.evaluate("""async () => {
        const form = new FormData();
        form.append("file", new Blob([new Uint8Array(6 * 1024 * 1024).fill(65)]), "groot.txt");
        const response = await fetch("/api/check", {method: "POST", body: form});
        return [response.status, (await response.json()).detail];
    }""")
    assert answer[0] == 413 and "te groot" in answer[1]


def test_wrong_file_type_gives_message(page):
    page.set_input_files("#bestand", files=[{"name": "foto.png", "mimeType": "image/png",
                                             "buffer": b"\x89PNG\r\n\x1a\n" + b"\0" * 64}])
    message = page.locator("#fout")
    message.wait_for(state="visible")
    assert "bestandstype" in message.inner_text()


def test_keyboard_only(page):
    page.focus("#tekst")
    page.keyboard.insert_text(LETTER)
    page.keyboard.press("Control+Enter")
    expect(page.locator("#uitslag-kop")).to_be_focused()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.hit')"):
            break
    else:
        pytest.fail("Tab reached no highlighted word")
    word = page.evaluate("document.activeElement.textContent")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "voorstel-kop"
    assert page.locator("#voorstel").is_visible()
    assert word in page.locator("#voorstel-woorden").inner_text()
    page.keyboard.press("Escape")
    assert page.locator("#voorstel").is_hidden()
    assert page.evaluate("document.activeElement.textContent") == word


def test_phone_viewport(browser, server_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL",
                                  device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server_url)
    check_text(page)
    page.locator("mark.hit", has_text="conform").click()
    assert page.locator("#voorstel").is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width} px wide on a 390 px phone"
    box = page.locator("#weergave").bounding_box()
    assert box["width"] <= 390
    shot(page, "6-telefoon.png")
    page.locator("#voorstel").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "7-telefoon-voorstel.png"))
    page.click("#maak-b1")
    page.wait_for_selector("#b1versie:not([hidden])")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


CONTRAST = """() => {
  const rgb = (s) => s.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const c = rgb(getComputedStyle(node).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out = [];
  const selectors = ["body", "h1", ".intro", ".uitleg", ".knop", ".knop.tweede", ".link-knop",
    "mark.hit", "button.label", ".zin", "#b1-label", ".cijfers dt", ".cijfers dd", ".band span",
    "del", "ins", ".legenda li", ".voet", "#voorstel-reden", ".fout", ".naast-rij .origineel",
    "#begr-kop", ".redenen li"];
  for (const selector of selectors) {
    for (const el of document.querySelectorAll(selector)) {
      if (!el.getClientRects().length) continue;
      const fg = lum(rgb(getComputedStyle(el).color));
      const bg = lum(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      out.push([selector + " " + el.className, Math.round(ratio * 100) / 100]);
    }
  }
  return out;
}"""


def test_colours_meet_wcag_aa_contrast(page):
    check_text(page)
    page.locator("mark.hit", has_text="conform").click()
    page.click("#maak-b1")
    page.wait_for_selector("#b1versie:not([hidden])")
    ratios = page.evaluate(CONTRAST)
    assert len({name.split()[0] for name, _ in ratios}) >= 15
    low = sorted({(name, ratio) for name, ratio in ratios if ratio < 4.5})
    assert not low, f"contrast below 4.5:1: {low}"


def test_user_text_is_never_html(page):
    check_text(page, "Klik <img src=x onerror=\"window.hacked=1\"> hier. "
                     "Wij verstrekken u een beschikking.\n")
    assert page.locator("#weergave img").count() == 0
    assert "<img src=x" in page.locator("#weergave").inner_text()
    assert page.evaluate("window.hacked === undefined")


def test_download_report(page):
    check_text(page)
    with page.expect_download() as info:
        page.click("#download-rapport")
    download = info.value
    assert download.suggested_filename == "tekst-rapport.html"
    assert "<html" in Path(download.path()).read_text(encoding="utf-8").lower()


def test_download_word_files(page):
    import docx

    page.set_input_files("#bestand", files=[{
        "name": "besluit.docx", "buffer": word_docx(),
        "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}])
    expect(page.locator("#status")).to_contain_text("Klaar")
    for button, name in (("#download-opmerkingen", "besluit-met-opmerkingen.docx"),
                         ("#download-b1", "besluit-B1.docx")):
        with page.expect_download() as info:
            page.click(button)
        assert info.value.suggested_filename == name
        document = docx.Document(info.value.path())
        assert "aanvraag" in "\n".join(p.text for p in document.paragraphs)

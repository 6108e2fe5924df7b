// eenvoudig serve: the check page. Plain modern JavaScript, no build step, no outside files.
// Everything the user wrote is put on the page with textContent, never as HTML.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const settings = JSON.parse($("instellingen").textContent);
  const kinds = Object.fromEntries(settings.kinds.map((k) => [k.name, k]));
  const IGNORE_KEY = "eenvoudig.negeer";
  const TEXT_FORMATS = ["markdown", "text", "html"];
  const SEVERITIES = { suggestion: "Tip", warning: "Waarschuwing", error: "Fout" };

  const state = {
    file: null,          // the chosen File, until the user edits the text
    text: "",            // the text sent when there is no file
    format: "markdown",  // how that text is read
    result: null,        // the last /api/check answer (with details)
    hits: [],            // its hits, with UTF-16 offsets and kinds
    active: null,        // the open suggestion: {hit, trigger}
    busy: false,
  };

  // ---------- small helpers ----------

  const number = (value, digits = 1) => value === null || value === undefined ? "—"
    : Number(value).toLocaleString("nl-NL", { minimumFractionDigits: digits,
                                              maximumFractionDigits: digits });
  const whole = (value) => Number(value || 0).toLocaleString("nl-NL");

  function kindOf(rule) {
    if (rule in settings.by_rule) return settings.by_rule[rule];
    return settings.by_set[rule.split(".")[0]] || settings.default;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showError(message) {
    const box = $("fout");
    box.textContent = message || "";
    box.hidden = !message;
  }

  function setStatus(message) { $("status").textContent = message || ""; }

  function setBusy(busy) {
    state.busy = busy;
    for (const button of document.querySelectorAll("main button")) {
      if (button.closest(".voorstel") === null) button.disabled = busy;
    }
  }

  function shorten(text, width) {
    return text.length <= width ? text : text.slice(0, width - 1).trimEnd() + "…";
  }

  // The API counts offsets in Unicode code points; JavaScript strings in UTF-16 units.
  function unitOffsets(text) {
    const map = [];
    let unit = 0;
    for (const character of text) {
      map.push(unit);
      unit += character.length;
    }
    map.push(unit);
    return map;
  }

  // ---------- talking to the API ----------

  function requestOptions(extra) {
    if (state.file) {
      const form = new FormData();
      form.append("file", state.file, state.file.name);
      for (const [key, value] of Object.entries(extra)) form.append(key, String(value));
      return { body: form };
    }
    return { body: JSON.stringify({ text: state.text, format: state.format, ...extra }),
             headers: { "Content-Type": "application/json" } };
  }

  function tooLarge() {
    const size = state.file ? state.file.size : new Blob([state.text]).size;
    return size > settings.max_bytes;
  }

  async function callApi(path, extra = {}) {
    if (tooLarge()) throw new Error(settings.too_large);
    let response;
    try {
      response = await fetch(path, { method: "POST", ...requestOptions(extra) });
    } catch (error) {
      throw new Error("eenvoudig is niet bereikbaar. Draait 'eenvoudig serve' nog?");
    }
    if (!response.ok) {
      let message = `Dat lukte niet (fout ${response.status}).`;
      try {
        const data = await response.json();
        if (data && typeof data.detail === "string") message = data.detail;
      } catch (ignored) { /* not JSON: keep the general message */ }
      throw new Error(message);
    }
    return response;
  }

  // ---------- input: text or file ----------

  function chooseFile(file) {
    showError("");
    if (file.size > settings.max_bytes) {
      showError(settings.too_large);
      $("bestand").value = "";
      return;
    }
    state.file = file;
    $("bestandsnaam-tekst").textContent = file.name;
    $("bestandsnaam").hidden = false;
    runCheck();
  }

  function forgetFile(message) {
    state.file = null;
    $("bestand").value = "";
    $("bestandsnaam").hidden = true;
    if (message) setStatus(message);
  }

  function textFormat(format) {
    return TEXT_FORMATS.includes(format) ? format : "markdown";
  }

  async function runCheck(done) {
    showError("");
    if (!state.file) {
      state.text = $("tekst").value;
      if (!state.text.trim()) {
        showError(settings.empty);
        $("tekst").focus();
        return false;
      }
    }
    setBusy(true);
    setStatus("Bezig met controleren…");
    try {
      const data = await (await callApi("/api/check", { details: true })).json();
      const first = state.result === null;
      state.result = data;
      if (state.file) $("tekst").value = data.editable;  // Word and PDF as Markdown
      renderResult();
      setStatus(done || `Klaar: ${countLabel(visibleHits().length)}.`);
      if (first) $("uitslag-kop").focus();
      return true;
    } catch (error) {
      showError(error.message);
      setStatus("");
      return false;
    } finally {
      setBusy(false);
    }
  }

  const countLabel = (n) => n === 1 ? "1 melding" : `${whole(n)} meldingen`;

  // ---------- the result ----------

  // Begrijpelijkheid first: the score on its bar with the B1 threshold, and in words what
  // makes the text harder and what helps (the server's `understandability`).
  function renderUnderstandability(view) {
    const heading = $("begr-kop");
    heading.replaceChildren();
    $("begr-wijzer").hidden = view === null;
    if (view === null) {
      heading.append(element("strong", "", "Begrijpelijkheid"),
                     ": geen score (te weinig tekst).");
      $("begr-balk").setAttribute("aria-label", "Geen begrijpelijkheid");
      $("begr-redenen").replaceChildren();
      return;
    }
    const [title, rest] = view.headline.split(" — ");
    heading.append(element("strong", "", title), rest ? ` — ${rest}` : "");
    const threshold = view.b1_threshold;
    $("begr-onder").style.width = `${threshold}%`;
    $("begr-boven").style.width = `${100 - threshold}%`;
    $("begr-grens").textContent = `B1 vanaf ${threshold}`;
    $("begr-wijzer").style.left = `${Math.max(0, Math.min(100, view.score))}%`;
    $("begr-balk").setAttribute("aria-label", `Begrijpelijkheid ${view.score} van 100. `
      + `B1 vanaf ${threshold}: de tekst zit ${view.b1 ? "op of boven" : "onder"} die grens.`);
    const sides = [["moeilijker", "Wat het moeilijker maakt", view.harder],
                   ["helpt", "Wat helpt", view.easier]];
    $("begr-redenen").replaceChildren(...sides.filter(([, , items]) => items.length)
      .map(([kind, label, items]) => {
        const item = element("li", kind);
        item.append(element("strong", "", `${label}:`), ` ${items.join(", ")}`);
        return item;
      }));
  }

  function renderResult() {
    const data = state.result;
    const metrics = data.metrics;
    $("uitslag").hidden = false;
    $("uitslag-titel").textContent = data.document.title || "";
    renderUnderstandability(data.understandability);
    const score = data.document.lint_score;
    const level = data.document.lint_level;
    $("lint-score").textContent = number(score);
    $("lint-niveau").textContent = level
      ? `niveau ${level} van 4 (${settings.level_names[level]})`
      : "geen score (te weinig tekst)";
    $("wijzer").style.left = `${Math.max(0, Math.min(100, score || 0))}%`;
    $("wijzer").hidden = score === null;
    $("balk").setAttribute("aria-label", score === null ? "Geen LiNT-II-score"
      : `LiNT-II-score ${number(score)} van 100: niveau ${level} van 4`);
    $("flesch").textContent = metrics.flesch_douma === null ? "—"
      : `${number(metrics.flesch_douma)} (${metrics.flesch_douma_band})`;
    $("woorden").textContent = whole(metrics.words);
    $("per-zin").textContent = number(metrics.words_per_sentence);
    const verdict = data.document.b1_indication;
    $("b1").classList.toggle("ja", verdict.b1 === true);
    $("b1-label").textContent = verdict.label;
    $("b1-redenen").replaceChildren(...verdict.reasons.map((r) => element("li", "", r)));
    const notes = $("notities");
    notes.replaceChildren(...(data.notes || []).map((n) => element("li", "", n)));
    notes.hidden = !(data.notes || []).length;
    renderText();
  }

  function loadIgnored() {
    try {
      return new Set(JSON.parse(sessionStorage.getItem(IGNORE_KEY) || "[]"));
    } catch (error) {
      return new Set();
    }
  }

  function saveIgnored(keys) {
    try {
      sessionStorage.setItem(IGNORE_KEY, JSON.stringify([...keys]));
    } catch (error) { /* storage full or off: ignoring lasts until the next check */ }
  }

  // A dismissed hit is recognised by its rule, its words and the words around it, so it
  // stays dismissed when the text is checked again after a change elsewhere.
  function ignoreKey(hit, text) {
    return [hit.rule, hit.text, text.slice(Math.max(0, hit.s - 20), hit.s),
            text.slice(hit.e, hit.e + 20)].join("\u0001");
  }

  function visibleHits() {
    const ignored = loadIgnored();
    return state.hits.filter((h) => !ignored.has(h.key) && h.e > h.s);
  }

  function renderText() {
    const text = state.result.text;
    const map = unitOffsets(text);
    const last = map.length - 1;
    state.hits = state.result.hits.map((hit, index) => {
      const h = { ...hit, index, kind: kindOf(hit.rule),
                  s: map[Math.min(hit.start, last)], e: map[Math.min(hit.end, last)] };
      // the loose particle of a separable verb, which goes when the suggestion is applied
      h.r = hit.also_remove ? hit.also_remove.map((o) => map[Math.min(o, last)]) : null;
      h.key = ignoreKey(h, text);
      return h;
    });
    const shown = visibleHits().sort((a, b) => a.s - b.s || b.e - a.e);
    const skipped = [];
    const view = $("weergave");
    view.replaceChildren();
    build(view, text, 0, text.length, shown, skipped);
    const others = $("overig-lijst");
    others.replaceChildren(...skipped.map((h) => {
      const item = element("li");
      const button = element("button", "link-knop",
                             `${kinds[h.kind].label}: ‘${shorten(h.text, 60)}’`);
      button.type = "button";
      button.dataset.hit = h.index;
      item.append(button);
      return item;
    }));
    $("overig").hidden = skipped.length === 0;
    const hidden = state.hits.length - visibleHits().length;
    $("aantal").textContent = whole(visibleHits().length);
    $("genegeerd").hidden = hidden === 0;
    $("genegeerd-tekst").textContent = hidden === 1 ? "U heeft 1 melding genegeerd."
      : `U heeft ${whole(hidden)} meldingen genegeerd.`;
    closeSuggestion(false);
  }

  // Lay out text[from, to) with its hits: a hit that holds other hits, or spans four words
  // or more, becomes a coloured stretch with a label button in front; a shorter one is a
  // coloured, focusable word. A hit that crosses another is listed below the text.
  function build(parent, text, from, to, hits, skipped) {
    let position = from;
    let i = 0;
    while (i < hits.length) {
      const hit = hits[i];
      if (hit.s < position) {
        skipped.push(hit);
        i += 1;
        continue;
      }
      parent.append(text.slice(position, hit.s));
      const inner = [];
      let j = i + 1;
      while (j < hits.length && hits[j].s < hit.e) {
        if (hits[j].e <= hit.e) inner.push(hits[j]);
        else skipped.push(hits[j]);
        j += 1;
      }
      const kind = kinds[hit.kind];
      if (inner.length || hit.text.trim().split(/\s+/).length >= 4) {
        const stretch = element("span", `zin soort-${hit.kind}`);
        const label = element("button", `label soort-${hit.kind}`, kind.short);
        label.type = "button";
        label.dataset.hit = hit.index;
        label.setAttribute("aria-label", `${kind.label}: ${shorten(hit.text, 80)}`);
        stretch.append(label);
        build(stretch, text, hit.s, hit.e, inner, skipped);
        parent.append(stretch);
      } else {
        const mark = element("mark", `hit soort-${hit.kind}`, text.slice(hit.s, hit.e));
        mark.tabIndex = 0;
        mark.setAttribute("role", "button");
        mark.dataset.hit = hit.index;
        mark.setAttribute("aria-label", `${kind.label}: ${hit.text}`);
        parent.append(mark);
      }
      position = hit.e;
      i = j;
    }
    parent.append(text.slice(position, to));
  }

  // ---------- the suggestion ----------

  function openSuggestion(index, trigger) {
    const hit = state.hits[index];
    if (!hit) return;
    for (const old of document.querySelectorAll(".actief")) old.classList.remove("actief");
    trigger.classList.add("actief");
    state.active = { hit, trigger };
    $("voorstel-kop").textContent = kinds[hit.kind].label;
    $("voorstel-ernst").textContent = `${SEVERITIES[hit.severity] || hit.severity} · regel ${hit.rule}`;
    $("voorstel-woorden").textContent = shorten(hit.text, 240);
    $("voorstel-reden").textContent = hit.message;
    const options = $("voorstel-opties");
    const advice = $("voorstel-advies");
    options.replaceChildren();
    advice.hidden = true;
    if (hit.applicable && hit.suggestions.length) {
      options.append(element("p", "", hit.suggestions.length === 1 ? "Voorstel:" : "Kies een voorstel:"));
      for (const suggestion of hit.suggestions) {
        const button = element("button", "knop", suggestion === ""
          ? "Vervang: laat weg" : `Vervang door ‘${suggestion}’`);
        button.type = "button";
        button.addEventListener("click", () => replaceHit(hit, suggestion));
        options.append(button);
      }
    } else if (hit.suggestions.length) {
      advice.textContent = `Advies: ${hit.suggestions.join(" ")}`;
      advice.hidden = false;
    }
    $("voorstel").hidden = false;
    $("voorstel-hint").hidden = true;
    $("voorstel-kop").focus();
  }

  function closeSuggestion(returnFocus = true) {
    const active = state.active;
    state.active = null;
    $("voorstel").hidden = true;
    $("voorstel-hint").hidden = false;
    for (const old of document.querySelectorAll(".actief")) old.classList.remove("actief");
    if (returnFocus && active && document.body.contains(active.trigger)) active.trigger.focus();
  }

  function focusHitFrom(position) {
    const next = [...document.querySelectorAll("#weergave [data-hit]")]
      .find((node) => state.hits[node.dataset.hit].s >= position);
    (next || $("uitslag-kop")).focus();
  }

  // The position of a hit among the hits of the same rule on the same words.
  const sameHits = (hit) => state.hits.filter((h) => h.rule === hit.rule && h.text === hit.text)
    .sort((a, b) => a.s - b.s);

  async function replaceHit(hit, suggestion) {
    if (state.busy) return;
    const fromFile = state.file !== null;
    closeSuggestion(false);
    if (fromFile) {
      // From now on the page works with the text in the text box. A Word or PDF file is
      // there as Markdown, with other offsets: check it, and find the same hit again.
      const binary = !TEXT_FORMATS.includes(state.result.format);
      const nth = sameHits(hit).indexOf(hit);
      forgetFile();
      state.format = textFormat(state.result.format);
      if (binary) {
        if (!(await runCheck())) return;
        hit = sameHits(hit)[nth];
        if (!hit) {
          showError("Deze melding staat niet meer in de tekst. Kies een andere melding.");
          return;
        }
      }
    }
    const text = state.result.text;
    // A PDF may break a line inside the words of a hit, or a word at a hyphen.
    const words = (value) => value.replace(/-\s*\n\s*/g, "").replace(/\s+/g, " ").trim();
    if (words(text.slice(hit.s, hit.e)) !== words(hit.text)) {
      showError("Deze melding past niet meer bij de tekst. Controleer de tekst opnieuw.");
      return;
    }
    let before = text.slice(0, hit.s);
    let after = text.slice(hit.e);
    if (hit.r && suggestion !== "" && hit.r[0] >= hit.e) {
      // "vindt op 17 maart plaats" → "gebeurt op 17 maart": the particle goes as well
      let cut = hit.r[0] - hit.e;
      const end = hit.r[1] - hit.e;
      if (cut > 0 && after[cut - 1] === " ") cut -= 1;
      after = after.slice(0, cut) + after.slice(end);
    }
    if (suggestion === "" && before.endsWith(" ") && /^([ .,;:!?]|$)/.test(after)) {
      before = before.slice(0, -1);
    }
    $("tekst").value = before + suggestion + after;
    const said = suggestion === "" ? `‘${hit.text}’ weggelaten`
      : `‘${hit.text}’ vervangen door ‘${suggestion}’`;
    const note = fromFile ? " U werkt nu met de tekst in het tekstvak; de downloads gebruiken die tekst." : "";
    const ok = await runCheck(`${said}. De tekst is opnieuw gecontroleerd.${note}`);
    if (ok) focusHitFrom(hit.s);
  }

  function ignoreHit() {
    const active = state.active;
    if (!active) return;
    const keys = loadIgnored();
    keys.add(active.hit.key);
    saveIgnored(keys);
    renderText();
    setStatus(`Melding genegeerd: ‘${shorten(active.hit.text, 60)}’. Zolang dit tabblad open is, ziet u hem niet meer.`);
    focusHitFrom(active.hit.s);
  }

  function showIgnored() {
    const keys = loadIgnored();
    for (const hit of state.hits) keys.delete(hit.key);
    saveIgnored(keys);
    renderText();
    setStatus("De genegeerde meldingen staan weer in de tekst.");
    $("weergave").querySelector("[data-hit]")?.focus();
  }

  // ---------- the B1 version ----------

  // Word differences between two texts (longest common subsequence over words and spaces).
  function diff(before, after) {
    const a = before.split(/(\s+)/).filter((t) => t !== "");
    const b = after.split(/(\s+)/).filter((t) => t !== "");
    const n = a.length;
    const m = b.length;
    if (n * m > 4000000) return null;
    const width = m + 1;
    const table = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = m - 1; j >= 0; j -= 1) {
        table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
      }
    }
    const steps = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i] === b[j]) { steps.push(["=", a[i]]); i += 1; j += 1; }
      else if (j >= m || (i < n && table[(i + 1) * width + j] >= table[i * width + j + 1])) {
        steps.push(["-", a[i]]); i += 1;
      } else { steps.push(["+", b[j]]); j += 1; }
    }
    return steps;
  }

  function marked(steps, side) {
    const tag = side === "-" ? "del" : "ins";
    const cell = element("div", side === "-" ? "origineel" : "nieuw");
    let run = null;
    for (const [op, token] of steps) {
      if (op !== "=" && op !== side) continue;
      if (op === side) {
        if (!run) { run = element(tag); cell.append(run); }
        run.append(token);
      } else if (run && /^\s+$/.test(token)) {
        run.append(token);  // keep a run of changed words together; trimmed below
      } else {
        run = null;
        cell.append(token);
      }
    }
    for (const node of cell.querySelectorAll(tag)) {
      const trailing = node.textContent.match(/\s+$/);
      if (trailing) {
        node.textContent = node.textContent.trimEnd();
        node.after(trailing[0]);
      }
    }
    return cell;
  }

  function renderB1(data) {
    const rows = [];
    const several = data.sections.length > 1;
    for (const section of data.sections) {
      if (several && section.title) {
        rows.push(element("p", "naast-sectie",
                          section.number ? `${section.number} ${section.title}` : section.title));
      }
      for (const block of section.blocks) {
        const row = element("div", "naast-rij");
        const steps = block.original === block.text ? [["=", block.text]] : diff(block.original, block.text);
        if (steps) {
          row.append(marked(steps, "-"), marked(steps, "+"));
        } else {
          row.append(element("div", "origineel", block.original), element("div", "nieuw", block.text));
        }
        rows.push(row);
      }
    }
    $("naast").replaceChildren(...rows);
    const edits = data.edits.length;
    $("b1-samenvatting").textContent = edits === 0
      ? "eenvoudig vond niets om automatisch te vereenvoudigen. Gebruik de meldingen hierboven."
      : `eenvoudig stelt ${edits === 1 ? "1 wijziging" : `${whole(edits)} wijzigingen`} voor.`;
    $("b1-waarschuwingen").replaceChildren(...data.guardrails.map((g) => element("li", "", g)));
    $("b1versie").hidden = false;
    $("b1-kop").focus();
  }

  async function makeB1() {
    if (!state.file) state.text = $("tekst").value;
    if (!state.file && !state.text.trim()) { showError(settings.empty); return; }
    showError("");
    setBusy(true);
    setStatus("Bezig met de B1-versie…");
    try {
      renderB1(await (await callApi("/api/simplify")).json());
      setStatus("De B1-versie staat naast uw tekst.");
    } catch (error) {
      showError(error.message);
      setStatus("");
    } finally {
      setBusy(false);
    }
  }

  // ---------- downloads ----------

  function fileName(response, fallback) {
    const header = response.headers.get("Content-Disposition") || "";
    const utf8 = header.match(/filename\*=UTF-8''([^;]+)/i);
    if (utf8) return decodeURIComponent(utf8[1]);
    const plain = header.match(/filename="([^"]+)"/i);
    return plain ? plain[1] : fallback;
  }

  async function download(button) {
    if (!state.file) state.text = $("tekst").value;
    showError("");
    setBusy(true);
    setStatus("Bezig met het bestand…");
    try {
      const response = await callApi(button.dataset.pad);
      const blob = await response.blob();
      const name = fileName(response, "eenvoudig-download");
      const url = URL.createObjectURL(blob);
      const link = element("a");
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      setStatus(`${name} is gedownload.`);
    } catch (error) {
      showError(error.message);
      setStatus("");
    } finally {
      setBusy(false);
    }
  }

  // ---------- wiring ----------

  $("invoer").addEventListener("submit", (event) => {
    event.preventDefault();
    if (!state.busy) runCheck();
  });
  $("tekst").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!state.busy) runCheck();
    }
  });
  $("tekst").addEventListener("input", () => {
    state.format = "markdown";
    if (state.file) forgetFile("U werkt nu met de tekst in het tekstvak, niet meer met het bestand.");
  });
  $("bestand").addEventListener("change", (event) => {
    const file = event.target.files[0];
    if (file) chooseFile(file);
  });
  $("wis-bestand").addEventListener("click", () => {
    forgetFile("");
    $("tekst").focus();
  });
  for (const target of [$("sleepvak"), $("tekst")]) {
    target.addEventListener("dragover", (event) => {
      if (![...event.dataTransfer.types].includes("Files")) return;
      event.preventDefault();
      $("sleepvak").classList.add("erboven");
    });
    target.addEventListener("dragleave", () => $("sleepvak").classList.remove("erboven"));
    target.addEventListener("drop", (event) => {
      if (!event.dataTransfer.files.length) return;
      event.preventDefault();
      $("sleepvak").classList.remove("erboven");
      chooseFile(event.dataTransfer.files[0]);
    });
  }
  const openFrom = (event) => {
    const trigger = event.target.closest("[data-hit]");
    if (trigger) openSuggestion(Number(trigger.dataset.hit), trigger);
  };
  $("weergave").addEventListener("click", openFrom);
  $("overig-lijst").addEventListener("click", openFrom);
  $("weergave").addEventListener("keydown", (event) => {
    if ((event.key === "Enter" || event.key === " ") && event.target.matches("mark[data-hit]")) {
      event.preventDefault();
      openFrom(event);
    }
  });
  $("voorstel").addEventListener("keydown", (event) => {
    if (event.key === "Escape") closeSuggestion();
  });
  $("negeer").addEventListener("click", ignoreHit);
  $("sluit").addEventListener("click", () => closeSuggestion());
  $("toon-genegeerd").addEventListener("click", showIgnored);
  $("maak-b1").addEventListener("click", () => { if (!state.busy) makeB1(); });
  for (const button of document.querySelectorAll("[data-pad]")) {
    button.addEventListener("click", () => { if (!state.busy) download(button); });
  }
})();

// warta UI: a small single-page app over /api (no build step). Views are chosen by the URL hash:
// #/ search, #/doc/ID reader, #/events table, #/timeline?a=&b=, #/network, #/entity/NAME.
"use strict";

const I18N = {
  en: {
    "nav.search": "Search", "nav.events": "Events", "nav.timeline": "Timeline", "nav.network": "Network",
    "ui.language": "Language", "ui.reviewer": "Reviewer", "ui.name": "Name", "ui.token": "Token", "ui.save": "Save",
    "search.title": "Search the news", "search.placeholder": "words, e.g. a place or a name", "search.go": "Search",
    "search.none": "Nothing found.", "docs.recent": "Recent documents", "docs.none": "No documents yet.",
    "doc.published": "published", "doc.inferred": "(inferred from the text)", "doc.events": "Events in this article",
    "doc.legend": "Highlights", "doc.entity": "entity", "doc.time": "time", "doc.quote": "quote", "doc.event": "event",
    "doc.show": "Show in the text", "doc.gold": "Download gold (warta-gold/1)", "doc.raw": "Raw page", "doc.noevents": "No events coded.",
    "ev.title": "Events", "ev.actor": "Actor", "ev.target": "Target", "ev.code": "CAMEO code", "ev.since": "Since",
    "ev.until": "Until", "ev.filter": "Filter", "ev.date": "Date", "ev.event": "Event", "ev.evidence": "Evidence",
    "ev.mentions": "Mentions", "ev.none": "No events match.", "ev.more": "More",
    "rv.confirm": "Confirm", "rv.reject": "Reject", "rv.correct": "Correct", "rv.code": "code", "rv.save": "Save correction",
    "rv.done": "Review saved.", "rv.needauth": "Set your name and token under Reviewer first.",
    "tl.title": "Timeline", "tl.a": "Country A", "tl.b": "Country B", "tl.show": "Show", "tl.y": "Goldstein",
    "tl.q1": "verbal cooperation", "tl.q2": "material cooperation", "tl.q3": "verbal conflict", "tl.q4": "material conflict",
    "nw.title": "Actor network", "nw.help": "Countries and how often one acted on another; choose a country to open it.",
    "en.title": "Entity", "en.documents": "documents", "en.events": "events", "en.roles": "roles",
    "contacts.title": "Last contacts", "contacts.previous": "previous",
    "err": "Error",
  },
  id: {
    "nav.search": "Cari", "nav.events": "Peristiwa", "nav.timeline": "Linimasa", "nav.network": "Jaringan",
    "ui.language": "Bahasa", "ui.reviewer": "Peninjau", "ui.name": "Nama", "ui.token": "Token", "ui.save": "Simpan",
    "search.title": "Cari berita", "search.placeholder": "kata, misalnya tempat atau nama", "search.go": "Cari",
    "search.none": "Tidak ditemukan.", "docs.recent": "Dokumen terbaru", "docs.none": "Belum ada dokumen.",
    "doc.published": "terbit", "doc.inferred": "(disimpulkan dari teks)", "doc.events": "Peristiwa dalam artikel ini",
    "doc.legend": "Sorotan", "doc.entity": "entitas", "doc.time": "waktu", "doc.quote": "kutipan", "doc.event": "peristiwa",
    "doc.show": "Tunjukkan di teks", "doc.gold": "Unduh gold (warta-gold/1)", "doc.raw": "Halaman mentah", "doc.noevents": "Tidak ada peristiwa.",
    "ev.title": "Peristiwa", "ev.actor": "Pelaku", "ev.target": "Sasaran", "ev.code": "Kode CAMEO", "ev.since": "Sejak",
    "ev.until": "Sampai", "ev.filter": "Saring", "ev.date": "Tanggal", "ev.event": "Peristiwa", "ev.evidence": "Bukti",
    "ev.mentions": "Sebutan", "ev.none": "Tidak ada peristiwa yang cocok.", "ev.more": "Lagi",
    "rv.confirm": "Benar", "rv.reject": "Tolak", "rv.correct": "Koreksi", "rv.code": "kode", "rv.save": "Simpan koreksi",
    "rv.done": "Tinjauan disimpan.", "rv.needauth": "Isi nama dan token di Peninjau dahulu.",
    "tl.title": "Linimasa", "tl.a": "Negara A", "tl.b": "Negara B", "tl.show": "Tampilkan", "tl.y": "Goldstein",
    "tl.q1": "kerja sama verbal", "tl.q2": "kerja sama material", "tl.q3": "konflik verbal", "tl.q4": "konflik material",
    "nw.title": "Jaringan pelaku", "nw.help": "Negara dan seberapa sering satu bertindak terhadap yang lain; pilih negara untuk membukanya.",
    "en.title": "Entitas", "en.documents": "dokumen", "en.events": "peristiwa", "en.roles": "peran",
    "contacts.title": "Kontak terakhir", "contacts.previous": "sebelumnya",
    "err": "Galat",
  },
};

let lang = localStorage.getItem("warta.lang") || (navigator.language || "en").slice(0, 2);
if (!I18N[lang]) lang = "en";
const t = (k) => (I18N[lang] && I18N[lang][k]) || I18N.en[k] || k;
const main = document.getElementById("main");
const status = document.getElementById("status");

// DOM helper: h("tag", {attr: value, onclick: f}, children…); strings become text nodes (never HTML).
function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const kid of kids.flat()) if (kid !== null && kid !== undefined) el.append(kid instanceof Node ? kid : String(kid));
  return el;
}

function say(msg) { status.textContent = msg; if (msg) setTimeout(() => { if (status.textContent === msg) status.textContent = ""; }, 4000); }

async function api(path, opts) {
  const r = await fetch(path, opts);
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error((body.error && `${body.error.code}: ${body.error.message}`) || r.statusText);
  return body;
}

function applyI18n() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.getElementById("lang").value = lang;
}

function params() {
  const q = location.hash.split("?")[1] || "";
  return new URLSearchParams(q);
}

const eventLabel = (e) => `${e.code} ${e.name}`;
const side = (country, text) => country || text || "?";

// --- views -----------------------------------------------------------------------------------

async function viewHome() {
  const p = params();
  const q = p.get("q") || "";
  const input = h("input", { type: "search", name: "q", value: q, placeholder: t("search.placeholder"), "aria-label": t("search.title"), id: "q" });
  const form = h("form", { class: "filters", role: "search", onsubmit: (ev) => { ev.preventDefault(); location.hash = `#/?q=${encodeURIComponent(input.value)}`; } },
    input, h("button", { type: "submit", class: "primary" }, t("search.go")));
  main.replaceChildren(h("h1", {}, t("search.title")), form);
  if (q) {
    const hits = await api(`/api/search?q=${encodeURIComponent(q)}&limit=50`);
    main.append(hits.length ? h("ol", { class: "hits" }, hits.map((d) => h("li", {},
      h("a", { href: `#/doc/${d.id}` }, d.title || d.source), " ", h("span", { class: "meta" }, d.published || ""),
      h("div", { class: "meta" }, d.snippet)))) : h("p", {}, t("search.none")));
  } else {
    const docs = await api("/api/documents?limit=30");
    main.append(h("h2", {}, t("docs.recent")), docs.length ? h("ul", {}, docs.map((d) => h("li", {},
      h("a", { href: `#/doc/${d.id}` }, d.title || d.source), " ", h("span", { class: "meta" }, [d.published, d.language, d.error_code].filter(Boolean).join(" · "))))) : h("p", {}, t("docs.none")));
  }
}

// Highlight annotations (char offsets into the body) without ever parsing page text as HTML.
function highlighted(body, spans) {
  const chars = Array.from(body);
  const cuts = new Set([0, chars.length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(chars.length, s.start))); cuts.add(Math.max(0, Math.min(chars.length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const paras = [h("p", {})];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const active = spans.filter((s) => s.start <= a && s.end >= b && s.end > s.start);
    const pieces = chars.slice(a, b).join("").split(/\n\n+/);
    pieces.forEach((piece, k) => {
      if (k > 0) paras.push(h("p", {}));
      if (!piece) return;
      let node = document.createTextNode(piece);
      for (const s of active) {
        const m = h("mark", { class: `ann-${s.kind}`, title: s.title, "data-event": s.event });
        m.append(node);
        node = m;
      }
      paras[paras.length - 1].append(node);
    });
  }
  return h("div", { class: "body" }, paras.filter((p) => p.childNodes.length));
}

function reviewControls(e, onDone) {
  const who = () => localStorage.getItem("warta.reviewer") || "";
  const token = () => localStorage.getItem("warta.token") || "";
  async function send(body) {
    if (!who() || !token()) { say(t("rv.needauth")); document.getElementById("auth").hidden = false; document.getElementById("reviewer").focus(); return; }
    try {
      await api(`/api/events/${e.id}/review`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token()}` }, body: JSON.stringify({ reviewer: who(), ...body }) });
      say(t("rv.done"));
      onDone && onDone();
    } catch (err) { say(`${t("err")}: ${err.message}`); }
  }
  const code = h("input", { "aria-label": `${t("rv.code")} (${e.id})`, placeholder: e.code, inputmode: "numeric" });
  return h("div", { class: "review" },
    h("button", { type: "button", "data-review": "confirm", onclick: () => send({ action: "confirm" }) }, t("rv.confirm")),
    h("button", { type: "button", "data-review": "reject", onclick: () => send({ action: "reject" }) }, t("rv.reject")),
    code,
    h("button", { type: "button", "data-review": "correct", onclick: () => code.value && send({ action: "correct", code: code.value }) }, t("rv.correct")));
}

function eventCard(e, mentions, reviews) {
  const last = reviews && reviews[reviews.length - 1];
  return h("div", { class: "event-card", id: `event-${e.id}`, "data-event": e.id },
    h("div", {}, h("span", { class: "code" }, eventLabel(e)), " ", last ? h("span", { class: `badge ${last.action}` }, `${last.action} · ${last.reviewer}`) : null),
    h("div", {}, `${side(e.actor_country, e.actor_text)} → ${side(e.target_country, e.target_text)}`, e.symmetric ? " ⇄" : "", " · ", e.date || "?", e.level ? ` · ${e.level}` : "", e.modality !== "asserted" ? ` · ${e.modality}` : ""),
    h("div", { class: "meta" }, `${t("ev.mentions")}: ${e.num_mentions} · Goldstein ${e.goldstein ?? "–"}`),
    mentions ? h("button", { type: "button", class: "link", "aria-label": t("doc.show"), title: t("doc.show"), onclick: () => focusEvent(e.id) }, "¶") : null,
    reviewControls(e, () => route()));
}

function focusEvent(id) {
  document.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
  const marks = document.querySelectorAll(`mark[data-event="${id}"]`);
  marks.forEach((m) => m.classList.add("current"));
  if (marks[0]) marks[0].scrollIntoView({ block: "center" });
}

async function viewDoc(id) {
  const d = await api(`/api/documents/${encodeURIComponent(id)}`);
  const rec = d.record || {};
  const spans = [];
  for (const e of rec.entities || []) for (const m of e.mentions || []) spans.push({ kind: "entity", start: m.start, end: m.end, title: `${e.name} (${e.type}${e.country ? ", " + e.country : ""})` });
  for (const x of rec.times || []) spans.push({ kind: "time", start: x.start, end: x.end, title: x.value });
  for (const x of rec.quotes || []) spans.push({ kind: "quote", start: x.start, end: x.end, title: x.speaker_name || "" });
  for (const { event: e, mentions } of d.events || []) for (const m of mentions) spans.push({ kind: "event", start: m.start, end: m.end, title: eventLabel(e), event: e.id });
  const published = d.published ? `${t("doc.published")} ${d.published} ${d.published_inferred ? t("doc.inferred") : ""}` : "";
  const reviews = await Promise.all((d.events || []).map(({ event: e }) => api(`/api/events/${e.id}`).then((x) => x.reviews).catch(() => [])));
  main.replaceChildren(
    h("h1", {}, d.title || d.source),
    h("p", { class: "meta" }, [d.outlet, d.language, published].filter(Boolean).join(" · "), " · ",
      h("a", { href: `/api/documents/${encodeURIComponent(id)}/gold`, download: `gold-${id.slice(0, 12)}.json` }, t("doc.gold")), " · ",
      h("a", { href: `/api/documents/${encodeURIComponent(id)}/text` }, t("doc.raw"))),
    h("p", { class: "legend" }, `${t("doc.legend")}: `, ["entity", "time", "quote", "event"].map((k) => h("span", { class: `ann-${k}` }, t(`doc.${k}`)))),
    h("div", { class: "reader" },
      h("article", { "aria-label": d.title || "" }, highlighted(d.body || "", spans)),
      h("aside", { "aria-label": t("doc.events") }, h("h2", {}, t("doc.events")),
        (d.events || []).length ? d.events.map(({ event: e, mentions }, i) => eventCard(e, mentions, reviews[i])) : h("p", {}, t("doc.noevents")))));
}

function eventsTable(rows) {
  return h("div", { class: "table-wrap" }, h("table", {},
    h("thead", {}, h("tr", {}, h("th", {}, t("ev.date")), h("th", {}, t("ev.actor")), h("th", {}, t("ev.event")), h("th", {}, t("ev.target")), h("th", { class: "opt" }, t("ev.evidence")), h("th", { class: "opt" }, t("ev.mentions")))),
    h("tbody", {}, rows.map((e) => h("tr", { "data-event": e.id },
      h("td", {}, e.date || "?"), h("td", {}, side(e.actor_country, e.actor_text)),
      h("td", {}, h("a", { href: `#/doc/${e.evidence_doc}` }, eventLabel(e))),
      h("td", {}, side(e.target_country, e.target_text)), h("td", { class: "opt" }, e.evidence), h("td", { class: "opt" }, e.num_mentions))))));
}

async function viewEvents() {
  const p = params();
  const field = (name, label, extra) => h("label", {}, t(label), h("input", { name, value: p.get(name) || "", ...extra }));
  const form = h("form", { class: "filters", onsubmit: (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) q.set(k, v);
    location.hash = `#/events?${q}`;
  } }, field("actor", "ev.actor"), field("target", "ev.target"), field("code", "ev.code", { inputmode: "numeric" }), field("since", "ev.since", { placeholder: "YYYY-MM-DD" }), field("until", "ev.until", { placeholder: "YYYY-MM-DD" }), h("button", { type: "submit", class: "primary" }, t("ev.filter")));
  const q = new URLSearchParams();
  for (const k of ["actor", "target", "code", "since", "until", "lang", "offset"]) if (p.get(k)) q.set(k, p.get(k));
  q.set("limit", "100");
  const res = await api(`/api/events?${q}`);
  main.replaceChildren(h("h1", {}, t("ev.title")), form, res.events.length ? eventsTable(res.events) : h("p", {}, t("ev.none")));
}

async function viewTimeline() {
  const p = params();
  const a = (p.get("a") || "FRA").toUpperCase(), b = (p.get("b") || "RUS").toUpperCase();
  const ia = h("input", { name: "a", value: a, maxlength: 3, size: 4 }), ib = h("input", { name: "b", value: b, maxlength: 3, size: 4 });
  const form = h("form", { class: "filters", onsubmit: (ev) => { ev.preventDefault(); location.hash = `#/timeline?a=${encodeURIComponent(ia.value)}&b=${encodeURIComponent(ib.value)}`; } },
    h("label", {}, t("tl.a"), ia), h("label", {}, t("tl.b"), ib), h("button", { type: "submit", class: "primary" }, t("tl.show")));
  const [res, con] = await Promise.all([api(`/api/timeline?a=${a}&b=${b}`), api(`/api/contacts?a=${a}&b=${b}`)]);
  const evs = res.events.filter((e) => e.date);
  const W = 900, H = 320, L = 50, R = 20, T = 20, B = 40;
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `${t("tl.title")} ${a}–${b}: ${evs.length}`);
  svg.id = "timeline-chart";
  const ns = (tag, attrs, text) => { const el = document.createElementNS("http://www.w3.org/2000/svg", tag); for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v); if (text !== undefined) el.textContent = text; svg.append(el); return el; };
  const time = (d) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
  const ts = evs.map((e) => time(e.date)).filter((x) => !isNaN(x));
  const t0 = Math.min(...ts), t1 = Math.max(...ts);
  const x = (v) => L + (t1 > t0 ? ((v - t0) / (t1 - t0)) * (W - L - R) : (W - L - R) / 2);
  const y = (g) => T + ((10 - g) / 20) * (H - T - B);
  ns("line", { x1: L, x2: W - R, y1: y(0), y2: y(0), stroke: "#999" });
  for (const g of [-10, -5, 0, 5, 10]) ns("text", { x: 8, y: y(g) + 4, "font-size": 11 }, g);
  ns("text", { x: 8, y: 12, "font-size": 11 }, t("tl.y"));
  if (ts.length) {
    ns("text", { x: L, y: H - 12, "font-size": 11 }, new Date(t0).toISOString().slice(0, 10));
    ns("text", { x: W - R, y: H - 12, "font-size": 11, "text-anchor": "end" }, new Date(t1).toISOString().slice(0, 10));
  }
  for (const e of evs) {
    const c = ns("circle", { cx: x(time(e.date)), cy: y(e.goldstein ?? 0), r: 6, class: `q${e.quad_class || 1}`, tabindex: 0, "data-event": e.id });
    const tip = document.createElementNS("http://www.w3.org/2000/svg", "title");
    tip.textContent = `${e.date} ${eventLabel(e)}: ${side(e.actor_country, e.actor_text)} → ${side(e.target_country, e.target_text)}`;
    c.append(tip);
    const open = () => { location.hash = `#/doc/${e.evidence_doc}`; };
    c.addEventListener("click", open);
    c.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
  }
  const legend = h("p", { class: "legend" }, [1, 2, 3, 4].map((q) => h("span", {}, h("span", { class: `dot q${q}`, "aria-hidden": "true" }), ` ${t(`tl.q${q}`)}`)));
  const contacts = h("ul", {}, con.contacts.map((c) => h("li", {}, h("strong", {}, c.level), `: ${c.last.date} (${c.last.code})`, c.previous ? ` · ${t("contacts.previous")} ${c.previous.date}` : "")));
  main.replaceChildren(h("h1", {}, `${t("tl.title")} ${a} – ${b}`), form, svg, legend, h("h2", {}, t("contacts.title")), contacts, eventsTable(res.events));
}

async function viewNetwork() {
  const dyads = await api("/api/network?limit=80");
  const nodes = [...new Set(dyads.flatMap((d) => [d.actor, d.target]))].sort();
  const W = 700, C = W / 2, Rr = W / 2 - 60;
  const pos = Object.fromEntries(nodes.map((n, i) => [n, [C + Rr * Math.cos((2 * Math.PI * i) / nodes.length - Math.PI / 2), C + Rr * Math.sin((2 * Math.PI * i) / nodes.length - Math.PI / 2)]]));
  const max = Math.max(1, ...dyads.map((d) => d.events));
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${W}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `${t("nw.title")}: ${nodes.length}`);
  const ns = (tag, attrs, text) => { const el = document.createElementNS("http://www.w3.org/2000/svg", tag); for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v); if (text !== undefined) el.textContent = text; svg.append(el); return el; };
  for (const d of dyads) {
    const [x1, y1] = pos[d.actor], [x2, y2] = pos[d.target];
    const l = ns("line", { x1, y1, x2, y2, stroke: "#0b5cad", "stroke-opacity": 0.25 + (0.6 * d.events) / max, "stroke-width": 1 + (5 * d.events) / max });
    const tip = document.createElementNS("http://www.w3.org/2000/svg", "title");
    tip.textContent = `${d.actor} → ${d.target}: ${d.events}`;
    l.append(tip);
  }
  for (const n of nodes) {
    const [x, y] = pos[n];
    const a = document.createElementNS("http://www.w3.org/2000/svg", "a");
    a.setAttribute("href", `#/entity/${n}`);
    const c = document.createElementNS("http://www.w3.org/2000/svg", "circle");
    Object.entries({ cx: x, cy: y, r: 16, fill: "#fff", stroke: "#1d2330" }).forEach(([k, v]) => c.setAttribute(k, v));
    const tx = document.createElementNS("http://www.w3.org/2000/svg", "text");
    Object.entries({ x, y: y + 4, "text-anchor": "middle", "font-size": 11 }).forEach(([k, v]) => tx.setAttribute(k, v));
    tx.textContent = n;
    a.append(c, tx);
    svg.append(a);
  }
  main.replaceChildren(h("h1", {}, t("nw.title")), h("p", { class: "meta" }, t("nw.help")), svg,
    h("div", { class: "table-wrap" }, h("table", {}, h("tbody", {}, dyads.map((d) => h("tr", {}, h("td", {}, h("a", { href: `#/timeline?a=${d.actor}&b=${d.target}` }, `${d.actor} → ${d.target}`)), h("td", {}, d.events)))))));
}

async function viewEntity(name) {
  const [ents, evs] = await Promise.all([api(`/api/entities?name=${encodeURIComponent(name)}`), api(`/api/events?actor=${encodeURIComponent(name)}&limit=50`)]);
  const tev = await api(`/api/events?target=${encodeURIComponent(name)}&limit=50`);
  main.replaceChildren(h("h1", {}, `${t("en.title")}: ${name}`),
    h("ul", {}, ents.map((e) => h("li", {}, h("strong", {}, e.name), ` (${e.type}${e.country ? ", " + e.country : ""}) · ${e.documents} ${t("en.documents")} · ${e.events} ${t("en.events")}`, e.roles.length ? ` · ${t("en.roles")}: ${[...new Set(e.roles)].join(", ")}` : ""))),
    h("h2", {}, `${t("ev.actor")}`), evs.events.length ? eventsTable(evs.events) : h("p", {}, t("ev.none")),
    h("h2", {}, `${t("ev.target")}`), tev.events.length ? eventsTable(tev.events) : h("p", {}, t("ev.none")));
}

async function route() {
  const path = location.hash.replace(/^#/, "").split("?")[0] || "/";
  applyI18n();
  document.querySelectorAll("nav a").forEach((a) => a.setAttribute("aria-current", a.getAttribute("href").split("?")[0] === `#${path}` ? "page" : "false"));
  try {
    if (path.startsWith("/doc/")) await viewDoc(decodeURIComponent(path.slice(5)));
    else if (path === "/events") await viewEvents();
    else if (path === "/timeline") await viewTimeline();
    else if (path === "/network") await viewNetwork();
    else if (path.startsWith("/entity/")) await viewEntity(decodeURIComponent(path.slice(8)));
    else await viewHome();
    main.dataset.view = path.split("/")[1] || "home";
  } catch (err) {
    main.replaceChildren(h("p", { role: "alert" }, `${t("err")}: ${err.message}`));
  }
}

document.getElementById("lang").addEventListener("change", (ev) => { lang = ev.target.value; localStorage.setItem("warta.lang", lang); route(); });
document.getElementById("auth-toggle").addEventListener("click", (ev) => {
  const f = document.getElementById("auth");
  f.hidden = !f.hidden;
  ev.target.setAttribute("aria-expanded", String(!f.hidden));
  if (!f.hidden) document.getElementById("reviewer").focus();
});
document.getElementById("reviewer").value = localStorage.getItem("warta.reviewer") || "";
document.getElementById("token").value = localStorage.getItem("warta.token") || "";
document.getElementById("auth").addEventListener("submit", (ev) => {
  ev.preventDefault();
  localStorage.setItem("warta.reviewer", document.getElementById("reviewer").value.trim());
  localStorage.setItem("warta.token", document.getElementById("token").value);
  ev.target.hidden = true;
  say(t("ui.save") + " ✓");
});
window.addEventListener("hashchange", route);
route();

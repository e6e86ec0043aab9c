// Browser test of `warta serve --demo`: playwright-core driving Debian's chromium (headless,
// --no-sandbox). Start the server first (see .ci/run); screenshots go to $ARTIFACTS.
//   WARTA_URL=http://127.0.0.1:18080 WARTA_TOKEN=… node ui.test.mjs
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import assert from "node:assert/strict";

const base = process.env.WARTA_URL || "http://127.0.0.1:18080";
const token = process.env.WARTA_TOKEN || "";
const artifacts = process.env.ARTIFACTS || "../target/ui-artifacts";
mkdirSync(artifacts, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const shot = (name) => page.screenshot({ path: `${artifacts}/${name}.png`, fullPage: true });
const errors = [];
page.on("pageerror", (e) => errors.push(String(e)));
let step = "start";
const passed = [];
async function check(name, f) {
  step = name;
  await f();
  passed.push(name);
  console.log(`ok - ${name}`);
}

try {
  await check("the demo opens on its document list", async () => {
    await page.goto(base + "/");
    await page.waitForSelector("main[data-view=home] h2");
    assert.ok((await page.locator("main li a").count()) >= 5, "the five bundled pages are listed");
    await shot("01-home");
  });

  await check("search 'telepon' finds the seed article", async () => {
    await page.fill("#q", "telepon");
    await page.press("#q", "Enter");
    await page.waitForSelector("ol.hits li a");
    await shot("02-search-telepon");
  });

  let docUrl;
  await check("the seed article opens with its events highlighted", async () => {
    await page.locator("ol.hits li a").filter({ hasText: /Prancis|Rusia/ }).first().click();
    await page.waitForSelector("main[data-view=doc] .event-card");
    const marks = await page.locator("mark.ann-event").count();
    assert.ok(marks >= 5, `event highlights in the text: ${marks}`);
    assert.ok((await page.locator("mark.ann-entity").count()) >= 5, "entities highlighted");
    assert.ok((await page.locator("mark.ann-time").count()) >= 1, "times highlighted");
    // a highlight is the evidence of an event in the side panel
    const ev = await page.locator("mark.ann-event").first().getAttribute("data-event");
    assert.ok(await page.locator(`#event-${ev}`).count(), "the highlighted event has its card");
    docUrl = page.url();
    await shot("03-article-events");
  });

  await check("the France–Russia timeline shows events and contacts", async () => {
    await page.click("nav a[href^='#/timeline']");
    await page.waitForSelector("#timeline-chart circle");
    const dots = await page.locator("#timeline-chart circle").count();
    assert.ok(dots >= 3, `events on the timeline: ${dots}`);
    const contacts = await page.locator("main ul li").allTextContents();
    assert.ok(contacts.some((c) => c.includes("defence ministers") && c.includes("2024-04-03")), contacts.join(" | "));
    await shot("04-timeline-fra-rus");
  });

  await check("an event is reviewed from the article", async () => {
    await page.click("#auth-toggle");
    await page.fill("#reviewer", "playwright");
    await page.fill("#token", token);
    await page.press("#token", "Enter");
    await page.goto(docUrl);
    await page.waitForSelector(".event-card");
    const card = page.locator(".event-card").first();
    const id = await card.getAttribute("data-event");
    await card.locator("button[data-review=confirm]").click();
    await page.waitForSelector(`#event-${id} .badge.confirm`);
    const r = await (await fetch(`${base}/api/events/${id}`)).json();
    assert.equal(r.reviews.at(-1).reviewer, "playwright");
    assert.equal(r.reviews.at(-1).action, "confirm");
    const docId = decodeURIComponent(docUrl.split("#/doc/")[1]);
    const gold = await (await fetch(`${base}/api/documents/${docId}/gold`)).json();
    assert.equal(gold.format, "warta-gold/1");
    assert.ok(gold.events.some((g) => g.id === `R${id}`), "the confirmed event is in the gold file");
    await shot("05-reviewed");
  });

  await check("the events table filters by actor and code", async () => {
    await page.goto(base + "/#/events?actor=FRA&code=04");
    await page.waitForSelector("main[data-view=events] table tbody tr");
    const rows = await page.locator("tbody tr td:nth-child(2)").allTextContents();
    assert.ok(rows.length >= 1 && rows.every((r) => r === "FRA"), rows.join(","));
    await shot("06-events-filtered");
  });

  await check("the network and entity pages draw", async () => {
    await page.goto(base + "/#/network");
    await page.waitForSelector("main[data-view=network] svg a");
    await shot("07-network");
    await page.locator("main[data-view=network] svg a").first().click();
    await page.waitForSelector("main[data-view=entity] h1");
    await shot("08-entity");
  });

  await check("Indonesian interface", async () => {
    await page.selectOption("#lang", "id");
    await page.waitForFunction(() => document.querySelector("nav a").textContent === "Cari");
    assert.equal(await page.getAttribute("html", "lang"), "id");
    await page.selectOption("#lang", "en");
  });

  await check("keyboard: the skip link comes first and the search works from the keyboard", async () => {
    await page.goto(base + "/");
    await page.waitForSelector("#q");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.className), "skip");
    await page.focus("#q");
    await page.keyboard.type("Armenia");
    await page.keyboard.press("Enter");
    await page.waitForSelector("ol.hits li a");
  });

  await check("narrow screen: no sideways scrolling in the reader", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(docUrl);
    await page.waitForSelector(".event-card");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `overflow ${overflow}px`);
    await shot("09-narrow-article");
  });

  assert.deepEqual(errors, [], "no script errors on any page");
  console.log(`ui tests: ${passed.length} passed, 0 failed; screenshots in ${artifacts}`);
  await browser.close();
} catch (e) {
  await shot("failure").catch(() => {});
  console.error(`not ok - ${step}: ${e.message}`);
  console.log(`ui tests: ${passed.length} passed, 1 failed; screenshots in ${artifacts}`);
  await browser.close();
  process.exit(1);
}

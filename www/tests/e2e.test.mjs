// End-to-end tests of the built playground (www/dist) in headless Chromium: npm test.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { launchChromium, serveDist, www } from "./helpers.mjs";

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const XSS = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "javascript:alert(1)"];
const envelope = { messaging_product: "whatsapp", recipient_type: "individual", to: "+16505551234" };
const json = (value) => JSON.stringify(value, null, 2) + "\n";
const lineOf = (text, needle) => text.split("\n").findIndex((line) => line.includes(needle)) + 1;

function buttons(...titles) {
  return json({
    ...envelope,
    type: "interactive",
    interactive: {
      type: "button",
      body: { text: "Your appointment is tomorrow at 10:00. Can you make it?" },
      action: { buttons: titles.map((title, n) => ({ type: "reply", reply: { id: `b${n}`, title } })) },
    },
  });
}

/** Opens the playground; the returned `failures` collects page errors, console errors (CSP violations among them) and dialogs. */
async function open(options = {}) {
  const page = await browser.newPage(options);
  const failures = [];
  page.on("pageerror", (error) => failures.push(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && failures.push(`console: ${message.text()}`));
  page.on("dialog", (dialog) => {
    failures.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  await page.goto(`${server.url}index.html${options.hash ?? ""}`);
  await settled(page);
  return { page, failures };
}

const settled = (page) => page.waitForSelector('#problems[aria-busy="false"]');
const problems = (page, severity = "error") => page.locator(`#problems li.problem[data-severity="${severity}"]`);

/** Replaces the editor's text by typing (one input event, which must change it) and waits for the lint of it. */
async function type(page, text) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(text);
  await page.waitForSelector('#problems[aria-busy="true"]');
  await settled(page);
}

/** The 1-based line of the editor's cursor, from the highlighted line number. */
const cursorLine = async (page) => Number(await page.locator(".cm-lineNumbers .cm-activeLineGutter").textContent());
const editorFocused = (page) =>
  page.evaluate(() => document.getElementById("editor").shadowRoot.activeElement?.classList.contains("cm-content") ?? false);

test("every example loads with zero errors and a preview", async () => {
  const { page, failures } = await open();
  const keys = await page.locator("#example option").evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
  assert.ok(keys.length >= 21, `only ${keys.length} examples`);
  const withErrors = [];
  for (const key of keys) {
    await page.selectOption("#example", key);
    await settled(page);
    const messages = await problems(page).locator(".message").allTextContents();
    if (messages.length) withErrors.push(`${key}: ${messages.join("; ")}`);
    assert.doesNotMatch(await page.locator("#preview").textContent(), /No preview/, key);
  }
  assert.deepEqual(withErrors, []);
  assert.deepEqual(failures, []);
});

test("a 21-character button title is one error on its line, in the panel and as a squiggle", async () => {
  const { page, failures } = await open();
  const text = buttons("Yes, confirm", "Twenty-one characters");
  const line = lineOf(text, "Twenty-one characters");
  await type(page, text);

  assert.equal(await problems(page).count(), 1);
  assert.equal(await problems(page).getAttribute("data-line"), String(line));
  assert.match(await page.locator("#problems .counts").textContent(), /1 error\b/);
  const squiggle = page.locator(".cm-lintRange-error");
  assert.equal(await squiggle.count(), 1);
  assert.match(await squiggle.textContent(), /Twenty-one characters/);
  const gutter = page.locator(".cm-lineNumbers .cm-gutterElement", { hasText: new RegExp(`^${line}$`) });
  const [a, b] = [await squiggle.boundingBox(), await gutter.boundingBox()];
  assert.ok(Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)) < b.height / 2, "squiggle is not on the expected line");

  await page.keyboard.press("ControlOrMeta+Home");
  assert.equal(await cursorLine(page), 1);
  await problems(page).locator("button.goto").click();
  assert.equal(await cursorLine(page), line);
  assert.ok(await editorFocused(page), "the editor has focus after clicking the problem");

  await page.keyboard.press("ControlOrMeta+Home");
  await problems(page).locator("button.goto").focus();
  await page.keyboard.press("Enter");
  assert.equal(await cursorLine(page), line);
  assert.ok(await editorFocused(page), "the editor has focus after Enter on the problem");
  assert.deepEqual(failures, []);
});

test("turning a rule off removes its error", async () => {
  const { page, failures } = await open();
  await type(page, buttons("Twenty-one characters"));
  const code = await problems(page).locator("a.code").textContent();
  assert.equal(await problems(page).locator("a.code").getAttribute("href"), `rules.html#${code}`);
  await page.locator(".rule-toggles summary").click();
  await page.locator(`#rule-${code}`).uncheck();
  await page.waitForFunction(() => !document.querySelector('#problems li.problem[data-severity="error"]'));
  await page.locator(`#rule-${code}`).check();
  await problems(page).first().waitFor();
  assert.deepEqual(failures, []);
});

test("a closed service window is an error for a text message, not for a template", async () => {
  const { page, failures } = await open();
  await page.selectOption("#service-window", "closed");
  await page.selectOption("#example", "text");
  await settled(page);
  await problems(page).first().waitFor();
  await page.selectOption("#example", "template");
  await settled(page);
  assert.equal(await problems(page).count(), 0);
  assert.deepEqual(failures, []);
});

test("malformed JSON shows the parse error at its line", async () => {
  const { page, failures } = await open();
  const text = '{\n  "messaging_product": "whatsapp",\n  "to": "+16505551234"\n  "type": "text",\n  "text": {"body": "hi"}\n}\n';
  await type(page, text);
  assert.equal(await problems(page).count(), 1);
  assert.equal(await problems(page).getAttribute("data-line"), "4");
  assert.match(await page.locator("#preview").textContent(), /not valid JSON/);
  assert.equal(await page.locator(".cm-lintRange-error, .cm-lintPoint-error").count(), 1);
  assert.deepEqual(failures, []);
});

test("payload text with markup renders inert in the preview and the panel", async () => {
  const [img, script, js] = XSS;
  const payloads = [
    json({
      ...envelope,
      type: "interactive",
      [img]: script,
      interactive: {
        type: "button",
        header: { type: "text", text: script },
        body: { text: `${img} ${script} ${js}` },
        footer: { text: js },
        action: { buttons: [img, script, js].map((title, n) => ({ type: "reply", reply: { id: `b${n}`, title } })) },
      },
    }),
    json({
      ...envelope,
      type: "interactive",
      interactive: {
        type: "list",
        header: { type: "text", text: img },
        body: { text: script },
        footer: { text: js },
        action: { button: script, sections: [{ title: img, rows: [{ id: "r1", title: script, description: img }, { id: "r2", title: js }] }] },
      },
    }),
    json({
      ...envelope,
      type: "interactive",
      interactive: {
        type: "cta_url",
        header: { type: "image", image: { link: js } },
        body: { text: img },
        action: { name: "cta_url", parameters: { display_text: script, url: js } },
      },
    }),
    json({
      ...envelope,
      type: "template",
      template: { name: script, language: { code: img }, components: [{ type: "body", parameters: [{ type: "text", text: img }] }] },
    }),
  ];
  const { page, failures } = await open();
  for (const payload of payloads) {
    await type(page, payload);
    await page.locator("#preview details").evaluateAll((all) => all.forEach((d) => (d.open = true)));
    const injected = await page.evaluate(() => {
      const scopes = [document.getElementById("preview"), document.getElementById("problems"), document.getElementById("editor").shadowRoot];
      return scopes.flatMap((scope) => [...scope.querySelectorAll("img, script, iframe, object, a[href^='javascript'], [onerror], [src]")].map((n) => n.outerHTML));
    });
    assert.deepEqual(injected, []);
    const previewText = await page.locator("#preview").textContent();
    assert.ok(XSS.some((s) => previewText.includes(s)), "the markup is shown as text");
  }
  await page.waitForTimeout(300);
  assert.deepEqual(failures, []);
});

async function copyLink(page) {
  await page.click("#copy-link");
  await page.locator("#share-url").waitFor();
  return page.locator("#share-url").inputValue();
}

test("a share link round-trips the payload", async () => {
  const { page, failures } = await open();
  const text = json({ ...envelope, type: "text", text: { body: `Olá! Café ☕ and 👨‍👩‍👧‍👦 ${"long text ".repeat(40)}` } });
  await type(page, text);
  const link = await copyLink(page);
  const match = /#([pz])=([A-Za-z0-9_-]+)$/.exec(link);
  assert.ok(match, link);
  const bytes = Buffer.from(match[2], "base64url");
  assert.equal((match[1] === "z" ? inflateSync(bytes) : bytes).toString("utf8"), text);

  const { page: restored, failures: restoredFailures } = await open({ hash: new URL(link).hash });
  assert.match(await restored.locator("#preview").textContent(), /Café ☕ and 👨‍👩‍👧‍👦/);
  assert.equal(await copyLink(restored), link);
  assert.deepEqual([...failures, ...restoredFailures], []);
});

test("the layout stacks at 375 px without horizontal scrolling", async () => {
  const { page, failures } = await open({ viewport: { width: 375, height: 800 } });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), "horizontal overflow");
  const editor = await page.locator("#editor").boundingBox();
  const preview = await page.locator("#preview").boundingBox();
  assert.ok(preview.y > editor.y + editor.height, "the preview is below the editor");
  assert.deepEqual(failures, []);
});

test("the rule reference lists every rule under its code", async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}rules.html`);
  await page.locator("section.rule").first().waitFor();
  const codes = await page.locator("section.rule").evaluateAll((sections) => sections.map((s) => s.id));
  assert.ok(codes.includes("WA0001"));
  const first = page.locator("section.rule").first();
  assert.equal(await first.locator("pre").count(), 2);
});

test("an invalid payload is shown with its problems (screenshot)", async () => {
  const { page, failures } = await open({ viewport: { width: 1280, height: 900 } });
  await type(page, buttons("Twenty-one characters", "Twenty-one characters"));
  await page.locator(".cm-lintRange-error").first().hover();
  const tooltip = page.locator(".cm-tooltip-lint");
  await tooltip.waitFor();
  assert.match(await tooltip.locator("a").first().getAttribute("href"), /^rules\.html#WA\d+$/);
  await mkdir(join(www, "test-artifacts"), { recursive: true });
  await page.screenshot({ path: join(www, "test-artifacts", "invalid.png"), fullPage: true });
  assert.deepEqual(failures, []);
});

// Times lint + redraw per change on a ~100 KB payload in Chromium: node tests/bench.mjs (after npm run build).
import { launchChromium, serveDist } from "./helpers.mjs";

const server = await serveDist();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}bench.html`);
  const result = await page.waitForSelector("#result[data-done]", { timeout: 120_000 });
  const { bytes, changes, lintMs, changeLintRedrawMs } = JSON.parse(await result.textContent());
  const ms = (v) => `${v.toFixed(2)} ms`;
  console.log(`payload ${bytes} bytes, ${changes} changes`);
  console.log(`lint:                  median ${ms(lintMs.median)}, p95 ${ms(lintMs.p95)}`);
  console.log(
    `change + lint + redraw: median ${ms(changeLintRedrawMs.median)}, p95 ${ms(changeLintRedrawMs.p95)}`,
  );
} finally {
  await browser.close();
  await server.close();
}

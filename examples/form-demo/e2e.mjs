// End-to-end test of the demo page in headless Debian Chromium: serve the built page, fill in
// the form with one mistake, submit, expect a German error; then correct it, submit again and
// expect the data to be accepted. Writes the screenshot of the error state to
// ../../docs/form-demo.png.
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const port = 4173;
const url = `http://127.0.0.1:${port}/`;
const screenshot = join(here, "..", "..", "docs", "form-demo.png");

const server = spawn(join(here, "node_modules", ".bin", "vite"), ["preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
  cwd: here,
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error("vite preview did not start")), 30000);
  server.stdout.on("data", (d) => {
    if (String(d).includes(String(port))) {
      clearTimeout(timer);
      resolve();
    }
  });
  server.on("exit", (code) => reject(new Error(`vite preview exited with ${code}`)));
});

const userDataDir = mkdtempSync(join(tmpdir(), "fim-form-demo-"));
let failed = false;
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
  viewport: { width: 900, height: 1400 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(url);
  await page.waitForSelector("form");

  const id = (p) => `#root_${p}`;
  await page.fill(id("G99000000101_F99000000102"), "Müller");
  await page.fill(id("G99000000101_F99000000103"), "1234"); // one digit short
  await page.fill(id("F99000000107"), "12.5");
  await page.fill(id("F99000000109"), "2026-05-01");
  await page.check(id("F99000000110"));
  await page.click("button[type=submit]");

  const errors = page.locator(".errors");
  await errors.waitFor({ timeout: 10000 });
  const text = await errors.innerText();
  console.log("error list:\n" + text);
  if (!/Postleitzahl|F99000000103/.test(text) || !/muss|entsprechen|Muster/i.test(text)) {
    throw new Error(`expected a German pattern error for the Postleitzahl, got: ${text}`);
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`screenshot: ${screenshot}`);

  // Correct the mistake: the form must now submit.
  await page.fill(id("G99000000101_F99000000103"), "12345");
  const contact = page.locator(id("G99000000101_G99000000102_F99000000104"));
  if (await contact.count()) await contact.fill("anna@example.org");
  await page.click("button[type=submit]");
  const result = page.locator("#result");
  await result.waitFor({ timeout: 10000 });
  const submitted = JSON.parse(await result.innerText());
  if (submitted.G99000000101.F99000000103 !== "12345") {
    throw new Error(`unexpected submitted data: ${JSON.stringify(submitted)}`);
  }
  console.log("e2e ok: error shown, corrected form submitted");
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await context.close();
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

// What the browser downloads and how Lighthouse 12.2.3 scores the pages, against the production build.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export type JsSize = { path: string; files: number; bytes: number; gzipBytes: number };

/** The JavaScript a first visit to each page loads (as served, and gzipped). */
export async function javascriptShipped(base: string, cookie: string, paths: string[]): Promise<JsSize[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  const results: JsSize[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext();
      // /login is measured signed out: a signed-in visitor is sent on to the dashboard.
      if (path !== "/login")
        await context.addCookies(
          cookie.split("; ").map((pair) => {
            const [name, ...value] = pair.split("=");
            return { name, value: value.join("="), url: base };
          }),
        );
      const page = await context.newPage();
      const scripts: Promise<{ bytes: number; gzip: number }>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script") return;
        scripts.push(response.body().then((body) => ({ bytes: body.length, gzip: gzipSync(body).length })));
      });
      await page.goto(base + path, { waitUntil: "networkidle" });
      const all = await Promise.all(scripts);
      results.push({
        path,
        files: all.length,
        bytes: all.reduce((n, s) => n + s.bytes, 0),
        gzipBytes: all.reduce((n, s) => n + s.gzip, 0),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

export type LighthouseScore = {
  path: string;
  preset: "desktop" | "mobile";
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's own measure of the host's CPU power (higher is faster): its mobile emulation slows the host's CPU 4×, so the same page scores lower on a slower host. */
  benchmarkIndex: number;
};

/**
 * Lighthouse 12.2.3 in Debian's Chromium, signed in through the cookie header, with its desktop preset
 * and with its default (mobile: slow 4G, 4× slower CPU). A run that fails to score is tried again.
 */
export async function lighthouseScores(base: string, cookie: string, paths: string[]): Promise<LighthouseScore[]> {
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const scores: LighthouseScore[] = [];
  for (const preset of ["desktop", "mobile"] as const) {
    for (const path of paths) {
      for (let attempt = 1; attempt <= 3; attempt++) {
        const chrome = await chromeLauncher.launch({
          chromePath: CHROMIUM,
          chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
        });
        try {
          const result = await lighthouse(
            base + path,
            {
              port: chrome.port,
              output: "json",
              logLevel: "error",
              onlyCategories: ["performance", "accessibility", "best-practices"],
              extraHeaders: path === "/login" ? undefined : { Cookie: cookie },
            },
            preset === "desktop" ? desktopConfig : undefined,
          );
          const lhr = result!.lhr;
          if (lhr.runtimeError || lhr.categories.performance.score === null)
            throw new Error(lhr.runtimeError?.message ?? "no performance score");
          scores.push({
            path,
            preset,
            performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
            accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
            bestPractices: Math.round((lhr.categories["best-practices"].score ?? 0) * 100),
            lcpMs: Math.round(lhr.audits["largest-contentful-paint"].numericValue ?? 0),
            tbtMs: Math.round(lhr.audits["total-blocking-time"].numericValue ?? 0),
            cls: Number((lhr.audits["cumulative-layout-shift"].numericValue ?? 0).toFixed(3)),
            benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
          });
          break;
        } catch (error) {
          if (attempt === 3) throw error;
          console.log(`Lighthouse ${preset} ${path}: ${(error as Error).message}; trying again`);
        } finally {
          chrome.kill();
        }
      }
    }
  }
  return scores;
}

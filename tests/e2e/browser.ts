import fs from 'fs';
import path from 'path';
import type { AddressInfo } from 'net';
import type { Core } from '@strapi/strapi';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium, headless, on a page wide enough for the edit view's side panel. */
export async function openBrowser(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return { browser, page };
}

export const baseUrl = (strapi: Core.Strapi) =>
  `http://127.0.0.1:${(strapi.server.httpServer.address() as AddressInfo).port}`;

export async function logIn(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/admin/auth/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/admin$/);
}

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

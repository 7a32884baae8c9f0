// Runs the mocha suite INSIDE code-server's extension host (the real vscode
// API): the workbench URL carries the extension development path and the
// tests path; the exit code and mocha's output come back through
// window.codeAutomationExit / codeAutomationLog.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function runExtHostTests({ base, workspace, extDir, testsPath, shot, timeoutMs = 240000 }) {
  const authority = new URL(base).host;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extDir)], ['extensionTestsPath', remote(testsPath)], ['skipWelcome', 'true']];
  const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rcl-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 850 },
    env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile }, args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? await context.newPage();
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  const lines = [];
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = (Array.isArray(args) ? args : [args]).join(' ');
    lines.push(line);
    console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', async (code) => {
    if (shot) { try { await page.screenshot({ path: shot }); } catch { /* best effort */ } }
    resolveExit(code);
  });
  await page.goto(url);
  const timeout = new Promise((r) => setTimeout(() => r('timeout'), timeoutMs));
  const code = await Promise.race([exited, timeout]);
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  return { code, lines };
}

// Types of harness.mjs, for the TypeScript end-to-end tests (test/e2e/) that load it with import().
import type { Browser, BrowserContext, Page } from 'playwright-core';

export declare const ROOT: string;
export declare const SAMPLES: string;
export declare const SCREENSHOTS: string;
export declare const QUIET_SETTINGS: Record<string, unknown>;

export interface PackagedVsix {
  path: string;
  size: number;
  files: string[];
}
export interface CodeServer {
  url: string;
  port: number;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
  exited(): { code: number | null; signal: string | null } | null;
}
export interface Session {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  server: CodeServer;
  /** The temp copy of the workspace that code-server serves. */
  workspace: string;
  tmp: string;
  userDataDir: string;
  extensionsDir: string;
  vsix: PackagedVsix;
  timings: Record<string, number>;
  close(options?: { keep?: boolean }): Promise<void>;
}
type Log = (msg: string) => void;

export declare function freePort(preferred?: number): Promise<number>;
export declare function packageExtension(options?: { out?: string; build?: 'none' | 'production'; log?: Log }): Promise<PackagedVsix>;
export declare function installExtension(options: { vsix: string; extensionsDir: string; userDataDir: string; log?: Log }): void;
export declare function writeUserSettings(userDataDir: string, settings?: Record<string, unknown>): void;
export declare function startCodeServer(options: {
  folder: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  port?: number;
  preferredPort?: number;
  /** Removed if this process dies without stopping the server (its temp folder). */
  cleanupDir?: string;
  timeoutMs?: number;
  log?: Log;
}): Promise<CodeServer>;
export declare function launchBrowser(options?: { headless?: boolean }): Promise<Browser>;
export declare function workbenchUrl(base: string, folder: string): string;
export declare function startSession(options?: {
  workspaceSource?: string;
  settings?: Record<string, unknown>;
  viewport?: { width: number; height: number };
  log?: Log;
}): Promise<Session>;
export declare function screenshot(page: Page, name: string, options?: Record<string, unknown>): Promise<string>;

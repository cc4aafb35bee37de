import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, openPage, signIn, tokenOf, type WatchedPage } from './dashboardBrowser.js';
import { RELEASE_WARM_TIMEOUT, warmFunderRelease } from './graphqlClient.js';
import { type MintqServer, startMintqServer } from './mintqServer.js';

/** The server and the browser the tests of one file share. */
export interface MintqRun {
  readonly server: MintqServer;
  readonly browser: Browser;
}

/** What a hook set up, read by a test: fails loudly when the hook has not run (or failed). */
function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not there: its beforeAll hook failed or has not run`);
  return value;
}

/**
 * Starts `mintq serve` on the demo data and a Chromium before the file's tests and stops both
 * after them. A failed test prints the end of the server's log: an INTERNAL_SERVER_ERROR says
 * nothing without it. Call once at the top of a test file. `warmReleasesOf` names funder users
 * whose release is built first: their first page would otherwise wait for it.
 */
export function setUpMintqRun({
  warmReleasesOf = [],
  serverEnv,
}: {
  warmReleasesOf?: readonly string[];
  /** More environment for the server, read when it starts (after the file's earlier `beforeAll`s). */
  serverEnv?: () => Record<string, string>;
} = {}): MintqRun {
  let server: MintqServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startMintqServer({ env: serverEnv?.() ?? {} });
    browser = await launchChromium();
    for (const email of warmReleasesOf) await warmFunderRelease(server.baseUrl, email);
  }, RELEASE_WARM_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(({ task }) => {
    if (task.result?.state === 'fail') console.error(`server output:\n${server?.output().slice(-4_000)}`);
  });
  return {
    get server() {
      return started(server, 'the mintq server');
    },
    get browser() {
      return started(browser, 'the browser');
    },
  };
}

/** A page signed in as one user, and that user's token, for the tests around it. */
export interface SignedIn {
  readonly session: WatchedPage;
  readonly token: string;
}

/** Options of {@link setUpSignedIn}. */
export interface SignedInOptions {
  /** Build the funder's release first (a funder user's first question waits for it). */
  warmRelease?: boolean;
  /** The window, default 1280×800. */
  viewport?: { width: number; height: number };
}

/**
 * Signs `email` in through the login form, in a fresh browser context, before the tests of the
 * enclosing `describe` (or file), and closes it after them.
 */
export function setUpSignedIn(run: MintqRun, email: string, options: SignedInOptions = {}): SignedIn {
  let session: WatchedPage | undefined;
  let token: string | undefined;
  beforeAll(
    async () => {
      if (options.warmRelease) await warmFunderRelease(run.server.baseUrl, email);
      session = await openPage(run.browser, options.viewport);
      await signIn(session.page, run.server.baseUrl, email);
      token = await tokenOf(session.page);
    },
    options.warmRelease ? RELEASE_WARM_TIMEOUT : undefined,
  );
  afterAll(async () => {
    await session?.close();
  });
  return {
    get session() {
      return started(session, `the session of ${email}`);
    },
    get token() {
      return started(token, `the token of ${email}`);
    },
  };
}

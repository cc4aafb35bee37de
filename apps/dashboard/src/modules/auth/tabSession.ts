import { getAuthToken } from './authToken.js';

/**
 * One sign-in for the tabs of one browser session. The token stays in each tab's
 * sessionStorage (never on disk, gone with the last tab); a new tab asks the open ones for it
 * over a same-origin BroadcastChannel, and a sign-out in one tab signs every tab out. A token
 * in localStorage would also have reached new tabs, but would outlive the browser session on a
 * shared computer and still need a message for sign-out.
 */
const CHANNEL = 'mintq.session';

/** How long a new tab waits for an open one to hand its token over. */
export const HAND_OVER_WAIT_MS = 300;

type Message = { kind: 'ask' } | { kind: 'token'; token: string } | { kind: 'signedOut' };

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

/**
 * Answers new tabs' questions with this tab's token and calls `onSignedOut` when another tab
 * signs out. Returns the function that stops listening.
 */
export function shareSession(onSignedOut: () => void): () => void {
  const channel = openChannel();
  if (!channel) return () => {};
  channel.onmessage = ({ data }: MessageEvent<Message>) => {
    const token = getAuthToken();
    if (data.kind === 'ask' && token) channel.postMessage({ kind: 'token', token } satisfies Message);
    if (data.kind === 'signedOut') onSignedOut();
  };
  return () => channel.close();
}

/** The token of an open tab of this browser session, or null when none answers in time. */
export function askOpenTabsForToken(wait = HAND_OVER_WAIT_MS): Promise<string | null> {
  const channel = openChannel();
  if (!channel) return Promise.resolve(null);
  return new Promise((resolve) => {
    const done = (token: string | null) => {
      clearTimeout(timer);
      channel.close();
      resolve(token);
    };
    const timer = setTimeout(() => done(null), wait);
    channel.onmessage = ({ data }: MessageEvent<Message>) => {
      if (data.kind === 'token') done(data.token);
    };
    channel.postMessage({ kind: 'ask' } satisfies Message);
  });
}

/** Tells every other tab of the session to sign out too. */
export function announceSignOut(): void {
  const channel = openChannel();
  if (!channel) return;
  channel.postMessage({ kind: 'signedOut' } satisfies Message);
  channel.close();
}

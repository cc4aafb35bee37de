const target = new EventTarget();
const EVENT = 'mintq:session-expired';

/** Tells the app that the API rejected the token (called by the Apollo link and uploads). */
export function notifySessionExpired(): void {
  target.dispatchEvent(new Event(EVENT));
}

/** Subscribes to {@link notifySessionExpired}; returns the unsubscribe function. */
export function onSessionExpired(listener: () => void): () => void {
  target.addEventListener(EVENT, listener);
  return () => target.removeEventListener(EVENT, listener);
}

import type { MessageKey, Messages } from './de.js';

/** Values filled into a message's `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** Looks a key up in a catalogue and fills its placeholders; an unknown placeholder stays visible. */
export function translate(messages: Messages, key: MessageKey, params?: MessageParams): string {
  const text = messages[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

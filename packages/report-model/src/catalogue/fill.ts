/** Values filled into a text's `{name}` placeholders. */
export type TextParams = Readonly<Record<string, string | number>>;

/**
 * Fills the `{name}` placeholders of a catalogue text; an unknown one stays visible, e.g.
 * `fill('weniger als {k} Personen', { k: 5 })` → "weniger als 5 Personen".
 */
export function fill(text: string, params: TextParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

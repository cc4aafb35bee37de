import type { MessageKey } from '../../i18n/de.js';

/** The label of a GAS level −2 … +2 ("erwartetes Ergebnis" …) in the catalogues. */
export function gasLevelLabel(level: number): MessageKey {
  switch (level) {
    case -2:
      return 'my.gas.m2';
    case -1:
      return 'my.gas.m1';
    case 1:
      return 'my.gas.p1';
    case 2:
      return 'my.gas.p2';
    default:
      return 'my.gas.0';
  }
}

/** A GAS level as written on the scale: `−2`, `−1`, `0`, `+1`, `+2` (a real minus sign). */
export function gasLevelSign(level: number): string {
  return level > 0 ? `+${level}` : level < 0 ? `−${-level}` : '0';
}

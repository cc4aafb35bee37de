import { z } from 'zod';

// zod compiles its object parsers with `new Function` unless told not to, and probes for it even
// when eval is refused: the server's Content-Security-Policy forbids eval, and Chromium reports
// the probe as a violation. Set here, before any schema is built: every form imports `z` from here.
z.config({ jitless: true });

export { z };

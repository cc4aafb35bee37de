/**
 * The suppression threshold k named in the "•" explanation. The API does not expose its
 * configured k, so the dashboard states DOMAIN.md's default.
 */
export const SUPPRESSION_K = 5;

import { useViewer } from '../../modules/auth/hooks/useViewer.js';

/**
 * The k below which the API suppresses the signed-in user's numbers (FUNDER users, as the server
 * is configured); null for everyone else, whose numbers are never suppressed.
 */
export function useSuppressionK(): number | null {
  return useViewer().viewer?.suppressionK ?? null;
}

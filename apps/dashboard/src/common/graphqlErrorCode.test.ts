import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.js';
import { translate } from '../i18n/translate.js';
import { graphqlErrorText, isRetriable } from './graphqlErrorCode.js';

const t = (key: keyof typeof de, params?: Record<string, string | number>) => translate(de, key, params);

/** An error as Apollo hands it to a page: the API's answer with its message and extensions. */
const refused = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('graphqlErrorText', () => {
  it("words the API's reason in German with its params, never the server's English message", () => {
    const error = refused('unknown cohort(s): 2019-20', {
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_COHORTS',
      params: { values: '2019-20' },
    });
    const text = graphqlErrorText(error, t);
    expect(text).toBe(translate(de, 'error.UNKNOWN_COHORTS', { values: '2019-20' }));
    expect(text).toContain('2019-20');
    expect(text).not.toContain('unknown cohort');
  });

  it('falls back to a sentence per code for an error without (or with an unknown) reason', () => {
    expect(graphqlErrorText(refused('no', { code: 'FORBIDDEN' }), t)).toBe(de['status.forbidden']);
    expect(graphqlErrorText(refused('bad', { code: 'BAD_USER_INPUT', reason: 'NEW_ONE' }), t)).toBe(
      de['status.badInput'],
    );
    expect(graphqlErrorText(refused('Internal server error', { code: 'INTERNAL_SERVER_ERROR' }), t)).toBe(
      de['status.error'],
    );
  });

  it('offers a retry only where a second try can help', () => {
    expect(isRetriable(refused('x', { code: 'BAD_USER_INPUT' }))).toBe(false);
    expect(isRetriable(refused('x', { code: 'FORBIDDEN' }))).toBe(false);
    expect(isRetriable(refused('x', { code: 'INTERNAL_SERVER_ERROR' }))).toBe(true);
    expect(isRetriable(new TypeError('Failed to fetch'))).toBe(true);
  });
});

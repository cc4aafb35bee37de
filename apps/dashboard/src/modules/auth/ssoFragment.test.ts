import { describe, expect, it } from 'vitest';
import { readSsoFragment } from './ssoFragment.js';

describe('readSsoFragment', () => {
  it('reads a token and every known refusal', () => {
    expect(readSsoFragment('#sso-token=eyJ.a.b')).toEqual({ token: 'eyJ.a.b' });
    expect(readSsoFragment('#sso=NOT_INVITED')).toEqual({ refusal: 'NOT_INVITED' });
    expect(readSsoFragment('#sso=EMAIL_UNVERIFIED')).toEqual({ refusal: 'EMAIL_UNVERIFIED' });
  });

  it('reads an unknown reason as FAILED, and anything else as nothing', () => {
    expect(readSsoFragment('#sso=SOMETHING_NEW')).toEqual({ refusal: 'FAILED' });
    expect(readSsoFragment('#sso=')).toEqual({ refusal: 'FAILED' });
    expect(readSsoFragment('')).toBeNull();
    expect(readSsoFragment('#token=abc')).toBeNull();
    expect(readSsoFragment('#sso-token=')).toBeNull();
  });
});

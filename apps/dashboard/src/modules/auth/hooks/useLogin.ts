import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphqlErrorCode, graphqlErrorExtension } from '../../../common/graphqlErrorCode.js';
import { loginMutation } from '../graphql/loginMutation.js';
import { useAuth } from './useAuth.js';

/** Why a sign-in failed, as the login page words it. */
export type LoginFailure =
  | { kind: 'wrong' }
  | { kind: 'rateLimited'; retryAfterSeconds: number | null }
  | { kind: 'failed' };

/** `login(email, password)`: signs in and stores the token, or says why not. */
export function useLogin() {
  const { signIn } = useAuth();
  const [mutate, { loading }] = useMutation(loginMutation);
  const login = useCallback(
    async (email: string, password: string): Promise<LoginFailure | null> => {
      try {
        const result = await mutate({ variables: { email, password } });
        const token = result.data?.login.token;
        if (!token) return { kind: 'failed' };
        signIn(token);
        return null;
      } catch (error) {
        const code = graphqlErrorCode(error);
        if (code === 'UNAUTHENTICATED') return { kind: 'wrong' };
        if (code === 'TOO_MANY_REQUESTS') {
          const retry = graphqlErrorExtension(error, 'retryAfterSeconds');
          return { kind: 'rateLimited', retryAfterSeconds: typeof retry === 'number' ? retry : null };
        }
        return { kind: 'failed' };
      }
    },
    [mutate, signIn],
  );
  return { login, loading };
}

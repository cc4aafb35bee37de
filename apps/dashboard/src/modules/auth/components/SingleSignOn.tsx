import { useQuery } from '@apollo/client/react';
import { SSO_START_PATH } from '@mintq/contract';
import { useI18n } from '../../../i18n/useI18n.js';
import { signInOptionsQuery } from '../graphql/signInOptionsQuery.js';

/**
 * "Mit Organisationskonto anmelden": a plain link to the API, which sends the browser on to the
 * organisation's provider (a top-level navigation, as OpenID Connect needs). Shown only when
 * single sign-on is configured.
 */
export function SingleSignOn() {
  const { t } = useI18n();
  const { data } = useQuery(signInOptionsQuery);
  const options = data?.signInOptions;
  if (!options?.sso) return null;
  return (
    <p className="mq-app-login__sso">
      <span>{t('login.sso.or')}</span>
      <a className="mq-button mq-button--quiet" href={SSO_START_PATH} data-testid="sso-start">
        {options.ssoName ? t('login.sso.startNamed', { name: options.ssoName }) : t('login.sso.start')}
      </a>
    </p>
  );
}

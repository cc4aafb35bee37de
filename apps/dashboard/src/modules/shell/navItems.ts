import type { Role } from '../../gql/graphql.js';
import type { MessageKey } from '../../i18n/de.js';

/** One page of the dashboard: its path, nav label, who may open it, whether it uses the filters. */
export interface NavItem {
  path: string;
  label: MessageKey;
  /** Roles that see the item; absent: everyone signed in. */
  roles?: readonly Role[];
  /** The page's numbers depend on the scope filters. */
  filtered: boolean;
}

/** The pages in navigation order. `/graphql` is the API itself, so GraphiQL lives at `/graphiql`. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.overview', filtered: true },
  { path: '/reichweite', label: 'nav.reach', filtered: true },
  { path: '/wirkungsziele', label: 'nav.goals', filtered: true },
  { path: '/befragungen', label: 'nav.surveys', filtered: true },
  { path: '/kohorten', label: 'nav.cohorts', filtered: true },
  { path: '/datenimport', label: 'nav.imports', roles: ['ADMIN', 'PROJECT_LEAD'], filtered: false },
  { path: '/graphiql', label: 'nav.graphiql', roles: ['ANALYST', 'ADMIN'], filtered: false },
  { path: '/berichte', label: 'nav.reports', roles: ['ADMIN', 'PROJECT_LEAD', 'FUNDER'], filtered: false },
  { path: '/datenschutz', label: 'nav.persons', roles: ['ADMIN'], filtered: false },
];

/** True when a role may open the page. */
export function canSee(item: Pick<NavItem, 'roles'>, role: Role): boolean {
  return !item.roles || item.roles.includes(role);
}

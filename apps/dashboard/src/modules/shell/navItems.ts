import type { Capability } from '@mintq/contract';
import type { MessageKey } from '../../i18n/de.js';

/** One page of the dashboard: its path, nav label, who may open it, whether it uses the filters. */
export interface NavItem {
  path: string;
  label: MessageKey;
  /** What a user needs to see the item (`viewer.can`); the API enforces the same. */
  capability: Capability;
  /** The page's numbers depend on the scope filters. */
  filtered: boolean;
}

/** The Methodik page, which every "Was heißt das?" links to (`#<glossary key>`). */
export const METHODOLOGY_PATH = '/methodik';

/** The pages in navigation order. `/graphql` is the API itself, so GraphiQL lives at `/graphiql`. */
export const NAV_ITEMS: readonly NavItem[] = [
  // A coordinator's own area: their pages come first, and they see no other.
  { path: '/meine-teilnahme', label: 'nav.myParticipation', capability: 'enterOwnEntries', filtered: false },
  { path: '/mein-wirkungsziel', label: 'nav.myGoals', capability: 'enterOwnEntries', filtered: false },
  {
    path: '/transferaktivitaeten',
    label: 'nav.myActivities',
    capability: 'enterOwnEntries',
    filtered: false,
  },
  { path: '/', label: 'nav.overview', capability: 'readMetrics', filtered: true },
  { path: '/reichweite', label: 'nav.reach', capability: 'readMetrics', filtered: true },
  { path: '/wirkungsziele', label: 'nav.goals', capability: 'readMetrics', filtered: true },
  { path: '/befragungen', label: 'nav.surveys', capability: 'readMetrics', filtered: true },
  { path: '/kohorten', label: 'nav.cohorts', capability: 'readMetrics', filtered: true },
  // Whoever reads figures may read their definitions: every signed-in role.
  { path: METHODOLOGY_PATH, label: 'nav.methodology', capability: 'readMetrics', filtered: false },
  { path: '/datenimport', label: 'nav.imports', capability: 'importData', filtered: false },
  { path: '/vollstaendigkeit', label: 'nav.completeness', capability: 'followEntries', filtered: false },
  { path: '/graphiql', label: 'nav.graphiql', capability: 'useGraphiql', filtered: false },
  { path: '/berichte', label: 'nav.reports', capability: 'readReports', filtered: false },
  { path: '/datenschutz', label: 'nav.persons', capability: 'managePersons', filtered: false },
  { path: '/benutzer', label: 'nav.users', capability: 'inviteFunderUsers', filtered: false },
  { path: '/protokoll', label: 'nav.audit', capability: 'readAuditLog', filtered: false },
  { path: '/postausgang', label: 'nav.outbox', capability: 'readAuditLog', filtered: false },
];

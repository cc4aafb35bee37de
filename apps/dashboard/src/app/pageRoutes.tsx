import { type ComponentType, lazy } from 'react';
import { METHODOLOGY_PATH, NAV_ITEMS, type NavItem } from '../modules/shell/navItems.js';

/** A page of the dashboard with its lazily loaded component (its own chunk). */
export interface PageRoute extends NavItem {
  Component: ComponentType;
}

const components: Record<string, ComponentType> = {
  '/meine-teilnahme': lazy(() =>
    import('../modules/coordinator/components/MyParticipationPage.js').then((m) => ({
      default: m.MyParticipationPage,
    })),
  ),
  '/mein-wirkungsziel': lazy(() =>
    import('../modules/coordinator/components/MyGoalsPage.js').then((m) => ({ default: m.MyGoalsPage })),
  ),
  '/transferaktivitaeten': lazy(() =>
    import('../modules/coordinator/components/MyActivitiesPage.js').then((m) => ({
      default: m.MyActivitiesPage,
    })),
  ),
  '/vollstaendigkeit': lazy(() =>
    import('../modules/completeness/components/CompletenessPage.js').then((m) => ({
      default: m.CompletenessPage,
    })),
  ),
  '/': lazy(() =>
    import('../modules/overview/components/OverviewPage.js').then((m) => ({ default: m.OverviewPage })),
  ),
  '/reichweite': lazy(() =>
    import('../modules/reach/components/ReachPage.js').then((m) => ({ default: m.ReachPage })),
  ),
  '/wirkungsziele': lazy(() =>
    import('../modules/goals/components/GoalsPage.js').then((m) => ({ default: m.GoalsPage })),
  ),
  '/befragungen': lazy(() =>
    import('../modules/surveys/components/SurveysPage.js').then((m) => ({ default: m.SurveysPage })),
  ),
  '/kohorten': lazy(() =>
    import('../modules/cohorts/components/CohortsPage.js').then((m) => ({ default: m.CohortsPage })),
  ),
  [METHODOLOGY_PATH]: lazy(() =>
    import('../modules/methodology/components/MethodologyPage.js').then((m) => ({
      default: m.MethodologyPage,
    })),
  ),
  '/datenimport': lazy(() =>
    import('../modules/imports/components/ImportsPage.js').then((m) => ({ default: m.ImportsPage })),
  ),
  '/graphiql': lazy(() =>
    import('../modules/graphiql/components/GraphiqlPage.js').then((m) => ({ default: m.GraphiqlPage })),
  ),
  '/berichte': lazy(() => import('../modules/reports/ReportsPage.js')),
  '/datenschutz': lazy(() =>
    import('../modules/persons/components/PersonsPage.js').then((m) => ({ default: m.PersonsPage })),
  ),
  '/benutzer': lazy(() =>
    import('../modules/accounts/components/UsersPage.js').then((m) => ({ default: m.UsersPage })),
  ),
  '/protokoll': lazy(() =>
    import('../modules/accounts/components/AuditLogPage.js').then((m) => ({ default: m.AuditLogPage })),
  ),
  '/postausgang': lazy(() =>
    import('../modules/accounts/components/OutboxPage.js').then((m) => ({ default: m.OutboxPage })),
  ),
};

/** The pages that exist in this build, in navigation order. */
export const PAGE_ROUTES: readonly PageRoute[] = NAV_ITEMS.flatMap((item) => {
  const Component = components[item.path];
  return Component ? [{ ...item, Component }] : [];
});

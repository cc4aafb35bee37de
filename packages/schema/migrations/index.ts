import type { Migration } from 'kysely';
import * as initial from './20261125T1500-initial.js';
import * as metricReadColumns from './20261125T1800-metric-read-columns.js';
import * as funderReports from './20261125T1900-funder-reports.js';
import * as activityReachBits from './20261125T2000-activity-reach-bits.js';
import * as responseAnswersText from './20261125T2010-response-answers-text.js';
import * as activityMonthIndex from './20261125T2100-activity-month-index.js';
import * as funderReleases from './20261205T0500-funder-releases.js';
import * as reportCreatorRole from './20261205T0510-report-creator-role.js';
import * as personErasures from './20261205T0800-person-erasures.js';
import * as jobs from './20261205T0900-jobs.js';
import * as dropActivityLinkCopies from './20261205T1100-drop-activity-link-copies.js';
import * as accounts from './20261205T1700-accounts.js';
import * as deactivatedInvitations from './20261205T1810-deactivated-invitations.js';
import * as passwordlessSignOn from './20261205T1820-passwordless-sign-on.js';
import * as coordinators from './20261205T2000-coordinators.js';

/** Every migration by name; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  '20261125T1500-initial': initial,
  '20261125T1800-metric-read-columns': metricReadColumns,
  '20261125T1900-funder-reports': funderReports,
  '20261125T2000-activity-reach-bits': activityReachBits,
  '20261125T2010-response-answers-text': responseAnswersText,
  '20261125T2100-activity-month-index': activityMonthIndex,
  '20261205T0500-funder-releases': funderReleases,
  '20261205T0510-report-creator-role': reportCreatorRole,
  '20261205T0800-person-erasures': personErasures,
  '20261205T0900-jobs': jobs,
  '20261205T1100-drop-activity-link-copies': dropActivityLinkCopies,
  '20261205T1700-accounts': accounts,
  '20261205T1810-deactivated-invitations': deactivatedInvitations,
  '20261205T1820-passwordless-sign-on': passwordlessSignOn,
  '20261205T2000-coordinators': coordinators,
};

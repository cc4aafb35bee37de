import type { Type } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { CohortHeadlinesModule } from '../cohort-headlines/cohort-headlines.module.js';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { CompletenessModule } from '../completeness/completeness.module.js';
import { EventsModule } from '../events/events.module.js';
import { FundersModule } from '../funders/funders.module.js';
import { GoalsModule } from '../goals/goals.module.js';
import { ImportHttpModule } from '../import-http/import-http.module.js';
import { MyEntriesModule } from '../my-entries/my-entries.module.js';
import { OidcModule } from '../oidc/oidc.module.js';
import { PersonsModule } from '../persons/persons.module.js';
import { ReachModule } from '../reach/reach.module.js';
import { RemindersModule } from '../reminders/reminders.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { ItemDistributionsModule } from '../surveys/item-distributions.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { UsersModule } from '../users/users.module.js';

/**
 * The feature modules of the API, in one list so that adding a feature is one line here
 * (and `pnpm --filter @mintq/api schema` to update the committed SDL). Their resolvers are
 * closed to callers without a session by the global AuthGuard; see auth/ for the decorators.
 */
export const FEATURE_MODULES: Type[] = [
  FundersModule,
  CohortsModule,
  ReachModule,
  GoalsModule,
  CohortHeadlinesModule,
  SurveysModule,
  EventsModule,
  CatalogModule,
  ImportHttpModule,
  ItemDistributionsModule,
  ReportsModule,
  PersonsModule,
  AccountsModule,
  UsersModule,
  AuditModule,
  OidcModule,
  MyEntriesModule,
  CompletenessModule,
  RemindersModule,
];

import { CohortsRepository } from '../cohorts/cohorts.repository.js';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { type MintqConfig, readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { EventsRepository } from '../events/events.repository.js';
import { EventsService } from '../events/events.service.js';
import { GoalsRepository } from '../goals/goals.repository.js';
import { GoalsService } from '../goals/goals.service.js';
import { JobQueue } from '../jobs/job-queue.js';
import { createLogger } from '../logging/logger.js';
import { ReachRepository } from '../reach/reach.repository.js';
import { ReachService } from '../reach/reach.service.js';
import { FunderReleases } from '../releases/funder-releases.service.js';
import { ReleasesRepository } from '../releases/releases.repository.js';
import { ScopeRepository } from '../scope/scope.repository.js';
import { ScopeService } from '../scope/scope.service.js';
import { ItemDistributionsRepository } from '../surveys/item-distributions.repository.js';
import { ItemDistributionsService } from '../surveys/item-distributions.service.js';
import { SurveysRepository } from '../surveys/surveys.repository.js';
import { SurveysService } from '../surveys/surveys.service.js';

/**
 * Every metric service on one database, wired as the app wires them: each provides its exact
 * computation to the funder releases, so a funder viewer's answers come from a real release.
 */
export function createMetricServices(database: Database, config: MintqConfig = readConfig({})) {
  const scopes = new ScopeService(new ScopeRepository(database), config);
  const logger = createLogger('silent');
  const releases = new FunderReleases(
    new ReleasesRepository(database),
    scopes,
    config,
    new JobQueue(database, logger),
    logger,
  );
  return {
    scopes,
    releases,
    reach: new ReachService(scopes, new ReachRepository(database), releases),
    cohorts: new CohortsService(scopes, new CohortsRepository(database), releases),
    goals: new GoalsService(scopes, new GoalsRepository(database), releases),
    surveys: new SurveysService(scopes, new SurveysRepository(database), releases),
    itemDistributions: new ItemDistributionsService(
      scopes,
      new ItemDistributionsRepository(database),
      releases,
    ),
    events: new EventsService(scopes, new EventsRepository(database), releases),
  };
}

import type { Role } from '../../gql/graphql.js';

/** Roles the API answers `overdueGoals` for: pseudonymous keys, so never funders. */
export const OVERDUE_GOALS_ROLES: readonly Role[] = ['ADMIN', 'PROJECT_LEAD', 'ANALYST'];

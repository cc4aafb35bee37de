import { graphql } from '../../../gql/index.js';

/** The key figures of goal attainment, as the overview and the goals page ask for them. */
export const goalFiguresFragment = graphql(`
  fragment GoalFigures on GoalAttainment {
    goals
    attainmentRate
    meanTScore
    tScoreParticipants
    checkins
    suppressed
  }
`);

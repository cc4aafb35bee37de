import { graphql } from '../../../gql/index.js';

/** The cascade's figures of a scope, as the overview and the reach page (and GraphiQL's example) ask for them. */
export const reachFiguresFragment = graphql(`
  fragment ReachFigures on Reach {
    multipliers
    activeMultipliers
    activities
    initiativesReached
    educatorsReached
    youthReachedEstimate
    multiplierFactor
    suppressed
  }
`);

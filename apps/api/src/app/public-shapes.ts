// The compiler checks every GraphQL metric class against the contract's public shape of that
// metric (packages/contract/src/metric-shapes.ts): a field added to a metric but not to its
// GraphQL class, or the other way round, fails the build here. Stored reports hold the same
// `Public<…>` shapes, so they cannot drift either; public-shapes.e2e.spec.ts checks the
// GraphQL schema against a stored report's actual content.
import type {
  PublicCohortFunnel,
  PublicDimensionOutcome,
  PublicEventFeedback,
  PublicGoalAttainment,
  PublicLevelCount,
  PublicMonthReach,
  PublicReach,
  PublicStaircaseCount,
  PublicStateReach,
  PublicSurveyOutcomes,
  PublicWaveResponseRate,
  SameShape,
} from '@mintq/contract';
import type { CohortFunnelType } from '../cohorts/cohorts.types.js';
import type { EventFeedbackType } from '../events/events.types.js';
import type { GoalAttainmentType, LevelCountType, StaircaseCountType } from '../goals/goals.types.js';
import type { MonthReachType, ReachType, StateReachType } from '../reach/reach.types.js';
import type {
  DimensionOutcomeType,
  SurveyOutcomesType,
  WaveResponseRateType,
} from '../surveys/surveys.types.js';

type Holds<Check extends true> = Check;

/** One entry per GraphQL metric class; a `false` among them is a compile error. */
export type GraphqlClassesMatchTheContract = [
  Holds<SameShape<StateReachType, PublicStateReach>>,
  Holds<SameShape<MonthReachType, PublicMonthReach>>,
  Holds<SameShape<ReachType, PublicReach>>,
  Holds<SameShape<CohortFunnelType, PublicCohortFunnel>>,
  Holds<SameShape<LevelCountType, PublicLevelCount>>,
  Holds<SameShape<StaircaseCountType, PublicStaircaseCount>>,
  Holds<SameShape<GoalAttainmentType, PublicGoalAttainment>>,
  Holds<SameShape<DimensionOutcomeType, PublicDimensionOutcome>>,
  Holds<SameShape<WaveResponseRateType, PublicWaveResponseRate>>,
  Holds<SameShape<SurveyOutcomesType, PublicSurveyOutcomes>>,
  Holds<SameShape<EventFeedbackType, PublicEventFeedback>>,
];

import { graphql } from '../../../gql/index.js';

/** Paired outcomes per dimension and response rates of one self-assessment between two waves. */
export const surveyOutcomesQuery = graphql(`
  query SurveyOutcomes($instrument: String!, $from: WaveKind!, $to: WaveKind!, $scope: ScopeInput) {
    surveyOutcomes(instrument: $instrument, from: $from, to: $to, scope: $scope) {
      instrument
      from
      to
      dimensions {
        dimension
        n
        meanFrom
        meanTo
        meanDiff
        sdDiff
        t
        df
        p
        dz
        gz
        ciLow
        ciHigh
        alphaFrom
        alphaTo
        suppressed
      }
      responseRates {
        cohort
        wave
        responded
        eligible
        rate
        suppressed
      }
    }
  }
`);

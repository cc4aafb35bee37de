import { graphql } from '../../../gql/index.js';

/** Answer counts per item of one wave, for the diverging stacked bars. */
export const itemDistributionsQuery = graphql(`
  query ItemDistributions($instrument: String!, $wave: WaveKind!, $language: String!, $scope: ScopeInput) {
    surveyItemDistributions(instrument: $instrument, wave: $wave, language: $language, scope: $scope) {
      item
      dimension
      text
      n
      reversed
      scaleMin
      scaleMax
      suppressed
      counts {
        value
        count
      }
    }
  }
`);

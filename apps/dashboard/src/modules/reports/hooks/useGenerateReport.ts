import { useMutation } from '@apollo/client/react';
import { generateFunderReportMutation } from '../graphql/generateFunderReportMutation.js';
import { reportsQuery } from '../graphql/reportsQuery.js';

/** What a new report covers. */
export interface GenerateReportInput {
  funder: string;
  from: string;
  to: string;
  language: 'de' | 'en';
}

/** Generates a funder report; the report lists reload once it is stored. */
export function useGenerateReport() {
  const [mutate, { data, loading, error, reset }] = useMutation(generateFunderReportMutation, {
    refetchQueries: [reportsQuery],
    awaitRefetchQueries: true,
  });
  const generate = async (input: GenerateReportInput) =>
    (await mutate({ variables: input })).data?.generateFunderReport;
  return { generate, report: data?.generateFunderReport ?? null, loading, error, reset };
}

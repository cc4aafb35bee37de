import type { SurveyItem } from '../types.js';

const likert = (itemCode: string, dimension: string, reversed = false): SurveyItem => ({
  itemCode,
  dimension,
  reversed,
  scaleMin: 1,
  scaleMax: 5,
  role: 'likert',
});

/** A small instrument: Kooperation (3 items, one reversed), Wirkung (4 items), Solo (1 item), an NPS item. */
export const ITEMS: SurveyItem[] = [
  likert('KO01', 'Kooperation'),
  likert('KO02', 'Kooperation'),
  likert('KO03R', 'Kooperation', true),
  likert('WO01', 'Wirkung'),
  likert('WO02', 'Wirkung'),
  likert('WO03', 'Wirkung'),
  likert('WO04R', 'Wirkung', true),
  likert('SO01', 'Solo'),
  { itemCode: 'NPS', dimension: null, reversed: false, scaleMin: 0, scaleMax: 10, role: 'nps' },
];

import { describe, expect, it } from 'vitest';
import { computeCronbachAlpha, cronbachAlphaOfColumns } from './compute-cronbach-alpha.js';
import { expectRelativelyClose } from './test-support/expect-relatively-close.js';

describe('computeCronbachAlpha', () => {
  it('matches a numpy computation', () => {
    const responses = [
      [1, 2, 2],
      [2, 3, 3],
      [3, 3, 4],
      [4, 5, 4],
      [2, 2, 3],
    ];
    const result = computeCronbachAlpha({ responses });
    expectRelativelyClose(result.alpha ?? Number.NaN, 0.935483870967742, 1e-12);
    expect(result.responses).toBe(5);
  });

  it.each([
    { name: 'no responses', responses: [], alpha: null, count: 0 },
    { name: 'one item (k < 2)', responses: [[1], [2], [3]], alpha: null, count: 3 },
    {
      name: 'one complete response',
      responses: [
        [1, 2],
        [2, null],
      ],
      alpha: null,
      count: 1,
    },
    {
      name: 'zero variance of the sum',
      responses: [
        [1, 2],
        [2, 1],
        [3, 0],
      ],
      alpha: null,
      count: 3,
    },
    {
      name: 'incomplete responses are left out',
      responses: [
        [1, 2],
        [2, 3],
        [3, 3],
        [null, 5],
      ],
      alpha: 0.8571428571428571,
      count: 3,
    },
  ])('$name', ({ responses, alpha, count }) => {
    const result = computeCronbachAlpha({ responses });
    if (alpha === null) expect(result.alpha).toBeNull();
    else expectRelativelyClose(result.alpha ?? Number.NaN, alpha, 1e-12);
    expect(result.responses).toBe(count);
  });

  it('rejects ragged rows', () => {
    expect(() => computeCronbachAlpha({ responses: [[1, 2], [1]] })).toThrow(RangeError);
  });

  it('reads chosen columns of a matrix, skipping rows with a NaN among them', () => {
    // Rows of (other, item 1, item 2): the NaN in "other" does not matter, the one in item 2 does.
    const matrix = new Float64Array([9, 1, 2, Number.NaN, 2, 3, 9, 3, 3, 9, 4, Number.NaN]);
    const result = cronbachAlphaOfColumns({ matrix, rows: 4, stride: 3, columns: [1, 2] });
    expect(result).toEqual(
      computeCronbachAlpha({
        responses: [
          [1, 2],
          [2, 3],
          [3, 3],
        ],
      }),
    );
    expect(result.responses).toBe(3);
  });
});

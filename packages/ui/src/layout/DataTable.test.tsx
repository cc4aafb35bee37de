import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataTable } from './DataTable.js';

interface MonthRow {
  month: string;
  activities: number;
}

const CAPTION = 'Aktivitäten nach Monat';

function MonthTable() {
  return (
    <DataTable
      caption={CAPTION}
      columns={[
        { key: 'month', header: 'Monat', value: (r: MonthRow) => r.month, rowHeader: true },
        { key: 'activities', header: 'Aktivitäten', value: (r: MonthRow) => r.activities },
      ]}
      rows={[{ month: '2025-01', activities: 12 }]}
      rowKey={(r) => r.month}
      labels={{ suppressed: 'weniger als 5 Personen' }}
    />
  );
}

// happy-dom does no layout: widths are set by hand, and the ResizeObserver is driven by the test.
let widths = { scroll: 0, client: 0 };
let resized: (() => void)[] = [];

class ManualResizeObserver {
  readonly #callback: () => void;
  constructor(callback: () => void) {
    this.#callback = callback;
  }
  observe(): void {
    resized.push(this.#callback);
  }
  unobserve(): void {}
  disconnect(): void {
    resized = resized.filter((callback) => callback !== this.#callback);
  }
}

beforeEach(() => {
  widths = { scroll: 0, client: 0 };
  resized = [];
  vi.stubGlobal('ResizeObserver', ManualResizeObserver);
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(() => widths.scroll);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => widths.client);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The scroll wrapper around the table. */
function wrapperOf(): HTMLElement {
  const wrapper = screen.getByRole('table', { name: CAPTION }).parentElement;
  if (!wrapper) throw new Error('table without wrapper');
  return wrapper;
}

describe('DataTable scroll wrapper', () => {
  it('stays out of the tab order while the table fits', () => {
    widths = { scroll: 400, client: 400 };
    render(<MonthTable />);
    const wrapper = wrapperOf();
    expect(wrapper.className).toBe('mq-table-wrap');
    expect(wrapper.hasAttribute('tabindex')).toBe(false);
    expect(wrapper.hasAttribute('role')).toBe(false);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('becomes a focusable group named by the caption when the table scrolls sideways', () => {
    widths = { scroll: 720, client: 360 };
    render(<MonthTable />);
    const scroller = screen.getByRole('group', { name: CAPTION });
    expect(scroller).toBe(wrapperOf());
    expect(scroller.tabIndex).toBe(0);
    scroller.focus();
    expect(document.activeElement).toBe(scroller);
  });

  it('follows size changes: wider card, plain wrapper; narrower again, focusable group', () => {
    widths = { scroll: 720, client: 360 };
    render(<MonthTable />);
    expect(screen.getByRole('group', { name: CAPTION })).toBeTruthy();
    widths = { scroll: 720, client: 720 };
    act(() => {
      for (const callback of resized) callback();
    });
    expect(screen.queryByRole('group')).toBeNull();
    expect(wrapperOf().hasAttribute('tabindex')).toBe(false);
    widths = { scroll: 720, client: 500 };
    act(() => {
      for (const callback of resized) callback();
    });
    expect(screen.getByRole('group', { name: CAPTION }).getAttribute('tabindex')).toBe('0');
  });
});

import { scaleQuantize } from '@visx/scale';
import { useId, useMemo } from 'react';
import { applyValueFormat, type ValueFormat } from '../format/applyValueFormat.js';
import { palette, readableTextColor } from '../theme/palette.js';
import { ChartLegend } from './ChartLegend.js';
import { ChartMark } from './ChartMark.js';
import { ChartTooltip } from './ChartTooltip.js';
import { type ChartBaseProps, hiddenBy } from './chartData.js';
import { HatchPattern } from './HatchPattern.js';
import { stateTileGrid } from './stateTileGrid.js';
import { svgId } from './svgId.js';
import { useChartTooltip } from './useChartTooltip.js';

/** Props of {@link StateTileMap}. */
export interface StateTileMapProps<T> extends ChartBaseProps<T> {
  /** One entry per state (missing states are drawn as "no data"). */
  data: readonly T[];
  /** ISO 3166-2 code of the entry, e.g. `'DE-BY'`. */
  state: (d: T) => string;
  /** The value that colours the tile, e.g. coverage 0…1; null when suppressed or unknown. */
  value: (d: T) => number | null;
  /** Further formatted lines for tooltip and aria-label, e.g. "3 von 5 Netzwerken erreicht". */
  details?: (d: T) => readonly string[];
  /** Full name of a state by code, e.g. from the app's catalogue (default: the code). */
  stateName?: (code: string) => string;
  /** How the value is written (default `'percent'`, for coverage). */
  format?: ValueFormat;
  /** Colour domain (default `[0, 1]` for percent, otherwise `[0, max]`). */
  domain?: readonly [number, number];
  /** Width in pixels; the height follows from the 4 × 5 grid. */
  width: number;
  /** Texts: `chart` names the map; `value` names the coloured value ("Abdeckung"); `suppressed`, `noData`, `legend`. */
  labels: { chart: string; value: string; suppressed: string; noData: string; legend: string };
}

const COLUMNS = 4;
const ROWS = 5;
const GAP = 4;
/** Larger tiles only waste room: 72 px hold code and value comfortably. */
const MAX_TILE = 72;

/** The 16 German states as equal tiles in a rough map, coloured by a value, with legend and tooltips. */
export function StateTileMap<T>({
  data,
  state,
  value,
  suppressed,
  details,
  stateName = (code) => code,
  format = 'percent',
  domain,
  width,
  locale = 'de-DE',
  labels,
}: StateTileMapProps<T>) {
  const hatchId = svgId(useId(), 'hatch');
  const { tooltip, bind } = useChartTooltip();
  const tile = Math.max(24, Math.min(MAX_TILE, Math.floor((width - GAP * (COLUMNS - 1)) / COLUMNS)));
  const height = ROWS * tile + (ROWS - 1) * GAP;
  const mapWidth = COLUMNS * tile + (COLUMNS - 1) * GAP;
  const byCode = useMemo(() => new Map(data.map((d) => [state(d), d])), [data, state]);
  const hidden = useMemo(() => hiddenBy(suppressed), [suppressed]);
  const color = useMemo(() => {
    // Suppressed entries never shape the scale: a legend bound must not reveal a hidden value.
    const values = data
      .filter((d) => !hidden(d))
      .map(value)
      .filter((v): v is number => v !== null);
    const fallback: [number, number] = format === 'percent' ? [0, 1] : [0, Math.max(1, ...values)];
    return scaleQuantize<string>({
      domain: domain ? [domain[0], domain[1]] : fallback,
      range: [...palette.sequential],
    });
  }, [data, value, hidden, domain, format]);
  const write = (v: number) => applyValueFormat(v, format, locale);
  const [low, high] = color.domain() as [number, number];

  return (
    <div className="mq-chart mq-tile-map" style={{ maxWidth: width }}>
      <div className="mq-chart__plot" style={{ width: mapWidth, height }}>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the map around its tiles. */}
        <svg
          width={mapWidth}
          height={height}
          viewBox={`0 0 ${mapWidth} ${height}`}
          role="group"
          aria-label={labels.chart}
        >
          <defs>
            <HatchPattern id={hatchId} />
          </defs>
          {stateTileGrid.map(({ code, col, row }) => {
            const d = byCode.get(code);
            const isSuppressed = d !== undefined && hidden(d);
            const v = d === undefined || isSuppressed ? null : value(d);
            const fill = isSuppressed ? `url(#${hatchId})` : v === null ? palette.empty : color(v);
            const ink = isSuppressed || v === null ? palette.ink : readableTextColor(fill);
            const valueText = isSuppressed ? labels.suppressed : v === null ? labels.noData : write(v);
            const extra = d !== undefined && !isSuppressed ? (details?.(d) ?? []) : [];
            const name = stateName(code);
            const x = col * (tile + GAP);
            const y = row * (tile + GAP);
            const lines = [`${labels.value}: ${valueText}`, ...extra];
            return (
              <ChartMark
                key={code}
                left={x}
                top={y}
                className="mq-tile"
                label={`${name}: ${lines.join('; ')}`}
                data-state={code}
                suppressed={isSuppressed}
                tooltip={bind({ title: name, lines }, x + tile / 2, y + tile)}
              >
                <rect
                  className={isSuppressed ? 'mq-suppressed-band' : undefined}
                  width={tile}
                  height={tile}
                  rx={4}
                  fill={fill}
                  stroke={isSuppressed || v === null ? palette.grid : 'none'}
                >
                  {isSuppressed ? <title>{labels.suppressed}</title> : null}
                </rect>
                <text
                  x={tile / 2}
                  y={tile / 2 - (tile >= 44 ? 7 : 0)}
                  dy="0.35em"
                  textAnchor="middle"
                  className="mq-tile__code"
                  fill={ink}
                >
                  {code.slice(3)}
                  {/* A tile too small for a second line still carries its •. */}
                  {isSuppressed && tile < 44 ? <tspan className="mq-suppressed-marker"> •</tspan> : null}
                </text>
                {tile >= 44 ? (
                  <text
                    x={tile / 2}
                    y={tile / 2 + 10}
                    dy="0.35em"
                    textAnchor="middle"
                    className={isSuppressed ? 'mq-tile__value mq-suppressed-marker' : 'mq-tile__value'}
                    fill={ink}
                  >
                    {isSuppressed ? '•' : v === null ? '' : write(v)}
                  </text>
                ) : null}
              </ChartMark>
            );
          })}
        </svg>
        <ChartTooltip tooltip={tooltip} width={mapWidth} />
      </div>
      <div className="mq-tile-map__legend">
        <span className="mq-tile-map__legend-title">{labels.legend}</span>
        <span className="mq-ramp" aria-hidden="true">
          <span className="mq-ramp__end">{write(low)}</span>
          {palette.sequential.map((step) => (
            <span key={step} className="mq-ramp__step" style={{ background: step }} />
          ))}
          <span className="mq-ramp__end">{write(high)}</span>
        </span>
        <span className="mq-sr-only">{`${labels.legend}: ${write(low)} – ${write(high)}`}</span>
        <ChartLegend
          items={[
            { key: 'suppressed', label: `• ${labels.suppressed}`, color: palette.muted, shape: 'suppressed' },
            { key: 'none', label: labels.noData, color: palette.empty },
          ]}
        />
      </div>
    </div>
  );
}

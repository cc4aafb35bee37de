import { useState } from 'react';
import { SelectField } from '../../../common/components/Field.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { Table } from '../../../common/components/Table.js';
import type { ScopeInput } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { isStateCode, stateOptions } from '../../filters/states.js';
import {
  type InitiativeReach,
  type NetworkReach,
  useInitiativeReach,
  useNetworkReach,
} from '../hooks/useNetworkReach.js';
import type { Reach } from '../hooks/useReach.js';

/**
 * From a state to its networks and from a network to its initiatives, with what the scope's
 * multipliers did there. Only for roles that may see per-network counts (not funders: these
 * counts stand for a handful of people and lie outside their release).
 */
export function StateDrillDown({ byState, scope }: { byState: Reach['byState']; scope: ScopeInput }) {
  const { t, language } = useI18n();
  const withNetworks = new Set(byState.filter((s) => s.networks > 0).map((s) => s.state));
  const states = stateOptions(t, language).filter((o) => withNetworks.has(o.value));
  // Opens on the state with the most initiatives reached: where there is most to look at.
  const busiest = [...byState].sort((a, b) => (b.initiativesReached ?? 0) - (a.initiativesReached ?? 0))[0];
  const [state, setState] = useState(busiest?.state ?? states[0]?.value ?? '');
  const [network, setNetwork] = useState('');
  const networks = useNetworkReach(state, scope);
  const initiatives = useInitiativeReach(network, scope);
  const chosen = networks.networks?.find((n) => n.network === network);
  // Networks as a reader looks them up: by name in the reader's language ("Märkischer Kreis" under M).
  const byName = (rows: readonly NetworkReach[]) =>
    [...rows].sort((a, b) => a.name.localeCompare(b.name, language));

  return (
    <SectionCard title={t('reach.drillTitle')} testId="state-drilldown">
      <p className="mq-app-note">{t('reach.drillDescription')}</p>
      <div className="mq-app-filters">
        <SelectField
          label={t('reach.state')}
          value={state}
          options={states}
          onChange={(next) => {
            setState(next);
            setNetwork('');
          }}
          testId="drill-state"
        />
        <SelectField
          label={t('reach.drillNetwork')}
          wide
          value={network}
          options={[
            { value: '', label: t('reach.drillChooseNetwork') },
            ...byName(networks.networks ?? []).map((n) => ({ value: n.network, label: n.name })),
          ]}
          onChange={setNetwork}
          testId="drill-network"
        />
      </div>
      <QueryState
        data={networks.networks}
        loading={networks.loading}
        error={networks.error}
        onRetry={networks.refetch}
      >
        {(rows) => (
          <Table
            caption={t('reach.drillNetworks', { state: isStateCode(state) ? t(state) : state })}
            columns={[
              {
                key: 'name',
                header: t('reach.drillNetwork'),
                value: (n: NetworkReach) => n.name,
                rowHeader: true,
              },
              {
                key: 'initiatives',
                header: t('reach.drillInitiatives'),
                value: (n: NetworkReach) => n.initiatives,
              },
              {
                key: 'reached',
                header: t('reach.initiativesReached'),
                value: (n: NetworkReach) => n.initiativesReached,
              },
              {
                key: 'multipliers',
                header: t('reach.stateMultipliers'),
                value: (n: NetworkReach) => n.multipliers,
              },
              { key: 'activities', header: t('reach.activities'), value: (n: NetworkReach) => n.activities },
            ]}
            rows={byName(rows)}
            rowKey={(n) => n.network}
          />
        )}
      </QueryState>
      {chosen ? (
        <QueryState
          data={initiatives.initiatives}
          loading={initiatives.loading}
          error={initiatives.error}
          onRetry={initiatives.refetch}
        >
          {(rows) => (
            <Table
              caption={t('reach.drillInitiativesOf', { network: chosen.name })}
              columns={[
                {
                  key: 'name',
                  header: t('reach.drillInitiative'),
                  value: (i: InitiativeReach) => i.name,
                  rowHeader: true,
                },
                {
                  key: 'activities',
                  header: t('reach.activities'),
                  value: (i: InitiativeReach) => i.activities,
                },
                {
                  key: 'multipliers',
                  header: t('reach.stateMultipliers'),
                  value: (i: InitiativeReach) => i.multipliers,
                },
              ]}
              rows={rows}
              rowKey={(i) => i.initiative}
            />
          )}
        </QueryState>
      ) : null}
    </SectionCard>
  );
}

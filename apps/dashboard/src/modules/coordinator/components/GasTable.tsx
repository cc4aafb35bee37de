import { GAS_LEVELS } from '@mintq/contract';
import type { MyGoalFieldsFragment } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { gasLevelLabel, gasLevelSign } from '../gasLevels.js';

/** A goal's five expected outcomes, −2 … +2, as the GAS table they form. */
export function GasTable({ goal }: { goal: MyGoalFieldsFragment }) {
  const { t } = useI18n();
  return (
    <div className="mq-table-wrap">
      <table className="mq-table my-gas-table" data-testid="gas-table">
        <caption className="mq-table__caption">{t('my.gas.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('my.gas.level')}</th>
            <th scope="col">{t('my.gas.meaning')}</th>
            <th scope="col">{t('my.gas.expected')}</th>
          </tr>
        </thead>
        <tbody>
          {GAS_LEVELS.map((level) => {
            const text = goal.levels.find((l) => l.level === level)?.description;
            return (
              <tr key={level}>
                <th scope="row">{gasLevelSign(level)}</th>
                <td>{t(gasLevelLabel(level))}</td>
                <td>{text || t('my.gas.missing')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { SqlRepository } from '../database/sql-repository.js';
import { findInstrument, instrumentWithItems, type SurveyInstrument } from './survey-sql.js';

/** A repository that reads an instrument with its items: survey outcomes and event feedback. */
export abstract class InstrumentRepository extends SqlRepository {
  instrumentQuery(instrument: string) {
    return instrumentWithItems(this.db, instrument);
  }

  /** The instrument with its items; undefined when no instrument has that key. */
  async findInstrument(instrument: string): Promise<SurveyInstrument | undefined> {
    return findInstrument(this.db, instrument);
  }
}

/** MINT regions and the initiatives in each (networks.csv, initiatives.csv). */
import type { EntityRow } from './csv-text.js';
import { pad } from './numbers.js';
import {
  INITIATIVE_KIND_WEIGHTS,
  INITIATIVE_TEMPLATES,
  type InitiativeKind,
  LAST_NAMES,
  type NetworkKind,
  REGIONS,
  type StateCode,
  shortPlace,
  slugify,
} from './reference-data.js';
import type { SeededRandom } from './seeded-random.js';

export interface Network {
  key: string;
  name: string;
  state: StateCode;
  kind: NetworkKind;
  place: string;
  /** Keys of the network's initiatives. */
  initiatives: string[];
}

/** One network per region, each with 5 to 12 initiatives of distinct names. */
export function buildNetworks(rng: SeededRandom): {
  networks: Network[];
  initiatives: EntityRow<'initiatives'>[];
} {
  const networks: Network[] = [];
  const initiatives: EntityRow<'initiatives'>[] = [];
  for (const region of REGIONS) {
    const key = `mint-${slugify(region.place)}`;
    const network: Network = {
      key,
      name: `${region.prefix ?? 'MINT-Region'} ${region.place}`,
      state: region.state,
      kind: region.kind,
      place: shortPlace(region.place),
      initiatives: [],
    };
    networks.push(network);
    const count = rng.int(5, 12);
    const used = new Set<string>();
    for (let i = 1; i <= count; i++) {
      const kind: InitiativeKind = rng.weighted(INITIATIVE_KIND_WEIGHTS);
      let name = '';
      for (let attempt = 0; attempt < 8 && (name === '' || used.has(name)); attempt++) {
        name = rng
          .pick(INITIATIVE_TEMPLATES[kind])
          .replace('{ort}', network.place)
          .replace('{name}', rng.pick(LAST_NAMES));
      }
      if (used.has(name)) name = `${name} ${i}`;
      used.add(name);
      const ikey = `${key}-i${pad(i, 2)}`;
      network.initiatives.push(ikey);
      initiatives.push({ initiative_key: ikey, network_key: key, name, kind });
    }
  }
  return { networks, initiatives };
}

/** The networks of each state. */
export function networksByState(networks: readonly Network[]): Map<StateCode, Network[]> {
  const byState = new Map<StateCode, Network[]>();
  for (const n of networks) {
    const list = byState.get(n.state) ?? [];
    list.push(n);
    byState.set(n.state, list);
  }
  return byState;
}

export function networkRows(networks: readonly Network[]): EntityRow<'networks'>[] {
  return networks.map((n) => ({ network_key: n.key, name: n.name, state_code: n.state, kind: n.kind }));
}

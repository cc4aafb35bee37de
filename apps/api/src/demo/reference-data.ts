import { STATE_CODES, type StateCode } from '@mintq/contract';
import type { ACTIVITY_FORMATS, INITIATIVE_KINDS, NETWORK_KINDS } from '@mintq/schema';

/** Fixed reference data for the generators: German regions, names, questionnaire items, titles. */

export { STATE_CODES, type StateCode };

export type NetworkKind = (typeof NETWORK_KINDS)[number];

export interface RegionSpec {
  state: StateCode;
  /** Place name as used in the network and initiative names, e.g. `Ostalb`. */
  place: string;
  kind: NetworkKind;
  /** Name prefix; `MINT-Region` unless given. */
  prefix?: string;
}

/**
 * 150 MINT regions, roughly population-weighted over the 16 states (NW 32, BY 24, BW 20, NI 14,
 * HE 11, RP/SN/BE 7, SH/BB 5, ST/TH 4, HH/MV 3, SL/HB 2). Entries: `place|u|r|m[|prefix]`.
 */
const REGION_TABLE: Record<StateCode, string> = {
  'DE-NW':
    'Köln|u|zdi-Netzwerk;Bonn|u;Düsseldorf|u;Essen|u;Dortmund|u|zdi-Netzwerk;Bochum|m;Duisburg|u;Münster|m;Aachen|m|zdi-Netzwerk;' +
    'Bielefeld|m;Paderborn|m;Siegen-Wittgenstein|r;Hochsauerland|r;Märkischer Kreis|r;Lippe|r;Borken|r|zdi-Netzwerk;' +
    'Steinfurt|r;Kleve|r;Wesel|m;Rhein-Erft|m;Rhein-Sieg|m;Oberberg|r;Bergisches Städtedreieck|m;Mönchengladbach|u;' +
    'Krefeld|u;Gelsenkirchen|u|zdi-Netzwerk;Hamm|m;Soest|r;Gütersloh|m;Herford|m;Minden-Lübbecke|r;Düren|m',
  'DE-BY':
    'Oberfranken|r;Augsburg|m;München|u;Starnberg|m;Nürnberg|u;Fürth|u;Erlangen-Höchstadt|m;Regensburg|m;Ingolstadt|m;' +
    'Würzburg|m;Aschaffenburg|m;Passau|r;Landshut|r;Rosenheim|m;Allgäu|r;Altötting|r;Amberg-Sulzbach|r;Donau-Ries|r;' +
    'Kelheim|r;Miltenberg|r;Schweinfurt|m;Neu-Ulm|m;Traunstein|r;Weilheim-Schongau|r',
  'DE-BW':
    'Ostalb|m;Heilbronn-Franken|m;Stuttgart|u;Karlsruhe|u;Mannheim|u|MINT-Netzwerk;Heidelberg|u;Freiburg|m;Ulm|m;Konstanz|m;' +
    'Bodensee-Oberschwaben|r;Reutlingen|m;Tübingen|m;Ludwigsburg|m;Esslingen|m;Rems-Murr|m;Pforzheim-Enzkreis|m;' +
    'Schwarzwald-Baar|r;Ortenau|r;Neckar-Odenwald|r;Zollernalb|r',
  'DE-NI':
    'Emsland|r;Braunschweig|u;Hannover|u|MINT-Netzwerk;Osnabrück|m;Oldenburg|m;Göttingen|m;Lüneburg|m;Hildesheim|m;' +
    'Wolfsburg|u;Ostfriesland|r;Cuxhaven|r;Celle|r;Heidekreis|r;Grafschaft Bentheim|r',
  'DE-HE':
    'Nordhessen|r;Rhein-Main|m;Frankfurt|u;Darmstadt|u;Wiesbaden|u;Gießen|m;Marburg-Biedenkopf|r;Fulda|r;Offenbach|u;' +
    'Bergstraße|m;Vogelsberg|r',
  'DE-RP': 'Westpfalz|m;Trier|m;Mainz|u;Koblenz|m;Ludwigshafen|u;Rhein-Hunsrück|r;Eifel|r',
  'DE-SN': 'Dresden|u;Chemnitz|m;Leipzig|u;Erzgebirge|r;Vogtland|r;Zwickau|m;Oberlausitz|r',
  'DE-BE':
    'Berlin-Mitte|u;Berlin-Neukölln|u;Berlin-Spandau|u;Berlin-Marzahn-Hellersdorf|u;Berlin-Treptow-Köpenick|u;' +
    'Berlin-Steglitz-Zehlendorf|u;Berlin-Pankow|u',
  'DE-SH': 'Kiel|u;Lübeck|m;Flensburg|m;Dithmarschen|r;Nordfriesland|r',
  'DE-BB': 'Lausitz|r;Prignitz|r;Potsdam|u;Uckermark|r;Barnim|m',
  'DE-ST': 'Magdeburg|u;Harz|r;Halle (Saale)|u;Altmark|r',
  'DE-TH': 'Jena|m;Erfurt|u;Südthüringen|r;Nordthüringen|r',
  'DE-HH': 'Hamburg-Harburg|u;Hamburg-Altona|u;Hamburg-Wandsbek|u',
  'DE-MV': 'Vorpommern|r;Rostock|m;Mecklenburgische Seenplatte|r',
  'DE-SL': 'Saarbrücken|u;Saarpfalz|m',
  'DE-HB': 'Bremen|u;Bremerhaven|m',
};

const KIND_CODE: Record<string, NetworkKind> = { u: 'urban', r: 'rural', m: 'mixed' };

export const REGIONS: readonly RegionSpec[] = STATE_CODES.flatMap((state) =>
  REGION_TABLE[state].split(';').map((entry): RegionSpec => {
    const [place = '', kind = 'm', prefix] = entry.split('|');
    const spec: RegionSpec = { state, place, kind: KIND_CODE[kind] ?? 'mixed' };
    if (prefix) spec.prefix = prefix;
    return spec;
  }),
);

/** Lower-case ASCII slug: `Halle (Saale)` → `halle-saale`, `Gießen` → `giessen`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Place name for initiative names: `Berlin-Neukölln` → `Neukölln`, `Hamburg-Altona` → `Altona`. */
export function shortPlace(place: string): string {
  return place.replace(/^(Berlin|Hamburg)-/, '');
}

export const FIRST_NAMES = [
  'Anna',
  'Miriam',
  'Lena',
  'Julia',
  'Katharina',
  'Sarah',
  'Laura',
  'Sophie',
  'Hannah',
  'Lisa',
  'Johanna',
  'Franziska',
  'Christina',
  'Nina',
  'Carolin',
  'Stefanie',
  'Sandra',
  'Claudia',
  'Sabine',
  'Anke',
  'Birgit',
  'Elif',
  'Ayşe',
  'Zeynep',
  'Fatma',
  'Natalia',
  'Olga',
  'Agnieszka',
  'Marta',
  'Ioana',
  'Leonie',
  'Theresa',
  'Lukas',
  'Jonas',
  'Sven',
  'Felix',
  'Tobias',
  'Florian',
  'Sebastian',
  'Daniel',
  'Michael',
  'Thomas',
  'Andreas',
  'Markus',
  'Stefan',
  'Jan',
  'Matthias',
  'Christian',
  'Philipp',
  'Benjamin',
  'Alexander',
  'Martin',
  'Frank',
  'Jörg',
  'Uwe',
  'Mehmet',
  'Emre',
  'Can',
  'Dimitri',
  'Piotr',
  'Marco',
  'Niklas',
  'Moritz',
  'Jens',
  'Timo',
] as const;

export const LAST_NAMES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Schmitz',
  'Krause',
  'Meier',
  'Lehmann',
  'Schmid',
  'Schulze',
  'Maier',
  'Köhler',
  'Herrmann',
  'König',
  'Walter',
  'Mayer',
  'Huber',
  'Kaiser',
  'Fuchs',
  'Peters',
  'Lang',
  'Scholz',
  'Möller',
  'Weiß',
  'Jung',
  'Hahn',
  'Vogel',
  'Friedrich',
  'Keller',
  'Günther',
  'Frank',
  'Berger',
  'Winkler',
  'Roth',
  'Beck',
  'Lorenz',
  'Baumann',
  'Franke',
  'Albrecht',
  'Yilmaz',
  'Kaya',
  'Demir',
  'Şahin',
  'Öztürk',
  'Nowak',
  'Kowalski',
  'Popescu',
  'Ivanova',
  'Petrović',
  'Rossi',
] as const;

/** ASCII local part for e-mail addresses. */
export function emailLocal(first: string, last: string): string {
  const ascii = (s: string) =>
    slugify(s.replace(/ş/g, 's').replace(/ç/g, 'c').replace(/ğ/g, 'g').replace(/ı/g, 'i')).replace(/-/g, '');
  return `${ascii(first)}.${ascii(last)}`;
}

export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** Initiative name templates per kind; `{ort}` is the place, `{name}` a surname. */
export const INITIATIVE_TEMPLATES: Record<InitiativeKind, readonly string[]> = {
  school: [
    'Gymnasium {ort}',
    'Gesamtschule {ort}',
    'Realschule plus {ort}',
    'Grundschule am Markt {ort}',
    'Oberschule {ort}',
    'Berufsbildende Schule Technik {ort}',
    'Gemeinschaftsschule {ort}',
    'Lise-Meitner-Gymnasium {ort}',
    'Albert-Einstein-Schule {ort}',
    'Marie-Curie-Realschule {ort}',
    'Alexander-von-Humboldt-Gymnasium {ort}',
    'Emmy-Noether-Schule {ort}',
    'Otto-Hahn-Gymnasium {ort}',
    'Carl-Zeiss-Gymnasium {ort}',
    'Geschwister-Scholl-Schule {ort}',
  ],
  student_lab: [
    'Schülerlabor {ort}',
    'Schülerforschungszentrum {ort}',
    'MINT-Lernlabor {ort}',
    'Experimentierwerkstatt {ort}',
    'Chemie-Schülerlabor {ort}',
    'GreenLab {ort}',
  ],
  extracurricular: [
    'Robotik-AG {ort}',
    'Jugend-forscht-Stützpunkt {ort}',
    'Coding Club {ort}',
    'MINT-Ferienakademie {ort}',
    'Astronomie-Verein {ort}',
    'Kinder-Uni {ort}',
    'Naturwissenschaftlicher Verein {ort}',
    'Forscherclub {ort}',
    'Technik-Treff {ort}',
  ],
  company: [
    'Stadtwerke {ort}',
    '{name} Maschinenbau GmbH',
    '{name} Elektrotechnik GmbH & Co. KG',
    'Ausbildungswerkstatt der {name} AG',
    '{name} Software GmbH',
    'Kreishandwerkerschaft {ort}',
  ],
  university: [
    'Hochschule {ort}',
    'Technische Hochschule {ort}',
    'Universität {ort}, Didaktik der Physik',
    'Hochschule {ort}, Fachbereich Informatik',
  ],
  other: [
    'Makerspace {ort}',
    'Stadtbibliothek {ort}',
    'Volkshochschule {ort}',
    'Kreisjugendring {ort}',
    'Technikmuseum {ort}',
    'Bildungsbüro {ort}',
    'Haus der kleinen Forscher – Netzwerk {ort}',
  ],
};

export const INITIATIVE_KIND_WEIGHTS: readonly (readonly [InitiativeKind, number])[] = [
  ['school', 38],
  ['extracurricular', 20],
  ['student_lab', 12],
  ['company', 14],
  ['university', 6],
  ['other', 10],
];

export interface ItemSpec {
  code: string;
  dimension: string;
  textDe: string;
  textEn: string;
  reversed: boolean;
}

/** The Selbstanalyse: five quality dimensions, 1–5 agreement scale, some items reversed. */
export const SELF_ASSESSMENT_ITEMS: readonly ItemSpec[] = [
  [
    'ZG01',
    'Zielgruppenorientierung',
    'Unser Netzwerk kennt die Bedarfe der Kinder und Jugendlichen in der Region.',
    'Our network knows the needs of the children and young people in the region.',
  ],
  [
    'ZG02',
    'Zielgruppenorientierung',
    'Die Angebote im Netzwerk erreichen gezielt auch Mädchen und junge Frauen.',
    'The network’s offers deliberately reach girls and young women as well.',
  ],
  [
    'ZG03R',
    'Zielgruppenorientierung',
    'Bildungsbenachteiligte Jugendliche werden von unseren Angeboten kaum erreicht.',
    'Educationally disadvantaged young people are hardly reached by our offers.',
  ],
  [
    'ZG04',
    'Zielgruppenorientierung',
    'Rückmeldungen der Zielgruppen fließen regelmäßig in die Weiterentwicklung der Angebote ein.',
    'Feedback from the target groups regularly informs how the offers are developed.',
  ],
  [
    'KO01',
    'Kooperation',
    'Rollen und Zuständigkeiten der Netzwerkpartner sind klar geregelt.',
    'The roles and responsibilities of the network partners are clearly defined.',
  ],
  [
    'KO02',
    'Kooperation',
    'Schulen, außerschulische Lernorte und Unternehmen arbeiten im Netzwerk verbindlich zusammen.',
    'Schools, out-of-school learning venues and companies cooperate bindingly in the network.',
  ],
  [
    'KO03R',
    'Kooperation',
    'Die Zusammenarbeit im Netzwerk hängt stark von einzelnen Personen ab.',
    'Cooperation in the network depends heavily on individual people.',
  ],
  [
    'KO04',
    'Kooperation',
    'Wir tauschen uns regelmäßig mit anderen MINT-Netzwerken aus.',
    'We regularly exchange ideas with other STEM networks.',
  ],
  [
    'QS01',
    'Qualitätssicherung',
    'Für unsere Angebote sind Qualitätskriterien schriftlich festgehalten.',
    'Quality criteria for our offers are laid down in writing.',
  ],
  [
    'QS02',
    'Qualitätssicherung',
    'Wir überprüfen systematisch, ob die Angebote wie geplant umgesetzt werden.',
    'We systematically check whether the offers are implemented as planned.',
  ],
  [
    'QS03',
    'Qualitätssicherung',
    'Die pädagogischen Fachkräfte im Netzwerk haben Zugang zu passenden Fortbildungen.',
    'The educators in the network have access to suitable further training.',
  ],
  [
    'QS04R',
    'Qualitätssicherung',
    'Qualitätsentwicklung geschieht in unserem Netzwerk eher zufällig als geplant.',
    'Quality development in our network happens by chance rather than by plan.',
  ],
  [
    'WO01',
    'Wirkungsorientierung',
    'Für die zentralen Angebote liegt eine ausformulierte Wirkungslogik vor.',
    'A written logic model exists for the core offers.',
  ],
  [
    'WO02',
    'Wirkungsorientierung',
    'Wir haben messbare Ziele für die Wirkungen unserer Angebote formuliert.',
    'We have set measurable goals for the impact of our offers.',
  ],
  [
    'WO03',
    'Wirkungsorientierung',
    'Wir erheben regelmäßig Daten, um zu prüfen, ob wir unsere Ziele erreichen.',
    'We regularly collect data to check whether we reach our goals.',
  ],
  [
    'WO04R',
    'Wirkungsorientierung',
    'Ergebnisse von Befragungen werden bei uns kaum für Entscheidungen genutzt.',
    'Survey results hardly inform our decisions.',
  ],
  [
    'VS01',
    'Verstetigung',
    'Die Finanzierung der Netzwerkkoordination ist für die nächsten zwei Jahre gesichert.',
    'Funding for the network coordination is secured for the next two years.',
  ],
  [
    'VS02',
    'Verstetigung',
    'Erfolgreiche Angebote werden in die Regelstrukturen von Schule und Kommune überführt.',
    'Successful offers are transferred into the regular structures of schools and municipalities.',
  ],
  [
    'VS03R',
    'Verstetigung',
    'Viele Angebote enden, sobald eine Projektförderung ausläuft.',
    'Many offers end as soon as project funding runs out.',
  ],
].map(([code = '', dimension = '', textDe = '', textEn = '']) => ({
  code,
  dimension,
  textDe,
  textEn,
  reversed: code.endsWith('R'),
}));

export const DIMENSION_PREFIX: Record<string, string> = {
  Zielgruppenorientierung: 'ZG',
  Kooperation: 'KO',
  Qualitätssicherung: 'QS',
  Wirkungsorientierung: 'WO',
  Verstetigung: 'VS',
};

export type ActivityFormat = (typeof ACTIVITY_FORMATS)[number];

export const ACTIVITY_FORMAT_WEIGHTS: readonly (readonly [ActivityFormat, number])[] = [
  ['workshop', 28],
  ['consulting', 30],
  ['network_meeting', 20],
  ['training', 14],
  ['other', 8],
];

export const ACTIVITY_TITLES: Record<ActivityFormat, readonly string[]> = {
  workshop: [
    'Workshop Wirkungslogik',
    'Workshop Qualitätskriterien für MINT-Angebote',
    'Werkstatt Selbstanalyse',
    'Impact-Café mit Initiativen',
    'Workshop Ziele formulieren, Wirkung messen',
    'Workshop jugendgerechte Bildsprache',
  ],
  consulting: [
    'Beratung Wirkungslogik',
    'Beratung zur Evaluation des Ferienprogramms',
    'Einzelberatung Zielformulierung',
    'Coaching Wirkungsmessung',
    'Beratung Fragebogen für Teilnehmende',
    'Beratung Förderantrag mit Wirkungszielen',
  ],
  network_meeting: [
    'Netzwerktreffen Qualität',
    'Netzwerkkonferenz MINT',
    'Runder Tisch MINT-Bildung',
    'Sitzung der Steuerungsgruppe',
    'Netzwerktreffen Selbstanalyse',
  ],
  training: [
    'Fortbildung Selbstanalyse',
    'Lehrkräftefortbildung Wirkungsorientierung',
    'Schulung Datenerhebung und Auswertung',
    'Fortbildung Qualitätsentwicklung für Ehrenamtliche',
    'Qualifizierung Lernbegleiter:innen',
  ],
  other: [
    'Vortrag beim Regionalforum MINT',
    'Beitrag im Netzwerk-Newsletter',
    'Infostand beim MINT-Tag',
    'Interne Planung Wirkungsbericht',
    'Hospitation im Schülerlabor',
  ],
};

export interface GoalTemplate {
  title: string;
  levels: readonly number[];
  indicator: string;
  method: string;
  baseline: readonly [number, number];
  gain: readonly [number, number];
}

/** Entries: `title|staircase levels|indicator|method|baseline from-to|gain from-to`. */
const GOAL_TABLE = [
  'Wirkungslogik für das zentrale Netzwerkangebot erstellen|1,2,3|Angebote mit schriftlicher Wirkungslogik|Dokumentenanalyse|0-1|1-3',
  'Zwei Initiativen zur Wirkungsmessung beraten|2,3,4|Anzahl beratener Initiativen|Beratungsprotokolle|0-1|2-3',
  'Qualitätskriterien im Netzwerktreffen verankern|3,4|Initiativen, die die Kriterien anwenden|Protokolle der Netzwerktreffen|0-2|2-5',
  'Selbstanalyse mit drei Initiativen durchführen|2,3,4|Initiativen mit abgeschlossener Selbstanalyse|Auswertung der Selbstanalysen|0-1|2-3',
  'Feedbackbogen für Ferienkurse einführen|2,3|Ferienkurse mit Feedbackbogen|Kurzbefragung|0-2|3-6',
  'Mädchenanteil in Robotik-Angeboten erhöhen|2,5,6|Anteil Mädchen in Prozent|Teilnahmelisten|15-30|5-15',
  'Steuerungsgruppe des Netzwerks etablieren|1,3|Sitzungen der Steuerungsgruppe|Protokolle|0-0|2-4',
  'Jährlichen Wirkungsbericht des Netzwerks veröffentlichen|3,5,7|Veröffentlichter Bericht|Dokumentenanalyse|0-0|1-1',
  'Lehrkräfte zur Wirkungsorientierung fortbilden|2,4,5|Fortgebildete Lehrkräfte|Teilnahmelisten und Kurzbefragung|0-5|10-25',
  'Kooperationsvereinbarungen mit Schulen abschließen|3,5|Unterzeichnete Vereinbarungen|Dokumentenanalyse|0-3|2-5',
  'Teilnahmezahlen im Netzwerk einheitlich erfassen|1,2|Initiativen mit einheitlicher Erfassung|Abfrage bei den Initiativen|0-2|3-8',
  'Übergang Schule–Ausbildung in MINT-Angeboten stärken|4,5,6,7|Jugendliche mit Praktikum in MINT-Betrieben|Befragung der Betriebe|5-20|5-20',
];

const range = (text = ''): readonly [number, number] => {
  const [from = 0, to = from] = text.split('-').map(Number);
  return [from, to];
};

export const GOAL_TEMPLATES: readonly GoalTemplate[] = GOAL_TABLE.map((entry) => {
  const [title = '', levels = '', indicator = '', method = '', baseline, gain] = entry.split('|');
  return {
    title,
    levels: levels.split(',').map(Number),
    indicator,
    method,
    baseline: range(baseline),
    gain: range(gain),
  };
});

export const CHECKIN_NOTES: Record<number, readonly string[]> = {
  [-2]: ['Vorhaben ruht, Koordinationsstelle unbesetzt', 'Keine Fortschritte, Ziel wird neu geplant'],
  [-1]: ['Langsamer als geplant', 'Erste Schritte umgesetzt, Ziel noch nicht erreicht'],
  0: ['Ziel erreicht', 'Wie geplant umgesetzt'],
  1: ['Mehr erreicht als geplant', 'Ziel übertroffen, Initiativen sehr interessiert'],
  2: ['Deutlich übertroffen', 'Weit mehr Initiativen beteiligt als erwartet'],
};

import kommuner from './data/kommuner.json';

/** A län. */
export interface County {
  /** Two digits, e.g. `01` (Stockholms län). */
  readonly code: string;
  readonly name: string;
}

/** A kommun. */
export interface Municipality {
  /** Four digits (kommunkod), e.g. `0180` (Stockholm); the first two are the county's code. */
  readonly code: string;
  readonly name: string;
  readonly county: County;
}

interface KommunerFile {
  counties: { code: string; name: string; municipalities: { code: string; name: string }[] }[];
}

// The file lists municipalities under their county, in SCB's order (by code).
const data: KommunerFile = kommuner;

const countyList: readonly County[] = Object.freeze(
  data.counties.map(({ code, name }) => Object.freeze({ code, name })),
);

const municipalityList: readonly Municipality[] = Object.freeze(
  data.counties.flatMap((entry, index) => {
    const county = countyList[index] as County;
    return entry.municipalities.map(({ code, name }) => Object.freeze({ code, name, county }));
  }),
);

const byCode: ReadonlyMap<string, Municipality> = new Map(municipalityList.map((m) => [m.code, m]));

/** The municipality with this kommunkod (four digits, e.g. `0180`), if there is one. */
export function municipality(code: string): Municipality | undefined {
  return byCode.get(code);
}

export function isMunicipalityCode(code: string): boolean {
  return byCode.has(code);
}

/** All 290 municipalities, ordered by code. */
export function municipalities(): readonly Municipality[] {
  return municipalityList;
}

/** The county a municipality (by kommunkod) lies in. */
export function countyOf(municipalityCode: string): County | undefined {
  return byCode.get(municipalityCode)?.county;
}

/** All 21 counties, ordered by code. */
export function counties(): readonly County[] {
  return countyList;
}

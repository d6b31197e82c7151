import data from './data/af-offices.json';
import { municipality, type Municipality } from './municipalities';

/** An Arbetsförmedlingen office: reference data, never created through the API. */
export interface Office {
  /** Stable id, `af-` and the place, e.g. `af-sodertalje`. */
  readonly id: string;
  readonly name: string;
  /** The municipalities (kommunkoder) whose residents it serves. */
  readonly municipalities: readonly Municipality[];
}

const officeList: readonly Office[] = Object.freeze(
  data.offices.map(({ id, name, municipalityCodes }) =>
    Object.freeze({
      id,
      name,
      municipalities: Object.freeze(
        municipalityCodes.map((code) => {
          const served = municipality(code);
          if (!served) throw new Error(`office ${id} serves unknown kommunkod ${code}`);
          return served;
        }),
      ),
    }),
  ),
);

const byId: ReadonlyMap<string, Office> = new Map(officeList.map((office) => [office.id, office]));

/** The office with this id, if Arbetsförmedlingen has one. */
export function office(id: string): Office | undefined {
  return byId.get(id);
}

export function isOfficeId(id: string): boolean {
  return byId.has(id);
}

/** Every office on record (Stockholms län so far). */
export function offices(): readonly Office[] {
  return officeList;
}

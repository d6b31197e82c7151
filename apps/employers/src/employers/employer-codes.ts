/** Size bands by employees, as SCB groups workplaces. */
export const sizeBands = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export type SizeBand = (typeof sizeBands)[number];

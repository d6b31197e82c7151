/** `REPORTING_MIN_GROUP_SIZE`: the fewest persons a shown figure may rest on. */
export const MIN_GROUP_SIZE = Symbol('MIN_GROUP_SIZE');

/** `REPORTING_ADOPTION_TARGET`: the region's target share of offices adopting the method. */
export const ADOPTION_TARGET = Symbol('ADOPTION_TARGET');

/** `REPORTING_MIN_GROUP_SIZE`: the fewest persons a shown figure may rest on. */
export const MIN_GROUP_SIZE = Symbol('MIN_GROUP_SIZE');

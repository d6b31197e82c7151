/** Injection tokens of the kit's providers that are not classes. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const KAFKA = Symbol('KAFKA');
/** The kit's logger, as Nest's `LoggerService` interface: kit internals depend on nothing more. */
export const LOGGER = Symbol('LOGGER');

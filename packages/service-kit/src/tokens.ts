/** Injection tokens of the kit's providers that are not classes. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const KAFKA = Symbol('KAFKA');
export const KAFKA_ADMIN = Symbol('KAFKA_ADMIN');
export const LOGGER = Symbol('LOGGER');

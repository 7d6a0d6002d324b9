/** The Host contract and what every host shares: start-up detection and the evaluation session. */
export * from './contract';
export * from './startup';
export * from './session';

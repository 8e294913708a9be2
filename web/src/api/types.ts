/** The API's JSON shapes, re-exported so explorer modules import them from one place. */
export type * from '../../../src/server/api-types.js';

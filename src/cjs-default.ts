/**
 * The callable default export of a CommonJS package whose d.ts is written ESM-style. Under NodeNext
 * resolution the default import is typed as the module namespace (the function sits on
 * `.default`); under a bundler's resolution (the web tests' tsconfig) as the function itself. At
 * run time Node hands over the function in both cases, so only the type needs unwrapping.
 */
export type CjsDefault<T> = T extends { default: infer D } ? D : T;

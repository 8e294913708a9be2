import neo4j, { type Driver, type SessionConfig } from 'neo4j-driver';
import type { Neo4jConfig } from './config.js';
import { isAuthFailure, Neo4jAuthError, Neo4jUnavailableError } from './errors.js';

/** The process's one driver per configuration: drivers pool connections and are costly to create. */
const drivers = new Map<string, Driver>();

export function getDriver(config: Neo4jConfig): Driver {
  // The password is part of the key: a driver made with a wrong one must not serve a corrected configuration.
  const id = `${config.uri}|${config.user}|${config.password}`;
  let driver = drivers.get(id);
  if (!driver) {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      // Integers arrive as JS numbers only where safe; see plain.ts for the API edge.
      disableLosslessIntegers: false,
      maxTransactionRetryTime: 30_000,
      connectionAcquisitionTimeout: 20_000,
    });
    drivers.set(id, driver);
  }
  return driver;
}

/** Fails fast with a message a user can act on when the server is down or the password is wrong. */
export async function verifyNeo4j(config: Neo4jConfig): Promise<Driver> {
  const driver = getDriver(config);
  try {
    await driver.verifyConnectivity(config.database ? { database: config.database } : {});
  } catch (error) {
    if (isAuthFailure((error as { code?: string }).code ?? '')) throw new Neo4jAuthError(config.uri, config.user, error);
    throw new Neo4jUnavailableError(config.uri, error);
  }
  return driver;
}

/** Session options for the configured database; every session in papergraph goes through this. */
export function sessionConfig(config: Neo4jConfig, mode: 'READ' | 'WRITE'): SessionConfig {
  const options: SessionConfig = { defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE };
  if (config.database) options.database = config.database;
  return options;
}

export async function closeDrivers(): Promise<void> {
  const all = [...drivers.values()];
  drivers.clear();
  await Promise.all(all.map((d) => d.close()));
}

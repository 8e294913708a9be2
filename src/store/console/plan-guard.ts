import { ConsoleError, READ_ONLY } from './errors.js';
import { isAllowedProcedure } from './static-guard.js';

/** The parts of an EXPLAIN summary the guard reads (neo4j-driver's ResultSummary has them). */
export interface PlannedQuery {
  queryType: string;
  plan: PlanOperator | false;
}

export interface PlanOperator {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

/**
 * Judges a query by Neo4j's own plan, which sees through any spelling the lexical check might
 * miss: the query type must be `r` (no writes `w`/`rw`, no schema changes `s`), every procedure
 * call must be on the allow-list, and no operator may read files, run nested transactions or
 * show/terminate what other sessions do.
 */
export function checkPlan(summary: PlannedQuery): void {
  if (summary.queryType !== 'r') {
    const what = { w: 'writes to the graph', rw: 'reads and writes the graph', s: 'changes the schema' }[summary.queryType] ?? `is of type ${summary.queryType}`;
    throw new ConsoleError(400, `${READ_ONLY}: this query ${what}.`);
  }
  if (summary.plan) visit(summary.plan);
}

function visit(operator: PlanOperator): void {
  const type = operator.operatorType.replace(/@.*$/, '');
  if (type === 'ProcedureCall') {
    const details = String(operator.arguments.Details ?? '');
    const name = details.slice(0, details.indexOf('(')).replace(/`/g, '').trim();
    if (!isAllowedProcedure(name)) throw new ConsoleError(400, `Procedure ${name || details} is not allowed in the console.`);
  } else if (type === 'LoadCSV') {
    throw new ConsoleError(400, `${READ_ONLY}: LOAD CSV is not allowed.`);
  } else if (type.startsWith('Transaction')) {
    throw new ConsoleError(400, `${READ_ONLY}: CALL { … } IN TRANSACTIONS is not allowed.`);
  } else if (/^(Show|Terminate)/.test(type)) {
    throw new ConsoleError(400, `${READ_ONLY}: administration commands are not allowed.`);
  }
  operator.children.forEach(visit);
}

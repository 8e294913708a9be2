// papergraph schema: constraints and indexes, applied on every load (`papergraph load`).
// Every statement is idempotent (IF NOT EXISTS); statements end with ";" at the end of a line.
// See cypher/README.md for the graph model these constraints protect.

// One node per paper: the reader's stable id (arXiv id, or "t-" + hash of the normalised title).
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;

// Every entity carries :Entity plus its type label. The same key may exist under two types
// ("longbench" as a Benchmark and as a Dataset), so keys are unique per type label, and uid
// ("<Type>:<key>") is unique across all entities.
CREATE CONSTRAINT entity_uid IF NOT EXISTS FOR (e:Entity) REQUIRE e.uid IS UNIQUE;
CREATE CONSTRAINT model_key IF NOT EXISTS FOR (e:Model) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT benchmark_key IF NOT EXISTS FOR (e:Benchmark) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT dataset_key IF NOT EXISTS FOR (e:Dataset) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT technique_key IF NOT EXISTS FOR (e:Technique) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (e:Task) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT metric_key IF NOT EXISTS FOR (e:Metric) REQUIRE e.key IS UNIQUE;

// A reported result: "<paper id>#<index in the paper's results>".
CREATE CONSTRAINT result_key IF NOT EXISTS FOR (r:Result) REQUIRE r.key IS UNIQUE;

// "Recently introduced" and time-window queries filter on the publication date.
CREATE INDEX paper_published IF NOT EXISTS FOR (p:Paper) ON (p.published);

// Full-text search: papers by title/abstract, entities by name and every alias. Eventually
// consistent: a commit queues its index updates for a background thread instead of applying them
// itself (~12% of a load's query thread), so a search may lag a write by a moment; a load waits for
// the indexes to catch up before it returns (see cypher/README.md, "Load benchmark").
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};

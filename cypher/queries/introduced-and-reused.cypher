// Question: What does a paper introduce, and which other papers use, evaluate or mention it? (Without a paper: the most reused introductions.)
// Parameter: paper (string, default null) - a paper id (an arXiv id such as "2407.01523", or the "t-..." id of a paper without one) or its exact title, any case; null = every paper
// Parameter: limit (integer, default 25) - at most this many introduced entities
// Example: papergraph query --saved introduced-and-reused --param paper="LongBench: A Bilingual, Multitask Benchmark for Long Context Understanding"
MATCH (p:Paper)-[:INTRODUCES]->(e:Entity)
WHERE $paper IS NULL OR p.id = $paper OR toLower(p.title) = toLower($paper)
WITH p, e, [(q:Paper)-[r:INTRODUCES|EVALUATES|USES|MENTIONS]->(e) WHERE q <> p | {paper: q.id, title: q.title, role: toLower(type(r))}] AS reusedBy
RETURN p.id AS paper, p.title AS title, e.name AS introduces, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       size(reusedBy) AS reuses, reusedBy[..10] AS reusedBy
ORDER BY reuses DESC, paper, introduces
LIMIT $limit

// Question: Which papers are related to a paper through the entities they share, rare shared entities counting more than common ones?
// Parameter: paper (string, required) - a paper id (an arXiv id such as "2407.01523", or the "t-..." id of a paper without one) or its exact title, any case
// Parameter: limit (integer, default 10) - at most this many related papers
// Example: papergraph query --saved related-papers --param paper="LongBench: A Bilingual, Multitask Benchmark for Long Context Understanding"
// score = sum over shared entities of ln(N / df): N papers in the graph, df papers naming the entity (an IDF weight);
// entities named by this paper only (df = 1) connect nothing and are skipped.
CALL { MATCH (x:Paper) RETURN count(x) AS n }
MATCH (p:Paper) WHERE p.id = $paper OR toLower(p.title) = toLower($paper)
MATCH (p)-[:INTRODUCES|EVALUATES|USES|MENTIONS]->(e:Entity)
WITH DISTINCT n, p, e
WITH n, p, e, COUNT { MATCH (e)<-[:INTRODUCES|EVALUATES|USES|MENTIONS]-(x:Paper) RETURN DISTINCT x } AS df
WHERE df > 1
MATCH (e)<-[:INTRODUCES|EVALUATES|USES|MENTIONS]-(q:Paper)
WHERE q <> p
WITH DISTINCT q, e, log(toFloat(n) / df) AS weight
ORDER BY weight DESC
WITH q, sum(weight) AS score, collect(e.name) AS shared
RETURN q.id AS paper, q.title AS title, round(score, 3) AS score, shared[..8] AS shared
ORDER BY score DESC, paper
LIMIT $limit

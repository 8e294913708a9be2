// Question: Which papers evaluate on (or introduce) a given benchmark, with the sentence that says so and what they report on it?
// Parameter: benchmark (string, required) - the benchmark as written, e.g. "LongBench" or "long bench" (matched by normalised key or by any alias in any case, as Benchmark or Dataset)
// Parameter: limit (integer, default 25) - at most this many papers
// Example: papergraph query --saved papers-evaluating-benchmark --param benchmark=LongBench
WITH reduce(k = '', c IN split(toLower($benchmark), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}+]' THEN c ELSE '' END) AS key
MATCH (b:Entity) WHERE b.uid IN ['Benchmark:' + key, 'Dataset:' + key]
   OR ((b:Benchmark OR b:Dataset) AND any(a IN b.aliases WHERE toLower(a) = toLower(trim($benchmark))))
MATCH (p:Paper)-[r:EVALUATES|INTRODUCES]->(b)
RETURN p.id AS paper, p.title AS title, p.published AS published, toLower(type(r)) AS role, r.evidence[0] AS evidence,
       [(p)-[:REPORTS]->(res:Result)-[:ON]->(b) | res.subject + ' ' + toString(res.value) + coalesce(res.unit, '') + coalesce(' ' + res.metric, '')] AS results
ORDER BY size(results) DESC, published DESC, paper
LIMIT $limit

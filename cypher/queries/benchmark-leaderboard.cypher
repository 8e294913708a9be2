// Question: What is a benchmark's leaderboard: every reported result on it, best first, with the paper and sentence it comes from?
// Parameter: benchmark (string, required) - the benchmark as written, e.g. "LongBench" or "NIAH" (matched by normalised key, or by any alias in any case)
// Parameter: metric (string, default null) - only results measured by this metric, e.g. "accuracy" or "F1" (key or alias); null = all metrics
// Parameter: limit (integer, default 20) - at most this many results
// Example: papergraph query --saved benchmark-leaderboard --param benchmark=LongBench --param metric=accuracy
// Values are sorted high to low within each metric and unit; for lower-is-better metrics (perplexity, error rate) read
// from the bottom. Only scores are listed, as on the explorer's leaderboard: a result in %, points, "out of N" or no unit,
// not marked `change` (a margin or gain, "+7.7%", "by 3.2 points"); a time, a token count or a 3x speed-up is no score.
WITH reduce(k = '', c IN split(toLower($benchmark), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}+]' THEN c ELSE '' END) AS key,
     reduce(k = '', c IN split(toLower(coalesce($metric, '')), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}+]' THEN c ELSE '' END) AS metricKey
MATCH (b:Entity) WHERE b.uid IN ['Benchmark:' + key, 'Dataset:' + key]
   OR ((b:Benchmark OR b:Dataset) AND any(a IN b.aliases WHERE toLower(a) = toLower(trim($benchmark))))
MATCH (p:Paper)-[:REPORTS]->(res:Result)-[:ON]->(b)
WHERE res.change IS NULL AND (res.unit IS NULL OR res.unit IN ['%', 'points'] OR res.unit =~ 'out of [0-9]+')
OPTIONAL MATCH (res)-[:MEASURED_BY]->(m:Metric)
WITH p, res, m, metricKey WHERE metricKey = '' OR m.key = metricKey OR any(a IN m.aliases WHERE toLower(a) = toLower(trim($metric)))
OPTIONAL MATCH (res)-[:OF]->(s:Entity)
RETURN coalesce(s.name, res.subject) AS subject, res.value AS value, res.unit AS unit, coalesce(m.name, res.metric) AS metric,
       res.comparedTo AS comparedTo, p.id AS paper, p.title AS title, res.evidence AS evidence
ORDER BY metric, unit, value DESC, subject
LIMIT $limit

// Question: Which models are evaluated by the most papers (optionally counting every variant towards its family)?
// Parameter: families (boolean, default false) - true = count "Qwen2-VL 7B" and "Qwen2-VL 72B" as their family "Qwen2-VL" (the direct family: "Gemini 1.5 Pro" counts as Gemini 1.5, not Gemini)
// Parameter: limit (integer, default 20) - at most this many models
// Example: papergraph query --saved most-evaluated-models --param families=true --param limit=10
MATCH (p:Paper)-[:EVALUATES]->(m:Model)
OPTIONAL MATCH (m)-[:VARIANT_OF]->(f:Model)
WITH p, CASE WHEN $families THEN coalesce(f, m) ELSE m END AS model
WITH model, count(DISTINCT p) AS papers, collect(DISTINCT p.title)[..3] AS examples
RETURN model.name AS model, papers, examples
ORDER BY papers DESC, model
LIMIT $limit

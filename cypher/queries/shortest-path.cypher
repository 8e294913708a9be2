// Question: How are two concepts connected: the shortest chain of papers and entities between them?
// Parameter: from (string, required) - an entity as written, e.g. "FlashAttention" or "RoPE" (matched by normalised key or by any alias in any case, any type)
// Parameter: to (string, required) - another entity, e.g. "LongBench" (matched as `from` is)
// Parameter: limit (integer, default 3) - at most this many paths (one per pair of matching entities)
// Example: papergraph query --saved shortest-path --param from=FlashAttention --param to=LongBench
// Paths follow paper-entity links in either direction and model families, at most 10 hops.
WITH [t IN ['Model', 'Benchmark', 'Dataset', 'Technique', 'Task', 'Metric'] |
        t + ':' + reduce(k = '', c IN split(toLower($from), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}+]' THEN c ELSE '' END)] AS fromUids,
     [t IN ['Model', 'Benchmark', 'Dataset', 'Technique', 'Task', 'Metric'] |
        t + ':' + reduce(k = '', c IN split(toLower($to), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}+]' THEN c ELSE '' END)] AS toUids
MATCH (a:Entity) WHERE a.uid IN fromUids OR any(x IN a.aliases WHERE toLower(x) = toLower(trim($from)))
MATCH (b:Entity) WHERE (b.uid IN toUids OR any(x IN b.aliases WHERE toLower(x) = toLower(trim($to)))) AND b <> a
MATCH path = shortestPath((a)-[:INTRODUCES|EVALUATES|USES|MENTIONS|VARIANT_OF*..10]-(b))
RETURN [x IN nodes(path) | coalesce(x.name, x.title)] AS steps,
       [r IN relationships(path) | toLower(type(r))] AS links, length(path) AS hops, path
ORDER BY hops
LIMIT $limit

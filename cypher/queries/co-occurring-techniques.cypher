// Question: Which techniques appear in the same papers as a given technique, and how strongly do they go together?
// Parameter: technique (string, required) - the technique as written, e.g. "RoPE" or "rotary position embedding" (matched by normalised key, or by any alias in any case)
// Parameter: limit (integer, default 20) - at most this many techniques
// Example: papergraph query --saved co-occurring-techniques --param technique=RoPE
// together = papers naming both; share = together / papers naming the other technique (1.0 = it never appears without this one).
WITH reduce(k = '', c IN split(toLower($technique), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}+]' THEN c ELSE '' END) AS key
MATCH (t:Technique) WHERE t.key = key OR any(a IN t.aliases WHERE toLower(a) = toLower(trim($technique)))
MATCH (t)<-[:INTRODUCES|EVALUATES|USES|MENTIONS]-(p:Paper)-[:INTRODUCES|EVALUATES|USES|MENTIONS]->(other:Technique)
WHERE other <> t
WITH other, count(DISTINCT p) AS together
WITH other, together, COUNT { MATCH (other)<-[:INTRODUCES|EVALUATES|USES|MENTIONS]-(x:Paper) RETURN DISTINCT x } AS papersWithOther
RETURN other.name AS technique, together, papersWithOther, round(toFloat(together) / papersWithOther, 3) AS share
ORDER BY together DESC, share DESC, technique
LIMIT $limit

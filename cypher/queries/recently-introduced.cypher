// Question: Which entities were introduced recently (first introduced by a paper published in the window), and are they picked up yet? Needs dated papers (arXiv Atom or metadata); trending-page text has no dates.
// Parameter: days (integer, default 90) - the window: this many days back from the newest published paper in the graph
// Parameter: since (date, default null) - or an explicit start date YYYY-MM-DD, which overrides days
// Parameter: limit (integer, default 25) - at most this many entities
// Example: papergraph query --saved recently-introduced --param days=30
// Papers without a published date (e.g. from the trending-page text) are not dated, so they never count as recent.
CALL { MATCH (x:Paper) WHERE x.published IS NOT NULL RETURN max(x.published) AS newest }
WITH CASE WHEN $since IS NULL THEN newest - duration({days: $days}) ELSE date($since) END AS start
MATCH (p:Paper)-[:INTRODUCES]->(e:Entity)
WHERE p.published IS NOT NULL
WITH start, e, min(p.published) AS introduced
WHERE introduced >= start
MATCH (first:Paper)-[:INTRODUCES]->(e) WHERE first.published = introduced
WITH e, introduced, min(first.id) AS paper
RETURN e.name AS entity, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, introduced, paper,
       COUNT { MATCH (e)<-[:INTRODUCES|EVALUATES|USES|MENTIONS]-(q:Paper) WHERE q.id <> paper RETURN DISTINCT q } AS reusedBy
ORDER BY introduced DESC, reusedBy DESC, entity
LIMIT $limit

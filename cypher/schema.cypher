// Schema of the knowledge graph: one uniqueness constraint on `id` per label of the model (and one
// on the audit trail's counter node, below them, which is not a model label), the range indexes
// lookups use, and one full-text index over the entities' names, aliases and descriptions.
// Every statement is idempotent (IF NOT EXISTS), so it can be re-applied.

CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT leader_id IF NOT EXISTS FOR (n:Leader) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ministry_id IF NOT EXISTS FOR (n:Ministry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT facility_id IF NOT EXISTS FOR (n:Facility) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;

// Not a model label: the one counter node (id 0) every audited write MERGEs to number its Change
// record. Unique, so two service instances making their first change at once cannot make two.
CREATE CONSTRAINT audit_seq_id IF NOT EXISTS FOR (n:_AuditSeq) REQUIRE n.id IS UNIQUE;

// Lookups by name (GraphQL `where: {name: …}`, sort by name) on every entity label.
CREATE INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title);
CREATE INDEX document_published_at IF NOT EXISTS FOR (n:Document) ON (n.publishedAt);
CREATE INDEX state_name IF NOT EXISTS FOR (n:State) ON (n.name);
CREATE INDEX leader_name IF NOT EXISTS FOR (n:Leader) ON (n.name);
CREATE INDEX ministry_name IF NOT EXISTS FOR (n:Ministry) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX agreement_name IF NOT EXISTS FOR (n:Agreement) ON (n.name);
CREATE INDEX facility_name IF NOT EXISTS FOR (n:Facility) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON (n.name);

// Lookups by date, year and kind (timelines, "agreements of 2022", "all memoranda").
CREATE INDEX agreement_date IF NOT EXISTS FOR (n:Agreement) ON (n.date);
CREATE INDEX agreement_year IF NOT EXISTS FOR (n:Agreement) ON (n.year);
CREATE INDEX agreement_kind IF NOT EXISTS FOR (n:Agreement) ON (n.kind);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX facility_kind IF NOT EXISTS FOR (n:Facility) ON (n.kind);

// Full-text search over every entity label (not Document, whose text would drown the names).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:State|Leader|Ministry|Organization|Agreement|Facility|Place|Event|Topic)
ON EACH [n.name, n.aliases, n.description];

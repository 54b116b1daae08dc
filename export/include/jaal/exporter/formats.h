// The formats besides GraphML that `jaal export` writes: Gephi's timeline, Neo4j bulk import,
// Cytoscape.js, Graphviz, RDF and edge-per-line JSON. Contracts in one place, docs in docs/export.md.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>

#include "jaal/core/status.h"
#include "jaal/exporter/graphml.h"
#include "jaal/graph/knowledge_graph.h"

namespace jaal::exporter {

// Every writer: nodes n<k> / edges e<k> are positions in this export (entity_id / edge_id carry the
// stable jaal ids); invalid UTF-8 becomes U+FFFD; IoError (naming the format) when the stream fails,
// also when it throws; a view's read error as it is. Each takes a GraphView (streamed from the store
// or over an in-memory graph) or, for convenience, a KnowledgeGraph. Text rules: docs/export.md.

/// GEXF 1.2 (namespace http://www.gexf.net/1.2draft, the version Gephi, networkx and the schema in
/// libjgrapht-java share) with mode="dynamic" and timeformat="date": each dated edge has start/end
/// spanning its date's period (2024-06 -> 2024-06-01..2024-06-30), each node the span of its dated
/// edges, so Gephi's timeline plays the events. Typed node and edge attributes as in GraphML.
Status WriteGexf(const GraphView& graph, std::ostream& out);
Status WriteGexf(const graph::KnowledgeGraph& graph, std::ostream& out);

/// Cytoscape.js JSON: {"elements": {"nodes": [{"data": {"id": "n0", "label": ...}}], "edges":
/// [{"data": {"id": "e0", "source": "n0", "target": "n1", ...}}]}}, attributes as in GraphML with
/// numbers and booleans typed. Example: `cy.json(JSON.parse(text))` or `cytoscape({elements})`.
Status WriteCytoscapeJson(const GraphView& graph, std::ostream& out);
Status WriteCytoscapeJson(const graph::KnowledgeGraph& graph, std::ostream& out);

/// Graphviz DOT: a digraph with quoted entity ids, the name (and the Devanagari name on a second
/// line) as label, shape and colour by entity type, the relation (and date) as edge label, and a
/// font with Devanagari coverage. Example: `jaal export --format dot | dot -Tsvg > graph.svg`.
Status WriteDot(const GraphView& graph, std::ostream& out);
Status WriteDot(const graph::KnowledgeGraph& graph, std::ostream& out);

/// N-Triples: entities at https://jaal.invalid/entity/<percent-encoded id> with rdf:type and
/// rdfs:label (@en name, @hi Devanagari name); each edge a resource https://jaal.invalid/edge/<id>
/// with jaal:subject/object/relation and jaal:date typed xsd:date, xsd:gYearMonth or xsd:gYear.
Status WriteNTriples(const GraphView& graph, std::ostream& out);
Status WriteNTriples(const graph::KnowledgeGraph& graph, std::ostream& out);

/// One JSON object per line per edge: its fields, subject/object ids and names, and every piece of
/// evidence. Example: `jq -c 'select(.relation == "ASSAULT")'`.
Status WriteEdgesJsonl(const GraphView& graph, std::ostream& out);
Status WriteEdgesJsonl(const graph::KnowledgeGraph& graph, std::ostream& out);

/// The nodes file of `neo4j-admin database import`: id:ID, :LABEL (Entity;Person ...), name,
/// name_hi, aliases:string[] (";"-delimited), wikidata, type. RFC 4180 quoting.
Status WriteNeo4jNodes(const GraphView& graph, std::ostream& out);
Status WriteNeo4jNodes(const graph::KnowledgeGraph& graph, std::ostream& out);
/// The relationships file: :START_ID, :END_ID, :TYPE (the relation), date:date (full dates only;
/// others in date_text), mode, predicate, modality, mentions:int, articles:int,
/// attributed_to:string[], edge_id.
Status WriteNeo4jRelationships(const GraphView& graph, std::ostream& out);
Status WriteNeo4jRelationships(const graph::KnowledgeGraph& graph, std::ostream& out);
/// Both files as `dir`/nodes.csv and `dir`/relationships.csv, creating `dir` if needed. Each file is
/// written beside its target and renamed, so a failure never leaves half a file.
Status WriteNeo4jCsv(const GraphView& graph, const std::filesystem::path& dir);
Status WriteNeo4jCsv(const graph::KnowledgeGraph& graph, const std::filesystem::path& dir);

/// Runs `write` on a stream to `path`.tmp and renames that over `path` only when it succeeded, so a
/// failed export never leaves half a file. IoError naming `path` when it cannot be opened, written
/// or renamed; the Status of `write` (with `path` as context) when that fails.
/// Example: `WriteFileAtomically("g.gexf", [&](std::ostream& o) { return WriteGexf(g, o); })`.
Status WriteFileAtomically(const std::filesystem::path& path, const std::function<Status(std::ostream&)>& write);

}  // namespace jaal::exporter

// GraphML for Gephi, Cytoscape, networkx and igraph, written by a streaming writer of our own.
#pragma once

#include <ostream>

#include "jaal/core/status.h"
#include "jaal/exporter/graph_view.h"
#include "jaal/graph/knowledge_graph.h"

namespace jaal::exporter {

/// Writes `graph` as GraphML 1.0 to `out`: keys declared per domain with attr.name/attr.type,
/// nodes before edges, ids n<k>/e<k>, XML-escaped text with invalid UTF-8 and control characters
/// removed. IoError when the stream fails.
Status WriteGraphml(const GraphView& graph, std::ostream& out);
Status WriteGraphml(const graph::KnowledgeGraph& graph, std::ostream& out);

}  // namespace jaal::exporter

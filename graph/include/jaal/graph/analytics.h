// Small questions the CLI asks of a KnowledgeGraph: how connected each actor is, and who is near one.
#pragma once

#include <string_view>
#include <vector>

#include "jaal/graph/knowledge_graph.h"

namespace jaal::graph {

/// In-degree plus out-degree of every vertex, indexed by vertex index (a self-loop counts twice).
/// Example: `Degrees(g)[*g.FindVertex("country:KP")]`.
std::vector<int> Degrees(const KnowledgeGraph& graph);

/// The subgraph induced by the entities at most `depth` hops from `entity_id`, following edges in
/// either direction: every edge of `graph` whose two endpoints are both within reach is kept
/// (parallel edges included). Vertices and edges keep their relative order from `graph`.
/// Depth 0 (or less) gives the entity alone; an unknown id gives an empty graph.
KnowledgeGraph Neighbourhood(const KnowledgeGraph& graph, std::string_view entity_id, int depth);

}  // namespace jaal::graph

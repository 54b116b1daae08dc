// Small questions the CLI asks of a KnowledgeGraph: how connected each actor is, and who is near one.
#pragma once

#include <cstddef>
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

/// Hops from `entity_id` to every vertex, following edges in either direction, indexed by vertex
/// index; -1 where unreached (everywhere for an unknown id). Example: `HopDistances(g, "country:KP")`.
std::vector<int> HopDistances(const KnowledgeGraph& graph, std::string_view entity_id);

/// Every shortest path between two entities, ignoring edge direction, as vertex sequences that
/// start at `from_id` and end at `to_id`; at most `max_paths` of them, in vertex-index order.
/// Parallel edges do not multiply paths. Empty when the two are not connected or an id is
/// unknown; one one-vertex path when the ids are equal.
std::vector<std::vector<KnowledgeGraph::Vertex>> ShortestPaths(const KnowledgeGraph& graph, std::string_view from_id,
                                                               std::string_view to_id, std::size_t max_paths);

/// PageRank of every vertex (boost::graph::page_rank), indexed by vertex index, summing to 1 when
/// the graph has vertices. Edges point subject -> object; symmetric relations (CONSULT, AGREE,
/// COOPERATE) point both ways; each parallel edge counts. An actor with no outgoing edge passes
/// nothing on (Boost's formulation), so scores rank actors rather than model a random surfer.
std::vector<double> PageRank(const KnowledgeGraph& graph, double damping = 0.85, int iterations = 50);

/// Betweenness centrality (boost::brandes_betweenness_centrality) of every vertex, indexed by
/// vertex index, on the undirected simple graph underneath (direction ignored, parallel edges
/// and self-loops dropped): for each pair of other vertices, the share of their shortest paths
/// through the vertex, summed over unordered pairs. Example: in a-b-c, b scores 1. O(V*E).
std::vector<double> Betweenness(const KnowledgeGraph& graph);

}  // namespace jaal::graph

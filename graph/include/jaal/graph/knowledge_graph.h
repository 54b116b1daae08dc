// The in-memory graph a command needs (a filter, a neighbourhood, a time window), built from
// records the store returned; the store stays the source of truth.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>

#include "jaal/core/model.h"

namespace jaal::graph {

/// A directed multigraph: vertices carry an Entity, edges an Edge (bundled properties).
class KnowledgeGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Edge>;
  using Vertex = Graph::vertex_descriptor;
  using EdgeDescriptor = Graph::edge_descriptor;

  /// Adds `entity`, or returns the vertex that already has its id.
  Vertex AddEntity(const Entity& entity);
  /// Adds `edge` between the vertices of its subject and object ids; false (and nothing added)
  /// when either endpoint has not been added.
  bool AddEdge(const Edge& edge);

  std::optional<Vertex> FindVertex(std::string_view entity_id) const;
  const Graph& graph() const { return graph_; }
  std::size_t num_entities() const { return boost::num_vertices(graph_); }
  std::size_t num_edges() const { return boost::num_edges(graph_); }

 private:
  Graph graph_;
  std::unordered_map<std::string, Vertex> vertex_by_id_;
};

}  // namespace jaal::graph

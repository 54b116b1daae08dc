// Keeps entity ids unique in the Boost graph so edges can be attached by id alone.
#include "jaal/graph/knowledge_graph.h"

namespace jaal::graph {

KnowledgeGraph::Vertex KnowledgeGraph::AddEntity(const Entity& entity) {
  if (auto it = vertex_by_id_.find(entity.id); it != vertex_by_id_.end()) return it->second;
  Vertex v = boost::add_vertex(entity, graph_);
  vertex_by_id_.emplace(entity.id, v);
  return v;
}

bool KnowledgeGraph::AddEdge(const Edge& edge) {
  std::optional<Vertex> from = FindVertex(edge.subject_id);
  std::optional<Vertex> to = FindVertex(edge.object_id);
  // Creating placeholder vertices here would put entities without names into exports; the
  // caller decides which entities belong in the graph.
  if (!from || !to) return false;
  boost::add_edge(*from, *to, edge, graph_);
  return true;
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::FindVertex(std::string_view entity_id) const {
  // std::unordered_map<std::string, ...> has no heterogeneous find without a custom hasher;
  // one short string copy per lookup is cheaper than changing the header's member type.
  auto it = vertex_by_id_.find(std::string(entity_id));
  if (it == vertex_by_id_.end()) return std::nullopt;
  return it->second;
}

}  // namespace jaal::graph

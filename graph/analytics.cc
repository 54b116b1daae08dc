// Degree and neighbourhood queries over KnowledgeGraph, shared by `jaal stats`, `jaal query` and export.
#include "jaal/graph/analytics.h"

#include <cstddef>
#include <deque>

#include <boost/range/iterator_range.hpp>

namespace jaal::graph {

std::vector<int> Degrees(const KnowledgeGraph& graph) {
  const KnowledgeGraph::Graph& g = graph.graph();
  std::vector<int> degrees(boost::num_vertices(g), 0);
  for (KnowledgeGraph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    degrees[v] = static_cast<int>(boost::in_degree(v, g) + boost::out_degree(v, g));
  }
  return degrees;
}

KnowledgeGraph Neighbourhood(const KnowledgeGraph& graph, std::string_view entity_id, int depth) {
  KnowledgeGraph result;
  std::optional<KnowledgeGraph::Vertex> start = graph.FindVertex(entity_id);
  if (!start) return result;

  const KnowledgeGraph::Graph& g = graph.graph();
  // A plain BFS rather than boost::breadth_first_search: the Boost visitor walks out-edges only,
  // and a news graph's direction (who accused whom) must not decide who counts as a neighbour.
  constexpr int kUnreached = -1;
  std::vector<int> hops(boost::num_vertices(g), kUnreached);
  std::deque<KnowledgeGraph::Vertex> queue{*start};
  hops[*start] = 0;
  auto visit = [&](KnowledgeGraph::Vertex from, KnowledgeGraph::Vertex to) {
    if (hops[to] != kUnreached) return;
    hops[to] = hops[from] + 1;
    queue.push_back(to);
  };
  while (!queue.empty()) {
    KnowledgeGraph::Vertex v = queue.front();
    queue.pop_front();
    if (hops[v] >= depth) continue;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) visit(v, boost::target(e, g));
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) visit(v, boost::source(e, g));
  }

  // Vertex order, not BFS order, so the same query always yields the same vertex numbering.
  for (KnowledgeGraph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (hops[v] != kUnreached) result.AddEntity(g[v]);
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (hops[boost::source(e, g)] != kUnreached && hops[boost::target(e, g)] != kUnreached) {
      result.AddEdge(g[e]);
    }
  }
  return result;
}

}  // namespace jaal::graph

// Hop distances and shortest paths that ignore direction: who is near whom, and how they connect.
#include <algorithm>
#include <deque>

#include <boost/range/iterator_range.hpp>

#include "jaal/graph/analytics.h"

namespace jaal::graph {
namespace {

using Vertex = KnowledgeGraph::Vertex;

// Distinct neighbours in either direction, in vertex-index order, so parallel edges and the
// order edges were added in never change an answer.
std::vector<Vertex> UndirectedNeighbours(const KnowledgeGraph::Graph& g, Vertex v) {
  std::vector<Vertex> out;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) out.push_back(boost::target(e, g));
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) out.push_back(boost::source(e, g));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

std::vector<int> HopDistances(const KnowledgeGraph& graph, std::string_view entity_id) {
  const KnowledgeGraph::Graph& g = graph.graph();
  std::vector<int> hops(boost::num_vertices(g), -1);
  std::optional<Vertex> start = graph.FindVertex(entity_id);
  if (!start) return hops;
  // Our own BFS: boost::breadth_first_search walks out-edges only, and who acted on whom must
  // not decide who is near.
  std::deque<Vertex> queue{*start};
  hops[*start] = 0;
  while (!queue.empty()) {
    Vertex v = queue.front();
    queue.pop_front();
    auto visit = [&](Vertex to) {
      if (hops[to] != -1) return;
      hops[to] = hops[v] + 1;
      queue.push_back(to);
    };
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) visit(boost::target(e, g));
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) visit(boost::source(e, g));
  }
  return hops;
}

std::vector<std::vector<Vertex>> ShortestPaths(const KnowledgeGraph& graph, std::string_view from_id,
                                               std::string_view to_id, std::size_t max_paths) {
  std::vector<std::vector<Vertex>> paths;
  std::optional<Vertex> from = graph.FindVertex(from_id);
  std::optional<Vertex> to = graph.FindVertex(to_id);
  if (!from || !to || max_paths == 0) return paths;
  const std::vector<int> from_hops = HopDistances(graph, from_id);
  const std::vector<int> to_hops = HopDistances(graph, to_id);
  const int length = from_hops[*to];
  if (length < 0) return paths;
  // A vertex lies on a shortest path exactly when its distances to both ends add up to the
  // length; walking only such vertices, one hop nearer `to` each step, enumerates every path.
  const KnowledgeGraph::Graph& g = graph.graph();
  std::vector<Vertex> current{*from};
  auto walk = [&](auto& self, Vertex v) -> void {
    if (paths.size() >= max_paths) return;
    if (v == *to) {
      paths.push_back(current);
      return;
    }
    for (Vertex w : UndirectedNeighbours(g, v)) {
      if (from_hops[w] != from_hops[v] + 1 || to_hops[w] != to_hops[v] - 1) continue;
      current.push_back(w);
      self(self, w);
      current.pop_back();
      if (paths.size() >= max_paths) return;
    }
  };
  walk(walk, *from);
  return paths;
}

}  // namespace jaal::graph

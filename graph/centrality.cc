// Centrality scores for `jaal rank`: Boost's PageRank and Brandes betweenness on the views of a
// KnowledgeGraph that each measure needs.
#include <algorithm>
#include <numeric>
#include <utility>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/range/iterator_range.hpp>

#include "jaal/graph/analytics.h"

namespace jaal::graph {

std::vector<double> PageRank(const KnowledgeGraph& graph, double damping, int iterations) {
  const KnowledgeGraph::Graph& g = graph.graph();
  const std::size_t n = boost::num_vertices(g);
  std::vector<double> rank(n, 0.0);
  if (n == 0) return rank;
  // A bare copy with symmetric relations doubled: "A met B" lends weight both ways, and the
  // bundled Edge (with its evidence) need not be copied.
  using Plain = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Plain plain(n);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    auto s = boost::source(e, g), t = boost::target(e, g);
    boost::add_edge(s, t, plain);
    if (IsSymmetric(g[e].relation) && s != t) boost::add_edge(t, s, plain);
  }
  boost::graph::page_rank(plain, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, plain)),
                          boost::graph::n_iterations(iterations), damping, n);
  // Boost's step gives every vertex (1 - damping) rather than (1 - damping) / n, so the scale
  // depends on n; normalising makes scores comparable across filters.
  const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
  if (total > 0)
    for (double& r : rank) r /= total;
  return rank;
}

std::vector<double> Betweenness(const KnowledgeGraph& graph) {
  const KnowledgeGraph::Graph& g = graph.graph();
  const std::size_t n = boost::num_vertices(g);
  std::vector<double> centrality(n, 0.0);
  if (n == 0) return centrality;
  // Parallel edges would count one connection as several shortest paths.
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  pairs.reserve(boost::num_edges(g));
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    std::size_t s = boost::source(e, g), t = boost::target(e, g);
    if (s == t) continue;
    pairs.emplace_back(std::min(s, t), std::max(s, t));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected simple(pairs.begin(), pairs.end(), n);
  boost::brandes_betweenness_centrality(
      simple, boost::centrality_map(
                  boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, simple))));
  // Boost already halves undirected scores, so each unordered pair counts once.
  return centrality;
}

}  // namespace jaal::graph

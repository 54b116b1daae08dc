// Private to export/: how every writer visits the graph (nodes, then edges, with the positions that
// become n<k>/e<k>) and turns stream failures and stream exceptions into a Status.
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string_view>

#include <boost/range/iterator_range.hpp>

#include "jaal/core/status.h"
#include "jaal/graph/knowledge_graph.h"

namespace jaal::exporter {

/// Runs `write` on `out`; IoError naming `format` when the stream is unwritable at the start, fails
/// on the way, or throws (a caller may have enabled stream exceptions). Flushes at the end.
Status WriteGuarded(std::string_view format, std::ostream& out, const std::function<void()>& write);

/// Calls `fn(index, entity)` for each vertex in order; stops early once `out` has failed.
/// With vecS vertices the descriptor is the index, so n<index> is stable for a given graph.
template <typename Fn>
void ForEachNode(const graph::KnowledgeGraph& graph, std::ostream& out, Fn&& fn) {
  const auto& g = graph.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    if (!out) return;
    fn(static_cast<std::size_t>(v), g[v]);
  }
}

/// Calls `fn(index, source_index, target_index, edge)` for each edge in order; stops early once
/// `out` has failed.
template <typename Fn>
void ForEachEdge(const graph::KnowledgeGraph& graph, std::ostream& out, Fn&& fn) {
  const auto& g = graph.graph();
  std::size_t index = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (!out) return;
    fn(index++, static_cast<std::size_t>(boost::source(e, g)), static_cast<std::size_t>(boost::target(e, g)), g[e]);
  }
}

}  // namespace jaal::exporter

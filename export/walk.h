// Private to export/: how every writer visits a GraphView (nodes, then edges, with the positions that
// become n<k>/e<k>) and turns stream failures, stream exceptions and read errors into a Status.
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string_view>

#include "jaal/core/status.h"
#include "jaal/exporter/graph_view.h"

namespace jaal::exporter {

/// Runs `write` on `out`; IoError naming `format` when the stream is unwritable at the start, fails
/// on the way, or throws (a caller may have enabled stream exceptions). Any other error `write`
/// returns (a failed read of the graph) comes back as it is. Flushes at the end.
Status WriteGuarded(std::string_view format, std::ostream& out, const std::function<Status()>& write);

/// Calls `fn(index, entity, facts)` for each node in order; stops early once `out` has failed.
template <typename Fn>
Status ForEachNode(const GraphView& view, std::ostream& out, Fn&& fn) {
  return view.ForEachNode([&](std::size_t i, const Entity& entity, const NodeFacts& facts) {
    if (!out) return Status::IoError("the output stream failed");
    fn(i, entity, facts);
    return Status::Ok();
  });
}

/// Calls `fn(index, source_index, target_index, edge)` for each edge in order, each with the
/// evidence `need` asks for; stops early once `out` has failed.
template <typename Fn>
Status ForEachEdge(const GraphView& view, EvidenceNeed need, std::ostream& out, Fn&& fn) {
  return view.ForEachEdge(need, [&](std::size_t i, std::size_t source, std::size_t target, const Edge& edge) {
    if (!out) return Status::IoError("the output stream failed");
    fn(i, source, target, edge);
    return Status::Ok();
  });
}

}  // namespace jaal::exporter

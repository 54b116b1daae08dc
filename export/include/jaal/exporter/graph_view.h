// What the export writers read: nodes and edges in export order, either from an in-memory graph or
// streamed from a source (the store) so that exporting a whole store never holds the graph.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "jaal/core/date.h"
#include "jaal/core/model.h"
#include "jaal/core/status.h"
#include "jaal/graph/knowledge_graph.h"

namespace jaal::exporter {

/// How much of each edge's evidence a writer shows: none (DOT, Neo4j), the first piece (GraphML,
/// GEXF, Cytoscape.js show one sentence) or all of it (JSONL, N-Triples).
enum class EvidenceNeed { kNone, kFirst, kAll };

/// What a writer needs to know about a node besides its entity, computed over the exported edges.
struct NodeFacts {
  int degree = 0;                      // in-degree + out-degree; parallel edges each count, a self-loop twice
  std::optional<Date> first_day;       // the first day of the earliest period of its dated edges
  std::optional<Date> last_day;        // the last day of the latest one; both nullopt without dated edges
};

/// A graph as the writers walk it. Node indexes are 0..num_nodes()-1 and become n<k>; edge
/// indexes become e<k>. Every walk visits the same nodes and edges in the same order.
class GraphView {
 public:
  virtual ~GraphView() = default;
  virtual std::size_t num_nodes() const = 0;
  virtual std::size_t num_edges() const = 0;
  /// Calls fn(index, entity, facts) for each node in index order; a non-ok Status stops the walk
  /// and is returned, as is a failure to read a node.
  virtual Status ForEachNode(const std::function<Status(std::size_t, const Entity&, const NodeFacts&)>& fn) const = 0;
  /// Calls fn(index, source node, target node, edge) for each edge in order. The edge carries at
  /// least the evidence `need` asks for (an in-memory graph gives what it holds).
  virtual Status ForEachEdge(EvidenceNeed need,
                             const std::function<Status(std::size_t, std::size_t, std::size_t, const Edge&)>& fn) const = 0;
  /// The entity of node `index` (a streamed view reads it again; JSONL names both ends of each edge).
  virtual Result<Entity> NodeEntity(std::size_t index) const = 0;
};

/// A view of an in-memory graph: nodes in vertex order, edges in Boost's edge order. `graph` must
/// outlive the view. Example: `WriteGraphml(*ViewOf(g), out)`.
std::unique_ptr<GraphView> ViewOf(const graph::KnowledgeGraph& graph);

/// Where a streamed export reads from; jaal's CLI implements it over the store.
class EdgeSource {
 public:
  virtual ~EdgeSource() = default;
  /// Calls fn for every exported edge with at least `need` of its evidence, in the same order on
  /// every call: a streamed export reads the edges twice.
  virtual Status ForEachEdge(EvidenceNeed need, const std::function<Status(const Edge&)>& fn) const = 0;
  /// The stored entity `id`; NotFound when there is none.
  virtual Result<Entity> GetEntity(const std::string& id) const = 0;
};

/// A view over `source` that never holds more than one edge and the id map: one pass over the
/// edges (without evidence) numbers the entities they touch in id order and counts degrees and
/// dates; writers then read each node's entity and the edges again, one at a time. `source` must
/// outlive the view. Example: `auto v = StreamFrom(store_source); WriteGraphml(**v, out);`
Result<std::unique_ptr<GraphView>> StreamFrom(const EdgeSource& source);

}  // namespace jaal::exporter

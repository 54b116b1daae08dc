// Resolving the actors a user names, and reading only the part of the graph around them from the
// store's subject and object indexes, hop by hop, for neighbors, path and entity.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common.h"
#include "jaal/graph/knowledge_graph.h"
#include "output.h"

namespace jaal::cli {

/// The stored entity `name` means (any script, alias or id). The store is asked first and the
/// lexicon is loaded only when the store alone does not know the name, so commands start fast.
/// NotFound for an unknown name; InvalidArgument listing the candidates for an ambiguous one.
Result<Entity> ResolveActor(const store::GraphStore& store, const GlobalOptions& global, const std::string& name);

/// Prints "jaal COMMAND: ARGUMENT: why" and returns the exit code for a failed resolution:
/// 1 when nothing is named so, 2 when the name is ambiguous or malformed, 3 on a store error.
int ReportUnresolved(const std::string& command, const std::string& argument, const Status& status);

/// QueryEdges that also finds symmetric relations (CONSULT, AGREE, COOPERATE, stored once in id
/// order) from the other side when a subject or object is given, shown with the asked-for actor
/// first; in (date, edge id) order; `filter.limit` and `filter.evidence` apply as in QueryEdges.
Result<std::vector<Edge>> QueryBothWays(const store::GraphStore& store, const store::EdgeFilter& filter);
/// How many edges QueryBothWays would return without a limit; reads index keys only when the
/// filter allows (see GraphStore::CountEdges).
Result<std::int64_t> CountBothWays(const store::GraphStore& store, const store::EdgeFilter& filter);

/// Reads the edges of one entity at a time through the store's indexes (never a full scan) and
/// remembers them, each edge once. Not thread-safe; the store must outlive it.
class StoreExplorer {
 public:
  /// `filter` narrows every read (relations, dates, asserted-only); its actor fields are ignored.
  StoreExplorer(const store::GraphStore& store, store::EdgeFilter filter);

  /// Reads every edge of `entity_id` that passes the filter and returns the distinct entities on
  /// their other ends (self-loops add none). A second call for the same id reads nothing.
  Result<std::vector<std::string>> Expand(const std::string& entity_id);

  /// Every edge read so far, in the order first read.
  const std::vector<Edge>& edges() const { return edges_; }

  /// A KnowledgeGraph of the edges read so far plus every expanded entity (even one without
  /// edges). Vertices carry the stored entity when `names` is given, else the id alone.
  graph::KnowledgeGraph Graph(EntityNames* names) const;

 private:
  const store::GraphStore& store_;
  store::EdgeFilter filter_;
  std::vector<Edge> edges_;
  std::unordered_set<std::string> edge_ids_;
  std::unordered_map<std::string, std::vector<std::string>> neighbours_;
  std::vector<std::string> expanded_order_;
};

/// How one actor connects to a set of others, for neighbors and path: each relation with its
/// direction as seen from the others ("->" they acted on the actor, "<-" the actor on them,
/// "<->" symmetric) and how many edges carry it.
struct RelationSummary {
  struct Item {
    Relation relation;
    std::string direction;
    int edges = 0;
  };
  std::vector<Item> items;         // by relation, then direction
  std::vector<std::string> edge_ids;
  std::string last_date;
  int edges = 0;

  /// Adds edge `e`, which runs between a "near" entity and the actor; `toward_actor` is true when
  /// the near entity is its subject.
  void Add(const Edge& e, bool toward_actor);
  /// "REQUEST->, <-ACCUSE x2, <-CONSULT->" for a table cell.
  std::string Text() const;
  /// [{"relation":"REQUEST","direction":"->","edges":1},...]
  std::string Json() const;
};

/// The entity type name, "unknown" included.
std::string TypeName(const Entity& e);

}  // namespace jaal::cli

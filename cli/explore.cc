// Name resolution with a lazily loaded lexicon, and index-driven reads of neighbourhoods.
#include "explore.h"

#include <algorithm>

#include <fmt/format.h>

#include "jaal/core/json.h"

namespace jaal::cli {

Result<Entity> ResolveActor(const store::GraphStore& store, const GlobalOptions& global, const std::string& name) {
  auto direct = ResolveEntity(store, nullptr, name);
  if (direct.ok() || direct.status().code() != Status::Code::kNotFound) return direct;
  // Loading the lexicon costs more than the whole query; pay it only for names the store lacks.
  auto extractor = LoadExtractor(global);
  if (!extractor.ok()) return direct;
  return ResolveEntity(store, extractor->get(), name);
}

int ReportUnresolved(const std::string& command, const std::string& argument, const Status& status) {
  PrintError(command, fmt::format("{}: {}", argument, status.message()));
  switch (status.code()) {
    case Status::Code::kNotFound: return kExitNoMatch;
    case Status::Code::kInvalidArgument: return kExitUsage;
    default: return kExitFailure;
  }
}

Result<std::vector<Edge>> QueryBothWays(const store::GraphStore& store, const store::EdgeFilter& filter) {
  store::EdgeFilter f = filter;
  f.symmetric_either_way = !f.subject_id.empty() || !f.object_id.empty();
  auto edges = store.QueryEdges(f);
  if (!edges.ok()) return edges;
  // An edge found the other way round (a symmetric relation stored in id order) is shown with the
  // asked-for actor where the user put it.
  for (Edge& e : *edges) {
    const bool direct = (f.subject_id.empty() || e.subject_id == f.subject_id) && (f.object_id.empty() || e.object_id == f.object_id);
    if (!direct) std::swap(e.subject_id, e.object_id);
  }
  return edges;
}

Result<std::int64_t> CountBothWays(const store::GraphStore& store, const store::EdgeFilter& filter) {
  store::EdgeFilter f = filter;
  f.symmetric_either_way = !f.subject_id.empty() || !f.object_id.empty();
  return store.CountEdges(f);
}

StoreExplorer::StoreExplorer(const store::GraphStore& store, store::EdgeFilter filter)
    : store_(store), filter_(std::move(filter)) {
  filter_.subject_id.clear();
  filter_.object_id.clear();
  filter_.actor_id.clear();
  filter_.limit = 0;
  filter_.evidence = store::EvidenceRead::kNone;  // hops and relations need no sentences
}

Result<std::vector<std::string>> StoreExplorer::Expand(const std::string& entity_id) {
  if (auto it = neighbours_.find(entity_id); it != neighbours_.end()) return it->second;
  store::EdgeFilter f = filter_;
  f.actor_id = entity_id;  // the store walks its subject and object indexes for this id only
  std::vector<std::string> others;
  std::unordered_set<std::string> seen;
  Status s = store_.ForEachEdge(f, [&](const Edge& e) {
    const std::string& other = e.subject_id == entity_id ? e.object_id : e.subject_id;
    if (other != entity_id && seen.insert(other).second) others.push_back(other);
    if (edge_ids_.insert(e.id).second) edges_.push_back(e);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  expanded_order_.push_back(entity_id);
  neighbours_.emplace(entity_id, others);
  return others;
}

graph::KnowledgeGraph StoreExplorer::Graph(EntityNames* names) const {
  graph::KnowledgeGraph g;
  auto add = [&](const std::string& id) {
    if (g.FindVertex(id)) return;
    if (names) {
      g.AddEntity(names->Get(id));
    } else {
      Entity bare;
      bare.id = bare.name = id;
      g.AddEntity(bare);
    }
  };
  for (const std::string& id : expanded_order_) add(id);
  for (const Edge& e : edges_) {
    add(e.subject_id);
    add(e.object_id);
    g.AddEdge(e);
  }
  return g;
}

void RelationSummary::Add(const Edge& e, bool toward_actor) {
  std::string direction = IsSymmetric(e.relation) ? "<->" : toward_actor ? "->" : "<-";
  auto it = std::find_if(items.begin(), items.end(),
                         [&](const Item& i) { return i.relation == e.relation && i.direction == direction; });
  if (it == items.end()) {
    items.push_back({e.relation, direction, 0});
    it = items.end() - 1;
  }
  ++it->edges;
  ++edges;
  edge_ids.push_back(e.id);
  last_date = std::max(last_date, e.date);
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return std::tie(a.relation, a.direction) < std::tie(b.relation, b.direction);
  });
}

std::string RelationSummary::Text() const {
  std::string out;
  for (const Item& i : items) {
    std::string name(RelationName(i.relation));
    std::string cell = i.direction == "->" ? name + "->" : i.direction == "<-" ? "<-" + name : "<-" + name + "->";
    if (i.edges > 1) cell += fmt::format(" x{}", i.edges);
    out += (out.empty() ? "" : ", ") + cell;
  }
  return out;
}

std::string RelationSummary::Json() const {
  std::string out = "[";
  for (std::size_t k = 0; k < items.size(); ++k) {
    std::string one;
    json::ObjectWriter w(one);
    w.Field("relation", RelationName(items[k].relation)).Field("direction", items[k].direction).Field("edges", items[k].edges);
    w.Close();
    out += (k ? "," : "") + one;
  }
  return out + "]";
}

std::string TypeName(const Entity& e) { return std::string(EntityTypeName(e.type)); }

}  // namespace jaal::cli

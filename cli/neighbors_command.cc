// `jaal neighbors`: the actors within K hops of one actor and the relations that connect them,
// read hop by hop through the store's indexes.
#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "commands.h"
#include "explore.h"
#include "filters.h"
#include "jaal/core/json.h"
#include "jaal/graph/analytics.h"

namespace jaal::cli {
namespace {

struct NeighborsOptions {
  std::string name, format = "table";
  int depth = 1;
  std::size_t limit = 0;
  EdgeFilterOptions filter;
};

struct Neighbour {
  int hops = 0;
  const Entity* entity = nullptr;
  std::vector<const Entity*> via;
  RelationSummary relations;
};

}  // namespace

CommandRunner AddNeighborsCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("neighbors", "Actors within K hops of an actor, with the relations connecting them");
  auto o = std::make_shared<NeighborsOptions>();
  cmd->add_option("name", o->name, "The actor: a name in English or Hindi, an alias, or an id")->required();
  cmd->add_option("-d,--depth", o->depth, "Hops to follow, in either direction (default 1)")->check(CLI::Range(1, 6));
  AddEdgeFilterOptions(*cmd, o->filter);
  cmd->add_option("-n,--limit", o->limit, "At most this many actors");
  cmd->add_option("-f,--format", o->format, "table (default), json, jsonl, csv or tsv")->check(CLI::IsMember(kRowFormats));
  cmd->footer("RELATIONS are read from VIA to ACTOR: REQUEST-> (VIA acted on ACTOR), <-ACCUSE (ACTOR on VIA),\n"
              "<-CONSULT-> (symmetric). Exit status: 0 with results, 1 when nothing matched, 2 on a bad argument.\n"
              "Example: jaal neighbors \"नरेंद्र मोदी\" --depth 2");
  return [&global, o]() -> int {
    store::EdgeFilter filter;
    if (int code = ParseEdgeFilterOptions("neighbors", o->filter, &filter); code != kExitOk) return code;
    auto store = OpenStore(global, store::GraphStore::Mode::kReadOnly);
    if (!store.ok()) {
      PrintError("neighbors", store.status().message());
      return kExitFailure;
    }
    auto center = ResolveActor(**store, global, o->name);
    if (!center.ok()) return ReportUnresolved("neighbors", "NAME", center.status());

    // Breadth first over the store: only entities nearer than --depth are expanded, so the
    // reads grow with the neighbourhood, never with the store.
    StoreExplorer explorer(**store, filter);
    std::vector<std::string> frontier{center->id};
    std::unordered_set<std::string> seen{center->id};
    for (int level = 0; level < o->depth && !frontier.empty(); ++level) {
      std::vector<std::string> next;
      for (const std::string& id : frontier) {
        auto others = explorer.Expand(id);
        if (!others.ok()) {
          PrintError("neighbors", others.status().message());
          return kExitFailure;
        }
        for (const std::string& other : *others)
          if (seen.insert(other).second) next.push_back(other);
      }
      frontier = std::move(next);
    }

    EntityNames names(**store);
    graph::KnowledgeGraph kg = explorer.Graph(&names);
    const auto& g = kg.graph();
    std::vector<int> hops = graph::HopDistances(kg, center->id);
    std::vector<Neighbour> found;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      if (hops[v] < 1 || hops[v] > o->depth) continue;
      Neighbour n;
      n.hops = hops[v];
      n.entity = &g[v];
      // Only edges toward the nearer ring explain how the actor was reached.
      auto consider = [&](auto e, auto near, bool toward_actor) {
        if (hops[near] != hops[v] - 1) return;
        n.relations.Add(g[e], toward_actor);
        if (std::find(n.via.begin(), n.via.end(), &g[near]) == n.via.end()) n.via.push_back(&g[near]);
      };
      for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) consider(e, boost::source(e, g), true);
      for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) consider(e, boost::target(e, g), false);
      found.push_back(std::move(n));
    }
    std::sort(found.begin(), found.end(), [](const Neighbour& a, const Neighbour& b) {
      if (a.hops != b.hops) return a.hops < b.hops;
      if (a.relations.edges != b.relations.edges) return a.relations.edges > b.relations.edges;
      return a.entity->name < b.entity->name;
    });
    if (o->limit && found.size() > o->limit) found.resize(o->limit);

    ResultSet r;
    r.header = {"HOPS", "VIA", "RELATIONS", "ACTOR", "TYPE", "EDGES", "LAST"};
    r.flat_header = {"hops", "via", "via_ids", "relations", "actor", "actor_id", "name_hi", "type", "edges", "last_date"};
    for (const Neighbour& n : found) {
      std::string via, via_ids;
      std::vector<std::string> via_id_list;
      for (std::size_t i = 0; i < n.via.size(); ++i) {
        if (i < 2) via += (i ? "; " : "") + n.via[i]->name;
        via_ids += (i ? ";" : "") + n.via[i]->id;
        via_id_list.push_back(n.via[i]->id);
      }
      if (n.via.size() > 2) via += fmt::format(" +{} more", n.via.size() - 2);
      const Entity& e = *n.entity;
      r.rows.push_back({std::to_string(n.hops), via, n.relations.Text(), e.name, TypeName(e),
                        std::to_string(n.relations.edges), n.relations.last_date});
      r.flat_rows.push_back({std::to_string(n.hops), via, via_ids, n.relations.Text(), e.name, e.id, e.name_hi, TypeName(e),
                             std::to_string(n.relations.edges), n.relations.last_date});
      std::string line;
      json::ObjectWriter w(line);
      w.Field("hops", n.hops).Field("id", e.id).Field("name", e.name).Field("name_hi", e.name_hi).Field("type", TypeName(e));
      w.Field("via", via_id_list).Field("edges", n.relations.edges).Field("last_date", n.relations.last_date);
      w.Raw("relations", n.relations.Json()).Field("edge_ids", n.relations.edge_ids);
      w.Close();
      r.json.push_back(line);
    }
    PrintResultSet(ParseFormat(o->format), r);
    if (found.empty()) {
      if (!global.quiet)
        std::cerr << fmt::format("jaal neighbors: no actor within {} hop{} of {}\n", o->depth, o->depth == 1 ? "" : "s",
                                 center->name);
      return kExitNoMatch;
    }
    return kExitOk;
  };
}

}  // namespace jaal::cli

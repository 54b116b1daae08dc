// `jaal path`: how two actors connect — the shortest chains of relations between them, direction
// ignored, found by a breadth-first search that reads the store outward from both ends.
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

struct PathOptions {
  std::string from, to, format = "table";
  int max_depth = 4;
  std::size_t limit = 10;
  EdgeFilterOptions filter;
};

// One side of the search: hops from its end to every entity it has reached, and the newest ring.
struct Side {
  std::unordered_map<std::string, int> hops;
  std::vector<std::string> frontier;
  int depth = 0;
};

}  // namespace

CommandRunner AddPathCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("path", "Shortest connections between two actors, with the relations on each hop");
  auto o = std::make_shared<PathOptions>();
  cmd->add_option("from", o->from, "First actor (English or Hindi name, alias or id)")->required();
  cmd->add_option("to", o->to, "Second actor")->required();
  cmd->add_option("--max-depth", o->max_depth, "Longest path to look for, in hops (default 4)")->check(CLI::Range(1, 8));
  AddEdgeFilterOptions(*cmd, o->filter);
  cmd->add_option("-n,--limit", o->limit, "At most this many paths (default 10)")->check(CLI::PositiveNumber);
  cmd->add_option("-f,--format", o->format, "table (default), json, jsonl (one path per line), csv or tsv")
      ->check(CLI::IsMember(kRowFormats));
  cmd->footer("RELATIONS are read from FROM to TO: ACCUSE-> (FROM acted on TO), <-ACCUSE (TO on FROM),\n"
              "<-CONSULT-> (symmetric). Exit status: 0 with a path, 1 when none within --max-depth, 2 on a bad argument.\n"
              "Example: jaal path \"Narendra Modi\" \"किम जोंग-उन\"");
  return [&global, o]() -> int {
    store::EdgeFilter filter;
    if (int code = ParseEdgeFilterOptions("path", o->filter, &filter); code != kExitOk) return code;
    auto store = OpenStore(global, store::GraphStore::Mode::kReadOnly);
    if (!store.ok()) {
      PrintError("path", store.status().message());
      return kExitFailure;
    }
    auto a = ResolveActor(**store, global, o->from);
    if (!a.ok()) return ReportUnresolved("path", "FROM", a.status());
    auto b = ResolveActor(**store, global, o->to);
    if (!b.ok()) return ReportUnresolved("path", "TO", b.status());
    if (a->id == b->id) {
      PrintError("path", fmt::format("TO: '{}' is the same actor as FROM ({})", o->to, a->id));
      return kExitUsage;
    }

    // Bidirectional BFS: each round expands one whole ring of the side with the smaller ring, so
    // a hub at one end is read only when the other end cannot be reached more cheaply. The first
    // time the two sides share an entity, every edge of every shortest path has been read (an
    // edge on a path of length depth_a + depth_b has an end nearer than its side's depth).
    StoreExplorer explorer(**store, filter);
    Side sa, sb;
    sa.hops[a->id] = 0;
    sa.frontier = {a->id};
    sb.hops[b->id] = 0;
    sb.frontier = {b->id};
    bool met = false;
    while (!met && sa.depth + sb.depth < o->max_depth && !sa.frontier.empty() && !sb.frontier.empty()) {
      Side& side = sa.frontier.size() <= sb.frontier.size() ? sa : sb;
      Side& other = &side == &sa ? sb : sa;
      std::vector<std::string> next;
      for (const std::string& id : side.frontier) {
        auto others = explorer.Expand(id);
        if (!others.ok()) {
          PrintError("path", others.status().message());
          return kExitFailure;
        }
        for (const std::string& n : *others) {
          if (!side.hops.emplace(n, side.depth + 1).second) continue;
          next.push_back(n);
          if (other.hops.count(n)) met = true;
        }
      }
      side.frontier = std::move(next);
      ++side.depth;
    }
    if (!met) {
      if (!global.quiet)
        std::cerr << fmt::format("jaal path: no connection between {} and {} within {} hops\n", a->name, b->name,
                                 o->max_depth);
      return kExitNoMatch;
    }

    graph::KnowledgeGraph kg = explorer.Graph(nullptr);
    auto paths = graph::ShortestPaths(kg, a->id, b->id, o->limit);
    const auto& g = kg.graph();
    EntityNames names(**store);
    ResultSet r;
    r.header = {"PATH", "HOP", "FROM", "RELATIONS", "TO", "EDGES", "LAST"};
    r.flat_header = {"path", "hop", "from", "from_id", "relations", "to", "to_id", "edges", "last_date", "edge_ids"};
    for (std::size_t p = 0; p < paths.size(); ++p) {
      std::string hops_json = "[";
      for (std::size_t h = 0; h + 1 < paths[p].size(); ++h) {
        auto u = paths[p][h], v = paths[p][h + 1];
        RelationSummary rel;
        for (auto e : boost::make_iterator_range(boost::out_edges(u, g)))
          if (boost::target(e, g) == v) rel.Add(g[e], true);
        for (auto e : boost::make_iterator_range(boost::in_edges(u, g)))
          if (boost::source(e, g) == v) rel.Add(g[e], false);
        const Entity& from = names.Get(g[u].id);
        const Entity& to = names.Get(g[v].id);
        std::string ids;
        for (const std::string& id : rel.edge_ids) ids += (ids.empty() ? "" : ";") + id;
        r.rows.push_back({std::to_string(p + 1), std::to_string(h + 1), from.name, rel.Text(), to.name,
                          std::to_string(rel.edges), rel.last_date});
        r.flat_rows.push_back({std::to_string(p + 1), std::to_string(h + 1), from.name, from.id, rel.Text(), to.name, to.id,
                               std::to_string(rel.edges), rel.last_date, ids});
        std::string hop;
        json::ObjectWriter w(hop);
        w.Field("from", from.name).Field("from_id", from.id).Field("to", to.name).Field("to_id", to.id);
        w.Raw("relations", rel.Json()).Field("edges", rel.edges).Field("last_date", rel.last_date).Field("edge_ids", rel.edge_ids);
        w.Close();
        hops_json += (h ? "," : "") + hop;
      }
      std::string line;
      json::ObjectWriter w(line);
      w.Field("path", static_cast<int>(p + 1)).Field("length", static_cast<int>(paths[p].size() - 1)).Raw("hops", hops_json + "]");
      w.Close();
      r.json.push_back(line);
    }
    PrintResultSet(ParseFormat(o->format), r);
    if (paths.empty()) return kExitNoMatch;  // cannot happen once the sides met; kept for safety
    if (!global.quiet && ParseFormat(o->format) == Format::kTable)
      std::cerr << fmt::format("jaal path: {} shortest path{} of {} hop{}\n", paths.size(), paths.size() == 1 ? "" : "s",
                               paths.front().size() - 1, paths.front().size() == 2 ? "" : "s");
    return kExitOk;
  };
}

}  // namespace jaal::cli

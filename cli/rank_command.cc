// `jaal rank`: the most central actors of a (filtered) graph by degree, PageRank or betweenness.
#include <algorithm>
#include <iostream>
#include <numeric>

#include <fmt/format.h>

#include "commands.h"
#include "explore.h"
#include "filters.h"
#include "jaal/core/json.h"
#include "jaal/graph/analytics.h"

namespace jaal::cli {
namespace {

struct RankOptions {
  std::string by = "degree", format = "table";
  std::size_t limit = 20;
  EdgeFilterOptions filter;
};

}  // namespace

CommandRunner AddRankCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("rank", "Most central actors by degree, PageRank or betweenness");
  auto o = std::make_shared<RankOptions>();
  cmd->add_option("--by", o->by, "degree (default), pagerank or betweenness")
      ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}));
  AddEdgeFilterOptions(*cmd, o->filter);
  cmd->add_option("-n,--limit", o->limit, "How many actors (default 20; 0 for all)");
  cmd->add_option("-f,--format", o->format, "table (default), json, jsonl, csv or tsv")->check(CLI::IsMember(kRowFormats));
  cmd->footer("degree counts every relation an actor takes part in; pagerank follows subject -> object (symmetric\n"
              "relations both ways); betweenness ignores direction and is O(actors x relations): filter first on big stores.\n"
              "Exit status: 0 with results, 1 when no relation matched, 2 on a bad argument.\n"
              "Example: jaal rank --by pagerank --relation ACCUSE,THREATEN --since 2024");
  return [&global, o]() -> int {
    store::EdgeFilter filter;
    if (int code = ParseEdgeFilterOptions("rank", o->filter, &filter); code != kExitOk) return code;
    auto store = OpenStore(global, store::GraphStore::Mode::kReadOnly);
    if (!store.ok()) {
      PrintError("rank", store.status().message());
      return kExitFailure;
    }
    // The filtered edges come from the relation index (with --relation) or the date index; the
    // graph holds only those, with bare vertices until the winners need names.
    std::vector<Edge> edges;
    filter.evidence = store::EvidenceRead::kNone;  // centrality needs none of it
    Status s = (*store)->ForEachEdge(filter, [&](const Edge& e) {
      edges.push_back(e);
      return Status::Ok();
    });
    if (!s.ok()) {
      PrintError("rank", s.message());
      return kExitFailure;
    }
    graph::KnowledgeGraph kg;
    for (const Edge& e : edges)
      for (const std::string* id : {&e.subject_id, &e.object_id}) {
        if (kg.FindVertex(*id)) continue;
        Entity bare;
        bare.id = *id;
        kg.AddEntity(bare);
      }
    for (const Edge& e : edges) kg.AddEdge(e);
    edges.clear();

    std::vector<int> degree = graph::Degrees(kg);
    std::vector<double> score;
    if (o->by == "pagerank") score = graph::PageRank(kg);
    else if (o->by == "betweenness") score = graph::Betweenness(kg);
    else score.assign(degree.begin(), degree.end());
    const auto& g = kg.graph();
    std::vector<std::size_t> order(score.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      if (score[a] != score[b]) return score[a] > score[b];
      if (degree[a] != degree[b]) return degree[a] > degree[b];
      return g[a].id < g[b].id;
    });
    if (o->limit && order.size() > o->limit) order.resize(o->limit);

    EntityNames names(**store);
    ResultSet r;
    r.header = {"RANK", "ACTOR", "TYPE", "SCORE", "DEGREE"};
    r.flat_header = {"rank", "actor", "actor_id", "name_hi", "type", "score", "degree"};
    for (std::size_t i = 0; i < order.size(); ++i) {
      std::size_t v = order[i];
      const Entity& e = names.Get(g[v].id);
      std::string value = o->by == "degree" ? std::to_string(degree[v]) : fmt::format("{:.6g}", score[v]);
      r.rows.push_back({std::to_string(i + 1), e.name, TypeName(e), value, std::to_string(degree[v])});
      r.flat_rows.push_back({std::to_string(i + 1), e.name, e.id, e.name_hi, TypeName(e), value, std::to_string(degree[v])});
      std::string line;
      json::ObjectWriter w(line);
      w.Field("rank", static_cast<int>(i + 1)).Field("id", e.id).Field("name", e.name).Field("name_hi", e.name_hi);
      w.Field("type", TypeName(e)).Field("by", o->by).Raw("score", fmt::format("{:.6g}", score[v])).Field("degree", degree[v]);
      w.Close();
      r.json.push_back(line);
    }
    PrintResultSet(ParseFormat(o->format), r);
    if (order.empty()) {
      if (!global.quiet) std::cerr << "jaal rank: no relation matched\n";
      return kExitNoMatch;
    }
    return kExitOk;
  };
}

}  // namespace jaal::cli

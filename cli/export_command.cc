// `jaal export`: the stored graph (or a filtered part of it) in a format other tools open.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "jaal/core/date.h"
#include "jaal/exporter/graphml.h"
#include "jaal/graph/knowledge_graph.h"
#include "commands.h"

namespace jaal::cli {
namespace {

struct ExportOptions {
  std::string format = "graphml", output, since, until;
  std::vector<std::string> relations;
  bool asserted_only = false;
};

// The graph for `filter`, built from the store: the edges that pass and the entities they touch.
Result<graph::KnowledgeGraph> LoadGraph(const store::GraphStore& store, const store::EdgeFilter& filter) {
  graph::KnowledgeGraph g;
  std::vector<Edge> edges;
  std::set<std::string> ids;
  Status s = store.ForEachEdge(filter, [&](const Edge& e) {
    ids.insert(e.subject_id);
    ids.insert(e.object_id);
    edges.push_back(e);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (const std::string& id : ids) {
    auto e = store.GetEntity(id);
    if (!e.ok()) return e.status();
    if (!e->has_value()) return Status::Corruption(fmt::format("edge refers to missing entity '{}'", id));
    g.AddEntity(**e);
  }
  for (const Edge& e : edges) g.AddEdge(e);
  return g;
}

}  // namespace

CommandRunner AddExportCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("export", "Write the stored graph for Gephi, Cytoscape, networkx or igraph");
  auto o = std::make_shared<ExportOptions>();
  cmd->add_option("-f,--format", o->format, "graphml")->check(CLI::IsMember({"graphml"}));
  cmd->add_option("-o,--output", o->output, "Output file (default: standard output)");
  cmd->add_option("-r,--relation", o->relations, "Only these PLOVER types / ROLE")->delimiter(',');
  cmd->add_option("--since", o->since, "Only relations dated on or after YYYY[-MM[-DD]]");
  cmd->add_option("--until", o->until, "Only relations dated on or before YYYY[-MM[-DD]]");
  cmd->add_flag("--asserted-only", o->asserted_only, "Leave out claimed and future facts");
  cmd->footer("Example: jaal export --format graphml -o jaal.graphml  (then File > Open in Gephi)");
  return [&global, o]() -> int {
    store::EdgeFilter filter;
    for (const std::string& r : o->relations) {
      auto rel = ParseRelation(r);
      if (!rel) {
        PrintError("export", fmt::format("--relation: unknown type '{}'", r));
        return kExitUsage;
      }
      filter.relations.push_back(*rel);
    }
    for (auto [flag, value] : {std::pair<const char*, std::string*>{"--since", &o->since}, {"--until", &o->until}}) {
      if (!value->empty() && !Date::Parse(*value)) {
        PrintError("export", fmt::format("{}: '{}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", flag, *value));
        return kExitUsage;
      }
    }
    filter.since = o->since;
    filter.until = o->until;
    filter.asserted_only = o->asserted_only;
    auto store = OpenStore(global, store::GraphStore::Mode::kReadOnly);
    if (!store.ok()) {
      PrintError("export", store.status().message());
      return kExitFailure;
    }
    auto g = LoadGraph(**store, filter);
    if (!g.ok()) {
      PrintError("export", g.status().message());
      return kExitFailure;
    }
    if (o->output.empty() || o->output == "-") {
      Status s = exporter::WriteGraphml(*g, std::cout);
      if (!s.ok()) PrintError("export", s.message());
      return s.ok() ? kExitOk : kExitFailure;
    }
    // Written beside the target and renamed, so a failed export never leaves half a file.
    std::string tmp = o->output + ".tmp";
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      if (!out) {
        PrintError("export", fmt::format("{}: cannot open for writing", o->output));
        return kExitFailure;
      }
      Status s = exporter::WriteGraphml(*g, out);
      out.close();
      if (!s.ok() || !out) {
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        PrintError("export", fmt::format("{}: {}", o->output, s.ok() ? "write failed" : s.message()));
        return kExitFailure;
      }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, o->output, ec);
    if (ec) {
      PrintError("export", fmt::format("{}: {}", o->output, ec.message()));
      return kExitFailure;
    }
    if (!global.quiet)
      std::cerr << fmt::format("jaal export: {} nodes, {} edges -> {}\n", g->num_entities(), g->num_edges(), o->output);
    return kExitOk;
  };
}

}  // namespace jaal::cli

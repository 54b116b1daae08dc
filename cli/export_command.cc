// `jaal export`: the stored graph (or a filtered part of it) in a format other tools open.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <limits>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "jaal/core/date.h"
#include "jaal/exporter/formats.h"
#include "jaal/graph/analytics.h"
#include "jaal/graph/knowledge_graph.h"
#include "commands.h"

namespace jaal::cli {
namespace {

using StreamWriter = Status (*)(const graph::KnowledgeGraph&, std::ostream&);

// Every --format, in the order help lists them. Neo4j writes two files, so it has no stream writer.
struct Format {
  std::string_view name;
  StreamWriter write;
};
constexpr Format kFormats[] = {
    {"graphml", exporter::WriteGraphml},       {"gexf", exporter::WriteGexf},
    {"neo4j", nullptr},                        {"cytoscape", exporter::WriteCytoscapeJson},
    {"dot", exporter::WriteDot},               {"ntriples", exporter::WriteNTriples},
    {"jsonl", exporter::WriteEdgesJsonl},
};

struct ExportOptions {
  std::string format = "graphml", output, since, until, around;
  std::vector<std::string> relations;
  bool asserted_only = false;
  int depth = 1;
  int min_articles = 0;
};

// The graph for `filter`, built from the store: the edges that pass (and are reported by at least
// `min_articles` articles) and the entities they touch.
Result<graph::KnowledgeGraph> LoadGraph(const store::GraphStore& store, const store::EdgeFilter& filter,
                                        int min_articles) {
  graph::KnowledgeGraph g;
  std::vector<Edge> edges;
  std::set<std::string> ids;
  Status s = store.ForEachEdge(filter, [&](const Edge& e) {
    if (e.articles < min_articles) return Status::Ok();
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

// Writes `g` where -o says: neo4j into a directory, the others to a file (atomically) or stdout.
Status WriteOutput(const Format& format, const graph::KnowledgeGraph& g, const std::string& output) {
  if (!format.write) return exporter::WriteNeo4jCsv(g, output);
  if (output.empty() || output == "-") return format.write(g, std::cout);
  return exporter::WriteFileAtomically(output, [&](std::ostream& out) { return format.write(g, out); });
}

}  // namespace

CommandRunner AddExportCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("export", "Write the stored graph for Gephi, Cytoscape, Neo4j, Graphviz, RDF or jq");
  auto o = std::make_shared<ExportOptions>();
  std::vector<std::string> format_names;
  for (const Format& f : kFormats) format_names.emplace_back(f.name);
  cmd->add_option("-f,--format", o->format, "Output format (default graphml)")->check(CLI::IsMember(format_names));
  cmd->add_option("-o,--output", o->output, "Output file (default: standard output); a directory for neo4j");
  cmd->add_option("-r,--relation", o->relations, "Only these PLOVER types / ROLE")->delimiter(',');
  cmd->add_option("--since", o->since, "Only relations dated on or after YYYY[-MM[-DD]]");
  cmd->add_option("--until", o->until, "Only relations dated on or before YYYY[-MM[-DD]]");
  cmd->add_flag("--asserted-only", o->asserted_only, "Leave out claimed and future facts");
  cmd->add_option("--min-articles", o->min_articles, "Only facts reported by at least N articles")
      ->check(CLI::Range(0, std::numeric_limits<int>::max()));
  cmd->add_option("--around", o->around, "Only the entities within --depth hops of NAME (any script, alias or id)");
  cmd->add_option("--depth", o->depth, "Hops for --around (default 1)")
      ->check(CLI::Range(0, std::numeric_limits<int>::max()));
  cmd->footer(
      "Examples:\n"
      "  jaal export --format graphml -o jaal.graphml      (then File > Open in Gephi)\n"
      "  jaal export --format gexf -o jaal.gexf            (Gephi with a timeline)\n"
      "  jaal export --format neo4j -o neo4j-import/       (then neo4j-admin database import)\n"
      "  jaal export --format dot --around 'Kim Jong-un' | dot -Tsvg > kim.svg");
  return [&global, o]() -> int {
    const Format& format = *std::find_if(std::begin(kFormats), std::end(kFormats),
                                         [&](const Format& f) { return f.name == o->format; });
    if (!format.write && (o->output.empty() || o->output == "-")) {
      PrintError("export", "--format neo4j writes nodes.csv and relationships.csv: give a directory with -o DIR");
      return kExitUsage;
    }
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
    auto g = LoadGraph(**store, filter, o->min_articles);
    if (!g.ok()) {
      PrintError("export", g.status().message());
      return kExitFailure;
    }
    if (!o->around.empty()) {
      auto center = ResolveEntity(**store, nullptr, o->around);
      if (!center.ok()) {
        PrintError("export", fmt::format("--around: {}", center.status().message()));
        switch (center.status().code()) {
          case Status::Code::kNotFound: return kExitNoMatch;
          case Status::Code::kInvalidArgument: return kExitUsage;  // ambiguous or malformed name
          default: return kExitFailure;
        }
      }
      *g = graph::Neighbourhood(*g, center->id, o->depth);
      // The entity exists but none of its facts passed the filters: nothing to draw around it.
      if (g->num_entities() == 0) {
        PrintError("export", fmt::format("--around: '{}' has no facts that pass the filters", center->name));
        return kExitNoMatch;
      }
    }
    if (Status s = WriteOutput(format, *g, o->output); !s.ok()) {
      PrintError("export", s.message());
      return kExitFailure;
    }
    if (!global.quiet && !o->output.empty() && o->output != "-")
      std::cerr << fmt::format("jaal export: {} nodes, {} edges -> {}\n", g->num_entities(), g->num_edges(), o->output);
    return kExitOk;
  };
}

}  // namespace jaal::cli

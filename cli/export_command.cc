// `jaal export`: the stored graph (or a filtered part of it) in a format other tools open.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <limits>
#include <memory>
#include <optional>
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

using StreamWriter = Status (*)(const exporter::GraphView&, std::ostream&);

// Every --format, in the order help lists them. Neo4j writes two files, so it has no stream writer.
struct Format {
  std::string_view name;
  StreamWriter write;
};
constexpr Format kFormats[] = {
    {"graphml", exporter::WriteGraphml},   {"gexf", exporter::WriteGexf},
    {"neo4j", nullptr},                    {"cytoscape", exporter::WriteCytoscapeJson},
    {"dot", exporter::WriteDot},           {"ntriples", exporter::WriteNTriples},
    {"jsonl", exporter::WriteEdgesJsonl},
};

struct ExportOptions {
  std::string format = "graphml", output, since, until, around;
  std::vector<std::string> relations;
  bool asserted_only = false;
  int depth = 1;
  int min_articles = 0;
};

// The edges that pass `filter` (and are reported by at least `min_articles` articles), read from
// the store one at a time whenever the export walks them; the store reader's snapshot makes every
// walk see the same edges.
class StoreSource : public exporter::EdgeSource {
 public:
  StoreSource(const store::GraphStore& store, store::EdgeFilter filter, int min_articles)
      : store_(store), filter_(std::move(filter)), min_articles_(min_articles) {}
  Status ForEachEdge(exporter::EvidenceNeed need, const std::function<Status(const Edge&)>& fn) const override {
    store::EdgeFilter f = filter_;
    // Edge id order is one sequential scan of the edges; date order would look each edge up at
    // random. Every walk of the export uses the same order.
    f.order = store::EdgeFilter::Order::kEdgeId;
    f.evidence = need == exporter::EvidenceNeed::kAll     ? store::EvidenceRead::kAll
                 : need == exporter::EvidenceNeed::kFirst ? store::EvidenceRead::kFirst
                                                          : store::EvidenceRead::kNone;
    return store_.ForEachEdge(f, [&](const Edge& e) { return e.articles < min_articles_ ? Status::Ok() : fn(e); });
  }
  Result<Entity> GetEntity(const std::string& id) const override {
    auto e = store_.GetEntity(id);
    if (!e.ok()) return e.status();
    if (!e->has_value()) return Status::NotFound(fmt::format("no entity '{}'", id));
    return std::move(**e);
  }

 private:
  const store::GraphStore& store_;
  store::EdgeFilter filter_;
  int min_articles_;
};

// The graph for `filter` held in memory, for --around, whose neighbourhood needs the whole
// filtered graph: the edges that pass and the entities they touch.
Result<graph::KnowledgeGraph> LoadGraph(const StoreSource& source) {
  graph::KnowledgeGraph g;
  std::vector<Edge> edges;
  std::set<std::string> ids;
  Status s = source.ForEachEdge(exporter::EvidenceNeed::kAll, [&](const Edge& e) {
    ids.insert(e.subject_id);
    ids.insert(e.object_id);
    edges.push_back(e);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (const std::string& id : ids) {
    auto e = source.GetEntity(id);
    if (!e.ok()) return e.status().code() == Status::Code::kNotFound
                            ? Status::Corruption(fmt::format("edge refers to missing entity '{}'", id))
                            : e.status();
    g.AddEntity(*e);
  }
  for (const Edge& e : edges) g.AddEdge(e);
  return g;
}

// Writes `view` where -o says: neo4j into a directory, the others to a file (atomically) or stdout.
Status WriteOutput(const Format& format, const exporter::GraphView& view, const std::string& output) {
  if (!format.write) return exporter::WriteNeo4jCsv(view, output);
  if (output.empty() || output == "-") return format.write(view, std::cout);
  return exporter::WriteFileAtomically(output, [&](std::ostream& out) { return format.write(view, out); });
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
    StoreSource source(**store, filter, o->min_articles);
    std::optional<graph::KnowledgeGraph> around;  // only --around holds a graph in memory
    std::unique_ptr<exporter::GraphView> view;
    if (o->around.empty()) {
      // The whole (filtered) store streams: one pass numbers the entities, the writer's passes
      // read one edge at a time.
      auto streamed = exporter::StreamFrom(source);
      if (!streamed.ok()) {
        PrintError("export", streamed.status().message());
        return kExitFailure;
      }
      view = std::move(*streamed);
    } else {
      auto center = ResolveEntity(**store, nullptr, o->around);
      if (!center.ok()) {
        PrintError("export", fmt::format("--around: {}", center.status().message()));
        switch (center.status().code()) {
          case Status::Code::kNotFound: return kExitNoMatch;
          case Status::Code::kInvalidArgument: return kExitUsage;  // ambiguous or malformed name
          default: return kExitFailure;
        }
      }
      auto g = LoadGraph(source);
      if (!g.ok()) {
        PrintError("export", g.status().message());
        return kExitFailure;
      }
      around = graph::Neighbourhood(*g, center->id, o->depth);
      // The entity exists but none of its facts passed the filters: nothing to draw around it.
      if (around->num_entities() == 0) {
        PrintError("export", fmt::format("--around: '{}' has no facts that pass the filters", center->name));
        return kExitNoMatch;
      }
      view = exporter::ViewOf(*around);
    }
    if (Status s = WriteOutput(format, *view, o->output); !s.ok()) {
      PrintError("export", s.message());
      return kExitFailure;
    }
    if (!global.quiet && !o->output.empty() && o->output != "-")
      std::cerr << fmt::format("jaal export: {} nodes, {} edges -> {}\n", view->num_nodes(), view->num_edges(), o->output);
    return kExitOk;
  };
}

}  // namespace jaal::cli

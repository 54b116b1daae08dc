// CSV files for `neo4j-admin database import`, the fast way to load a large graph into Neo4j, with
// the header types that give Cypher real dates, integers and lists.
#include <algorithm>
#include <array>
#include <cstddef>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "attributes.h"
#include "date_period.h"
#include "jaal/exporter/formats.h"
#include "text_escape.h"
#include "walk.h"

namespace jaal::exporter {
namespace {

// neo4j-admin's default --array-delimiter. The import has no escape for it, so a ";" inside one
// element would split it: it becomes "," instead.
constexpr char kArrayDelimiter = ';';

std::string ArrayField(const std::vector<std::string>& items) {
  std::vector<std::string> cleaned = items;
  for (std::string& item : cleaned) std::replace(item.begin(), item.end(), kArrayDelimiter, ',');
  return Join(cleaned, std::string(1, kArrayDelimiter));
}

template <std::size_t N>
std::string CsvRow(const std::array<std::string, N>& fields) {
  std::string row;
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) row += ',';
    row += CsvField(fields[i]);
  }
  return row + "\n";
}

}  // namespace

Status WriteNeo4jNodes(const graph::KnowledgeGraph& graph, std::ostream& out) { return WriteNeo4jNodes(*ViewOf(graph), out); }

Status WriteNeo4jNodes(const GraphView& graph, std::ostream& out) {
  return WriteGuarded("Neo4j nodes CSV", out, [&]() -> Status {
    out << "id:ID,:LABEL,name,name_hi,aliases:string[],wikidata,type\n";
    return ForEachNode(graph, out, [&](std::size_t, const Entity& e, const NodeFacts&) {
      // Every node is an :Entity, so one index or MATCH covers all; the type adds a second label.
      std::string labels = "Entity";
      if (std::string_view cls = EntityClassName(e.type); !cls.empty()) labels += kArrayDelimiter + std::string(cls);
      out << CsvRow(std::array<std::string, 7>{e.id, labels, e.name, e.name_hi, ArrayField(e.aliases),
                                               std::string(WikidataId(e)), std::string(EntityTypeName(e.type))});
    });
  });
}

Status WriteNeo4jRelationships(const graph::KnowledgeGraph& graph, std::ostream& out) {
  return WriteNeo4jRelationships(*ViewOf(graph), out);
}

Status WriteNeo4jRelationships(const GraphView& graph, std::ostream& out) {
  return WriteGuarded("Neo4j relationships CSV", out, [&]() -> Status {
    out << ":START_ID,:END_ID,:TYPE,date:date,date_text,mode,predicate,modality,mentions:int,articles:int,"
           "attributed_to:string[],edge_id\n";
    return ForEachEdge(graph, EvidenceNeed::kNone, out, [&](std::size_t, std::size_t, std::size_t, const Edge& edge) {
      // Only a full date is a Neo4j date; "2024-06" would be read as the first of June, which the
      // text never said, so partial dates stay text.
      std::optional<DatePeriod> period = PeriodOf(edge.date);
      bool full = period && period->precise.full();
      out << CsvRow(std::array<std::string, 12>{
          edge.subject_id, edge.object_id, std::string(RelationName(edge.relation)), full ? edge.date : "",
          full ? "" : edge.date, edge.mode, edge.predicate, std::string(ModalityName(edge.modality)),
          std::to_string(edge.mentions), std::to_string(edge.articles), ArrayField(edge.attributed_to), edge.id});
    });
  });
}

Status WriteNeo4jCsv(const graph::KnowledgeGraph& graph, const std::filesystem::path& dir) {
  return WriteNeo4jCsv(*ViewOf(graph), dir);
}

Status WriteNeo4jCsv(const GraphView& graph, const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError(dir.string() + ": " + ec.message());
  Status s = WriteFileAtomically(dir / "nodes.csv", [&](std::ostream& o) { return WriteNeo4jNodes(graph, o); });
  if (!s.ok()) return s;
  return WriteFileAtomically(dir / "relationships.csv",
                             [&](std::ostream& o) { return WriteNeo4jRelationships(graph, o); });
}

Status WriteFileAtomically(const std::filesystem::path& path, const std::function<Status(std::ostream&)>& write) {
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  Status s;
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(path.string() + ": cannot open for writing");
    s = write(out);
    out.close();
    if (s.ok() && !out) s = Status::IoError("write failed");
  }
  std::error_code ec;
  if (s.ok()) std::filesystem::rename(tmp, path, ec);
  if (s.ok() && ec) s = Status::IoError(ec.message());
  if (!s.ok()) std::filesystem::remove(tmp, ec);
  return s.WithContext(path.string());
}

}  // namespace jaal::exporter

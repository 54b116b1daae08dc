// How the data commands print what they found: one result model, five formats, and the JSON
// shapes of edges and evidence that every command shares.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "jaal/core/model.h"
#include "jaal/store/graph_store.h"

namespace jaal::cli {

/// Output formats. Table is for people; json/jsonl/csv/tsv are for programs.
enum class Format { kTable, kJson, kJsonl, kCsv, kTsv };

/// The --format values every command accepts, and a subset for commands whose answer is one record.
inline const std::vector<std::string> kRowFormats = {"table", "json", "jsonl", "csv", "tsv"};
inline const std::vector<std::string> kRecordFormats = {"table", "json", "jsonl"};

/// `name` as a Format; "table" for anything CLI11 has not already refused.
Format ParseFormat(std::string_view name);

/// A result set, held in two shapes so each format prints what suits it: `header`/`rows` for
/// the table, `flat_header`/`flat_rows` (ids included; empty = same as the table) for csv/tsv,
/// and one serialised JSON object per row for json/jsonl.
struct ResultSet {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> flat_header;
  std::vector<std::vector<std::string>> flat_rows;
  std::vector<std::string> json;
};

/// Prints `result` on stdout in `format`: an aligned table, a JSON array, JSON lines, RFC 4180
/// CSV or TSV (tabs and newlines inside a field become spaces). An empty table prints nothing.
void PrintResultSet(Format format, const ResultSet& result);

/// RFC 4180 quoting when the field needs it.
std::string CsvField(std::string_view field);

/// Entities by id, read from the store once each; an id the store lacks shows as itself.
class EntityNames {
 public:
  explicit EntityNames(const store::GraphStore& store) : store_(store) {}
  const Entity& Get(const std::string& id);

 private:
  const store::GraphStore& store_;
  std::map<std::string, Entity> cache_;
};

/// The JSON object of one edge with its endpoints' names and all its evidence (the shape of
/// `jaal query --format json`).
std::string EdgeToJson(const Edge& e, const Entity& subject, const Entity& object);
std::string EvidenceToJson(const Evidence& x);

/// Edges as a ResultSet: DATE SUBJECT RELATION OBJECT PREDICATE MODALITY ARTICLES for the table,
/// ids, mode, mentions and evidence languages as well for csv/tsv, EdgeToJson for JSON. With
/// `hindi_names`, table and csv/tsv show Devanagari names where the store knows them.
ResultSet EdgeResultSet(const std::vector<Edge>& edges, EntityNames& names, bool hindi_names = false);

/// The distinct evidence languages of an edge, sorted and joined by ',' ("en,hi").
std::string EvidenceLanguages(const Edge& e);

/// A name with its other-script form when that differs: "Kim Jong-un (किम जोंग-उन)".
std::string DisplayName(const Entity& e);

}  // namespace jaal::cli

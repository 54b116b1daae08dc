// One printer for every data command, so csv, tsv and JSON mean the same thing everywhere.
#include "output.h"

#include <iostream>
#include <set>

#include <fmt/format.h>

#include "common.h"
#include "jaal/core/json.h"

namespace jaal::cli {

Format ParseFormat(std::string_view name) {
  if (name == "json") return Format::kJson;
  if (name == "jsonl") return Format::kJsonl;
  if (name == "csv") return Format::kCsv;
  if (name == "tsv") return Format::kTsv;
  return Format::kTable;
}

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

namespace {

std::string TsvField(std::string_view field) {
  std::string out(field);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

void PrintDelimited(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                    bool csv) {
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) out += csv ? ',' : '\t';
      out += csv ? CsvField(cells[i]) : TsvField(cells[i]);
    }
    std::cout << out << (csv ? "\r\n" : "\n");
  };
  line(header);
  for (const auto& r : rows) line(r);
}

}  // namespace

void PrintResultSet(Format format, const ResultSet& result) {
  switch (format) {
    case Format::kTable:
      if (!result.rows.empty()) PrintTable(result.header, result.rows);
      return;
    case Format::kJson: {
      std::string out = "[";
      for (std::size_t i = 0; i < result.json.size(); ++i) out += (i ? ",\n " : "") + result.json[i];
      std::cout << out << "]\n";
      return;
    }
    case Format::kJsonl:
      for (const std::string& j : result.json) std::cout << j << '\n';
      return;
    case Format::kCsv:
    case Format::kTsv: {
      const bool flat = !result.flat_header.empty();
      PrintDelimited(flat ? result.flat_header : result.header, flat ? result.flat_rows : result.rows,
                     format == Format::kCsv);
      return;
    }
  }
}

const Entity& EntityNames::Get(const std::string& id) {
  auto it = cache_.find(id);
  if (it != cache_.end()) return it->second;
  Entity e;
  e.id = e.name = id;
  if (auto got = store_.GetEntity(id); got.ok() && got->has_value()) e = **got;
  return cache_.emplace(id, std::move(e)).first->second;
}

std::string EvidenceToJson(const Evidence& x) {
  std::string one;
  json::ObjectWriter w(one);
  w.Field("doc", x.doc).Field("lang", x.lang).Field("sentence", x.sentence);
  w.Raw("span", fmt::format("[{},{}]", x.span.begin, x.span.end)).Field("text", x.text).Field("modality", ModalityName(x.modality));
  w.Field("evidence_date", x.date).Field("date_source", x.date_source);
  w.Close();
  return one;
}

std::string EdgeToJson(const Edge& e, const Entity& s, const Entity& o) {
  std::string out;
  json::ObjectWriter w(out);
  w.Field("id", e.id)
      .Field("subject", s.name)
      .Field("subject_id", s.id)
      .Field("relation", RelationName(e.relation))
      .Field("mode", e.mode)
      .Field("predicate", e.predicate)
      .Field("object", o.name)
      .Field("object_id", o.id)
      .Field("date", e.date)
      .Field("modality", ModalityName(e.modality))
      .Field("attributed_to", e.attributed_to)
      .Field("mentions", e.mentions)
      .Field("articles", e.articles);
  std::string ev = "[";
  for (std::size_t i = 0; i < e.evidence.size(); ++i) ev += (i ? "," : "") + EvidenceToJson(e.evidence[i]);
  ev += "]";
  w.Raw("evidence", ev);
  w.Close();
  return out;
}

std::string EvidenceLanguages(const Edge& e) {
  std::set<std::string> langs;
  for (const Evidence& x : e.evidence) langs.insert(x.lang);
  std::string out;
  for (const std::string& l : langs) out += (out.empty() ? "" : ",") + l;
  return out;
}

ResultSet EdgeResultSet(const std::vector<Edge>& edges, EntityNames& names, bool hindi_names) {
  auto shown = [hindi_names](const Entity& e) -> const std::string& {
    return hindi_names && !e.name_hi.empty() ? e.name_hi : e.name;
  };
  ResultSet r;
  r.header = {"DATE", "SUBJECT", "RELATION", "OBJECT", "PREDICATE", "MODALITY", "ARTICLES"};
  r.flat_header = {"id",       "date",     "subject",  "subject_id", "relation", "mode",     "predicate",
                   "object",   "object_id", "modality", "mentions",   "articles", "languages"};
  for (const Edge& e : edges) {
    const Entity& s = names.Get(e.subject_id);
    const Entity& o = names.Get(e.object_id);
    const std::string relation(RelationName(e.relation)), modality(ModalityName(e.modality));
    r.rows.push_back({e.date, shown(s), relation, shown(o), e.predicate, modality, std::to_string(e.articles)});
    r.flat_rows.push_back({e.id, e.date, shown(s), s.id, relation, e.mode, e.predicate, shown(o), o.id, modality,
                           std::to_string(e.mentions), std::to_string(e.articles), EvidenceLanguages(e)});
    r.json.push_back(EdgeToJson(e, s, o));
  }
  return r;
}

std::string DisplayName(const Entity& e) {
  if (e.name_hi.empty() || e.name_hi == e.name) return e.name;
  return fmt::format("{} ({})", e.name, e.name_hi);
}

}  // namespace jaal::cli

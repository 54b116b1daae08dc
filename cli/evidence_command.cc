// `jaal evidence`: the sentences, documents and languages behind relations, so every answer the
// other commands give can be checked against the text it came from.
#include <iostream>

#include <fmt/format.h>

#include "commands.h"
#include "explore.h"
#include "filters.h"
#include "jaal/core/json.h"

namespace jaal::cli {
namespace {

struct EvidenceOptions {
  std::string edge_id, subject, object, lang, format = "table";
  std::size_t limit = 0;
  EdgeFilterOptions filter;
};

}  // namespace

CommandRunner AddEvidenceCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("evidence", "The sentences and documents behind relations");
  auto o = std::make_shared<EvidenceOptions>();
  cmd->add_option("edge_id", o->edge_id, "An edge id as `jaal query --format json` prints it (e.g. e0123456789abcdef)");
  cmd->add_option("-s,--subject", o->subject, "Subject actor (English or Hindi name, alias or id)");
  cmd->add_option("-o,--object", o->object, "Object actor");
  AddEdgeFilterOptions(*cmd, o->filter);
  cmd->add_option("--lang", o->lang, "Only evidence in this language")->check(CLI::IsMember({"hi", "en"}));
  cmd->add_option("-n,--limit", o->limit, "At most this many sentences");
  cmd->add_option("-f,--format", o->format, "table (default), json, jsonl, csv or tsv")->check(CLI::IsMember(kRowFormats));
  cmd->footer("Give an EDGE_ID, or --subject and/or --object. An EDGE_ID alone is found by scanning the store;\n"
              "add --subject or --object to use their index instead. Symmetric relations match either way round.\n"
              "Exit status: 0 with results, 1 when nothing matched, 2 on a bad argument.\n"
              "Example: jaal evidence --subject \"किम जोंग-उन\" --object \"Andrei Belousov\" --relation CONSULT");
  return [&global, o]() -> int {
    if (o->edge_id.empty() && o->subject.empty() && o->object.empty()) {
      PrintError("evidence", "EDGE_ID: give an edge id, or --subject and/or --object");
      return kExitUsage;
    }
    store::EdgeFilter filter;
    if (int code = ParseEdgeFilterOptions("evidence", o->filter, &filter); code != kExitOk) return code;
    auto store = OpenStore(global, store::GraphStore::Mode::kReadOnly);
    if (!store.ok()) {
      PrintError("evidence", store.status().message());
      return kExitFailure;
    }
    for (auto [flag, name, id] : {std::tuple<const char*, std::string*, std::string*>{"--subject", &o->subject, &filter.subject_id},
                                  {"--object", &o->object, &filter.object_id}}) {
      if (name->empty()) continue;
      auto e = ResolveActor(**store, global, *name);
      if (!e.ok()) return ReportUnresolved("evidence", flag, e.status());
      *id = e->id;
    }
    std::vector<Edge> edges;
    if (!o->edge_id.empty()) {
      // GraphStore has no lookup by edge id; walk the narrowest index available and stop at it.
      bool found = false;
      auto keep = [&](const Edge& e) {
        if (e.id != o->edge_id) return Status::Ok();
        edges.push_back(e);
        found = true;
        return Status::Aborted("found");
      };
      Status s = Status::Ok();
      if (filter.subject_id.empty() && filter.object_id.empty()) {
        s = (*store)->ForEachEdge(filter, keep);
      } else {
        auto both = QueryBothWays(**store, filter);
        if (!both.ok()) s = both.status();
        else
          for (const Edge& e : *both)
            if (!found) (void)keep(e);
      }
      if (!s.ok() && !found) {
        PrintError("evidence", s.message());
        return kExitFailure;
      }
    } else {
      auto both = QueryBothWays(**store, filter);
      if (!both.ok()) {
        PrintError("evidence", both.status().message());
        return kExitFailure;
      }
      edges = std::move(*both);
    }

    EntityNames names(**store);
    std::map<std::string, store::DocumentInfo> documents;
    auto document = [&](const std::string& id) -> const store::DocumentInfo& {
      auto it = documents.find(id);
      if (it != documents.end()) return it->second;
      store::DocumentInfo d;
      d.id = id;
      if (auto got = (*store)->GetDocument(id); got.ok() && got->has_value()) d = **got;
      return documents.emplace(id, std::move(d)).first->second;
    };
    ResultSet r;
    r.header = {"EDGE", "DATE", "SUBJECT", "RELATION", "OBJECT", "DOC", "LANG", "SENT", "TEXT"};
    r.flat_header = {"edge_id", "date",      "subject",    "subject_id", "relation", "object",     "object_id", "doc",
                     "doc_title", "doc_date", "doc_source", "lang",      "sentence", "span_begin", "span_end",  "modality",
                     "confidence", "evidence_date", "date_source", "text"};
    std::size_t rows = 0;
    for (const Edge& e : edges) {
      const Entity& s = names.Get(e.subject_id);
      const Entity& ob = names.Get(e.object_id);
      const std::string relation(RelationName(e.relation));
      for (const Evidence& x : e.evidence) {
        if (!o->lang.empty() && x.lang != o->lang) continue;
        if (o->limit && rows >= o->limit) break;
        ++rows;
        const store::DocumentInfo& d = document(x.doc);
        r.rows.push_back({e.id, e.date, s.name, relation, ob.name, x.doc, x.lang, std::to_string(x.sentence), x.text});
        r.flat_rows.push_back({e.id, e.date, s.name, s.id, relation, ob.name, ob.id, x.doc, d.title, d.date, d.source, x.lang,
                               std::to_string(x.sentence), std::to_string(x.span.begin), std::to_string(x.span.end),
                               std::string(ModalityName(x.modality)), fmt::format("{:.3g}", x.confidence), x.date, x.date_source, x.text});
        std::string line;
        json::ObjectWriter w(line);
        w.Field("edge_id", e.id).Field("date", e.date).Field("subject", s.name).Field("subject_id", s.id);
        w.Field("relation", relation).Field("object", ob.name).Field("object_id", ob.id);
        w.Field("doc", x.doc).Field("doc_title", d.title).Field("doc_date", d.date).Field("doc_source", d.source);
        w.Field("lang", x.lang).Field("sentence", x.sentence).Raw("span", fmt::format("[{},{}]", x.span.begin, x.span.end));
        w.Field("modality", ModalityName(x.modality)).Field("attributed_to", x.attributed_to).Field("confidence", x.confidence);
        // The date this sentence gave the fact: a report dated by its article can sit on a nearby event day.
        w.Field("evidence_date", x.date).Field("date_source", x.date_source);
        w.Field("text", x.text);
        w.Close();
        r.json.push_back(line);
      }
    }
    PrintResultSet(ParseFormat(o->format), r);
    if (rows == 0) {
      if (!global.quiet)
        std::cerr << (o->edge_id.empty() || !edges.empty() ? "jaal evidence: no evidence matched\n"
                                                           : fmt::format("jaal evidence: EDGE_ID: no edge {} matched\n", o->edge_id));
      return kExitNoMatch;
    }
    return kExitOk;
  };
}

}  // namespace jaal::cli

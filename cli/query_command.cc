// `jaal query`: relations from the store, filtered by actors, relation types and dates.
#include <algorithm>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "jaal/core/date.h"
#include "jaal/core/json.h"
#include "commands.h"

namespace jaal::cli {
namespace {

struct QueryOptions {
  std::string subject, object, actor, since, until, format = "table";
  std::vector<std::string> relations;
  bool asserted_only = false;
  size_t limit = 0;
};

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
  for (size_t i = 0; i < e.evidence.size(); ++i) {
    const Evidence& x = e.evidence[i];
    std::string one;
    json::ObjectWriter ew(one);
    ew.Field("doc", x.doc).Field("lang", x.lang).Field("sentence", x.sentence);
    ew.Raw("span", fmt::format("[{},{}]", x.span.begin, x.span.end)).Field("text", x.text).Field("modality", ModalityName(x.modality));
    ew.Close();
    ev += (i ? "," : "") + one;
  }
  ev += "]";
  w.Raw("evidence", ev);
  w.Close();
  return out;
}

// CONSULT, AGREE and COOPERATE hold both ways but are stored once, in id order: a subject or
// object filter also finds them from the other side, shown with the asked-for actor first.
Result<std::vector<Edge>> QueryBothWays(const store::GraphStore& store, const store::EdgeFilter& filter) {
  auto edges = store.QueryEdges(filter);
  if (!edges.ok() || (filter.subject_id.empty() && filter.object_id.empty())) return edges;
  store::EdgeFilter flipped = filter;
  std::swap(flipped.subject_id, flipped.object_id);
  flipped.relations.clear();
  for (Relation r : {Relation::kConsult, Relation::kAgree, Relation::kCooperate})
    if (filter.relations.empty() || std::find(filter.relations.begin(), filter.relations.end(), r) != filter.relations.end())
      flipped.relations.push_back(r);
  if (flipped.relations.empty()) return edges;
  auto more = store.QueryEdges(flipped);
  if (!more.ok()) return more.status();
  for (Edge e : *more) {
    if (e.subject_id == e.object_id) continue;
    std::swap(e.subject_id, e.object_id);
    edges->push_back(std::move(e));
  }
  std::stable_sort(edges->begin(), edges->end(), [](const Edge& a, const Edge& b) { return a.date < b.date; });
  if (filter.limit && edges->size() > filter.limit) edges->resize(filter.limit);
  return edges;
}

}  // namespace

CommandRunner AddQueryCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("query", "List stored relations matching filters");
  auto o = std::make_shared<QueryOptions>();
  cmd->add_option("-s,--subject", o->subject, "Subject actor: a name in English or Hindi, an alias, or an id");
  cmd->add_option("-o,--object", o->object, "Object actor (same forms as --subject)");
  cmd->add_option("-a,--actor", o->actor, "An actor on either side");
  cmd->add_option("-r,--relation", o->relations, "PLOVER type(s) or ROLE, e.g. -r CONSULT -r AGREE or -r CONSULT,AGREE")
      ->delimiter(',');
  cmd->add_option("--since", o->since, "Earliest date, YYYY[-MM[-DD]] (inclusive)");
  cmd->add_option("--until", o->until, "Latest date, YYYY[-MM[-DD]] (inclusive)");
  cmd->add_flag("--asserted-only", o->asserted_only, "Leave out claimed and future facts");
  cmd->add_option("-n,--limit", o->limit, "At most this many relations");
  cmd->add_option("-f,--format", o->format, "table (default), json or jsonl")->check(CLI::IsMember({"table", "json", "jsonl"}));
  cmd->footer("Exit status: 0 with results, 1 when nothing matched, 2 on a bad argument.\n"
              "Example: jaal query --subject \"किम जोंग-उन\" --relation CONSULT");
  return [&global, o]() -> int {
    store::EdgeFilter filter;
    for (const std::string& r : o->relations) {
      auto rel = ParseRelation(r);
      if (!rel) {
        PrintError("query", fmt::format("--relation: unknown type '{}' (one of the 16 PLOVER types or ROLE)", r));
        return kExitUsage;
      }
      filter.relations.push_back(*rel);
    }
    for (auto [flag, value] : {std::pair<const char*, std::string*>{"--since", &o->since}, {"--until", &o->until}}) {
      if (!value->empty() && !Date::Parse(*value)) {
        PrintError("query", fmt::format("{}: '{}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", flag, *value));
        return kExitUsage;
      }
    }
    filter.since = o->since;
    filter.until = o->until;
    filter.asserted_only = o->asserted_only;
    filter.limit = o->limit;
    auto store = OpenStore(global, store::GraphStore::Mode::kReadOnly);
    if (!store.ok()) {
      PrintError("query", store.status().message());
      return kExitFailure;
    }
    // The lexicon lets a name resolve even when the store saw it spelled otherwise; optional.
    auto extractor = LoadExtractor(global);
    const extract::Extractor* ex = extractor.ok() ? extractor->get() : nullptr;
    for (auto [flag, name, id] : {std::tuple<const char*, std::string*, std::string*>{"--subject", &o->subject, &filter.subject_id},
                                  {"--object", &o->object, &filter.object_id},
                                  {"--actor", &o->actor, &filter.actor_id}}) {
      if (name->empty()) continue;
      auto e = ResolveEntity(**store, ex, *name);
      if (!e.ok()) {
        PrintError("query", fmt::format("{}: {}", flag, e.status().message()));
        return e.status().code() == Status::Code::kNotFound ? kExitNoMatch : kExitUsage;
      }
      *id = e->id;
    }
    auto edges = QueryBothWays(**store, filter);
    if (!edges.ok()) {
      PrintError("query", edges.status().message());
      return kExitFailure;
    }
    std::map<std::string, Entity> names;
    auto entity = [&](const std::string& id) -> const Entity& {
      auto it = names.find(id);
      if (it != names.end()) return it->second;
      Entity e;
      e.id = e.name = id;
      if (auto got = (*store)->GetEntity(id); got.ok() && got->has_value()) e = **got;
      return names.emplace(id, e).first->second;
    };
    if (o->format == "table") {
      std::vector<std::vector<std::string>> rows;
      for (const Edge& e : *edges)
        rows.push_back({e.date, entity(e.subject_id).name, std::string(RelationName(e.relation)), entity(e.object_id).name,
                        e.predicate, std::string(ModalityName(e.modality)), std::to_string(e.articles)});
      if (!rows.empty()) PrintTable({"DATE", "SUBJECT", "RELATION", "OBJECT", "PREDICATE", "MODALITY", "ARTICLES"}, rows);
    } else {
      if (o->format == "json") std::cout << "[";
      for (size_t i = 0; i < edges->size(); ++i) {
        const Edge& e = (*edges)[i];
        std::string line = EdgeToJson(e, entity(e.subject_id), entity(e.object_id));
        if (o->format == "json") std::cout << (i ? ",\n " : "") << line;
        else std::cout << line << '\n';
      }
      if (o->format == "json") std::cout << "]\n";
    }
    if (edges->empty() && !global.quiet) std::cerr << "jaal query: no relation matched\n";
    return edges->empty() ? kExitNoMatch : kExitOk;
  };
}

}  // namespace jaal::cli

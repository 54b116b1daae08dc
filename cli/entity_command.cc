// `jaal entity`: one actor's profile — names in both scripts, offices held, what it did and had
// done to it, with whom, and over which dates.
#include <algorithm>
#include <array>
#include <iostream>
#include <map>
#include <set>

#include <fmt/format.h>

#include "commands.h"
#include "explore.h"
#include "jaal/core/json.h"

namespace jaal::cli {
namespace {

struct EntityOptions {
  std::string name, format = "table";
  std::size_t top = 10;
};

bool IsDevanagari(const std::string& s) {
  // U+0900..U+097F is E0 A4 80 .. E0 A5 BF in UTF-8.
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xE0 && (static_cast<unsigned char>(s[i + 1]) & 0xFE) == 0xA4) return true;
  return false;
}

struct Counterpart {
  std::string id;
  int edges = 0;
  std::set<std::string> docs;
  std::set<Relation> relations;
};

std::string Join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : std::string(sep)) + s;
  return out;
}

}  // namespace

CommandRunner AddEntityCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("entity", "Profile of one actor: names, roles, relations, counterparts, dates");
  auto o = std::make_shared<EntityOptions>();
  cmd->add_option("name", o->name, "The actor: a name in English or Hindi, an alias, or an id")->required();
  cmd->add_option("--top", o->top, "How many counterparts to list (default 10)");
  cmd->add_option("-f,--format", o->format, "table (default), json or jsonl")->check(CLI::IsMember(kRecordFormats));
  cmd->footer("Exit status: 0 when the actor is stored, 1 when no actor has that name, 2 on a bad or ambiguous name.\n"
              "Example: jaal entity \"किम जोंग-उन\"");
  return [&global, o]() -> int {
    auto store = OpenStore(global, store::GraphStore::Mode::kReadOnly);
    if (!store.ok()) {
      PrintError("entity", store.status().message());
      return kExitFailure;
    }
    auto found = ResolveActor(**store, global, o->name);
    if (!found.ok()) return ReportUnresolved("entity", "NAME", found.status());
    const Entity& ent = *found;

    // One walk of the subject and object indexes for this id gives everything below.
    store::EdgeFilter filter;
    filter.actor_id = ent.id;
    std::vector<Edge> roles;  // ROLE edges with this actor on either side
    // counts[relation] = {out, in, both}
    std::map<Relation, std::array<int, 3>> counts;
    std::map<std::string, Counterpart> partners;
    std::set<std::string> docs;
    std::string first, last;
    int total = 0;
    Status s = (*store)->ForEachEdge(filter, [&](const Edge& e) {
      ++total;
      if (!e.date.empty()) {
        if (first.empty() || e.date < first) first = e.date;
        last = std::max(last, e.date);
      }
      for (const Evidence& x : e.evidence) docs.insert(x.doc);
      if (e.relation == Relation::kRole) roles.push_back(e);
      int dir = IsSymmetric(e.relation) ? 2 : e.subject_id == ent.id ? 0 : 1;
      ++counts[e.relation][dir];
      const std::string& other = e.subject_id == ent.id ? e.object_id : e.subject_id;
      if (other == ent.id) return Status::Ok();
      Counterpart& c = partners[other];
      c.id = other;
      ++c.edges;
      c.relations.insert(e.relation);
      for (const Evidence& x : e.evidence) c.docs.insert(x.doc);
      return Status::Ok();
    });
    if (!s.ok()) {
      PrintError("entity", s.message());
      return kExitFailure;
    }
    std::vector<Counterpart> top;
    for (auto& [id, c] : partners) top.push_back(std::move(c));
    std::sort(top.begin(), top.end(), [](const Counterpart& a, const Counterpart& b) {
      if (a.edges != b.edges) return a.edges > b.edges;
      if (a.docs.size() != b.docs.size()) return a.docs.size() > b.docs.size();
      return a.id < b.id;
    });
    if (top.size() > o->top) top.resize(o->top);

    std::vector<std::string> latin, devanagari;
    for (const std::string& alias : ent.aliases) (IsDevanagari(alias) ? devanagari : latin).push_back(alias);
    EntityNames names(**store);
    auto relation_list = [](const std::set<Relation>& rs) {
      std::vector<std::string> v;
      for (Relation r : rs) v.emplace_back(RelationName(r));
      return v;
    };

    if (ParseFormat(o->format) == Format::kTable) {
      std::cout << DisplayName(ent) << '\n';
      PrintTable({"FIELD", "VALUE"}, {{"id", ent.id},
                                      {"type", TypeName(ent)},
                                      {"aliases (Latin)", Join(latin, ", ")},
                                      {"aliases (Devanagari)", Join(devanagari, ", ")},
                                      {"relations", std::to_string(total)},
                                      {"articles", std::to_string(docs.size())},
                                      {"first seen", first},
                                      {"last seen", last}});
      if (!roles.empty()) {
        std::cout << "\nROLES\n";
        std::vector<std::vector<std::string>> rows;
        for (const Edge& e : roles)
          rows.push_back({e.date, names.Get(e.subject_id).name, e.predicate, names.Get(e.object_id).name});
        PrintTable({"DATE", "HOLDER", "ROLE", "OF"}, rows);
      }
      if (!counts.empty()) {
        std::cout << "\nRELATIONS\n";
        std::vector<std::vector<std::string>> rows;
        for (const auto& [rel, c] : counts)
          rows.push_back({std::string(RelationName(rel)), std::to_string(c[0]), std::to_string(c[1]), std::to_string(c[2]),
                          std::to_string(c[0] + c[1] + c[2])});
        PrintTable({"RELATION", "OUT", "IN", "BOTH", "TOTAL"}, rows);
      }
      if (!top.empty()) {
        std::cout << "\nTOP COUNTERPARTS\n";
        std::vector<std::vector<std::string>> rows;
        for (const Counterpart& c : top)
          rows.push_back({names.Get(c.id).name, std::to_string(c.edges), std::to_string(c.docs.size()),
                          Join(relation_list(c.relations), ", ")});
        PrintTable({"ACTOR", "EDGES", "ARTICLES", "RELATIONS"}, rows);
      }
    } else {
      std::string roles_json = "[";
      for (std::size_t i = 0; i < roles.size(); ++i) {
        const Edge& e = roles[i];
        std::string one;
        json::ObjectWriter w(one);
        w.Field("edge_id", e.id).Field("date", e.date).Field("holder", names.Get(e.subject_id).name)
            .Field("holder_id", e.subject_id).Field("role", e.predicate).Field("of", names.Get(e.object_id).name)
            .Field("of_id", e.object_id);
        w.Close();
        roles_json += (i ? "," : "") + one;
      }
      std::string counts_json = "[";
      for (const auto& [rel, c] : counts) {
        std::string one;
        json::ObjectWriter w(one);
        w.Field("relation", RelationName(rel)).Field("out", c[0]).Field("in", c[1]).Field("both", c[2]);
        w.Close();
        counts_json += (counts_json.size() > 1 ? "," : "") + one;
      }
      std::string top_json = "[";
      for (std::size_t i = 0; i < top.size(); ++i) {
        const Entity& other = names.Get(top[i].id);
        std::string one;
        json::ObjectWriter w(one);
        w.Field("id", other.id).Field("name", other.name).Field("name_hi", other.name_hi).Field("edges", top[i].edges)
            .Field("articles", static_cast<int>(top[i].docs.size())).Field("relations", relation_list(top[i].relations));
        w.Close();
        top_json += (i ? "," : "") + one;
      }
      std::string out;
      json::ObjectWriter w(out);
      w.Field("id", ent.id).Field("name", ent.name).Field("name_hi", ent.name_hi).Field("type", TypeName(ent));
      w.Field("aliases_latin", latin).Field("aliases_devanagari", devanagari);
      w.Field("relations", total).Field("articles", static_cast<int>(docs.size()));
      w.Field("first_seen", first).Field("last_seen", last);
      w.Raw("roles", roles_json + "]").Raw("relation_counts", counts_json + "]").Raw("top_counterparts", top_json + "]");
      w.Close();
      std::cout << out << '\n';
    }
    return kExitOk;
  };
}

}  // namespace jaal::cli

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
  std::int64_t edges = 0;
  std::int64_t articles = 0;  // documents with evidence on an edge between the two
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

    // Everything below comes from aggregates the store keeps per entity and per counterpart
    // (entity_links), the ROLE part of the actor-relation index and the ends of the actor indexes,
    // so a hub with a hundred thousand relations costs about what a new actor does.
    std::map<Relation, std::array<std::int64_t, 3>> counts;  // counts[relation] = {out, in, both}
    std::vector<Counterpart> top;
    std::int64_t total = 0;
    Status s = (*store)->ForEachLink(ent.id, [&](const store::EntityLink& link) {
      total += link.total_edges;
      for (const auto& [rel, c] : link.edges)
        for (int d = 0; d < 3; ++d) counts[rel][d] += c[d];
      if (link.counterpart_id == ent.id) return Status::Ok();
      Counterpart c{link.counterpart_id, link.total_edges, link.articles, {}};
      for (const auto& [rel, n] : link.edges) c.relations.insert(rel);
      top.push_back(std::move(c));
      return Status::Ok();
    });
    std::vector<Edge> roles;  // ROLE edges with this actor on either side
    if (s.ok()) {
      store::EdgeFilter role_filter;
      role_filter.actor_id = ent.id;
      role_filter.relations = {Relation::kRole};
      role_filter.evidence = store::EvidenceRead::kNone;
      auto found = (*store)->QueryEdges(role_filter);
      if (found.ok()) roles = std::move(*found);
      else s = found.status();
    }
    auto range = s.ok() ? (*store)->DateRange(ent.id) : Result<std::pair<std::string, std::string>>(s);
    auto articles = range.ok() ? (*store)->CountEntityDocuments(ent.id) : Result<std::int64_t>(range.status());
    if (!articles.ok()) {
      PrintError("entity", articles.status().message());
      return kExitFailure;
    }
    const std::string& first = range->first;
    const std::string& last = range->second;
    auto by_rank = [](const Counterpart& a, const Counterpart& b) {
      if (a.edges != b.edges) return a.edges > b.edges;
      if (a.articles != b.articles) return a.articles > b.articles;
      return a.id < b.id;
    };
    if (top.size() > o->top) {
      std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(o->top), top.end(), by_rank);
      top.resize(o->top);
    } else {
      std::sort(top.begin(), top.end(), by_rank);
    }

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
                                      {"articles", std::to_string(*articles)},
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
          rows.push_back({names.Get(c.id).name, std::to_string(c.edges), std::to_string(c.articles),
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
        w.Field("relation", RelationName(rel)).Field("out", static_cast<long long>(c[0])).Field("in", static_cast<long long>(c[1]))
            .Field("both", static_cast<long long>(c[2]));
        w.Close();
        counts_json += (counts_json.size() > 1 ? "," : "") + one;
      }
      std::string top_json = "[";
      for (std::size_t i = 0; i < top.size(); ++i) {
        const Entity& other = names.Get(top[i].id);
        std::string one;
        json::ObjectWriter w(one);
        w.Field("id", other.id).Field("name", other.name).Field("name_hi", other.name_hi).Field("edges", static_cast<long long>(top[i].edges))
            .Field("articles", static_cast<long long>(top[i].articles)).Field("relations", relation_list(top[i].relations));
        w.Close();
        top_json += (i ? "," : "") + one;
      }
      std::string out;
      json::ObjectWriter w(out);
      w.Field("id", ent.id).Field("name", ent.name).Field("name_hi", ent.name_hi).Field("type", TypeName(ent));
      w.Field("aliases_latin", latin).Field("aliases_devanagari", devanagari);
      w.Field("relations", static_cast<long long>(total)).Field("articles", static_cast<long long>(*articles));
      w.Field("first_seen", first).Field("last_seen", last);
      w.Raw("roles", roles_json + "]").Raw("relation_counts", counts_json + "]").Raw("top_counterparts", top_json + "]");
      w.Close();
      std::cout << out << '\n';
    }
    return kExitOk;
  };
}

}  // namespace jaal::cli

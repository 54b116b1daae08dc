// `jaal query`: relations from the store, filtered by actors, relation types, dates, mode,
// support and evidence language.
#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "commands.h"
#include "explore.h"
#include "filters.h"

namespace jaal::cli {
namespace {

// A table of a hub's every relation helps nobody and costs a read per row; the note on stderr
// says how many more there are and how to see them.
constexpr std::size_t kDefaultLimit = 100;

struct QueryOptions {
  std::string subject, object, actor, mode, lang, sort = "date", names = "en", format = "table";
  EdgeFilterOptions filter;
  int min_articles = 0;
  size_t limit = kDefaultLimit;
};

}  // namespace

CommandRunner AddQueryCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("query", "List stored relations matching filters");
  auto o = std::make_shared<QueryOptions>();
  cmd->add_option("-s,--subject", o->subject, "Subject actor: a name in English or Hindi, an alias, or an id");
  cmd->add_option("-o,--object", o->object, "Object actor (same forms as --subject)");
  cmd->add_option("-a,--actor", o->actor, "An actor on either side");
  AddEdgeFilterOptions(*cmd, o->filter);
  cmd->add_option("--mode", o->mode, "PLOVER mode, e.g. visit or aerial (exact, as stored)");
  cmd->add_option("--min-articles", o->min_articles, "Only relations reported by at least N articles")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--lang", o->lang, "Only relations with evidence in this language")->check(CLI::IsMember({"hi", "en"}));
  cmd->add_option("--sort", o->sort, "date (default) or evidence (most mentions, then articles, first)")
      ->check(CLI::IsMember({"date", "evidence"}));
  cmd->add_option("-n,--limit", o->limit, fmt::format("At most this many relations (default {}; 0 for all)", kDefaultLimit))
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--names", o->names, "Show actor names in en (default) or hi (Devanagari where known)")
      ->check(CLI::IsMember({"en", "hi"}));
  cmd->add_option("-f,--format", o->format, "table (default), json, jsonl, csv or tsv")->check(CLI::IsMember(kRowFormats));
  cmd->footer("Exit status: 0 with results, 1 when nothing matched, 2 on a bad argument.\n"
              "Example: jaal query --subject \"किम जोंग-उन\" --relation CONSULT");
  return [&global, o]() -> int {
    store::EdgeFilter filter;
    if (int code = ParseEdgeFilterOptions("query", o->filter, &filter); code != kExitOk) return code;
    // Filters the store's indexes cannot answer run after the read, so the limit must wait too.
    const bool post_filter = !o->mode.empty() || o->min_articles > 0 || !o->lang.empty() || o->sort != "date";
    filter.limit = post_filter ? 0 : o->limit;
    // The table shows no sentence; the other formats list the evidence (or its languages).
    const Format format = ParseFormat(o->format);
    filter.evidence = format == Format::kTable && o->lang.empty() ? store::EvidenceRead::kNone : store::EvidenceRead::kAll;
    auto store = OpenStore(global, store::GraphStore::Mode::kReadOnly);
    if (!store.ok()) {
      PrintError("query", store.status().message());
      return kExitFailure;
    }
    for (auto [flag, name, id] : {std::tuple<const char*, std::string*, std::string*>{"--subject", &o->subject, &filter.subject_id},
                                  {"--object", &o->object, &filter.object_id},
                                  {"--actor", &o->actor, &filter.actor_id}}) {
      if (name->empty()) continue;
      auto e = ResolveActor(**store, global, *name);
      if (!e.ok()) return ReportUnresolved("query", flag, e.status());
      *id = e->id;
    }
    auto edges = QueryBothWays(**store, filter);
    if (!edges.ok()) {
      PrintError("query", edges.status().message());
      return kExitFailure;
    }
    std::int64_t total = static_cast<std::int64_t>(edges->size());
    if (post_filter) {
      std::erase_if(*edges, [&](const Edge& e) {
        if (!o->mode.empty() && e.mode != o->mode) return true;
        if (e.articles < o->min_articles) return true;
        if (!o->lang.empty() &&
            std::none_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& x) { return x.lang == o->lang; }))
          return true;
        return false;
      });
      if (o->sort == "evidence")
        std::stable_sort(edges->begin(), edges->end(), [](const Edge& a, const Edge& b) {
          return std::tie(b.mentions, b.articles) < std::tie(a.mentions, a.articles);
        });
      total = static_cast<std::int64_t>(edges->size());
      if (o->limit && edges->size() > o->limit) edges->resize(o->limit);
    } else if (o->limit && edges->size() == o->limit) {
      // The limit stopped the walk: count the rest from the index keys, without reading them.
      auto counted = CountBothWays(**store, filter);
      if (!counted.ok()) {
        PrintError("query", counted.status().message());
        return kExitFailure;
      }
      total = *counted;
    }
    EntityNames names(**store);
    PrintResultSet(format, EdgeResultSet(*edges, names, o->names == "hi"));
    if (edges->empty() && !global.quiet) std::cerr << "jaal query: no relation matched\n";
    if (!global.quiet && total > static_cast<std::int64_t>(edges->size()))
      std::cerr << fmt::format("jaal query: showing the first {} of {} relations (by {}); --limit N shows more, --limit 0 all\n",
                               edges->size(), total, o->sort);
    return edges->empty() ? kExitNoMatch : kExitOk;
  };
}

}  // namespace jaal::cli

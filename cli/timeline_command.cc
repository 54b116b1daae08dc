// `jaal timeline`: what one actor did and had done to it, in date order.
#include <iostream>

#include <fmt/format.h>

#include "commands.h"
#include "explore.h"
#include "filters.h"

namespace jaal::cli {
namespace {

struct TimelineOptions {
  std::string name, names = "en", format = "table";
  std::size_t limit = 0;
  EdgeFilterOptions filter;
};

}  // namespace

CommandRunner AddTimelineCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("timeline", "An actor's dated events in date order");
  auto o = std::make_shared<TimelineOptions>();
  cmd->add_option("name", o->name, "The actor: a name in English or Hindi, an alias, or an id")->required();
  AddEdgeFilterOptions(*cmd, o->filter);
  cmd->add_option("-n,--limit", o->limit, "At most this many events (the earliest)");
  cmd->add_option("--names", o->names, "Show actor names in en (default) or hi (Devanagari where known)")
      ->check(CLI::IsMember({"en", "hi"}));
  cmd->add_option("-f,--format", o->format, "table (default), json, jsonl, csv or tsv")->check(CLI::IsMember(kRowFormats));
  cmd->footer("Undated relations are left out. Dates keep their precision: \"2024-06\" sorts before \"2024-06-01\".\n"
              "Exit status: 0 with results, 1 when nothing matched, 2 on a bad argument.\n"
              "Example: jaal timeline \"Kim Jong-un\" --since 2024-06");
  return [&global, o]() -> int {
    store::EdgeFilter filter;
    if (int code = ParseEdgeFilterOptions("timeline", o->filter, &filter); code != kExitOk) return code;
    auto store = OpenStore(global, store::GraphStore::Mode::kReadOnly);
    if (!store.ok()) {
      PrintError("timeline", store.status().message());
      return kExitFailure;
    }
    auto actor = ResolveActor(**store, global, o->name);
    if (!actor.ok()) return ReportUnresolved("timeline", "NAME", actor.status());
    filter.actor_id = actor->id;  // the store merges its subject and object indexes in date order
    std::vector<Edge> events;
    int undated = 0;
    bool stopped = false;
    Status s = (*store)->ForEachEdge(filter, [&](const Edge& e) {
      if (e.date.empty()) {
        ++undated;
        return Status::Ok();
      }
      events.push_back(e);
      // Stopping early keeps --limit cheap on actors with long histories.
      stopped = o->limit && events.size() >= o->limit;
      return stopped ? Status::Aborted("enough events") : Status::Ok();
    });
    if (!s.ok() && !stopped) {
      PrintError("timeline", s.message());
      return kExitFailure;
    }
    EntityNames names(**store);
    PrintResultSet(ParseFormat(o->format), EdgeResultSet(events, names, o->names == "hi"));
    if (!global.quiet && undated > 0)
      std::cerr << fmt::format("jaal timeline: {} undated relation{} of {} left out\n", undated, undated == 1 ? "" : "s",
                               actor->name);
    if (events.empty()) {
      if (!global.quiet) std::cerr << fmt::format("jaal timeline: no dated event of {} matched\n", actor->name);
      return kExitNoMatch;
    }
    return kExitOk;
  };
}

}  // namespace jaal::cli

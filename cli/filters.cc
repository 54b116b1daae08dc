// Checking the shared relation and date options, with messages that name the bad argument.
#include "filters.h"

#include <fmt/format.h>

#include "common.h"
#include "jaal/core/date.h"

namespace jaal::cli {

void AddEdgeFilterOptions(CLI::App& cmd, EdgeFilterOptions& o) {
  cmd.add_option("-r,--relation", o.relations, "PLOVER type(s) or ROLE, e.g. -r CONSULT -r AGREE or -r CONSULT,AGREE")
      ->delimiter(',');
  cmd.add_option("--since", o.since, "Earliest date, YYYY[-MM[-DD]] (inclusive)");
  cmd.add_option("--until", o.until, "Latest date, YYYY[-MM[-DD]] (inclusive)");
  cmd.add_option("--on", o.on, "Only this date, YYYY[-MM[-DD]] (same as --since D --until D)");
  cmd.add_flag("--asserted-only", o.asserted_only, "Leave out claimed, denied and future facts");
}

int ParseEdgeFilterOptions(const std::string& command, const EdgeFilterOptions& o, store::EdgeFilter* filter) {
  for (const std::string& r : o.relations) {
    auto rel = ParseRelation(r);
    if (!rel) {
      PrintError(command, fmt::format("--relation: unknown type '{}' (one of the 16 PLOVER types or ROLE)", r));
      return kExitUsage;
    }
    filter->relations.push_back(*rel);
  }
  for (auto [flag, value] : {std::pair<const char*, const std::string*>{"--since", &o.since},
                             {"--until", &o.until},
                             {"--on", &o.on}}) {
    if (!value->empty() && !Date::Parse(*value)) {
      PrintError(command, fmt::format("{}: '{}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", flag, *value));
      return kExitUsage;
    }
  }
  if (!o.on.empty() && (!o.since.empty() || !o.until.empty())) {
    PrintError(command, "--on: cannot be combined with --since or --until");
    return kExitUsage;
  }
  filter->since = o.on.empty() ? o.since : o.on;
  filter->until = o.on.empty() ? o.until : o.on;
  filter->asserted_only = o.asserted_only;
  return kExitOk;
}

}  // namespace jaal::cli

// `jaal stats`: what the store holds, by type, relation and language.
#include <iostream>

#include <fmt/format.h>

#include "commands.h"

namespace jaal::cli {

CommandRunner AddStatsCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("stats", "Counts of documents, entities and relations in the store");
  cmd->footer("Safe while a build writes the store (it opens it read-only).\nExample: jaal stats --store corpus.jaal");
  return [&global]() -> int {
    auto store = OpenStore(global, store::GraphStore::Mode::kReadOnly);
    if (!store.ok()) {
      PrintError("stats", store.status().message());
      return kExitFailure;
    }
    auto st = (*store)->Stats();
    if (!st.ok()) {
      PrintError("stats", st.status().message());
      return kExitFailure;
    }
    std::cout << fmt::format("store      {}\n", StoreDir(global));
    std::cout << fmt::format("documents  {}\n", st->documents);
    for (const auto& [lang, n] : st->documents_by_lang) std::cout << fmt::format("  {:<23} {}\n", lang, n);
    std::cout << fmt::format("entities   {}\n", st->entities);
    for (const auto& [type, n] : st->entities_by_type) std::cout << fmt::format("  {:<23} {}\n", type, n);
    std::cout << fmt::format("relations  {}\n", st->edges);
    for (const auto& [rel, n] : st->edges_by_relation) std::cout << fmt::format("  {:<23} {}\n", rel, n);
    std::cout << fmt::format("evidence   {}\n", st->evidence);
    if (!st->first_date.empty()) std::cout << fmt::format("dates      {} .. {}\n", st->first_date, st->last_date);
    std::cout << fmt::format("disk       {:.1f} KiB\n", st->disk_bytes / 1024.0);
    return kExitOk;
  };
}

}  // namespace jaal::cli

// `jaal verify`: a read-only consistency check of the store, for after a crash, a full disk or a
// suspicious query result.
#include <iostream>

#include <fmt/format.h>

#include "commands.h"

namespace jaal::cli {

CommandRunner AddVerifyCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("verify", "Check that the store's indexes, counts and references agree; changes nothing");
  cmd->footer(
      "Exit code 0 when the store is consistent, 1 with one line per problem on stdout, 3 when it cannot be read.\n"
      "Example: jaal verify && echo consistent");
  return [&global]() -> int {
    auto store = OpenStore(global, store::GraphStore::Mode::kReadOnly);
    if (!store.ok()) {
      PrintError("verify", store.status().message());
      return kExitFailure;
    }
    store::VerifyReport report;
    if (Status s = (*store)->Verify(&report); !s.ok()) {
      PrintError("verify", s.message());
      return kExitFailure;
    }
    for (const std::string& p : report.problems) std::cout << p << '\n';
    if (report.problems_omitted > 0) std::cout << fmt::format("... and {} more problems\n", report.problems_omitted);
    if (!global.quiet)
      std::cerr << fmt::format(
          "jaal verify: {}: {} documents, {} entities, {} edges, {} evidence, {} aliases, {} index entries checked\n",
          report.consistent() ? "consistent" : fmt::format("{} problems", report.problems.size() + report.problems_omitted),
          report.documents, report.entities, report.edges, report.evidence, report.aliases, report.index_entries);
    return report.consistent() ? kExitOk : kExitNoMatch;
  };
}

}  // namespace jaal::cli

// `jaal remove`: take documents and all the facts they contributed out of the store.
#include <iostream>

#include <fmt/format.h>

#include "commands.h"

namespace jaal::cli {

CommandRunner AddRemoveCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("remove", "Remove documents (by id) and their evidence from the store");
  auto ids = std::make_shared<std::vector<std::string>>();
  cmd->add_option("ids", *ids, "Document ids")->required();
  return [&global, ids]() -> int {
    auto store = OpenStore(global, store::GraphStore::Mode::kReadWrite);
    if (!store.ok()) {
      PrintError("remove", store.status().message());
      return kExitFailure;
    }
    int missing = 0;
    for (const std::string& id : *ids) {
      auto removed = (*store)->RemoveArticle(id);
      if (!removed.ok()) {
        PrintError("remove", removed.status().message());
        return kExitFailure;
      }
      if (!*removed) {
        PrintError("remove", fmt::format("no document '{}' in the store", id));
        ++missing;
      } else if (!global.quiet) {
        std::cerr << "jaal remove: removed " << id << '\n';
      }
    }
    return missing ? kExitNoMatch : kExitOk;
  };
}

}  // namespace jaal::cli

// The jaal binary: parses the command line and dispatches to one subcommand.
#include <iostream>
#include <map>

#include "commands.h"

int main(int argc, char** argv) {
  using namespace jaal::cli;
  CLI::App app{"jaal: knowledge graphs of geopolitical events from Hindi and English news.\n"
               "Extracts who did what to whom (PLOVER event types), when and according to whom;\n"
               "stores the graph in an embedded RocksDB store; queries and exports it."};
  app.require_subcommand(1);
  app.fallthrough();  // global options (--store, --data, -q) may also follow the subcommand
  GlobalOptions global;
  app.add_option("--data", global.data_dir, "Lexicon directory (default: $JAAL_DATA, then the installed data)");
  app.add_option("--store", global.store_dir,
                 "Store directory (default: $JAAL_STORE, then $XDG_DATA_HOME/jaal/store, i.e. ~/.local/share/jaal/store)");
  app.add_flag("-q,--quiet", global.quiet, "Print no progress or summaries on stderr");
  app.set_version_flag("--version", "jaal 0.1.0");

  std::map<std::string, CommandRunner> runners;
  runners["extract"] = AddExtractCommand(app, global);
  runners["build"] = AddBuildCommand(app, global);
  runners["query"] = AddQueryCommand(app, global);
  runners["export"] = AddExportCommand(app, global);
  runners["stats"] = AddStatsCommand(app, global);
  runners["remove"] = AddRemoveCommand(app, global);
  runners["eval"] = AddEvalCommand(app, global);
  runners["entity"] = AddEntityCommand(app, global);
  runners["neighbors"] = AddNeighborsCommand(app, global);
  runners["path"] = AddPathCommand(app, global);
  runners["timeline"] = AddTimelineCommand(app, global);
  runners["rank"] = AddRankCommand(app, global);
  runners["evidence"] = AddEvidenceCommand(app, global);
  runners["verify"] = AddVerifyCommand(app, global);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  for (CLI::App* sub : app.get_subcommands()) {
    auto it = runners.find(sub->get_name());
    if (it != runners.end()) return it->second();
  }
  return kExitUsage;
}

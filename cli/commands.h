// Each subcommand registers itself on the CLI11 app; main only dispatches.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

#include "common.h"

namespace jaal::cli {

/// A registered command runs later, when CLI11 has parsed its options; it returns the exit code.
using CommandRunner = std::function<int()>;

CommandRunner AddExtractCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddBuildCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddQueryCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddExportCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddStatsCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddRemoveCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddEvalCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddEntityCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddNeighborsCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddPathCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddTimelineCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddRankCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddEvidenceCommand(CLI::App& app, GlobalOptions& global);
CommandRunner AddVerifyCommand(CLI::App& app, GlobalOptions& global);

}  // namespace jaal::cli

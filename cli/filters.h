// The relation and date options several commands share, declared and checked in one place so
// `--relation`, `--since`, `--until` and `--on` mean the same everywhere.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "jaal/store/graph_store.h"

namespace jaal::cli {

/// What the user typed for the shared filters, before checking.
struct EdgeFilterOptions {
  std::vector<std::string> relations;
  std::string since, until, on;
  bool asserted_only = false;
};

/// Declares -r/--relation, --since, --until, --on and --asserted-only on `cmd`.
void AddEdgeFilterOptions(CLI::App& cmd, EdgeFilterOptions& options);

/// Checks `options` and copies them into `filter`. On a bad value prints
/// "jaal COMMAND: --flag: why" and returns kExitUsage; otherwise kExitOk.
/// `--on D` is `--since D --until D` and may not be combined with them.
int ParseEdgeFilterOptions(const std::string& command, const EdgeFilterOptions& options, store::EdgeFilter* filter);

}  // namespace jaal::cli

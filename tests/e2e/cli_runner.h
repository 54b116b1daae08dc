// Runs the jaal binary (or any command) and captures what it printed, for whole-CLI tests.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "jaal/core/json.h"

namespace jaal::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

/// Runs `shell_command` through /bin/sh with stdout and stderr captured.
CommandResult RunShell(const std::string& shell_command);
/// Runs the jaal binary under test with `args` (already shell-quoted where needed).
CommandResult RunJaal(const std::string& args);
/// Single-quotes `s` for /bin/sh.
std::string ShellQuote(const std::string& s);
/// Parses JSON lines; a line that does not parse fails the calling test.
std::vector<json::Value> ParseJsonLines(const std::string& text);
/// score.py's name key: NFKD-less approximation good for the names we ship (lowercase alnum).
std::string ScoreKey(const std::string& name);

}  // namespace jaal::testing

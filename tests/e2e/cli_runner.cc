// Process plumbing for the whole-CLI tests.
#include "cli_runner.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>

#include <doctest/doctest.h>

#include "jaal/core/names.h"

namespace jaal::testing {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

CommandResult RunShell(const std::string& shell_command) {
  std::random_device rd;
  std::string base = (std::filesystem::temp_directory_path() / ("jaal-run-" + std::to_string(rd()))).string();
  std::string cmd = "(" + shell_command + ") >" + base + ".out 2>" + base + ".err </dev/null";
  int status = std::system(cmd.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = Slurp(base + ".out");
  r.err = Slurp(base + ".err");
  std::filesystem::remove(base + ".out");
  std::filesystem::remove(base + ".err");
  return r;
}

CommandResult RunJaal(const std::string& args) { return RunShell(std::string(JAAL_BINARY) + " " + args); }

std::vector<json::Value> ParseJsonLines(const std::string& text) {
  std::vector<json::Value> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto v = json::Parse(line);
    REQUIRE_MESSAGE(v.ok(), "not JSON: " << line);
    out.push_back(*v);
  }
  return out;
}

std::string ScoreKey(const std::string& name) { return NameKey(name); }

}  // namespace jaal::testing

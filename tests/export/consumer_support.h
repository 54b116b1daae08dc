// What the consumer tests share: running external tools (xmllint, Python, dot, rapper, node) on a
// written file in the test's own temporary directory, and reading what they print.
#pragma once

#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "test_support.h"

namespace jaal::testing {

inline const std::string kJar = "/usr/share/java/jgrapht-io.jar";
inline const std::string kPython = "/usr/bin/python3";  // the system one: python3-networkx/igraph live there

struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// `s` single-quoted for /bin/sh.
inline std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  REQUIRE(out.good());
}

/// Runs `command` through /bin/sh with stdout and stderr captured to files in `dir`.
inline Run Shell(const TempDir& dir, const std::string& command) {
  const std::string out = dir / "cmd.out", err = dir / "cmd.err";
  // Grouped, so the redirections capture every command of a `a && b` list, not just the last.
  int status = std::system(("{ " + command + "\n} >" + Quote(out) + " 2>" + Quote(err)).c_str());
  Run r;
  r.exit_code = status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

inline bool Have(const TempDir& dir, const std::string& check) { return Shell(dir, check).exit_code == 0; }

/// Runs a Python script (written to the temp dir, so no shell quoting of Python) with `arg`.
inline Run Python(const TempDir& dir, const std::string& script, const std::string& arg) {
  const std::string path = dir / "check.py";
  WriteFile(path, script);
  return Shell(dir, "PYTHONIOENCODING=utf-8 " + kPython + " " + Quote(path) + " " + Quote(arg));
}

/// True when `line` is one whole line of `out`.
inline bool HasLine(const std::string& out, const std::string& line) {
  return ("\n" + out).find("\n" + line + "\n") != std::string::npos;
}

}  // namespace jaal::testing

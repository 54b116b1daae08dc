// What the benchmarks measure about a child process: wall time, peak RSS and what it said; and
// the statistics every benchmark reports (medians), so each benchmark reports them the same way.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace jaal::bench {

/// One finished child process. `exit_code` is 128 + signal when it was killed, -1 when it could
/// not be started (then `error` says why).
struct ChildRun {
  int exit_code = -1;
  double wall_seconds = 0;
  double cpu_seconds = 0;       // user + system
  std::int64_t peak_rss_kib = 0;  // getrusage(RUSAGE_CHILDREN)-style ru_maxrss of this child only
  std::string stderr_text;      // the last 64 KiB of its standard error
  std::string error;
};

/// Runs `args` (args[0] is a path, not searched in PATH) with stdin from /dev/null and stdout to
/// `stdout_path` ("" = /dev/null); waits for it and measures it with wait4(2).
ChildRun RunChild(const std::vector<std::string>& args, const std::string& stdout_path = "");

/// The median (mean of the middle two for an even count); 0 for an empty vector.
double Median(std::vector<double> values);

/// Total size in bytes of the regular files under `dir` (0 when it does not exist).
std::int64_t DirectoryBytes(const std::string& dir);

/// A private new directory under the system temp dir, "jaal-<what>-XXXXXX"; "" on failure.
std::string MakeTempDir(const std::string& what);

/// `args` joined with spaces, single-quoting those that need it: for "running: ..." lines.
std::string ShellWords(const std::vector<std::string>& args);

/// One `jaal build` into a fresh store: the child's measures plus what it reported.
struct BuildRun {
  ChildRun child;
  std::int64_t articles = 0;     // added + replaced, from its summary line
  std::int64_t triples = 0;      // from its summary line
  std::int64_t store_bytes = 0;  // the store directory's size after the build
  bool ok() const { return child.exit_code == 0 && child.error.empty(); }
  /// Why it failed, from its exit code and the tail of its stderr; "" when ok().
  std::string Failure() const;
};

/// Deletes `store_dir`, then runs `jaal [--data DATA] --store STORE_DIR build -j THREADS INPUTS...`.
/// `data_dir` "" leaves the lexicon to jaal.
BuildRun MeasureBuild(const std::string& jaal, const std::string& data_dir, const std::string& store_dir, int threads,
                      const std::vector<std::string>& inputs);

/// `n` with thousands separators: 1234567 -> "1,234,567".
std::string Grouped(double n);

}  // namespace jaal::bench

// Child processes measured with wait4(2): the only way to get one child's own peak RSS.
#include "measure.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <regex>
#include <system_error>

#include <fmt/format.h>

extern char** environ;

namespace jaal::bench {
namespace fs = std::filesystem;

ChildRun RunChild(const std::vector<std::string>& args, const std::string& stdout_path) {
  ChildRun run;
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  int err_pipe[2];
  if (pipe(err_pipe) != 0) {
    run.error = std::strerror(errno);
    return run;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, stdout_path.empty() ? "/dev/null" : stdout_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  posix_spawn_file_actions_addclose(&actions, err_pipe[0]);
  posix_spawn_file_actions_addclose(&actions, err_pipe[1]);
  auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(err_pipe[1]);
  if (rc != 0) {
    close(err_pipe[0]);
    run.error = std::string(args[0]) + ": " + std::strerror(rc);
    return run;
  }
  // Drain stderr while the child runs, so a chatty child never blocks on a full pipe.
  char buf[4096];
  for (ssize_t n; (n = read(err_pipe[0], buf, sizeof buf)) != 0;) {
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    run.stderr_text.append(buf, static_cast<size_t>(n));
    if (run.stderr_text.size() > 128 * 1024) run.stderr_text.erase(0, run.stderr_text.size() - 64 * 1024);
  }
  close(err_pipe[0]);
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  run.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.cpu_seconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec +
                    usage.ru_stime.tv_usec / 1e6;
  run.peak_rss_kib = usage.ru_maxrss;  // kilobytes on Linux
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run;
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t m = v.size() / 2;
  return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

std::int64_t DirectoryBytes(const std::string& dir) {
  std::error_code ec;
  std::int64_t total = 0;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec)) total += static_cast<std::int64_t>(it->file_size(ec));
  return total;
}

std::string MakeTempDir(const std::string& what) {
  std::string pattern = (fs::temp_directory_path() / ("jaal-" + what + "-XXXXXX")).string();
  return mkdtemp(pattern.data()) ? pattern : std::string();
}

std::string ShellWords(const std::vector<std::string>& args) {
  std::string out;
  for (const std::string& a : args) {
    if (!out.empty()) out += ' ';
    bool plain = !a.empty() && a.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+") ==
                                   std::string::npos;
    if (plain) {
      out += a;
      continue;
    }
    out += '\'';
    for (char c : a) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    out += '\'';
  }
  return out;
}

std::string BuildRun::Failure() const {
  if (ok()) return "";
  if (!child.error.empty()) return child.error;
  std::string tail = child.stderr_text.substr(child.stderr_text.size() > 600 ? child.stderr_text.size() - 600 : 0);
  return fmt::format("jaal build exited with {}: {}", child.exit_code, tail);
}

BuildRun MeasureBuild(const std::string& jaal, const std::string& data_dir, const std::string& store_dir, int threads,
                      const std::vector<std::string>& inputs) {
  std::error_code ec;
  fs::remove_all(store_dir, ec);
  std::vector<std::string> args = {jaal};
  if (!data_dir.empty()) args.insert(args.end(), {"--data", data_dir});
  args.insert(args.end(), {"--store", store_dir, "build", "-j", std::to_string(threads)});
  args.insert(args.end(), inputs.begin(), inputs.end());
  BuildRun run;
  run.child = RunChild(args);
  // "jaal build: 10 added, 0 replaced, 0 unchanged; 52 triples; store DIR"
  static const std::regex kSummary(R"(jaal build: (\d+) added, (\d+) replaced, \d+ unchanged; (\d+) triples)");
  std::smatch m;
  if (std::regex_search(run.child.stderr_text, m, kSummary)) {
    run.articles = std::stoll(m[1]) + std::stoll(m[2]);
    run.triples = std::stoll(m[3]);
  } else if (run.ok()) {
    run.child.exit_code = -1;
    run.child.error = "jaal build printed no summary line; stderr: " + run.child.stderr_text.substr(0, 600);
  }
  run.store_bytes = DirectoryBytes(store_dir);
  return run;
}

std::string Grouped(double n) {
  std::string digits = fmt::format("{:.0f}", n);
  std::string out;
  size_t lead = digits[0] == '-' ? 1 : 0;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > lead && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace jaal::bench

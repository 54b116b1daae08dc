// Crash safety: killing `jaal build` with SIGKILL at any moment and running it again gives
// exactly the store of an uninterrupted build.
#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <fcntl.h>
#include <unistd.h>

#include "cli_runner.h"
#include "test_support.h"

using namespace jaal;
using namespace jaal::testing;

namespace {

// A corpus of many articles: the samples, each repeated under new ids.
void WriteCorpus(const std::string& path, int copies) {
  std::ofstream out(path);
  int n = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(SourceDir() / "samples")) {
    std::string name = e.path().filename().string();
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    std::string date;
    if (text.rfind("---\n", 0) == 0) {
      size_t end = text.find("\n---\n", 4);
      std::string front = text.substr(4, end - 4);
      size_t d = front.find("date:");
      if (d != std::string::npos) date = front.substr(d + 6, 10);
      text = text.substr(end + 5);
    }
    for (int c = 0; c < copies; ++c) {
      std::string line;
      json::ObjectWriter w(line);
      w.Field("id", e.path().stem().string() + "-" + std::to_string(c)).Field("date", date).Field("text", text);
      w.Close();
      out << line << '\n';
      ++n;
    }
  }
}

// Everything a user can see of the store: all relations with evidence, and the counts.
std::string Digest(const std::string& store) {
  CommandResult q = RunJaal("--store " + ShellQuote(store) + " query --format jsonl");
  CommandResult s = RunJaal("--store " + ShellQuote(store) + " stats");
  std::string stats = s.out.substr(s.out.find('\n') + 1);  // drop the line naming the directory
  size_t disk = stats.find("disk");
  return q.out + stats.substr(0, disk);
}

}  // namespace

TEST_CASE("SIGKILL at 20 random points during a build, then a rerun, always equals a clean build") {
  TempDir dir;
  std::string corpus = dir / "corpus.jsonl";
  // 32 samples x 40: five write groups of up to 256 articles, so kills land between groups too.
  WriteCorpus(corpus, 40);
  REQUIRE(RunJaal("--store " + ShellQuote(dir / "clean") + " build -q " + ShellQuote(corpus)).exit_code == 0);
  std::string clean = Digest(dir / "clean");
  REQUIRE(clean.size() > 100);

  // How long an uninterrupted build takes, to spread the kills over it.
  auto t0 = std::chrono::steady_clock::now();
  REQUIRE(RunJaal("--store " + ShellQuote(dir / "timing") + " build -q " + ShellQuote(corpus)).exit_code == 0);
  auto full_ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();

  std::mt19937 rng(20241130);
  std::string store = dir / "killed";
  int killed_mid_build = 0;
  for (int round = 0; round < 20; ++round) {
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int devnull = open("/dev/null", O_WRONLY);
      dup2(devnull, 1);
      dup2(devnull, 2);
      execl(JAAL_BINARY, JAAL_BINARY, "--store", store.c_str(), "build", "-q", corpus.c_str(), (char*)nullptr);
      _exit(127);
    }
    std::uniform_int_distribution<long> when(0, std::max<long>(1, full_ms));
    std::this_thread::sleep_for(std::chrono::milliseconds(when(rng)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) ++killed_mid_build;
  }
  MESSAGE(killed_mid_build << " of 20 builds were killed before they finished (full build " << full_ms << " ms)");
  CommandResult rerun = RunJaal("--store " + ShellQuote(store) + " build -q " + ShellQuote(corpus));
  REQUIRE_MESSAGE(rerun.exit_code == 0, rerun.err);
  CHECK(Digest(store) == clean);
}

TEST_CASE("while a build runs, queries work and a second build is refused naming the first") {
  TempDir dir;
  std::string corpus = dir / "corpus.jsonl";
  WriteCorpus(corpus, 40);
  std::string store = dir / "store";
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(devnull, 2);
    execl(JAAL_BINARY, JAAL_BINARY, "--store", store.c_str(), "build", "-q", "-j", "1", corpus.c_str(), (char*)nullptr);
    _exit(127);
  }
  // Wait until the writer has the store.
  for (int i = 0; i < 500 && !std::filesystem::exists(std::filesystem::path(store) / "JAAL_WRITER"); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  bool running = waitpid(pid, nullptr, WNOHANG) == 0;
  if (running) {
    CommandResult second = RunJaal("--store " + ShellQuote(store) + " build -q " + ShellQuote(corpus));
    CommandResult reader = RunJaal("--store " + ShellQuote(store) + " stats");
    bool still_running = waitpid(pid, nullptr, WNOHANG) == 0;
    if (still_running) {
      CHECK(second.exit_code != 0);
      CHECK(second.err.find("being written by another jaal process") != std::string::npos);
      CHECK(second.err.find("pid " + std::to_string(pid)) != std::string::npos);
    }
    CHECK_MESSAGE(reader.exit_code == 0, reader.err);
  } else {
    MESSAGE("the build finished before the second one could start; nothing to race");
  }
  int status = 0;
  if (waitpid(pid, &status, 0) == pid) CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK_FALSE(std::filesystem::exists(std::filesystem::path(store) / "JAAL_WRITER"));
}

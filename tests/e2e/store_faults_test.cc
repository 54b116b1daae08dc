// A store in trouble, through the CLI: locked, read-only, from a future jaal, corrupted, not a
// store at all, on a full disk, and a build stopped with SIGINT. Each gives a clear one-line
// error (never a crash), and what is left behind passes `jaal verify`.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli_runner.h"
#include "test_support.h"

using namespace jaal;
using namespace jaal::testing;
namespace fs = std::filesystem;

namespace {

constexpr int kTimeoutSeconds = 120;

CommandResult Jaal(const std::string& store, const std::string& args) {
  return RunShell("timeout " + std::to_string(kTimeoutSeconds) + " " + JAAL_BINARY + " --store " + ShellQuote(store) +
                  " " + args);
}

std::string Samples() { return ShellQuote((SourceDir() / "samples").string()); }

// Exit codes of 124 (timeout) and 128+ (killed by a signal) are hangs and crashes.
void CheckNoCrash(const CommandResult& r) {
  CHECK_MESSAGE(r.exit_code < 124, "exit " << r.exit_code << ": " << r.err);
}

// The error is one line that starts "jaal CMD: ".
void CheckOneLineError(const CommandResult& r, const std::string& command, const std::string& cause) {
  CHECK_MESSAGE(r.err.rfind("jaal " + command + ": ", 0) == 0, r.err);
  std::string first = r.err.substr(0, r.err.find('\n'));
  CHECK_MESSAGE(first.find(cause) != std::string::npos, r.err);
}

// A corpus of `copies` x the samples, as JSONL; each article `repeat` times its own text.
int WriteCorpus(const std::string& path, int copies, int repeat = 1) {
  std::ofstream out(path);
  int n = 0;
  for (const auto& e : fs::recursive_directory_iterator(SourceDir() / "samples")) {
    if (e.path().extension() != ".txt" || e.path().parent_path() == SourceDir() / "samples") continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    if (text.rfind("---\n", 0) == 0) text = text.substr(text.find("\n---\n", 4) + 5);
    std::string body;
    for (int r = 0; r < repeat; ++r) body += text + "\n";
    for (int c = 0; c < copies; ++c) {
      std::string line;
      json::ObjectWriter w(line);
      w.Field("id", e.path().stem().string() + "-" + std::to_string(c)).Field("date", "2024-07-08").Field("text", body);
      w.Close();
      out << line << '\n';
      ++n;
    }
  }
  return n;
}

long StoredDocuments(const std::string& store) {
  CommandResult s = Jaal(store, "stats");
  REQUIRE_MESSAGE(s.exit_code == 0, s.err);
  return std::stol(s.out.substr(s.out.find("documents  ") + 11));
}

void CheckVerifies(const std::string& store) {
  CommandResult v = Jaal(store, "verify");
  CHECK_MESSAGE(v.exit_code == 0, v.out << v.err);
}

// Unmounts on scope exit, so a failed CHECK never leaves a mount behind.
struct Mount {
  std::string target;
  bool mounted = false;
  ~Mount() {
    if (mounted) umount2(target.c_str(), MNT_DETACH);
  }
};

}  // namespace

TEST_CASE("a store locked by another writer refuses a second build with a clear message") {
  TempDir dir;
  std::string store = dir / "store";
  REQUIRE(Jaal(store, "build -q " + Samples()).exit_code == 0);
  // RocksDB's writer lock is an fcntl lock on LOCK; holding it here is exactly a running writer.
  int fd = open((fs::path(store) / "LOCK").c_str(), O_RDWR);
  REQUIRE(fd >= 0);
  struct flock lock {};
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  REQUIRE(fcntl(fd, F_SETLK, &lock) == 0);
  CommandResult second = Jaal(store, "build -q " + Samples());
  CHECK(second.exit_code == 3);
  CheckOneLineError(second, "build", "is being written by another jaal process");
  CommandResult reader = Jaal(store, "stats");  // readers are not locked out
  CHECK_MESSAGE(reader.exit_code == 0, reader.err);
  close(fd);
  CheckVerifies(store);
}

TEST_CASE("a store from a future jaal, or a directory that is not a store, is refused by every command") {
  TempDir dir;
  std::string store = dir / "store";
  REQUIRE(Jaal(store, "build -q " + Samples()).exit_code == 0);
  std::ofstream(fs::path(store) / "JAAL_STORE", std::ios::trunc) << "jaal knowledge-graph store\nschema 99\n";
  for (const char* command : {"build", "stats", "query", "verify"}) {
    CAPTURE(command);
    CommandResult r = Jaal(store, std::string(command) + (std::string(command) == "build" ? " " + Samples() : ""));
    CHECK(r.exit_code == 3);
    CheckOneLineError(r, command, "schema version 99, newer than this jaal understands");
  }

  fs::create_directories(dir.path() / "notes");
  std::ofstream(dir / "notes/todo.txt") << "mine";
  for (const char* command : {"stats", "verify", "build"}) {
    CAPTURE(command);
    CommandResult r = Jaal(dir / "notes", std::string(command) + (std::string(command) == "build" ? " " + Samples() : ""));
    CHECK(r.exit_code == 3);
    CheckOneLineError(r, command, "is not empty and is not a jaal store");
  }
  CHECK(std::distance(fs::directory_iterator(dir.path() / "notes"), {}) == 1);  // untouched

  std::ofstream(dir / "afile") << "x";
  CommandResult file = Jaal(dir / "afile", "stats");
  CHECK(file.exit_code == 3);
  CheckOneLineError(file, "stats", "is not a directory");

  fs::create_directories(dir.path() / "bad-marker");
  std::ofstream(dir / "bad-marker/JAAL_STORE") << "garbage\n";
  CommandResult marker = Jaal(dir / "bad-marker", "verify");
  CHECK(marker.exit_code == 3);
  CheckOneLineError(marker, "verify", "has no schema line");
}

TEST_CASE("a read-only store directory: reads still work, a build fails with a clear error") {
  TempDir dir;
  std::string store = dir / "store";
  REQUIRE(Jaal(store, "build -q " + Samples()).exit_code == 0);
  Mount ro{store};
  if (geteuid() == 0) {
    // Root ignores mode bits; a read-only bind mount is what stops root writing.
    if (mount(store.c_str(), store.c_str(), nullptr, MS_BIND, nullptr) != 0) {
      MESSAGE("running as root without permission to mount: read-only store case skipped");
      return;
    }
    ro.mounted = true;
    REQUIRE(mount(nullptr, store.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0);
  } else {
    fs::permissions(store, fs::perms::owner_read | fs::perms::owner_exec);
  }
  CommandResult stats = Jaal(store, "stats");
  CHECK_MESSAGE(stats.exit_code == 0, stats.err);
  CheckVerifies(store);
  std::ofstream(dir / "new.txt") << "---\ndate: 2024-05-18\n---\nIndia and Japan signed a defence pact.\n";
  CommandResult build = Jaal(store, "build " + ShellQuote(dir / "new.txt"));
  CheckNoCrash(build);
  CHECK(build.exit_code == 3);
  CHECK_MESSAGE(build.err.rfind("jaal build: ", 0) == 0, build.err);
  bool says_why = build.err.find("Read-only file system") != std::string::npos ||
                  build.err.find("Permission denied") != std::string::npos;
  CHECK_MESSAGE(says_why, build.err);
  if (!ro.mounted) fs::permissions(store, fs::perms::owner_all);
}

TEST_CASE("flipped bytes in the store's table files give clear errors from stats, query and verify, never a crash") {
  TempDir dir;
  std::string store = dir / "store";
  REQUIRE(Jaal(store, "build -q " + Samples()).exit_code == 0);
  int damaged = 0;
  for (const auto& e : fs::directory_iterator(store)) {
    if (e.path().extension() != ".sst") continue;
    std::fstream f(e.path(), std::ios::in | std::ios::out | std::ios::binary);
    auto size = static_cast<std::streamoff>(fs::file_size(e.path()));
    // The data blocks come first; a third of the way in is inside one of them.
    for (std::streamoff at = size / 3; at < size / 3 + 16; ++at) {
      f.seekg(at);
      char c = static_cast<char>(f.get());
      f.seekp(at);
      f.put(static_cast<char>(c ^ 0x5A));
    }
    ++damaged;
  }
  REQUIRE(damaged > 0);
  CommandResult stats = Jaal(store, "stats");
  CommandResult query = Jaal(store, "query --format jsonl");
  CommandResult verify = Jaal(store, "verify");
  for (const CommandResult* r : {&stats, &query, &verify}) CheckNoCrash(*r);
  // stats reads only counters and may miss the damaged blocks; a full read cannot.
  CHECK(query.exit_code == 3);
  CheckOneLineError(query, "query", "Corruption");
  CHECK(verify.exit_code != 0);
  CHECK_MESSAGE((verify.out + verify.err).find("Corruption") != std::string::npos, verify.out << verify.err);
  if (stats.exit_code != 0) CheckOneLineError(stats, "stats", "Corruption");
}

TEST_CASE("a full disk stops the build with a one-line error, and the store reopens consistent") {
  TempDir dir;
  std::string corpus = dir / "corpus.jsonl";
  WriteCorpus(corpus, 40);
  std::string small = dir / "small";
  fs::create_directories(small);
  Mount tmpfs{small};
  if (mount("tmpfs", small.c_str(), "tmpfs", 0, "size=2m") != 0) {
    MESSAGE("cannot mount a 2 MiB tmpfs here (" << std::strerror(errno) << "): full-disk case skipped");
    return;
  }
  tmpfs.mounted = true;
  std::string store = small + "/store";
  CommandResult build = Jaal(store, "build -q " + ShellQuote(corpus));
  CheckNoCrash(build);
  CHECK(build.exit_code == 3);
  CheckOneLineError(build, "build", "No space left on device");
  CHECK_MESSAGE(build.err.find("articles were stored before the error") != std::string::npos, build.err);
  CheckVerifies(store);
  long stored = StoredDocuments(store);
  MESSAGE(stored << " articles were stored before the 2 MiB disk filled");
}

TEST_CASE("SIGINT stops a build after the article in flight, prints what was stored, exits 130, store consistent") {
  TempDir dir;
  std::string corpus = dir / "corpus.jsonl";
  // Long articles make a 256-article batch take many seconds, which a stop must not wait for; and
  // enough of them that the whole build cannot finish before the signal on a fast machine.
  int articles = WriteCorpus(corpus, 48, 40);
  std::string store = dir / "store";
  std::string err_file = dir / "err.txt";
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    int err = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(devnull, 1);
    dup2(err, 2);
    execl(JAAL_BINARY, JAAL_BINARY, "--store", store.c_str(), "build", "-j", "2", corpus.c_str(), (char*)nullptr);
    _exit(127);
  }
  // The handler is installed once the store is open (JAAL_WRITER appears); then let extraction run.
  for (int i = 0; i < 1000 && !fs::exists(fs::path(store) / "JAAL_WRITER"); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  int status = 0;
  if (waitpid(pid, &status, WNOHANG) == pid) {
    MESSAGE("the build of " << articles << " articles finished before SIGINT; nothing to interrupt");
    return;
  }
  auto t0 = std::chrono::steady_clock::now();
  REQUIRE(kill(pid, SIGINT) == 0);
  // Bounded wait: a stop that needs the whole batch would take far longer than this.
  bool exited = false;
  for (int i = 0; i < 1000 && !exited; ++i) {
    exited = waitpid(pid, &status, WNOHANG) == pid;
    if (!exited) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (!exited) {
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("build of " << articles << " articles stopped " << secs << " s after SIGINT");
  REQUIRE_MESSAGE(exited, "the build did not stop within 10 s of SIGINT");
  // The whole batch takes several seconds more; a stop waits only for the articles in hand.
  CHECK(secs < 2.5);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 130);
  std::ifstream in(err_file);
  std::stringstream err;
  err << in.rdbuf();
  CHECK_MESSAGE(err.str().find("jaal build: interrupted; the articles above are stored") != std::string::npos, err.str());
  size_t at = err.str().find(" added, ");
  REQUIRE_MESSAGE(at != std::string::npos, err.str());
  size_t start = err.str().rfind("jaal build: ", at) + 12;
  long added = std::stol(err.str().substr(start, at - start));
  CHECK(added < articles);
  CHECK(StoredDocuments(store) == added);
  CHECK_FALSE(fs::exists(fs::path(store) / "JAAL_WRITER"));
  CheckVerifies(store);
}

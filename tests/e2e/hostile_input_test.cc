// Hostile input through the whole CLI: every kind of bad document gets a one-line error naming the
// file (and line or byte) and the cause, exit code 2, no crash and no hang; --keep-going still
// stores the good documents, and without it nothing of the bad one is stored.
#include <doctest/doctest.h>

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>

#include "cli_runner.h"
#include "test_support.h"

using namespace jaal;
using namespace jaal::testing;
namespace fs = std::filesystem;

namespace {

// A hang is a failure, not a stuck CI run.
constexpr int kTimeoutSeconds = 60;

const char kGoodArticle[] = "---\ndate: 2024-05-18\n---\nIndia and Japan signed a defence pact.\n";

CommandResult Jaal(const TempDir& dir, const std::string& args) {
  return RunShell("timeout " + std::to_string(kTimeoutSeconds) + " " + JAAL_BINARY + " --store " +
                  ShellQuote(dir / "store") + " " + args);
}

void Write(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// The stderr line that names `where`; empty when none does.
std::string ErrorLine(const std::string& err, const std::string& where) {
  std::istringstream in(err);
  std::string line;
  while (std::getline(in, line))
    if (line.find(where) != std::string::npos) return line;
  return "";
}

long StoredDocuments(const TempDir& dir) {
  CommandResult s = Jaal(dir, "stats");
  REQUIRE_MESSAGE(s.exit_code == 0, s.err);
  size_t at = s.out.find("documents  ");
  REQUIRE(at != std::string::npos);
  return std::stol(s.out.substr(at + 11));
}

void CheckConsistent(const TempDir& dir) {
  CommandResult v = Jaal(dir, "verify");
  CHECK_MESSAGE(v.exit_code == 0, v.out << v.err);
}

struct HostileCase {
  const char* what;
  std::string file;   // under in/
  std::string bytes;  // its content
  std::string where;  // what the error must name: the file, and the line for JSONL
  std::string cause;  // what it must say is wrong
  int good_lines = 0; // good articles inside the bad file (stored with --keep-going)
};

std::string Utf16Le(const std::string& ascii) {
  std::string out = "\xFF\xFE";
  for (char c : ascii) out += std::string{c, '\0'};
  return out;
}

std::vector<HostileCase> Matrix() {
  std::mt19937 rng(8);
  std::string binary = "\x89PNG\r\n\x1a\n";
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>(rng() & 0xFF);
  const std::string good_line = R"({"id":"fine","date":"2024-05-18","text":"India and Japan signed a defence pact."})";
  return {
      {"overlong UTF-8", "overlong.txt", "caf\xC0\xAF", "overlong.txt", "invalid UTF-8 at byte 3"},
      {"UTF-8-encoded surrogate", "surrogate.txt", "Delhi \xED\xA0\x80", "surrogate.txt", "invalid UTF-8 at byte 6"},
      {"truncated Devanagari", "truncated.txt", "\xE0\xA4\xB0\xE0\xA5\x82\xE0\xA4\xB8 \xE0\xA4", "truncated.txt",
       "invalid UTF-8 at byte 10"},
      {"overlong UTF-8 in JSONL", "overlong.jsonl", good_line + "\n{\"id\":\"o\",\"text\":\"caf\xC0\xAF\"}\n",
       "overlong.jsonl:2", "invalid UTF-8 at byte 21", 1},
      {"NUL byte", "nul.txt", std::string("India\0Japan", 11), "nul.txt", "NUL byte in text at byte 5"},
      {"escaped NUL in JSONL", "nul.jsonl", R"({"id":"n","text":"a\u0000b"})", "nul.jsonl:1", "NUL byte"},
      {"empty .txt", "empty.txt", "", "empty.txt", "empty file"},
      {"empty .jsonl", "empty.jsonl", "", "empty.jsonl", "no articles (empty file)"},
      {"whitespace-only article", "blank.txt", "---\ndate: 2024-05-18\n---\n \n\t\n", "blank.txt",
       "no text (only white space)"},
      {"whitespace-only JSONL text", "blank.jsonl", R"({"id":"b","text":" \n\t "})", "blank.jsonl:1", "no text"},
      {"binary file", "binary.txt", binary, "binary.txt", "invalid UTF-8 at byte 0"},
      {"UTF-16 with BOM", "utf16.txt", Utf16Le("India and Japan met."), "utf16.txt", "UTF-16"},
      {"malformed JSONL line", "broken.jsonl", good_line + "\n{\"id\":\"x\",\"text\":\"cut\n", "broken.jsonl:2",
       "invalid JSON", 1},
      {"wrong field type", "types.jsonl", R"({"id":"t","text":5})", "types.jsonl:1", "field 'text' must be a string"},
      {"id of the wrong type", "idtype.jsonl", R"({"id":["a"],"text":"x"})", "idtype.jsonl:1",
       "field 'id' must be a string"},
      {"missing text", "notext.jsonl", R"({"id":"m","title":"no body"})", "notext.jsonl:1", "missing field 'text'"},
      {"unknown lang", "lang.jsonl", R"({"id":"l","lang":"fr","text":"Bonjour"})", "lang.jsonl:1",
       "unsupported lang \"fr\""},
      {"impossible date", "date.jsonl", R"({"id":"d","date":"2023-02-29","text":"India met Japan."})", "date.jsonl:1",
       "invalid date \"2023-02-29\""},
      {"control characters in a field are escaped in the message", "ctl.jsonl",
       R"({"id":"c","lang":"e\nn","text":"x"})", "ctl.jsonl:1", R"(unsupported lang "e\nn")"},
  };
}

}  // namespace

TEST_CASE("each document of the hostile-input matrix is refused with a one-line error, exit 2, and never stored") {
  for (const HostileCase& c : Matrix()) {
    CAPTURE(c.what);
    TempDir dir;
    fs::create_directories(dir.path() / "in");
    Write(dir / "in/a-good.txt", kGoodArticle);
    Write(dir / ("in/" + c.file), c.bytes);

    CommandResult alone = Jaal(dir, "build " + ShellQuote(dir / ("in/" + c.file)));
    CHECK_MESSAGE(alone.exit_code == 2, alone.err);
    std::string line = ErrorLine(alone.err, c.where);
    CHECK_MESSAGE(line.rfind("jaal build: ", 0) == 0, alone.err);
    CHECK_MESSAGE(line.find(c.cause) != std::string::npos, alone.err);
    CHECK(StoredDocuments(dir) == 0);  // not even the good lines before the bad one

    CommandResult kept = Jaal(dir, "build --keep-going " + ShellQuote(dir / "in"));
    CHECK_MESSAGE(kept.exit_code == 2, kept.err);
    std::string skipped = ErrorLine(kept.err, c.where);
    CHECK_MESSAGE(skipped.find("skipped: ") != std::string::npos, kept.err);
    CHECK_MESSAGE(skipped.find(c.cause) != std::string::npos, kept.err);
    CHECK(StoredDocuments(dir) == 1 + c.good_lines);
    CheckConsistent(dir);
  }
}

TEST_CASE("a 100 MB article is refused at once, in bounded memory, and the rest of its corpus still goes in") {
  TempDir dir;
  const std::string sentence = "India and Japan signed a defence pact in Tokyo on Tuesday. ";
  const size_t target = 100u << 20;
  {
    std::ofstream out(dir / "big.txt", std::ios::binary);
    for (size_t n = 0; n < target; n += sentence.size()) out << sentence;
  }
  auto t0 = std::chrono::steady_clock::now();
  CommandResult txt = Jaal(dir, "build " + ShellQuote(dir / "big.txt"));
  CHECK_MESSAGE(txt.exit_code == 2, txt.err);
  CHECK_MESSAGE(ErrorLine(txt.err, "big.txt").find("exceeds the 8 MiB per-article limit") != std::string::npos, txt.err);
  fs::remove(dir.path() / "big.txt");

  {
    std::ofstream out(dir / "big.jsonl", std::ios::binary);
    out << R"({"id":"big","text":")";
    for (size_t n = 0; n < target; n += sentence.size()) out << sentence;
    out << "\"}\n" << R"({"id":"small","date":"2024-05-18","text":"India and Japan signed a defence pact."})" << "\n";
  }
  CommandResult jsonl = Jaal(dir, "build --keep-going " + ShellQuote(dir / "big.jsonl"));
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK_MESSAGE(jsonl.exit_code == 2, jsonl.err);
  CHECK_MESSAGE(ErrorLine(jsonl.err, "big.jsonl:1").find("per-article limit") != std::string::npos, jsonl.err);
  CHECK(StoredDocuments(dir) == 1);
  CHECK(secs < 30);
  // The reader never holds the long line: jaal's peak memory stays far below the article's size.
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  MESSAGE("two 100 MB articles refused in " << secs << " s; peak child RSS " << usage.ru_maxrss / 1024 << " MiB");
  CHECK(usage.ru_maxrss < 256 * 1024);
}

TEST_CASE("a 50,000-word sentence without punctuation is extracted in bounded time") {
  TempDir dir;
  std::mt19937 rng(50000);
  const char* words[] = {"India", "Japan", "talks", "the", "minister", "met", "Russia", "and", "China",
                         "signed", "pact", "with", "Modi", "Putin", "visited", "Beijing", "on", "Tuesday"};
  {
    std::ofstream out(dir / "run-on.txt");
    out << "---\ndate: 2024-05-18\n---\n";
    for (int i = 0; i < 50000; ++i) out << words[rng() % std::size(words)] << ' ';
    out << '\n';
  }
  auto t0 = std::chrono::steady_clock::now();
  CommandResult r = Jaal(dir, "build " + ShellQuote(dir / "run-on.txt"));
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("50,000-word sentence built in " << secs << " s");
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(secs < 40);  // it took over ten minutes while argument search was quadratic in the sentence
  CHECK(StoredDocuments(dir) == 1);
  CheckConsistent(dir);
}

TEST_CASE("a symlink loop is an error naming the link, and a looping directory link does not hang the walk") {
  TempDir dir;
  fs::create_directories(dir.path() / "in/sub");
  Write(dir / "in/a-good.txt", kGoodArticle);
  fs::create_symlink("loop.txt", dir.path() / "in/loop.txt");  // points at itself
  fs::create_directory_symlink("..", dir.path() / "in/sub/up");  // back to in/

  CommandResult strict = Jaal(dir, "build " + ShellQuote(dir / "in"));
  CHECK_MESSAGE(strict.exit_code == 2, strict.err);
  CHECK_MESSAGE(ErrorLine(strict.err, "loop.txt").find("Too many levels of symbolic links") != std::string::npos,
                strict.err);
  CHECK(StoredDocuments(dir) == 0);

  CommandResult kept = Jaal(dir, "build --keep-going " + ShellQuote(dir / "in"));
  CHECK_MESSAGE(kept.exit_code == 2, kept.err);
  CHECK(ErrorLine(kept.err, "loop.txt").find("skipped: ") != std::string::npos);
  CHECK(StoredDocuments(dir) == 1);  // read once, not once per trip round the loop

  CommandResult top = Jaal(dir, "build " + ShellQuote(dir / "in/loop.txt"));
  CHECK(top.exit_code == 2);
  CHECK_MESSAGE(ErrorLine(top.err, "loop.txt").find("Too many levels of symbolic links") != std::string::npos, top.err);
  CheckConsistent(dir);
}

TEST_CASE("an unreadable file in a directory is reported with the cause, and --keep-going stores the rest") {
  TempDir dir;
  fs::create_directories(dir.path() / "in");
  Write(dir / "in/a-good.txt", kGoodArticle);
  Write(dir / "in/locked.txt", "India and Japan met.");
  fs::permissions(dir.path() / "in/locked.txt", fs::perms::none);
  if (geteuid() == 0) {
    // Root reads files whatever their mode, so there is nothing unreadable to test (CI runs as root).
    MESSAGE("running as root: chmod 000 does not stop root reading; unreadable-file case skipped");
    return;
  }
  CommandResult strict = Jaal(dir, "build " + ShellQuote(dir / "in"));
  CHECK_MESSAGE(strict.exit_code == 2, strict.err);
  CHECK_MESSAGE(ErrorLine(strict.err, "locked.txt").find("Permission denied") != std::string::npos, strict.err);
  CommandResult kept = Jaal(dir, "build --keep-going " + ShellQuote(dir / "in"));
  CHECK(kept.exit_code == 2);
  CHECK(ErrorLine(kept.err, "locked.txt").find("skipped: ") != std::string::npos);
  CHECK(StoredDocuments(dir) == 1);
}

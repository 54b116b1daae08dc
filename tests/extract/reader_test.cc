// Reading corpora: front matter, JSONL, directories, and the errors users see.
#include <doctest/doctest.h>

#include <fstream>

#include "jaal/extract/extractor.h"
#include "test_support.h"

using namespace jaal;
using jaal::testing::TempDir;

namespace {

void Write(const std::string& path, const std::string& data) {
  std::ofstream(path, std::ios::binary) << data;
}

std::vector<Article> ReadAll(const std::string& path, Status* status = nullptr) {
  std::vector<Article> out;
  Status s = extract::ReadArticles(path, [&](Article a) {
    out.push_back(std::move(a));
    return Status::Ok();
  });
  if (status) *status = s;
  return out;
}

}  // namespace

TEST_CASE("a .txt article takes its id from the file name and its date from front matter") {
  TempDir dir;
  Write(dir / "seoul-talks.txt", "---\ntitle: Talks\ndate: 2024-11-30\n---\nरूस और उत्तर कोरिया मिले।\n");
  auto a = ReadAll(dir / "seoul-talks.txt");
  REQUIRE(a.size() == 1);
  CHECK(a[0].id == "seoul-talks");
  CHECK(a[0].date == "2024-11-30");
  CHECK(a[0].title == "Talks");
  CHECK(a[0].lang == "hi");  // detected from the script
  CHECK(a[0].text == "रूस और उत्तर कोरिया मिले।\n");
}

TEST_CASE("a .txt article without front matter is all text") {
  TempDir dir;
  Write(dir / "plain.txt", "Russia and China met.");
  auto a = ReadAll(dir / "plain.txt");
  REQUIRE(a.size() == 1);
  CHECK(a[0].lang == "en");
  CHECK(a[0].date.empty());
}

TEST_CASE("JSONL articles are read with their fields, and blank lines are skipped") {
  TempDir dir;
  Write(dir / "c.jsonl", "{\"id\":\"a1\",\"lang\":\"en\",\"title\":\"\",\"date\":\"2017-11-16\",\"text\":\"x\"}\n\n"
                         "{\"id\":\"a2\",\"text\":\"रूस\"}\n");
  auto a = ReadAll(dir / "c.jsonl");
  REQUIRE(a.size() == 2);
  CHECK(a[0].date == "2017-11-16");
  CHECK(a[1].lang == "hi");
  CHECK(a[1].source.find("c.jsonl:3") != std::string::npos);
}

TEST_CASE("a broken JSONL line is reported with file and line") {
  TempDir dir;
  Write(dir / "c.jsonl", "{\"id\":\"a1\",\"text\":\"x\"}\n{\"id\":\"a2\",\"text\":\"cut\n");
  Status s;
  auto a = ReadAll(dir / "c.jsonl", &s);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("c.jsonl:2") != std::string::npos);
  CHECK(a.size() == 1);
}

TEST_CASE("wrong field types, missing text, bad dates and unknown languages are refused") {
  TempDir dir;
  for (const char* line : {"{\"id\":\"a\",\"text\":5}", "{\"id\":\"a\"}", "{\"id\":\"a\",\"text\":\"x\",\"date\":\"2024-02-30\"}",
                           "{\"id\":\"a\",\"text\":\"x\",\"lang\":\"fr\"}", "[1,2]"}) {
    Write(dir / "bad.jsonl", std::string(line) + "\n");
    Status s;
    ReadAll(dir / "bad.jsonl", &s);
    CHECK_FALSE(s.ok());
    CHECK(s.message().find("bad.jsonl:1") != std::string::npos);
  }
}

TEST_CASE("invalid UTF-8, UTF-16 and NUL bytes in a .txt file are refused with the reason") {
  TempDir dir;
  Write(dir / "latin1.txt", "caf\xE9");
  Status s;
  ReadAll(dir / "latin1.txt", &s);
  CHECK(s.message().find("invalid UTF-8 at byte 3") != std::string::npos);
  Write(dir / "u16.txt", std::string("\xFF\xFEh\0i\0", 6));
  ReadAll(dir / "u16.txt", &s);
  CHECK(s.message().find("UTF-16") != std::string::npos);
  Write(dir / "bin.txt", std::string("ab\0cd", 5));
  ReadAll(dir / "bin.txt", &s);
  CHECK(s.message().find("NUL") != std::string::npos);
}

TEST_CASE("with on_bad, one bad article does not stop the others") {
  TempDir dir;
  Write(dir / "c.jsonl", "{\"id\":\"a1\",\"text\":\"x\"}\nnot json\n{\"id\":\"a3\",\"text\":\"y\"}\n");
  std::vector<std::string> ids, errors;
  Status s = extract::ReadArticles(
      dir / "c.jsonl",
      [&](Article a) {
        ids.push_back(a.id);
        return Status::Ok();
      },
      [&](const Status& e) { errors.push_back(e.message()); });
  CHECK(s.ok());
  CHECK(ids == std::vector<std::string>{"a1", "a3"});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("c.jsonl:2") != std::string::npos);
}

TEST_CASE("a directory is read recursively in name order, skipping expected-triple files") {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "hi");
  Write(dir / "b.txt", "B text");
  Write(dir / "hi/a.txt", "A text");
  Write(dir / "hi/a.expected.jsonl", "{\"s\":\"x\"}\n");
  Write(dir / "notes.md", "ignored");
  auto a = ReadAll(dir.path().string());
  REQUIRE(a.size() == 2);
  CHECK(a[0].id == "b");
  CHECK(a[1].id == "a");
}

TEST_CASE("a missing path is a clear error") {
  Status s;
  ReadAll("/nonexistent/jaal/input.txt", &s);
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK(s.message().find("/nonexistent/jaal/input.txt") != std::string::npos);
}

// The reader's and segmenter's bounds: chunked JSONL lines at their seams, the per-article caps,
// one-line messages for hostile field values, and run-on sentences cut into bounded pieces.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "jaal/core/json.h"
#include "jaal/extract/extractor.h"
#include "test_support.h"
#include "text.h"

using namespace jaal;
using jaal::testing::TempDir;

namespace {

void Write(const std::string& path, const std::string& data) { std::ofstream(path, std::ios::binary) << data; }

struct ReadOutcome {
  std::vector<Article> articles;
  std::vector<std::string> errors;
  Status status;
};

ReadOutcome Read(const std::string& path) {
  ReadOutcome out;
  out.status = extract::ReadArticles(
      path,
      [&](Article a) {
        out.articles.push_back(std::move(a));
        return Status::Ok();
      },
      [&](const Status& e) { out.errors.push_back(e.message()); });
  return out;
}

std::string Line(const std::string& id, const std::string& text) {
  std::string line;
  json::ObjectWriter w(line);
  w.Field("id", id).Field("text", text);
  w.Close();
  return line;
}

}  // namespace

TEST_CASE("JSONL lines just under, at and over the reader's 64 KiB chunk keep every byte") {
  TempDir dir;
  const size_t chunk = 1 << 16;
  std::string corpus;
  std::vector<size_t> sizes;
  for (long delta : {-2, -1, 0, 1, 2}) {
    std::string id = "n" + std::to_string(delta + 2);
    std::string bare = Line(id, "");
    std::string text(chunk - 1 + delta - bare.size(), 'x');  // the whole line is chunk-1+delta bytes
    text[0] = 'I';
    corpus += Line(id, text) + (delta == 0 ? "\r\n" : "\n");
    sizes.push_back(text.size());
  }
  corpus += Line("last", "no newline at the end");
  Write(dir / "seams.jsonl", corpus);
  ReadOutcome r = Read(dir / "seams.jsonl");
  REQUIRE_MESSAGE(r.status.ok(), r.status.message());
  CHECK(r.errors.empty());
  REQUIRE(r.articles.size() == 6);
  for (size_t i = 0; i < sizes.size(); ++i) CHECK(r.articles[i].text.size() == sizes[i]);
  CHECK(r.articles[5].text == "no newline at the end");
  CHECK(r.articles[5].source.find("seams.jsonl:6") != std::string::npos);
}

TEST_CASE("an article over the 8 MiB cap is refused with its size, and the next line still reads") {
  TempDir dir;
  std::string big(9u << 20, 'a');
  big[0] = 'I';
  Write(dir / "big.jsonl", Line("big", big) + "\n" + Line("ok", "India met Japan.") + "\n");
  ReadOutcome r = Read(dir / "big.jsonl");
  CHECK(r.status.ok());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].find("big.jsonl:1: article text of 9437184 bytes exceeds the 8 MiB per-article limit") !=
        std::string::npos);
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].id == "ok");
}

TEST_CASE("field values in messages are quoted, escaped and cut, so every error stays one line") {
  TempDir dir;
  Write(dir / "c.jsonl", R"({"id":"a","lang":"h\ni","text":"x"})" "\n"
                         R"({"id":"b","date":"2024-13-01 and then a very long tail of words that goes on","text":"x"})" "\n"
                         R"({"id":"c\u0007","text":"x"})" "\n"
                         "{\"id\":\"d\",\"text\":\"x\"}\x01\n");
  ReadOutcome r = Read(dir / "c.jsonl");
  REQUIRE(r.errors.size() == 4);
  CHECK(r.errors[0].find(R"(unsupported lang "h\ni")") != std::string::npos);
  CHECK(r.errors[1].find(R"(invalid date "2024-13-01 and then a very long tail of "...)") != std::string::npos);
  CHECK(r.errors[2].find("control character in document id") != std::string::npos);
  CHECK(r.errors[3].find("unexpected text after the JSON value") != std::string::npos);
  for (const std::string& e : r.errors) CHECK(e.find('\n') == std::string::npos);
}

TEST_CASE("empty inputs, white space and Hindi white space are refused as having no text") {
  TempDir dir;
  Write(dir / "only-blank-lines.jsonl", "\n  \n\t\n");
  Write(dir / "front-matter-only.txt", "---\ntitle: शीर्षक\ndate: 2024-05-18\n---\n");
  Write(dir / "spaces.txt", " \r\n \n");
  CHECK(Read(dir / "only-blank-lines.jsonl").errors == std::vector<std::string>{dir / "only-blank-lines.jsonl" + ": no articles (empty file)"});
  CHECK(Read(dir / "front-matter-only.txt").errors.at(0).find("article has no text") != std::string::npos);
  CHECK(Read(dir / "spaces.txt").errors.at(0).find("no text (only white space)") != std::string::npos);
}

TEST_CASE("a run-on sentence is cut into pieces of at most 160 tokens that tile the original text") {
  auto seg = extract::Segmenter::Create({});
  REQUIRE(seg.ok());
  std::string text;
  // Hindi and English words with a comma now and then, and no full stop.
  for (int i = 0; i < 1000; ++i) text += (i % 2 ? "भारत " : "Japan ") + std::string(i % 97 == 96 ? ", " : "");
  auto sentences = (*seg)->Split(text, [](size_t, const std::string&) { return true; });
  REQUIRE(sentences.size() > 6);
  size_t tokens = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    CHECK(s.tokens.size() <= 160);
    CHECK(s.tokens.front().begin == s.begin);
    CHECK(s.tokens.back().end == s.end);
    CHECK(s.text.rfind(s.tokens.front().text, 0) == 0);
    if (i > 0) CHECK(s.begin > sentences[i - 1].end - 1);
    tokens += s.tokens.size();
  }
  CHECK(tokens == 1000 + 1000 / 97);  // words plus commas: nothing lost or doubled
  // A cut prefers to fall just after a comma.
  CHECK(sentences[0].tokens.back().text == ",");
}

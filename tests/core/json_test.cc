// JSON: corpus lines parse strictly; written strings escape what must be escaped.
#include <doctest/doctest.h>

#include "jaal/core/json.h"

namespace json = jaal::json;

TEST_CASE("a corpus line parses with unicode escapes and Devanagari") {
  auto v = json::Parse(R"({"id":"x1","lang":"hi","text":"रूस \u0915 \ud83d\ude00","n":3})");
  REQUIRE(v.ok());
  CHECK(v->Find("id")->as_string() == "x1");
  CHECK(v->Find("text")->as_string() == "रूस क \xF0\x9F\x98\x80");
  CHECK(v->Find("n")->as_number() == 3);
  CHECK(v->Find("missing") == nullptr);
}

TEST_CASE("a line cut in half names the byte where it broke") {
  auto v = json::Parse(R"({"id":"x1","text":"abc)");
  REQUIRE_FALSE(v.ok());
  CHECK(v.status().message().find("unterminated string") != std::string::npos);
  CHECK_FALSE(json::Parse("{} trailing").ok());
  CHECK_FALSE(json::Parse(R"({"a":"\ud800"})").ok());
  CHECK_FALSE(json::Parse(std::string(200, '[')).ok());
}

TEST_CASE("quoted strings escape quotes, backslashes and control characters") {
  CHECK(json::Quote("a\"b\\c\nd\x01") == R"("a\"b\\c\nd\u0001")");
  std::string out;
  json::ObjectWriter w(out);
  w.Field("s", "किम").Field("n", 2).Field("v", std::vector<std::string>{"a", "b"});
  w.Close();
  CHECK(out == R"({"s":"किम","n":2,"v":["a","b"]})");
}

// Golden samples: `jaal extract samples/` against the triples an analyst takes from each sample
// (samples/**/*.expected.jsonl). Adding a case is adding data.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "cli_runner.h"
#include "test_support.h"

using namespace jaal;
using namespace jaal::testing;
namespace fs = std::filesystem;

namespace {

struct Expected {
  std::string s, o;
  std::set<std::string> r;
  bool required = true;
};

bool Symmetric(const std::string& r) { return r == "CONSULT" || r == "AGREE" || r == "COOPERATE"; }

bool Matches(const std::string& s, const std::string& r, const std::string& o, const Expected& e) {
  if (!e.r.count(r)) return false;
  std::string es = ScoreKey(e.s), eo = ScoreKey(e.o);
  return (s == es && o == eo) || (Symmetric(r) && s == eo && o == es);
}

std::map<std::string, std::vector<Expected>> LoadExpected() {
  std::map<std::string, std::vector<Expected>> out;
  for (const auto& entry : fs::recursive_directory_iterator(SourceDir() / "samples")) {
    std::string name = entry.path().filename().string();
    const std::string suffix = ".expected.jsonl";
    if (name.size() <= suffix.size() || name.substr(name.size() - suffix.size()) != suffix) continue;
    std::string doc = name.substr(0, name.size() - suffix.size());
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    auto& list = out[doc];
    for (const json::Value& v : ParseJsonLines(ss.str())) {
      Expected e;
      e.s = v.Find("s")->as_string();
      e.o = v.Find("o")->as_string();
      for (const json::Value& r : v.Find("r")->as_array()) e.r.insert(r.as_string());
      if (const json::Value* req = v.Find("req")) e.required = req->as_bool();
      list.push_back(e);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("golden samples: jaal extract finds what an analyst finds, and little else") {
  auto expected = LoadExpected();
  REQUIRE(expected.size() >= 11);
  CommandResult run = RunJaal("extract " + ShellQuote((SourceDir() / "samples").string()));
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  std::map<std::string, std::set<std::tuple<std::string, std::string, std::string>>> found;
  for (const json::Value& t : ParseJsonLines(run.out))
    found[t.Find("doc")->as_string()].insert(
        {ScoreKey(t.Find("subject")->as_string()), t.Find("relation")->as_string(), ScoreKey(t.Find("object")->as_string())});

  int tp_sys = 0, n_sys = 0, tp_gold = 0, n_gold = 0;
  std::string report;
  for (const auto& [doc, gold] : expected) {
    for (const auto& [s, r, o] : found[doc]) {
      bool ok = false;
      for (const Expected& e : gold) ok = ok || Matches(s, r, o, e);
      tp_sys += ok;
      ++n_sys;
      if (!ok) report += "  FP " + doc + ": " + s + " " + r + " " + o + "\n";
    }
    for (const Expected& e : gold) {
      if (!e.required) continue;
      bool ok = false;
      for (const auto& [s, r, o] : found[doc]) ok = ok || Matches(s, r, o, e);
      tp_gold += ok;
      ++n_gold;
      if (!ok) report += "  FN " + doc + ": " + e.s + " " + *e.r.begin() + " " + e.o + "\n";
    }
  }
  double precision = n_sys ? double(tp_sys) / n_sys : 0, recall = n_gold ? double(tp_gold) / n_gold : 0;
  MESSAGE("samples: precision " << precision << ", recall " << recall << "\n" << report);
  // Floors just under what the extractor measures today (P 0.97, R 0.49 on 16 samples), not
  // targets: a change that lowers them is a regression to look at; raise them as recall grows.
  CHECK(precision >= 0.90);
  CHECK(recall >= 0.45);
}

TEST_CASE("golden samples: the client's article yields every required fact and nothing from page furniture") {
  auto expected = LoadExpected();
  REQUIRE(expected.count("seed-hi-0001"));
  CommandResult run = RunJaal("extract " + ShellQuote((SourceDir() / "samples" / "hi" / "seed-hi-0001.txt").string()));
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  auto triples = ParseJsonLines(run.out);
  for (const Expected& e : expected["seed-hi-0001"]) {
    if (!e.required) continue;
    bool ok = false;
    for (const json::Value& t : triples)
      ok = ok || Matches(ScoreKey(t.Find("subject")->as_string()), t.Find("relation")->as_string(),
                         ScoreKey(t.Find("object")->as_string()), e);
    CHECK_MESSAGE(ok, "missing: " << e.s << " " << *e.r.begin() << " " << e.o);
  }
  for (const json::Value& t : triples) {
    CHECK(t.Find("evidence")->as_string().find("Maharashtra") == std::string::npos);
    CHECK(t.Find("evidence")->as_string().find("विज्ञापन") == std::string::npos);
    const std::string rel = t.Find("relation")->as_string();
    const std::string s = t.Find("subject")->as_string(), o = t.Find("object")->as_string();
    if (rel == "CONSULT" && ((s == "Kim Jong-un" && o == "Andrei Belousov") || (o == "Kim Jong-un" && s == "Andrei Belousov")))
      CHECK(t.Find("date")->as_string() == "2024-11-29");
    if (rel == "AGREE" && s == "North Korea" && o == "Russia") CHECK(t.Find("date")->as_string() == "2024-06");
    if (rel == "AID" && s == "North Korea" && o == "Russia") {
      CHECK(t.Find("modality")->as_string() == "claimed");
      std::set<std::string> by;
      for (const json::Value& a : t.Find("attributed_to")->as_array()) by.insert(a.as_string());
      CHECK(by.count("South Korea"));
      CHECK(by.count("United States"));
    }
  }
}

TEST_CASE("every extracted line carries the contract's fields") {
  CommandResult run = RunJaal("extract " + ShellQuote((SourceDir() / "samples" / "hi" / "seed-hi-0001.txt").string()));
  REQUIRE(run.exit_code == 0);
  auto triples = ParseJsonLines(run.out);
  REQUIRE_FALSE(triples.empty());
  for (const json::Value& t : triples) {
    for (const char* f : {"doc", "subject", "subject_type", "relation", "mode", "predicate", "object", "object_type", "date",
                          "modality", "attributed_to", "sentence", "span", "evidence", "confidence"})
      CHECK_MESSAGE(t.Find(f) != nullptr, "missing field " << f);
    const auto& span = t.Find("span")->as_array();
    REQUIRE(span.size() == 2);
    CHECK(span[0].as_number() < span[1].as_number());
  }
}

// Scoring extraction against gold triples, the way ../shared/eval/score.py does, so users can
// measure their own lexicon changes with `jaal eval`.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jaal/core/model.h"
#include "jaal/core/status.h"

namespace jaal::extract {

/// One gold fact: any label in `relations` is right; `required` false never lowers recall.
struct GoldTriple {
  std::string subject, object;
  std::vector<std::string> relations;
  bool required = true;
};

struct GoldDocument {
  std::string doc, lang;
  std::vector<GoldTriple> triples;
};

/// Counts behind precision (tp_system / n_system) and recall (tp_gold / n_gold).
struct Score {
  long tp_system = 0, n_system = 0, tp_gold = 0, n_gold = 0;
  double precision() const { return n_system ? double(tp_system) / n_system : 0; }
  double recall() const { return n_gold ? double(tp_gold) / n_gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct EvalReport {
  std::map<std::string, Score> typed;    // by language, plus "all"
  std::map<std::string, Score> untyped;  // relation ignored
  std::vector<std::string> errors;       // "FP  doc: s -REL-> o" / "FN  doc: ..."
};

/// score.py's comparison key: NFKD, case folded, letters and digits only.
std::string ScoreKey(std::string_view name);

/// Canonical key for every alias key (entities.tsv: canonical<TAB>alias|alias...).
using AliasTable = std::unordered_map<std::string, std::string>;
Result<AliasTable> ReadAliasTable(const std::string& path);
/// gold.jsonl: {"doc", "lang", "triples": [{"s", "r": [...], "o", "req"}]} per line.
Result<std::vector<GoldDocument>> ReadGold(const std::string& path);

/// Scores `system` (triples of any documents; only gold documents count) against `gold`.
EvalReport Evaluate(const std::vector<GoldDocument>& gold, const std::vector<Triple>& system, const AliasTable& aliases);

}  // namespace jaal::extract

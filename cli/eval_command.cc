// `jaal eval`: precision, recall and F1 of extraction against gold triples, per language,
// agreeing with ../shared/eval/score.py, with the misses and false positives listed.
#include <cmath>
#include <iostream>

#include <fmt/format.h>

#include "jaal/extract/evaluation.h"
#include "commands.h"

namespace jaal::cli {
namespace {

// score.py rounds to four decimals before printing three; doing the same keeps the outputs equal.
double Rounded(double x) { return std::round(x * 10000.0) / 10000.0; }

}  // namespace

CommandRunner AddEvalCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("eval", "Score extraction against gold triples (precision, recall, F1 per language)");
  struct Options {
    std::string gold, docs, entities;
    bool show_errors = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("gold", o->gold, "Gold file: one {\"doc\",\"lang\",\"triples\":[{\"s\",\"r\":[..],\"o\",\"req\"}]} per line")
      ->required();
  cmd->add_option("--docs", o->docs, "The articles (JSONL, .txt or directory); default: docs.jsonl beside GOLD");
  cmd->add_option("--entities", o->entities, "Alias table: canonical<TAB>alias|alias (names in any script)");
  cmd->add_flag("--show-errors", o->show_errors, "List every miss (FN) and false positive (FP)");
  cmd->footer("Example: jaal eval ../shared/eval/dev/gold.jsonl --entities ../shared/eval/entities.tsv --show-errors");
  return [&global, o]() -> int {
    auto extractor = LoadExtractor(global);
    if (!extractor.ok()) {
      PrintError("eval", extractor.status().message());
      return kExitFailure;
    }
    auto gold = extract::ReadGold(o->gold);
    if (!gold.ok()) {
      PrintError("eval", gold.status().message());
      return kExitUsage;
    }
    extract::AliasTable aliases;
    if (!o->entities.empty()) {
      auto a = extract::ReadAliasTable(o->entities);
      if (!a.ok()) {
        PrintError("eval", a.status().message());
        return kExitUsage;
      }
      aliases = std::move(a).value();
    }
    std::string docs = o->docs;
    if (docs.empty()) {
      size_t slash = o->gold.find_last_of('/');
      docs = (slash == std::string::npos ? std::string() : o->gold.substr(0, slash + 1)) + "docs.jsonl";
    }
    std::vector<Triple> system;
    Status s = extract::ReadArticles(docs, [&](Article a) {
      for (Triple& t : (*extractor)->Extract(a)) system.push_back(std::move(t));
      return Status::Ok();
    });
    if (!s.ok()) {
      PrintError("eval", s.message());
      return kExitUsage;
    }
    extract::EvalReport report = extract::Evaluate(*gold, system, aliases);
    for (auto [kind, scores] : {std::pair<const char*, const std::map<std::string, extract::Score>*>{"typed", &report.typed},
                                {"untyped", &report.untyped}}) {
      for (const auto& [lang, sc] : *scores)
        if (lang != "all") std::cout << fmt::format("{:<8} {:<4} P={:.3f} R={:.3f} F1={:.3f}  (system {}, gold {})\n", kind, lang,
                                 Rounded(sc.precision()), Rounded(sc.recall()), Rounded(sc.f1()), sc.n_system, sc.n_gold);
      // "all" last, as score.py prints it.
      const extract::Score& all = scores->at("all");
      std::cout << fmt::format("{:<8} {:<4} P={:.3f} R={:.3f} F1={:.3f}  (system {}, gold {})\n", kind, "all",
                               Rounded(all.precision()), Rounded(all.recall()), Rounded(all.f1()), all.n_system, all.n_gold);
    }
    if (o->show_errors)
      for (const std::string& e : report.errors) std::cout << e << '\n';
    return kExitOk;
  };
}

}  // namespace jaal::cli

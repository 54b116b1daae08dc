// `jaal extract`: print the triples of articles as JSON lines; stores nothing.
#include <iostream>

#include "commands.h"

namespace jaal::cli {

CommandRunner AddExtractCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("extract", "Print the triples extracted from articles as JSON lines (stores nothing)");
  auto paths = std::make_shared<std::vector<std::string>>();
  auto keep_going = std::make_shared<bool>(false);
  cmd->add_option("inputs", *paths, ".txt or .jsonl files, directories of them, or - for JSONL on stdin")->required();
  cmd->add_flag("--keep-going", *keep_going, "Report bad articles on stderr and continue with the rest");
  cmd->footer(
      "Each line has the fields doc, subject, subject_type, relation, mode, predicate, object,\n"
      "object_type, date, modality, attributed_to, sentence, span, evidence, confidence, then\n"
      "lang, date_source and entity ids. Example: jaal extract samples/hi/seed-hi-0001.txt");
  return [&global, paths, keep_going]() -> int {
    auto extractor = LoadExtractor(global);
    if (!extractor.ok()) {
      PrintError("extract", extractor.status().message());
      return kExitFailure;
    }
    int bad = 0;
    std::ios::sync_with_stdio(false);
    for (const std::string& path : *paths) {
      Status s = extract::ReadArticles(
          path,
          [&](Article a) {
            for (const Triple& t : (*extractor)->Extract(a)) std::cout << TripleToJson(t) << '\n';
            return std::cout ? Status::Ok() : Status::IoError("cannot write to standard output");
          },
          *keep_going ? std::function<void(const Status&)>([&](const Status& e) {
            ++bad;
            PrintError("extract", e.message());
          })
                      : nullptr);
      if (!s.ok()) {
        PrintError("extract", s.message());
        return kExitUsage;
      }
    }
    std::cout.flush();
    return bad ? kExitUsage : kExitOk;
  };
}

}  // namespace jaal::cli

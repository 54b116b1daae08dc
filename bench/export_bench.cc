// Export time and memory: `jaal export` in each format on an existing store (the query
// benchmark's million-edge store, kept with --keep), or on a store built here from inputs.
// Usage: export_bench (--store DIR | --build INPUT...) [--formats graphml,gexf,...] [--runs N]
//                     [--jaal PATH] [--data DIR] [--summary FILE] [--smoke]
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "measure.h"

using namespace jaal::bench;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> ParseList(const std::string& s) {
  std::vector<std::string> out;
  for (size_t start = 0; start <= s.size();) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

int Usage() {
  std::cerr << "usage: export_bench (--store DIR | --build INPUT...) [--formats graphml,gexf,...] [--runs N]\n"
               "                    [--jaal PATH] [--data DIR] [--summary FILE] [--smoke]\n"
               "  --smoke  one export per format, checked for output, nothing timed\n";
  return 2;
}

// The "relations N" line of `jaal stats`.
std::int64_t StoredEdges(const std::vector<std::string>& base, const std::string& work) {
  std::vector<std::string> args = base;
  args.push_back("stats");
  ChildRun run = RunChild(args, work + "/stats.txt");
  std::ifstream in(work + "/stats.txt");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  static const std::regex kRelations(R"((^|\n)relations\s+(\d+))");
  std::smatch m;
  return run.exit_code == 0 && std::regex_search(text, m, kRelations) ? std::stoll(m[2]) : -1;
}

}  // namespace

int main(int argc, char** argv) {
  std::cout << std::unitbuf;  // rows appear as they are measured, also through a pipe
  std::vector<std::string> formats = {"graphml", "gexf", "jsonl", "neo4j", "ntriples"};
  int runs = 5;
  std::string jaal = JAAL_BINARY, data_dir, summary_path, store_dir;
  std::vector<std::string> build_inputs;
  bool smoke = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool more = i + 1 < argc;
    if (a == "--store" && more) store_dir = argv[++i];
    else if (a == "--build" && more) build_inputs.push_back(argv[++i]);
    else if (a == "--formats" && more) formats = ParseList(argv[++i]);
    else if (a == "--runs" && more) runs = std::max(1, std::atoi(argv[++i]));
    else if (a == "--jaal" && more) jaal = argv[++i];
    else if (a == "--data" && more) data_dir = argv[++i];
    else if (a == "--summary" && more) summary_path = argv[++i];
    else if (a == "--smoke") smoke = true;
    else if (!a.starts_with("-") && !build_inputs.empty()) build_inputs.push_back(a);
    else return Usage();
  }
  if (store_dir.empty() == build_inputs.empty() || formats.empty()) return Usage();
  if (smoke) runs = 1;
  const std::string work = MakeTempDir("export-bench");
  if (work.empty()) {
    std::cerr << "export_bench: cannot create a temporary directory\n";
    return 1;
  }
  int status = 0;
  auto finish = [&](int code) {
    std::error_code ec;
    fs::remove_all(work, ec);
    return code;
  };
  if (!build_inputs.empty()) {
    for (const std::string& in : build_inputs)
      if (!fs::exists(in)) {
        std::cout << fmt::format("export_bench: skipped: {} does not exist\n", in);
        return finish(0);
      }
    store_dir = work + "/store";
    BuildRun built = MeasureBuild(jaal, data_dir, store_dir, 2, build_inputs);
    if (!built.ok()) {
      std::cerr << "export_bench: " << built.Failure() << '\n';
      return finish(1);
    }
  } else if (!fs::exists(fs::path(store_dir) / "JAAL_STORE")) {
    std::cout << fmt::format("export_bench: skipped: {} is not a jaal store\n", store_dir);
    return finish(0);
  }
  std::vector<std::string> base = {jaal};
  if (!data_dir.empty()) base.insert(base.end(), {"--data", data_dir});
  base.insert(base.end(), {"--store", store_dir, "-q"});
  const std::int64_t edges = StoredEdges(base, work);
  if (edges < 0) {
    std::cerr << "export_bench: jaal stats failed on " << store_dir << '\n';
    return finish(1);
  }
  std::cout << fmt::format("export_bench: store {} with {} relations; {}\n", store_dir, Grouped(edges),
                           smoke ? "smoke run, nothing timed" : fmt::format("median of {} runs", runs));
  if (!smoke)
    std::cout << fmt::format("{:<10} {:>9} {:>12} {:>10} {:>10}\n", "format", "wall s", "relations/s", "output MB",
                             "peak RSS");
  std::ofstream summary;
  if (!summary_path.empty()) summary.open(summary_path, std::ios::app);
  for (const std::string& format : formats) {
    // neo4j writes a directory of CSV files; every other format one file.
    const std::string out = work + "/out-" + format;
    std::vector<double> wall, rss;
    std::int64_t out_bytes = 0;
    for (int r = 0; r < runs && status == 0; ++r) {
      std::error_code ec;
      fs::remove_all(out, ec);
      std::vector<std::string> args = base;
      args.insert(args.end(), {"export", "--format", format, "-o", out});
      ChildRun run = RunChild(args);
      if (run.exit_code != 0) {
        std::cerr << fmt::format("export_bench: {} exited with {}: {}{}\n", ShellWords(args), run.exit_code,
                                 run.error, run.stderr_text.substr(0, 600));
        status = 1;
        break;
      }
      wall.push_back(run.wall_seconds);
      rss.push_back(static_cast<double>(run.peak_rss_kib));
      out_bytes = fs::is_directory(out) ? DirectoryBytes(out) : static_cast<std::int64_t>(fs::file_size(out, ec));
    }
    if (status) break;
    if (out_bytes == 0 && edges > 0) {
      std::cerr << fmt::format("export_bench: {} export wrote nothing\n", format);
      status = 1;
      break;
    }
    if (smoke) {
      std::cout << fmt::format("  {}: {} bytes written\n", format, out_bytes);
      continue;
    }
    double w = Median(wall);
    std::cout << fmt::format("{:<10} {:>9.2f} {:>12.0f} {:>10.1f} {:>6.0f} MiB\n", format, w, edges / w,
                             out_bytes / 1e6, Median(rss) / 1024);
    if (summary)
      summary << fmt::format("export ({} relations)\t{}\t{:.2f} s, peak RSS {:.0f} MiB, {:.0f} MB written\n",
                             Grouped(edges), format, w, Median(rss) / 1024, out_bytes / 1e6);
  }
  return finish(status);
}

// `jaal build` end to end (read, extract, merge, RocksDB) on real articles, as a user runs it:
// the corpus is copied under distinct document ids until it is big enough to time, then built
// into a fresh store with each thread count; medians of several runs.
// Usage: build_bench [--articles N] [--runs N] [--threads 1,2] [--jaal PATH] [--data DIR]
//                    [--summary FILE] [--smoke] FILE.jsonl|FILE.txt|DIR ...
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "jaal/extract/extractor.h"
#include "measure.h"
#include "synthetic_articles.h"

using namespace jaal;
using namespace jaal::bench;
namespace fs = std::filesystem;

namespace {

std::vector<int> ParseList(const std::string& s) {
  std::vector<int> out;
  for (size_t start = 0; start <= s.size();) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(std::atoi(s.substr(start, end - start).c_str()));
    start = end + 1;
  }
  return out;
}

int Usage() {
  std::cerr << "usage: build_bench [--articles N] [--runs N] [--threads 1,2] [--jaal PATH] [--data DIR]\n"
               "                   [--summary FILE] [--smoke] FILE.jsonl|FILE.txt|DIR ...\n"
               "  --articles N  repeat the input (distinct ids) to at least N articles (default 10000)\n"
               "  --smoke       one small build per thread count, checked for triples, nothing timed\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::cout << std::unitbuf;  // rows appear as they are measured, also through a pipe
  std::int64_t min_articles = 10000;
  int runs = 5;
  std::vector<int> threads = {1, 2};
  std::string jaal = JAAL_BINARY, data_dir, summary_path;
  bool smoke = false;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool more = i + 1 < argc;
    if (a == "--articles" && more) min_articles = std::atoll(argv[++i]);
    else if (a == "--runs" && more) runs = std::max(1, std::atoi(argv[++i]));
    else if (a == "--threads" && more) threads = ParseList(argv[++i]);
    else if (a == "--jaal" && more) jaal = argv[++i];
    else if (a == "--data" && more) data_dir = argv[++i];
    else if (a == "--summary" && more) summary_path = argv[++i];
    else if (a == "--smoke") smoke = true;
    else if (!a.starts_with("-")) inputs.push_back(a);
    else return Usage();
  }
  if (inputs.empty() || threads.empty()) return Usage();
  for (const std::string& in : inputs)
    if (!fs::exists(in)) {
      // The corpus is not part of the repository; its absence is not a failure of jaal.
      std::cout << fmt::format("build_bench: skipped: {} does not exist\n", in);
      return 0;
    }
  if (smoke) {
    runs = 1;
    min_articles = 0;
  }

  std::vector<Article> base;
  for (const std::string& in : inputs) {
    Status s = extract::ReadArticles(in, [&](Article a) {
      base.push_back(std::move(a));
      return Status::Ok();
    });
    if (!s.ok()) {
      std::cerr << "build_bench: " << s.message() << '\n';
      return 1;
    }
  }
  if (base.empty()) {
    std::cerr << "build_bench: no articles in the inputs\n";
    return 1;
  }
  const std::string work = MakeTempDir("build-bench");
  if (work.empty()) {
    std::cerr << "build_bench: cannot create a temporary directory\n";
    return 1;
  }
  // Copy k of article x gets id "x~k": jaal refuses two inputs with one id, and equal ids with
  // equal content would be skipped as unchanged instead of being built.
  const std::int64_t copies = std::max<std::int64_t>(1, (min_articles + base.size() - 1) / base.size());
  const std::string corpus = work + "/corpus.jsonl";
  {
    std::ofstream out(corpus, std::ios::binary);
    for (std::int64_t k = 0; k < copies; ++k)
      for (Article a : base) {
        if (k) a.id += fmt::format("~{}", k);
        out << ToJsonLine(a);
      }
    if (!out) {
      std::cerr << "build_bench: cannot write " << corpus << '\n';
      return 1;
    }
  }
  const double corpus_mb = static_cast<double>(fs::file_size(corpus)) / 1e6;
  std::cout << fmt::format("build_bench: {} articles ({} x {} read from the inputs), {:.1f} MB of JSONL; {}\n",
                           base.size() * copies, copies, base.size(), corpus_mb,
                           smoke ? "smoke run, nothing timed" : fmt::format("median of {} runs", runs));
  if (!smoke)
    std::cout << fmt::format("{:>7} {:>9} {:>9} {:>8} {:>10} {:>11} {:>8} {:>10} {:>11}\n", "threads", "articles",
                             "triples", "wall s", "articles/s", "triples/s", "CPU s", "peak RSS", "store B/art");
  std::ofstream summary;
  if (!summary_path.empty()) summary.open(summary_path, std::ios::app);
  int status = 0;
  for (int t : threads) {
    std::vector<double> wall, cpu, rss, bytes;
    BuildRun last;
    for (int r = 0; r < runs; ++r) {
      last = MeasureBuild(jaal, data_dir, work + "/store", t, {corpus});
      if (!last.ok()) {
        std::cerr << "build_bench: " << last.Failure() << '\n';
        status = 1;
        break;
      }
      wall.push_back(last.child.wall_seconds);
      cpu.push_back(last.child.cpu_seconds);
      rss.push_back(static_cast<double>(last.child.peak_rss_kib));
      bytes.push_back(static_cast<double>(last.store_bytes));
    }
    if (!last.ok()) break;
    if (last.triples == 0) {
      std::cerr << fmt::format("build_bench: {} threads: the build stored no triples\n", t);
      status = 1;
      break;
    }
    if (smoke) {
      std::cout << fmt::format("  -j {}: {} articles, {} triples stored\n", t, last.articles, last.triples);
      continue;
    }
    double w = Median(wall), per_art = Median(bytes) / last.articles;
    std::cout << fmt::format("{:>7} {:>9} {:>9} {:>8.2f} {:>10.0f} {:>11.0f} {:>8.2f} {:>7.0f} MiB {:>11.0f}\n", t,
                             last.articles, last.triples, w, last.articles / w, last.triples / w, Median(cpu),
                             Median(rss) / 1024, per_art);
    if (summary)
      summary << fmt::format("build (real corpus x{})\t-j {}\t{} articles/s, {} triples/s, peak RSS {:.0f} MiB, {:.0f} B/article\n",
                             copies, t, Grouped(last.articles / w), Grouped(last.triples / w), Median(rss) / 1024,
                             per_art);
  }
  std::error_code ec;
  fs::remove_all(work, ec);
  return status;
}

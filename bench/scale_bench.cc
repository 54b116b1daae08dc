// How `jaal build` cost grows with the corpus: synthetic articles (bench/synthetic_articles.h)
// at several sizes, each built into a fresh store; time per article at the largest size over
// time per article at the smallest is the linearity ratio (1.0 = perfectly linear).
// Usage: scale_bench [--sizes 10000,100000,1000000] [--runs N] [--large-runs N] [--threads N]
//                    [--seed S] [--hindi-share F] [--jaal PATH] [--data DIR] [--summary FILE]
//                    [--smoke] [--keep]
//        scale_bench --generate N [--seed S] [--hindi-share F] [--data DIR] -o FILE.jsonl
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "measure.h"
#include "synthetic_articles.h"

using namespace jaal;
using namespace jaal::bench;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kLargeSize = 1000000;  // sizes from here on use --large-runs

std::vector<std::int64_t> ParseList(const std::string& s) {
  std::vector<std::int64_t> out;
  for (size_t start = 0; start <= s.size();) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(std::atoll(s.substr(start, end - start).c_str()));
    start = end + 1;
  }
  return out;
}

int Usage() {
  std::cerr << "usage: scale_bench [--sizes 10000,100000,1000000] [--runs N] [--large-runs N] [--threads N]\n"
               "                   [--seed S] [--hindi-share F] [--jaal PATH] [--data DIR] [--summary FILE]\n"
               "                   [--smoke] [--keep]\n"
               "       scale_bench --generate N [--seed S] [--hindi-share F] [--data DIR] -o FILE.jsonl\n"
               "  --runs N        builds per size (default 5); --large-runs N for sizes >= 1,000,000 (default 1)\n"
               "  --smoke         one build of 200 articles, checked for triples, nothing timed\n"
               "  --keep          leave the generated corpora and stores in the temporary directory\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::cout << std::unitbuf;  // rows appear as they are measured, also through a pipe
  std::vector<std::int64_t> sizes = {10000, 100000, 1000000};
  int runs = 5, large_runs = 1, threads = 2;
  std::uint64_t seed = 20241128;
  double hindi_share = 0.5;
  std::int64_t generate = -1;
  std::string jaal = JAAL_BINARY, data_dir, summary_path, output;
  bool smoke = false, keep = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool more = i + 1 < argc;
    if (a == "--sizes" && more) sizes = ParseList(argv[++i]);
    else if (a == "--runs" && more) runs = std::max(1, std::atoi(argv[++i]));
    else if (a == "--large-runs" && more) large_runs = std::max(1, std::atoi(argv[++i]));
    else if ((a == "--threads" || a == "-j") && more) threads = std::max(1, std::atoi(argv[++i]));
    else if (a == "--seed" && more) seed = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--hindi-share" && more) hindi_share = std::atof(argv[++i]);
    else if (a == "--jaal" && more) jaal = argv[++i];
    else if (a == "--data" && more) data_dir = argv[++i];
    else if (a == "--summary" && more) summary_path = argv[++i];
    else if (a == "--generate" && more) generate = std::atoll(argv[++i]);
    else if (a == "-o" && more) output = argv[++i];
    else if (a == "--smoke") smoke = true;
    else if (a == "--keep") keep = true;
    else return Usage();
  }
  if (smoke) {
    sizes = {200};
    runs = 1;
  }
  std::sort(sizes.begin(), sizes.end());
  if (sizes.empty() || sizes.front() <= 0) return Usage();
  auto gen = SyntheticArticles::Load(data_dir.empty() ? JAAL_SOURCE_DATADIR : data_dir, seed, hindi_share);
  if (!gen.ok()) {
    std::cerr << "scale_bench: " << gen.status().message() << '\n';
    return 1;
  }

  if (generate >= 0) {  // just write a corpus
    if (output.empty()) return Usage();
    std::ofstream out(output, std::ios::binary);
    for (std::int64_t n = 0; n < generate; ++n) out << ToJsonLine((*gen)->Next(n));
    if (!out.flush()) {
      std::cerr << "scale_bench: cannot write " << output << '\n';
      return 1;
    }
    return 0;
  }

  const std::string work = MakeTempDir("scale-bench");
  if (work.empty()) {
    std::cerr << "scale_bench: cannot create a temporary directory\n";
    return 1;
  }
  // One article stream for all sizes, so each corpus is a prefix of the next.
  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::string> corpora;
  std::vector<double> corpus_mb;
  {
    std::vector<std::ofstream> outs;
    for (std::int64_t size : sizes) {
      corpora.push_back(fmt::format("{}/synthetic-{}.jsonl", work, size));
      outs.emplace_back(corpora.back(), std::ios::binary);
    }
    for (std::int64_t n = 0; n < sizes.back(); ++n) {
      std::string line = ToJsonLine((*gen)->Next(n));
      for (size_t k = 0; k < sizes.size(); ++k)
        if (n < sizes[k]) outs[k] << line;
    }
    for (size_t k = 0; k < outs.size(); ++k) {
      if (!outs[k].flush()) {
        std::cerr << "scale_bench: cannot write " << corpora[k] << '\n';
        return 1;
      }
      outs[k].close();
      corpus_mb.push_back(static_cast<double>(fs::file_size(corpora[k])) / 1e6);
    }
  }
  std::cout << fmt::format("scale_bench: synthetic corpora (seed {}, {:.0f}% Hindi) generated in {}{}\n", seed,
                           hindi_share * 100, work,
                           smoke ? "" : fmt::format(" in {:.1f} s", std::chrono::duration<double>(
                                                                        std::chrono::steady_clock::now() - t0)
                                                                        .count()));
  if (smoke)
    std::cout << "scale_bench: smoke run, nothing timed\n";
  else
    std::cout << fmt::format("jaal build -j {} into a fresh store; median of {} runs ({} for sizes >= {})\n", threads,
                             runs, large_runs, Grouped(kLargeSize));
  if (!smoke)
    std::cout << fmt::format("{:>9} {:>6} {:>5} {:>10} {:>8} {:>9} {:>8} {:>10} {:>9} {:>9} {:>9}\n", "articles",
                             "MB", "runs", "triples", "tr/art", "build s", "us/art", "articles/s", "store MB",
                             "B/art", "peak RSS");
  std::ofstream summary;
  if (!summary_path.empty()) summary.open(summary_path, std::ios::app);
  int status = 0;
  std::vector<double> us_per_article;
  for (size_t k = 0; k < sizes.size() && status == 0; ++k) {
    const int n_runs = sizes[k] >= kLargeSize ? large_runs : runs;
    std::vector<double> wall, rss, bytes;
    BuildRun last;
    for (int r = 0; r < n_runs; ++r) {
      last = MeasureBuild(jaal, data_dir, fmt::format("{}/store-{}", work, sizes[k]), threads, {corpora[k]});
      if (!last.ok()) {
        std::cerr << "scale_bench: " << last.Failure() << '\n';
        status = 1;
        break;
      }
      wall.push_back(last.child.wall_seconds);
      rss.push_back(static_cast<double>(last.child.peak_rss_kib));
      bytes.push_back(static_cast<double>(last.store_bytes));
    }
    if (status) break;
    const double per_article = last.articles ? static_cast<double>(last.triples) / last.articles : 0;
    if (last.triples == 0) {
      std::cerr << "scale_bench: the synthetic articles yielded no triples\n";
      status = 1;
      break;
    }
    if (smoke) {
      std::cout << fmt::format("  {} articles: {} triples stored ({:.2f} per article)\n", last.articles, last.triples,
                               per_article);
      break;
    }
    double w = Median(wall), us = w * 1e6 / sizes[k];
    us_per_article.push_back(us);
    std::cout << fmt::format("{:>9} {:>6.0f} {:>5} {:>10} {:>8.2f} {:>9.2f} {:>8.0f} {:>10.0f} {:>9.1f} {:>9.0f} {:>5.0f} MiB\n",
                             sizes[k], corpus_mb[k], n_runs, last.triples, per_article, w, us, sizes[k] / w,
                             Median(bytes) / 1e6, Median(bytes) / sizes[k], Median(rss) / 1024);
    if (summary)
      summary << fmt::format("scale (synthetic, -j {})\t{} articles{}\t{:.2f} s, {:.0f} us/article, {:.1f} MB store, "
                             "{:.2f} triples/article\n",
                             threads, Grouped(sizes[k]), n_runs < 5 ? fmt::format(" ({} run{})", n_runs, n_runs > 1 ? "s" : "") : "",
                             w, us, Median(bytes) / 1e6, per_article);
    // Drop the store before the next, larger size: disk space, and a fair page cache.
    if (!keep) {
      std::error_code ec;
      fs::remove_all(fmt::format("{}/store-{}", work, sizes[k]), ec);
    }
  }
  if (status == 0 && us_per_article.size() >= 2) {
    double ratio = us_per_article.back() / us_per_article.front();
    std::cout << fmt::format("time per article at {} / at {}: {:.2f} (target <= 1.5: {})\n", Grouped(sizes.back()),
                             Grouped(sizes.front()), ratio, ratio <= 1.5 ? "met" : "MISSED");
    if (summary)
      summary << fmt::format("scale (synthetic, -j {})\tus/article {} vs {}\tratio {:.2f} (target <= 1.5: {})\n",
                             threads, Grouped(sizes.back()), Grouped(sizes.front()), ratio,
                             ratio <= 1.5 ? "met" : "missed");
  }
  if (!keep) {
    std::error_code ec;
    fs::remove_all(work, ec);
  } else {
    std::cout << "scale_bench: kept " << work << '\n';
  }
  return status;
}

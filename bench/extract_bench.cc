// Extraction throughput against its floor: how close jaal's extractor comes to the cost of just
// reading the text with ICU (NFC + sentence + word segmentation), per language, single thread.
// Usage: extract_bench [--mb N] [--runs N] [--data DIR] FILE.jsonl|DIR ...
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "jaal/extract/extractor.h"
#include "lexicon.h"
#include "text.h"

using namespace jaal;
using Clock = std::chrono::steady_clock;

namespace {

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

struct Corpus {
  std::vector<Article> articles;
  size_t bytes = 0;
  size_t sentences = 0;
};

}  // namespace

int main(int argc, char** argv) {
  double target_mb = 50;
  int runs = 5;
  std::string data_dir = JAAL_SOURCE_DATADIR;
  std::vector<std::string> inputs;
  const char* usage = "usage: extract_bench [--mb N] [--runs N] [--data DIR] FILE.jsonl|DIR ...\n";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::cout << usage
                << "Single-thread extraction per language against the floor: NFC, then the segmenter's\n"
                   "sentence and word split (ICU break iterators plus building the tokens) of the same text.\n"
                   "The input is repeated to N MB per language (default 50);\n"
                   "each figure is the median of --runs runs (default 5). --data: the lexicon directory.\n";
      return 0;
    }
    if (a == "--mb" && i + 1 < argc) target_mb = std::atof(argv[++i]);
    else if (a == "--runs" && i + 1 < argc) runs = std::atoi(argv[++i]);
    else if (a == "--data" && i + 1 < argc) data_dir = argv[++i];
    else inputs.push_back(a);
  }
  if (inputs.empty()) {
    std::cerr << usage;
    return 2;
  }
  auto extractor = extract::Extractor::Load(data_dir);
  auto lexicon = extract::Lexicon::Load(data_dir);
  if (!extractor.ok() || !lexicon.ok()) {
    std::cerr << "extract_bench: " << (extractor.ok() ? lexicon.status() : extractor.status()).message() << '\n';
    return 1;
  }
  std::map<std::string, Corpus> by_lang;
  for (const std::string& in : inputs) {
    Status s = extract::ReadArticles(in, [&](Article a) {
      by_lang[a.lang].articles.push_back(std::move(a));
      return Status::Ok();
    });
    if (!s.ok()) {
      std::cerr << "extract_bench: " << s.message() << '\n';
      return 1;
    }
  }
  const auto& seg = (*lexicon)->segmenter();
  auto keep_all = [](size_t, const std::string&) { return true; };
  std::cout << fmt::format("machine: {} hardware threads; single-thread runs; median of {}\n",
                           std::thread::hardware_concurrency(), runs);
  std::cout << fmt::format("{:<5} {:>8} {:>9} {:>10} {:>11} {:>10} {:>11} {:>9}\n", "lang", "MB", "articles",
                           "floor MB/s", "jaal MB/s", "art/s", "sent/s", "jaal/floor");
  for (auto& [lang, corpus] : by_lang) {
    if (corpus.articles.empty()) continue;
    // Repeat the real text until it reaches the target size.
    std::vector<Article> base = corpus.articles;
    size_t base_bytes = 0;
    for (const Article& a : base) base_bytes += a.text.size();
    while (corpus.bytes < target_mb * 1e6 && base_bytes > 0)
      for (const Article& a : base) {
        corpus.bytes += a.text.size();
        if (corpus.articles.size() < base.size() * 2 || corpus.bytes < target_mb * 1e6) corpus.articles.push_back(a);
      }
    corpus.bytes = 0;
    for (const Article& a : corpus.articles) corpus.bytes += a.text.size();
    std::vector<double> floor_s, jaal_s;
    size_t triples = 0;
    for (int r = 0; r < runs; ++r) {
      auto t0 = Clock::now();
      size_t sentences = 0;
      for (const Article& a : corpus.articles) {
        auto nfc = extract::NormalizeNfc(a.text);
        sentences += seg.Split(nfc.ok() ? *nfc : a.text, keep_all).size();
      }
      auto t1 = Clock::now();
      triples = 0;
      for (const Article& a : corpus.articles) triples += (*extractor)->Extract(a).size();
      auto t2 = Clock::now();
      corpus.sentences = sentences;
      floor_s.push_back(std::chrono::duration<double>(t1 - t0).count());
      jaal_s.push_back(std::chrono::duration<double>(t2 - t1).count());
    }
    double f = Median(floor_s), j = Median(jaal_s), mb = corpus.bytes / 1e6;
    std::cout << fmt::format("{:<5} {:>8.1f} {:>9} {:>10.2f} {:>11.2f} {:>10.0f} {:>11.0f} {:>9.2f}\n", lang, mb,
                             corpus.articles.size(), mb / f, mb / j, corpus.articles.size() / j, corpus.sentences / j,
                             j / f);
    std::cout << fmt::format("      ({} triples per run)\n", triples);
  }
  return 0;
}

// Synthetic news articles for the scale benchmark: sentences made from the lexicon's actors and
// event patterns, in English and Hindi, deterministic for a seed, so a 1M-article corpus is
// reproducible without shipping it.
#pragma once

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "jaal/core/model.h"
#include "jaal/core/status.h"

namespace jaal::bench {

/// Generates articles of 3-8 sentences: events between actors of the lexicon (countries,
/// organisations, armed groups, persons; a few dominate, as in real news) told with the trigger
/// forms of patterns/{en,hi}.tsv in several sentence shapes (plain, dated, fronted date,
/// coordinated subjects, nominal, attributed, negated), mixed with noise sentences naming no
/// actor. Not thread-safe; one generator per thread.
class SyntheticArticles {
 public:
  /// Reads actors/*.tsv and patterns/{en,hi}.tsv under `lexicon_dir`. `hindi_share` of the
  /// articles are Hindi. Errors name the file and line.
  static Result<std::unique_ptr<SyntheticArticles>> Load(const std::string& lexicon_dir, std::uint64_t seed,
                                                         double hindi_share = 0.5);

  /// Article number `n`, with id "syn-<n>", publication date in 2015-2025. Calls must come in
  /// order 0, 1, 2... for the sequence to be reproducible.
  Article Next(std::int64_t n);

  struct Actor {
    std::string id, name_en, name_hi;
    size_t aliases = 0;  // how many other names the lexicon lists: a proxy for prominence
  };
  struct Pattern {
    std::string relation;
    std::vector<std::string> triggers, markers, context;
    bool light_verb = false, symmetric = false, nominal = false;
  };

 private:
  SyntheticArticles(std::uint64_t seed, double hindi_share) : rng_(seed), hindi_share_(hindi_share) {}
  std::string EnglishEvent();
  std::string HindiEvent();
  const Actor& PickActor();
  const Actor& PickMedia();
  double Uniform() { return std::uniform_real_distribution<double>(0, 1)(rng_); }
  size_t Below(size_t n) { return static_cast<size_t>(Uniform() * n) % n; }
  template <typename T>
  const T& Pick(const std::vector<T>& v) { return v[Below(v.size())]; }

  std::mt19937_64 rng_;
  double hindi_share_;
  std::vector<Actor> actors_, media_, people_;
  std::discrete_distribution<size_t> actor_pick_;
  std::vector<Pattern> en_, hi_;
  std::string date_;  // the article being written's publication date
};

/// `a` as one line of `jaal build` JSONL input (id, lang, title, date, text), with its newline.
std::string ToJsonLine(const Article& a);

}  // namespace jaal::bench

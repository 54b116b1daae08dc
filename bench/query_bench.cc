// Query latency as an analyst sees it: a synthetic store of a million or more edges written
// straight through GraphStore::PutArticle, then `jaal query`, `jaal entity` and `jaal path`
// timed as whole processes (start-up, store open, name resolution, output) over many runs.
// Usage: query_bench [--edges N] [--store DIR] [--runs N] [--jaal PATH] [--keep]
//   --store DIR reuses a store this benchmark generated earlier when it already holds N edges.
#include <spawn.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "jaal/core/date.h"
#include "jaal/store/graph_store.h"

extern char** environ;

using namespace jaal;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

// Actor i's names in both scripts, from syllables, so every actor has a Latin and a Devanagari
// alias as extracted actors do.
const char* kLatin[] = {"ka", "ra", "mi", "so", "tu", "ne", "la", "vi", "da", "po", "shi", "gu"};
const char* kDeva[] = {"का", "रा", "मी", "सो", "तू", "ने", "ला", "वी", "दा", "पो", "शी", "गु"};
constexpr int kSyllables = 12;

ActorRef MakeActor(int i) {
  ActorRef a;
  a.id = fmt::format("syn:{:06d}", i);
  // Most-mentioned actors are states and organisations, as in real news.
  a.type = i < 200 ? EntityType::kCountry : i < 500 ? EntityType::kOrganisation : i < 800 ? EntityType::kArmedGroup
                                                                                        : EntityType::kPerson;
  std::string latin, deva;
  int n = i;
  for (int k = 0; k < 5; ++k) {
    if (k == 2) {
      latin += ' ';
      deva += ' ';
    }
    latin += kLatin[n % kSyllables];
    deva += kDeva[n % kSyllables];
    n /= kSyllables;
  }
  latin[0] = static_cast<char>(latin[0] - 'a' + 'A');
  latin[latin.find(' ') + 1] = static_cast<char>(latin[latin.find(' ') + 1] - 'a' + 'A');
  a.name = latin;
  a.name_hi = deva;
  return a;
}

struct Generator {
  std::mt19937_64 rng{20240611};
  int actors;
  std::discrete_distribution<int> actor_pick;
  std::discrete_distribution<int> relation_pick;
  std::vector<ActorRef> refs;

  explicit Generator(int n) : actors(n) {
    std::vector<double> zipf(n);
    for (int i = 0; i < n; ++i) zipf[i] = 1.0 / (i + 1);  // Zipf s = 1: a few actors dominate the news
    actor_pick = std::discrete_distribution<int>(zipf.begin(), zipf.end());
    // Roughly the mix of PLOVER types in news: meetings and accusations dominate.
    std::vector<double> rel = {6, 30, 6, 1, 6, 5, 1, 6, 10, 5, 4, 5, 3, 2, 4, 5, 1};
    relation_pick = std::discrete_distribution<int>(rel.begin(), rel.end());
    for (int i = 0; i < n; ++i) refs.push_back(MakeActor(i));
  }

  double Uniform() { return std::uniform_real_distribution<double>(0, 1)(rng); }

  // One synthetic article with `count` triples, dated around its publication date.
  std::vector<Triple> Article(const store::DocumentInfo& doc, int count) {
    std::vector<Triple> out;
    Date published = *Date::Parse(doc.date);
    for (int s = 0; s < count; ++s) {
      Triple t;
      t.doc = doc.id;
      t.lang = doc.lang;
      t.relation = static_cast<Relation>(relation_pick(rng));
      int a = actor_pick(rng), b = actor_pick(rng);
      if (t.relation == Relation::kRole) {
        const int persons = std::min(800, actors / 2);  // small smoke stores have few persons
        a = persons + static_cast<int>(Uniform() * (actors - persons));  // a person
        b = static_cast<int>(Uniform() * std::min(500, persons));        // holds office in a state or organisation
      }
      if (a == b) b = (b + 1) % actors;
      t.subject = refs[a];
      t.object = refs[b];
      double d = Uniform();
      Date day = published.AddDays(-static_cast<long>(Uniform() * 4));
      t.date = d < 0.01 ? "" : d < 0.04 ? fmt::format("{:04d}-{:02d}", day.year, day.month) : day.ToString();
      t.date_source = t.date.empty() ? "" : "text";
      double m = Uniform();
      t.modality = m < 0.85 ? Modality::kAsserted : m < 0.93 ? Modality::kClaimed : m < 0.98 ? Modality::kFuture
                                                                                              : Modality::kDenied;
      t.predicate = fmt::format("{} (synthetic)", RelationName(t.relation));
      t.sentence = s;
      t.span = {s * 120, s * 120 + 100};
      t.evidence = fmt::format("Synthetic sentence {}: {} {} {}.", s, t.subject.name, t.predicate, t.object.name);
      t.confidence = 0.8;
      out.push_back(std::move(t));
    }
    return out;
  }
};

Status Generate(const std::string& dir, std::int64_t target_edges, bool quiet) {
  auto opened = store::GraphStore::Open(dir, store::GraphStore::Mode::kReadWrite);
  if (!opened.ok()) return opened.status();
  store::GraphStore& st = **opened;
  const int actors = static_cast<int>(std::clamp<std::int64_t>(target_edges / 50, 500, 50000));
  Generator gen(actors);
  constexpr int kTriplesPerArticle = 250;
  const Date first = *Date::Parse("2015-01-01");
  auto started = Clock::now();
  std::int64_t edges = 0, triples = 0;
  for (int n = 0; edges < target_edges; ++n) {
    store::DocumentInfo doc;
    doc.id = fmt::format("syn-{:07d}", n);
    doc.lang = n % 2 ? "hi" : "en";
    // Later years carry more news: dates lean toward the end of the ten-year window.
    doc.date = first.AddDays(static_cast<long>(3800 * std::sqrt(gen.Uniform()))).ToString();
    doc.title = fmt::format("Synthetic article {}", n);
    doc.source = "query_bench";
    doc.content_hash = doc.id;
    auto put = st.PutArticle(doc, gen.Article(doc, kTriplesPerArticle));
    if (!put.ok()) return put.status();
    triples += kTriplesPerArticle;
    // Repeated facts merge into one edge, so the store's counters decide when to stop; they are
    // read only once enough triples exist, and then every 20 articles.
    if (triples < target_edges || n % 20 != 19) continue;
    auto stats = st.Stats();
    if (!stats.ok()) return stats.status();
    edges = stats->edges;
    if (!quiet)
      std::cerr << fmt::format("\rquery_bench: {} articles, {} edges, {:.0f} s", n + 1, edges,
                               std::chrono::duration<double>(Clock::now() - started).count());
  }
  if (!quiet) std::cerr << '\n';
  return Status::Ok();
}

// Runs `args` as a child process with its output discarded; returns wall milliseconds, or -1.
double TimeRun(const std::vector<std::string>& args, int* exit_code) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  auto start = Clock::now();
  pid_t pid = 0;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  return ms;
}

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  std::size_t rank = static_cast<std::size_t>(std::ceil(p * v.size()));
  return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

}  // namespace

int main(int argc, char** argv) {
  std::int64_t edges = 1000000;
  int runs = 21;
  std::string store_dir, jaal = JAAL_BINARY;
  bool keep = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--edges" && i + 1 < argc) edges = std::atoll(argv[++i]);
    else if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else if (a == "--store" && i + 1 < argc) store_dir = argv[++i];
    else if (a == "--jaal" && i + 1 < argc) jaal = argv[++i];
    else if (a == "--keep") keep = true;
    else {
      std::cerr << "usage: query_bench [--edges N] [--store DIR] [--runs N] [--jaal PATH] [--keep]\n";
      return 2;
    }
  }
  const bool temporary = store_dir.empty();
  if (temporary) store_dir = (fs::temp_directory_path() / fmt::format("jaal-query-bench-{}", getpid())).string();

  std::int64_t stored = 0;
  if (fs::exists(fs::path(store_dir) / "JAAL_STORE")) {
    auto s = store::GraphStore::Open(store_dir, store::GraphStore::Mode::kReadOnly);
    if (s.ok())
      if (auto st = (*s)->Stats(); st.ok()) stored = st->edges;
  }
  if (stored < edges) {
    auto t0 = Clock::now();
    if (Status s = Generate(store_dir, edges, false); !s.ok()) {
      std::cerr << "query_bench: generate " << store_dir << ": " << s.message() << '\n';
      return 1;
    }
    std::cout << fmt::format("generated store {} in {:.1f} s\n", store_dir,
                             std::chrono::duration<double>(Clock::now() - t0).count());
  }
  // jaal never flushes its memtables, so a freshly written store keeps recent writes only in the
  // write-ahead log, which every read-only open (a RocksDB secondary) replays. Time that, then
  // let one read-write open recover the log into table files, as the next `jaal build` would.
  {
    int code = 0;
    std::vector<double> ms;
    for (int i = 0; i < 3; ++i) ms.push_back(TimeRun({jaal, "--store", store_dir, "stats"}, &code));
    std::cout << fmt::format("jaal stats before the log is recovered: p50 {:.1f} ms\n", Percentile(ms, 0.5));
    auto settle = store::GraphStore::Open(store_dir, store::GraphStore::Mode::kReadWrite);
    if (!settle.ok()) {
      std::cerr << "query_bench: " << settle.status().message() << '\n';
      return 1;
    }
  }
  auto st = store::GraphStore::Open(store_dir, store::GraphStore::Mode::kReadOnly);
  if (!st.ok()) {
    std::cerr << "query_bench: " << st.status().message() << '\n';
    return 1;
  }
  auto stats = (*st)->Stats();
  if (!stats.ok()) {
    std::cerr << "query_bench: " << stats.status().message() << '\n';
    return 1;
  }
  const int actors = static_cast<int>(std::clamp<std::int64_t>(edges / 50, 500, 50000));
  auto actor_edges = [&](int rank) {
    store::EdgeFilter f;
    f.actor_id = MakeActor(rank).id;
    std::int64_t n = 0;
    (void)(*st)->ForEachEdge(f, [&](const Edge&) {
      ++n;
      return Status::Ok();
    });
    return n;
  };
  std::cout << fmt::format("store: {} edges, {} entities, {} documents, {:.0f} MiB on disk; {} runs per command\n",
                           stats->edges, stats->entities, stats->documents, stats->disk_bytes / 1048576.0, runs);

  // Actors by popularity rank: a hub, a busy actor and a typical one.
  std::vector<int> ranks = {9, 99, std::min(999, actors - 1)};
  struct Case {
    std::string label;
    std::vector<std::string> args;
  };
  std::vector<Case> cases;
  const std::vector<std::string> base = {jaal, "--store", store_dir, "-q"};
  auto with = [&](std::vector<std::string> more) {
    std::vector<std::string> v = base;
    v.insert(v.end(), more.begin(), more.end());
    return v;
  };
  cases.push_back({"jaal --version (process start only)", {jaal, "--version"}});
  cases.push_back({"jaal stats (start + store open)", with({"stats"})});
  for (int r : ranks) {
    std::string name = MakeActor(r).name;
    std::int64_t n = actor_edges(r);
    cases.push_back({fmt::format("query --subject '{}' (rank {}, {} edges)", name, r + 1, n),
                     with({"query", "--subject", name, "--format", "jsonl"})});
    cases.push_back({fmt::format("entity '{}' (rank {})", name, r + 1), with({"entity", name})});
  }
  cases.push_back({fmt::format("entity '{}' (Hindi name, rank {})", MakeActor(ranks[2]).name_hi, ranks[2] + 1),
                   with({"entity", MakeActor(ranks[2]).name_hi})});
  for (auto [a, b] : {std::pair<int, int>{ranks[1], ranks[2]}, {ranks[2], std::min(4999, actors - 2)},
                      {std::min(4999, actors - 2), std::min(14999, actors - 1)}}) {
    cases.push_back({fmt::format("path rank {} -> rank {}", a + 1, b + 1),
                     with({"path", MakeActor(a).name, MakeActor(b).name})});
  }

  std::cout << fmt::format("{:<62} {:>5} {:>9} {:>9} {:>9}\n", "command", "exit", "p50 ms", "p99 ms", "min ms");
  for (const Case& c : cases) {
    int code = -1;
    TimeRun(c.args, &code);  // warm the page cache; not counted
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) ms.push_back(TimeRun(c.args, &code));
    std::cout << fmt::format("{:<62} {:>5} {:>9.1f} {:>9.1f} {:>9.1f}\n", c.label, code, Percentile(ms, 0.5),
                             Percentile(ms, 0.99), *std::min_element(ms.begin(), ms.end()));
  }
  if (temporary && !keep) {
    st->reset();  // close the store before deleting its files
    std::error_code ec;
    fs::remove_all(store_dir, ec);
  }
  return 0;
}

// Query latency as an analyst sees it: a synthetic store of a million or more edges written
// straight through GraphStore::PutArticle, then `jaal query`, `jaal entity` and `jaal path`
// timed as whole processes (start-up, store open, name resolution, output) over many runs, for a
// typical, a busy and a hub actor. Reports the median and p99 with process start and without it
// (the median of `jaal --version`, the same binary doing nothing, subtracted), and the machine.
// Usage: query_bench [--edges N] [--store DIR] [--runs N] [--jaal PATH] [--keep]
//   --store DIR reuses a store this benchmark generated earlier when it already holds N edges.
#include <spawn.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <rocksdb/version.h>

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

// The first line of `path` that starts with `key`, after the key and any ": " ("" when absent).
std::string FileField(const std::string& path, const std::string& key) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.starts_with(key)) continue;
    std::size_t start = line.find_first_not_of(" \t:", key.size());
    return start == std::string::npos ? "" : line.substr(start);
  }
  return "";
}

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return fmt::format("{} {} {}", one, five, fifteen);
}

// What the figures depend on, so a reader can tell a slow machine from a slow jaal.
void PrintMachine(const std::string& store_dir) {
  utsname u{};
  uname(&u);
  std::string cpu = FileField("/proc/cpuinfo", "model name");
  std::string mem = FileField("/proc/meminfo", "MemTotal");
  std::cout << fmt::format("machine: {} ({} hardware threads), {} RAM, {} {} {}\n", cpu.empty() ? "unknown CPU" : cpu,
                           std::thread::hardware_concurrency(), mem, u.sysname, u.release, u.machine);
  std::cout << fmt::format("build: {}, compiler {}, RocksDB {}.{}.{}; store on {}; load average {}\n",
#ifdef NDEBUG
                           "optimised (NDEBUG)",
#else
                           "DEBUG (assertions on: figures are not representative)",
#endif
                           __VERSION__, ROCKSDB_MAJOR, ROCKSDB_MINOR, ROCKSDB_PATCH, store_dir, LoadAverage());
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

  // Actors by popularity rank (Zipf): a hub, a busy actor and a typical one.
  struct Class {
    std::string name;
    int rank;  // 0-based
  };
  const std::vector<Class> classes = {{"typical", std::min(999, actors - 1)}, {"busy", std::min(99, actors - 1)},
                                      {"hub", std::min(9, actors - 1)}};
  struct Case {
    std::string command, actor_class, label;
    std::vector<std::string> args;
  };
  std::vector<Case> cases;
  const std::vector<std::string> base = {jaal, "--store", store_dir, "-q"};
  auto with = [&](std::vector<std::string> more) {
    std::vector<std::string> v = base;
    v.insert(v.end(), more.begin(), more.end());
    return v;
  };
  cases.push_back({"stats", "-", "start + store open + counters", with({"stats"})});
  for (const Class& c : classes) {
    const ActorRef a = MakeActor(c.rank);
    const std::int64_t n = actor_edges(c.rank);
    cases.push_back({"query --subject", c.name, fmt::format("'{}' rank {}, {} edges, table", a.name, c.rank + 1, n),
                     with({"query", "--subject", a.name})});
    cases.push_back({"query --subject", c.name, fmt::format("'{}' rank {}, jsonl with evidence", a.name, c.rank + 1),
                     with({"query", "--subject", a.name, "--format", "jsonl"})});
    cases.push_back({"entity", c.name, fmt::format("'{}' rank {}", a.name, c.rank + 1), with({"entity", a.name})});
    cases.push_back({"entity", c.name, fmt::format("'{}' (Hindi name)", a.name_hi), with({"entity", a.name_hi})});
  }
  // Paths from an actor of each class to a typical one further down the ranking.
  const int far = std::min(4999, actors - 1);
  for (const Class& c : classes) {
    const int to = c.rank == classes[0].rank ? far : classes[0].rank;
    cases.push_back({"path", c.name, fmt::format("rank {} -> rank {}", c.rank + 1, to + 1),
                     with({"path", MakeActor(c.rank).name, MakeActor(to).name})});
  }

  PrintMachine(store_dir);
  // Process start: the same binary doing nothing; subtracted to give the time jaal itself spends.
  std::vector<double> start_ms;
  int code = 0;
  for (int i = 0; i < std::max(runs, 5); ++i) start_ms.push_back(TimeRun({jaal, "--version"}, &code));
  const double start = Percentile(start_ms, 0.5);
  std::cout << fmt::format("process start (jaal --version): median {:.1f} ms, p99 {:.1f} ms over {} runs\n\n", start,
                           Percentile(start_ms, 0.99), start_ms.size());
  std::cout << fmt::format("{:<16} {:<8} {:>4} {:>8} {:>8} {:>8} {:>9} {:>9}  {}\n", "command", "actor", "exit",
                           "median", "p99", "min", "median-st", "p99-st", "case");
  std::cout << fmt::format("{:<16} {:<8} {:>4} {:>8} {:>8} {:>8} {:>9} {:>9}\n", "", "", "", "ms", "ms", "ms", "ms", "ms");
  for (const Case& c : cases) {
    TimeRun(c.args, &code);  // warm the page cache; not counted
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) ms.push_back(TimeRun(c.args, &code));
    const double median = Percentile(ms, 0.5), p99 = Percentile(ms, 0.99);
    std::cout << fmt::format("{:<16} {:<8} {:>4} {:>8.1f} {:>8.1f} {:>8.1f} {:>9.1f} {:>9.1f}  {}\n", c.command,
                             c.actor_class, code, median, p99, *std::min_element(ms.begin(), ms.end()),
                             std::max(0.0, median - start), std::max(0.0, p99 - start), c.label);
  }
  std::cout << fmt::format("\nmedian-st / p99-st: minus the median process start. Targets (issue #5): query and entity "
                           "< 50 ms median with start, path < 1 s. Load average now {}.\n", LoadAverage());
  if (temporary && !keep) {
    st->reset();  // close the store before deleting its files
    std::error_code ec;
    fs::remove_all(store_dir, ec);
  }
  return 0;
}

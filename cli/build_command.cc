// `jaal build`: extract articles on all cores while one writer thread adds the previous batch to the store.
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>
#include <unordered_map>
#include <unistd.h>

#include <fmt/format.h>

#include "commands.h"

namespace jaal::cli {
namespace {

std::atomic<bool> g_interrupted{false};
// The first signal asks for a clean stop; a second one kills at once (every write is atomic, so
// even that leaves a consistent store).
extern "C" void OnInterrupt(int sig) {
  g_interrupted = true;
  std::signal(sig, SIG_DFL);
}

constexpr size_t kBatch = 256;  // articles extracted in parallel before the writer takes them

struct BuildCounts {
  long added = 0, replaced = 0, unchanged = 0, triples = 0;
  std::vector<std::string> bad;
};

// A batch of extracted articles on its way to the store.
struct Extracted {
  std::vector<store::DocumentInfo> infos;
  std::vector<std::vector<Triple>> triples;
  std::vector<std::string> sources;
};

// The single writer, on its own thread: while it writes one batch, the workers extract the next.
// Extraction costs the same per article at any store size and writing grows slowly with it, so
// overlapping them keeps a large build close to a small one's speed. At most one batch waits.
class BatchWriter {
 public:
  using OnWritten = std::function<void(const BuildCounts&)>;
  BatchWriter(store::GraphStore& store, OnWritten on_written)
      : store_(store), on_written_(std::move(on_written)), thread_([this] { Run(); }) {}
  ~BatchWriter() { (void)Finish(); }

  /// Queues a batch, waiting while another one is still queued. False once a write has failed.
  bool Submit(Extracted batch) {
    std::unique_lock lock(mu_);
    changed_.wait(lock, [&] { return !pending_ || !error_.ok(); });
    if (!error_.ok()) return false;
    pending_ = std::move(batch);
    changed_.notify_all();
    return true;
  }
  /// Writes what is queued, stops the thread, and returns the first failed write (Ok if none).
  Status Finish() {
    {
      std::lock_guard lock(mu_);
      closed_ = true;
      changed_.notify_all();
    }
    if (thread_.joinable()) thread_.join();
    return error_;
  }
  /// What has been written so far; read after Finish, or inside OnWritten.
  const BuildCounts& counts() const { return counts_; }

 private:
  void Run() {
    while (true) {
      Extracted batch;
      {
        std::unique_lock lock(mu_);
        changed_.wait(lock, [&] { return pending_ || closed_; });
        if (!pending_) return;
        batch = std::move(*pending_);
        pending_.reset();
        changed_.notify_all();
      }
      // One write for the whole batch: see store::GraphStore::PutArticles.
      std::vector<store::PutOutcome> outcomes;
      Status put = store_.PutArticles(batch.infos, batch.triples, &outcomes);
      for (std::size_t i = 0; i < outcomes.size(); ++i) {
        switch (outcomes[i]) {
          case store::PutOutcome::kAdded: ++counts_.added; counts_.triples += batch.triples[i].size(); break;
          case store::PutOutcome::kReplaced: ++counts_.replaced; counts_.triples += batch.triples[i].size(); break;
          case store::PutOutcome::kUnchanged: ++counts_.unchanged; break;
        }
      }
      on_written_(counts_);
      if (!put.ok()) {
        std::lock_guard lock(mu_);
        error_ = put.WithContext(batch.sources[std::min(outcomes.size(), batch.sources.size() - 1)]);
        changed_.notify_all();
        return;
      }
    }
  }

  store::GraphStore& store_;
  OnWritten on_written_;
  BuildCounts counts_;  // only the writer thread changes it
  std::mutex mu_;
  std::condition_variable changed_;
  std::optional<Extracted> pending_;
  bool closed_ = false;
  Status error_;
  std::thread thread_;  // last: starts once everything above exists
};

// "3 m 05 s": the ETA's precision is a glance, not a stopwatch.
std::string ShortDuration(double secs) {
  auto s = static_cast<long>(secs + 0.5);
  if (s < 60) return fmt::format("{} s", s);
  if (s < 3600) return fmt::format("{} m {:02} s", s / 60, s % 60);
  return fmt::format("{} h {:02} m", s / 3600, s % 3600 / 60);
}

// The terminal progress line: "1024/5000 documents (20%), 8311 triples, 950 docs/s, ETA 4 s".
// `expected` < 0 (stdin, uncountable input) or passed (ids skipped) shows no share and no ETA.
std::string ProgressLine(long docs, std::int64_t expected, std::int64_t triples, double rate) {
  std::string line = fmt::format("{} documents", docs);
  if (expected > 0 && docs <= expected) {
    line = fmt::format("{}/{} documents ({}%)", docs, expected, docs * 100 / expected);
  }
  line += fmt::format(", {} triples, {:.0f} docs/s", triples, rate);
  if (expected > 0 && docs <= expected && rate > 0) line += ", ETA " + ShortDuration((expected - docs) / rate);
  return line + "   ";  // wipes the tail of a longer previous line
}

std::string ContentHash(const extract::Extractor& ex, const Article& a) {
  return Digest(ex.fingerprint() + '\x1f' + a.lang + '\x1f' + a.title + '\x1f' + a.date + '\x1f' + a.text);
}

}  // namespace

CommandRunner AddBuildCommand(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("build", "Extract articles and add their facts to the store");
  auto paths = std::make_shared<std::vector<std::string>>();
  auto keep_going = std::make_shared<bool>(false);
  auto threads = std::make_shared<unsigned>(0);
  cmd->add_option("inputs", *paths, ".txt or .jsonl files, or directories of them")->required();
  cmd->add_flag("--keep-going", *keep_going, "Report bad articles and continue; the summary lists them");
  cmd->add_option("-j,--threads", *threads, "Extraction threads (default: all cores)");
  cmd->footer(
      "Unchanged articles (same id and content) are skipped; a changed article replaces its old facts.\n"
      "Articles are written atomically in groups (one per 256 extracted): a killed build loses at most the\n"
      "group in flight, and rerunning it gives the store an uninterrupted build would have.\n"
      "Example: jaal build samples/ && jaal query --subject \"Kim Jong-un\"");
  return [&global, paths, keep_going, threads]() -> int {
    auto extractor = LoadExtractor(global);
    if (!extractor.ok()) {
      PrintError("build", extractor.status().message());
      return kExitFailure;
    }
    auto store = OpenStore(global, store::GraphStore::Mode::kReadWrite);
    if (!store.ok()) {
      PrintError("build", store.status().message());
      return kExitFailure;
    }
    std::signal(SIGINT, OnInterrupt);
    std::signal(SIGTERM, OnInterrupt);
    const extract::Extractor& ex = **extractor;
    unsigned n_threads = *threads ? *threads : std::max(1u, std::thread::hardware_concurrency());
    bool progress = !global.quiet && isatty(STDERR_FILENO);
    // The total is only needed for the ETA, so only a terminal pays for counting.
    std::int64_t expected_docs = 0;
    if (progress)
      for (const std::string& path : *paths) {
        std::int64_t n = extract::CountArticles(path);
        expected_docs = n < 0 || expected_docs < 0 ? -1 : expected_docs + n;
      }
    auto start = std::chrono::steady_clock::now();
    std::atomic<long> bad_count{0};  // counts.bad's size, for the writer's progress line
    auto show_progress = [&](const BuildCounts& written) {
      if (!progress) return;
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      long docs = written.added + written.replaced + written.unchanged + bad_count;
      double rate = secs > 0 ? docs / secs : 0.0;
      std::cerr << "\r" << ProgressLine(docs, expected_docs, written.triples, rate) << std::flush;
    };
    BuildCounts counts;  // the reader's part: bad articles; the writer keeps the rest
    BatchWriter writer(**store, show_progress);
    std::vector<Article> batch;
    Status store_error;  // a failed write: the store's fault (exit 3), not the input's (exit 2)
    // Waits for the writer and takes its counts; its first failed write, if any, is the store's fault.
    auto finish = [&]() -> Status {
      Status written = writer.Finish();
      const BuildCounts& w = writer.counts();
      counts.added = w.added;
      counts.replaced = w.replaced;
      counts.unchanged = w.unchanged;
      counts.triples = w.triples;
      if (!written.ok()) store_error = written;
      return written;
    };
    std::unordered_map<std::string, std::string> seen_ids;  // id -> where it was read

    auto flush = [&]() -> Status {
      std::vector<std::vector<Triple>> results(batch.size());
      std::atomic<size_t> next{0};
      // Workers stop taking articles on SIGINT, so a stop waits for the article each thread has in
      // hand, not for the whole batch.
      std::vector<char> done(batch.size(), 0);
      auto work = [&] {
        for (size_t i = next++; i < batch.size() && !g_interrupted; i = next++) {
          results[i] = ex.Extract(batch[i]);
          done[i] = 1;
        }
      };
      std::vector<std::thread> pool;
      for (unsigned t = 1; t < n_threads && t < batch.size(); ++t) pool.emplace_back(work);
      work();
      for (auto& t : pool) t.join();
      // After SIGINT the articles already extracted are still written (milliseconds each).
      std::size_t ready = 0;
      while (ready < batch.size() && done[ready]) ++ready;
      Extracted out;
      out.infos.reserve(ready);
      for (std::size_t i = 0; i < ready; ++i) {
        const Article& a = batch[i];
        out.infos.push_back({a.id, a.lang, a.title, a.date, a.source, ContentHash(ex, a),
                             static_cast<std::int64_t>(results[i].size())});
        out.sources.push_back(a.source);
      }
      results.resize(ready);
      out.triples = std::move(results);
      batch.clear();
      if (ready > 0 && !writer.Submit(std::move(out))) return finish();
      if (done.size() > ready) return Status::Aborted("interrupted");
      return Status::Ok();
    };

    for (const std::string& path : *paths) {
      Status s = extract::ReadArticles(
          path,
          [&](Article a) -> Status {
            if (g_interrupted) return Status::Aborted("interrupted");
            // Two inputs with one id would replace each other on every build.
            auto [first, fresh] = seen_ids.emplace(a.id, a.source);
            if (!fresh) {
              Status dup = Status::InvalidArgument(
                  fmt::format("{}: duplicate document id '{}' (also {})", a.source, a.id, first->second));
              if (!*keep_going) return dup;
              counts.bad.push_back(dup.message());
              ++bad_count;
              return Status::Ok();
            }
            batch.push_back(std::move(a));
            return batch.size() >= kBatch ? flush() : Status::Ok();
          },
          *keep_going ? std::function<void(const Status&)>([&](const Status& e) {
            counts.bad.push_back(e.message());
            ++bad_count;
          })
                      : nullptr);
      if (s.ok()) continue;
      if (g_interrupted && s.code() == Status::Code::kAborted) break;
      if (Status w = finish(); !w.ok()) s = w;
      if (progress) std::cerr << '\n';
      PrintError("build", s.message());
      std::cerr << fmt::format("jaal build: stopped; {} articles were stored before the error\n",
                               counts.added + counts.replaced);
      // Anything the reader refuses (unreadable, malformed, too big) is the input's fault.
      return store_error.ok() ? kExitUsage : kExitFailure;
    }
    Status last = g_interrupted ? Status::Ok() : flush();
    if (Status w = finish(); !w.ok()) last = w;
    {
      if (Status s = last; !s.ok() && !(g_interrupted && s.code() == Status::Code::kAborted)) {
        if (progress) std::cerr << '\n';
        PrintError("build", s.message());
        std::cerr << fmt::format("jaal build: stopped; {} articles were stored before the error\n",
                                 counts.added + counts.replaced);
        return kExitFailure;
      }
    }
    if (progress) std::cerr << '\n';
    if (!global.quiet) {
      std::cerr << fmt::format("jaal build: {} added, {} replaced, {} unchanged; {} triples; store {}\n", counts.added,
                               counts.replaced, counts.unchanged, counts.triples, StoreDir(global));
      for (const std::string& b : counts.bad) std::cerr << "  skipped: " << b << '\n';
    }
    if (g_interrupted) {
      std::cerr << "jaal build: interrupted; the articles above are stored, rerun to continue\n";
      return 130;
    }
    return counts.bad.empty() ? kExitOk : kExitUsage;
  };
}

}  // namespace jaal::cli

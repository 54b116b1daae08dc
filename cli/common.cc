// Shared plumbing of the jaal subcommands.
#include "common.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <unistd.h>

#include <fmt/format.h>

namespace jaal::cli {
namespace fs = std::filesystem;

namespace {

std::string EnvOr(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : fallback;
}

fs::path ExecutableDir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

bool IsLexiconDir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p / "patterns", ec) && fs::is_directory(p / "grammar", ec);
}

}  // namespace

Result<std::string> FindDataDir(const GlobalOptions& opts) {
  std::string chosen = !opts.data_dir.empty() ? opts.data_dir : EnvOr("JAAL_DATA", "");
  if (!chosen.empty()) {
    if (!IsLexiconDir(chosen))
      return Status::NotFound(fmt::format("{} is not a jaal lexicon directory (no patterns/ and grammar/)", chosen));
    return chosen;
  }
  std::vector<fs::path> candidates;
  fs::path exe_dir = ExecutableDir();
  if (!exe_dir.empty()) candidates.push_back(exe_dir.parent_path() / "share" / "jaal" / "lexicon");
  candidates.push_back(fs::path(JAAL_INSTALL_DATADIR) / "lexicon");
  // The source tree only serves a binary that lives in this project's build tree.
  std::error_code ec;
  fs::path build_dir = fs::weakly_canonical(JAAL_BUILD_DIR, ec);
  if (!exe_dir.empty() && !ec) {
    fs::path rel = fs::weakly_canonical(exe_dir, ec).lexically_relative(build_dir);
    if (!ec && !rel.empty() && *rel.begin() != "..") candidates.push_back(JAAL_SOURCE_DATADIR);
  }
  for (const fs::path& c : candidates)
    if (IsLexiconDir(c)) return c.string();
  return Status::NotFound("cannot find the jaal lexicon; pass --data DIR or set JAAL_DATA");
}

Result<std::unique_ptr<extract::Extractor>> LoadExtractor(const GlobalOptions& opts) {
  auto dir = FindDataDir(opts);
  if (!dir.ok()) return dir.status();
  return extract::Extractor::Load(*dir);
}

std::string StoreDir(const GlobalOptions& opts) {
  if (!opts.store_dir.empty()) return opts.store_dir;
  std::string env = EnvOr("JAAL_STORE", "");
  if (!env.empty()) return env;
  std::string xdg = EnvOr("XDG_DATA_HOME", "");
  if (xdg.empty()) xdg = EnvOr("HOME", "/tmp") + "/.local/share";
  return xdg + "/jaal/store";
}

Result<std::unique_ptr<store::GraphStore>> OpenStore(const GlobalOptions& opts, store::GraphStore::Mode mode) {
  return store::GraphStore::Open(StoreDir(opts), mode);
}

Result<Entity> ResolveEntity(const store::GraphStore& store, const extract::Extractor* extractor, const std::string& name) {
  auto nfc = extract::NormalizeNfc(name);
  if (!nfc.ok()) return Status::InvalidArgument(fmt::format("name '{}': {}", name, nfc.status().message()));
  if (auto e = store.GetEntity(*nfc); e.ok() && e->has_value()) return **e;
  auto found = store.FindEntities(*nfc);
  if (!found.ok()) return found.status();
  if (found->empty() && extractor) {
    // A name the store has not seen spelled this way, but the lexicon knows.
    ActorRef ref = extractor->ResolveName(*nfc);
    if (!ref.id.empty()) {
      auto e = store.GetEntity(ref.id);
      if (!e.ok()) return e.status();
      if (e->has_value()) return **e;
    }
  }
  if (found->empty()) return Status::NotFound(fmt::format("no entity named '{}' in the store", name));
  if (found->size() > 1) {
    std::string list;
    for (const Entity& e : *found) list += fmt::format("{}{} [{}]", list.empty() ? "" : ", ", e.name, e.id);
    return Status::InvalidArgument(fmt::format("'{}' is ambiguous: {}; use the id", name, list));
  }
  return found->front();
}

void PrintTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  std::vector<int> width(header.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (size_t c = 0; c < row.size() && c < width.size(); ++c) width[c] = std::max(width[c], extract::DisplayWidth(row[c]));
  };
  measure(header);
  for (const auto& r : rows) measure(r);
  auto print = [&](const std::vector<std::string>& row) {
    std::string line;
    for (size_t c = 0; c < row.size() && c < width.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(static_cast<size_t>(width[c] - extract::DisplayWidth(row[c]) + 2), ' ');
    }
    std::cout << line << '\n';
  };
  print(header);
  std::vector<std::string> rule;
  for (int w : width) rule.push_back(std::string(static_cast<size_t>(w), '-'));
  print(rule);
  for (const auto& r : rows) print(r);
}

void PrintError(const std::string& command, const std::string& message) {
  std::cerr << "jaal " << command << ": " << message << '\n';
}

std::string Digest(std::string_view data) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return fmt::format("{:016x}", h);
}

}  // namespace jaal::cli

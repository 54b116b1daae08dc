// What every subcommand shares: finding the data files and the store, resolving names the user
// typed, and printing tables and JSON.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "jaal/core/model.h"
#include "jaal/core/status.h"
#include "jaal/extract/extractor.h"
#include "jaal/store/graph_store.h"

namespace jaal::cli {

/// Exit codes: results, nothing matched, usage or input errors, failures.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNoMatch = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitFailure = 3;

/// Options every command takes.
struct GlobalOptions {
  std::string data_dir;   // --data / JAAL_DATA
  std::string store_dir;  // --store / JAAL_STORE
  bool quiet = false;
};

/// The lexicon directory: --data, then JAAL_DATA, then beside the installed binary
/// (<prefix>/share/jaal/lexicon), then the install prefix it was built for, then the source tree
/// when running from the build tree. Never the current directory.
Result<std::string> FindDataDir(const GlobalOptions& opts);
Result<std::unique_ptr<extract::Extractor>> LoadExtractor(const GlobalOptions& opts);

/// The store directory: --store, then JAAL_STORE, then $XDG_DATA_HOME/jaal/store
/// (default ~/.local/share/jaal/store).
std::string StoreDir(const GlobalOptions& opts);
Result<std::unique_ptr<store::GraphStore>> OpenStore(const GlobalOptions& opts, store::GraphStore::Mode mode);

/// The stored entity a user means by `name` (any script, alias or id). NotFound when none;
/// InvalidArgument listing the candidates when the name is ambiguous.
Result<Entity> ResolveEntity(const store::GraphStore& store, const extract::Extractor* extractor, const std::string& name);

/// Prints rows as a table whose columns are aligned by display width (Devanagari-safe).
void PrintTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

/// "jaal CMD: message" on stderr.
void PrintError(const std::string& command, const std::string& message);

/// Stable hexadecimal digest of a byte string (FNV-1a 64).
std::string Digest(std::string_view data);

}  // namespace jaal::cli

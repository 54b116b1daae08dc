// Shared by the test binaries: a private temporary directory per test, and paths to data.
#pragma once

#include <filesystem>
#include <random>
#include <string>

namespace jaal::testing {

/// A fresh directory under the system temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("jaal-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

/// The repository root (compiled in), never the working directory.
inline std::filesystem::path SourceDir() { return JAAL_SOURCE_DIR; }
/// ../shared beside the checkout; tests that need it skip when it is absent.
inline std::filesystem::path SharedDir() { return JAAL_SHARED_DIR; }

}  // namespace jaal::testing

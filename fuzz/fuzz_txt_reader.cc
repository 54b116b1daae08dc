// Fuzzes the .txt article reader (BOMs, front matter, UTF-8 checks): one file per input in a
// private temp dir; the result is an article that satisfies the contract or a one-line error.
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>

#include "fuzz_support.h"
#include "jaal/extract/extractor.h"

namespace {

const std::string& ArticlePath() {
  static const std::string path = [] {
    auto dir = std::filesystem::temp_directory_path() / ("jaal-fuzz-txt-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    return (dir / "article.txt").string();
  }();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jaal;
  {
    std::ofstream out(ArticlePath(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  Status s = extract::ReadArticles(ArticlePath(), [](Article a) {
    if (Status c = fuzz::CheckArticle(a); !c.ok()) return c;
    if (a.source != ArticlePath()) std::abort();
    return Status::Ok();
  });
  if (!s.ok()) {
    fuzz::CheckError(s);
    if (s.message().rfind(ArticlePath(), 0) != 0) std::abort();
  }
  return 0;
}

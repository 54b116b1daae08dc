// Fuzzes the JSONL article reader (via stdin, so no file I/O per input): every line is either an
// article that satisfies the reader's contract or a one-line error naming the line.
#include <cstdint>
#include <iostream>
#include <sstream>

#include "fuzz_support.h"
#include "jaal/extract/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jaal;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  for (bool keep_going : {false, true}) {
    std::istringstream in(bytes);
    std::streambuf* old = std::cin.rdbuf(in.rdbuf());
    std::cin.clear();
    Status s = extract::ReadArticles("-", fuzz::CheckArticle,
                                     keep_going ? std::function<void(const Status&)>(fuzz::CheckError) : nullptr);
    std::cin.rdbuf(old);
    if (!s.ok()) {
      fuzz::CheckError(s);
      if (s.message().rfind("<stdin>", 0) != 0) std::abort();  // every error names the input
    }
  }
  return 0;
}

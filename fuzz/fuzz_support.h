// What every reader fuzzer checks about what comes out: the contract ReadArticles promises.
#pragma once

#include <cstdlib>
#include <string>

#include "jaal/core/model.h"
#include "jaal/core/status.h"

namespace jaal::fuzz {

/// An article the reader accepts is one the store and extractor can take.
inline Status CheckArticle(const Article& a) {
  if (a.id.empty() || a.id.find('\0') != std::string::npos) std::abort();
  if (a.text.find('\0') != std::string::npos) std::abort();
  if (a.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) std::abort();
  if (a.lang != "hi" && a.lang != "en" && !a.lang.empty()) std::abort();
  return Status::Ok();
}

/// Errors are printed as one line each: no input may break that.
inline void CheckError(const Status& s) {
  if (s.ok() || s.message().empty() || s.message().find('\n') != std::string::npos || s.message().find('\r') != std::string::npos)
    std::abort();
}

}  // namespace jaal::fuzz

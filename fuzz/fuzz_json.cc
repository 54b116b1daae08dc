// Fuzzes the JSON reader every corpus line goes through: it must never crash, and every string it
// returns must survive json::Quote and a second parse unchanged (the writer and reader agree).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "jaal/core/json.h"

namespace {

void CheckRoundTrip(const std::string& s) {
  auto again = jaal::json::Parse(jaal::json::Quote(s));
  if (!again.ok() || !again->is_string() || again->as_string() != s) std::abort();
}

void Walk(const jaal::json::Value& v, int depth) {
  if (depth > 100) std::abort();  // the parser caps nesting at 64
  if (v.is_string()) CheckRoundTrip(v.as_string());
  if (v.is_array())
    for (const auto& e : v.as_array()) Walk(e, depth + 1);
  if (v.is_object())
    for (const auto& [k, e] : v.as_object()) {
      CheckRoundTrip(k);
      Walk(e, depth + 1);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto v = jaal::json::Parse(std::string_view(reinterpret_cast<const char*>(data), size));
  if (v.ok()) Walk(*v, 0);
  else if (v.status().message().find('\n') != std::string::npos) std::abort();  // errors are one line
  return 0;
}

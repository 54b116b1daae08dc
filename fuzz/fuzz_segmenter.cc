// Fuzzes the ICU boundary: UTF-8 checks, NFC, language detection, display width and sentence/word
// segmentation. Offsets must stay inside the text and NFC must be idempotent.
#include <cstdint>
#include <cstdlib>

#include <unicode/utf8.h>

#include "jaal/extract/extractor.h"
#include "text.h"

namespace {

const jaal::extract::Segmenter& TheSegmenter() {
  static auto seg = jaal::extract::Segmenter::Create({"Dr.", "U.S.", "Mr.", "डॉ.", "श्री."});
  if (!seg.ok()) std::abort();
  return **seg;
}

std::int64_t CodePoints(std::string_view s) {
  std::int64_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

void CheckTokens(const std::vector<jaal::extract::Token>& tokens, std::int64_t begin, std::int64_t end) {
  std::int64_t last = begin;
  for (const auto& t : tokens) {
    if (t.begin < last || t.end < t.begin || t.end > end) std::abort();
    last = t.begin;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jaal::extract;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)DisplayWidth(text);  // takes any bytes
  auto nfc = NormalizeNfc(text);
  if (FindInvalidUtf8(text) >= 0) {
    if (nfc.ok()) std::abort();
    return 0;  // the reader refuses such text before anything else sees it
  }
  if (!nfc.ok()) std::abort();
  auto twice = NormalizeNfc(*nfc);
  if (!twice.ok() || *twice != *nfc) std::abort();
  std::string lang = DetectLanguage(text);
  if (lang != "hi" && lang != "en" && !lang.empty()) std::abort();

  const std::int64_t cps = CodePoints(text);
  auto sentences = TheSegmenter().Split(text, [](std::size_t, const std::string&) { return true; });
  std::int64_t last = 0;
  for (const Sentence& s : sentences) {
    if (s.begin < last || s.end < s.begin || s.end > cps || s.tokens.empty()) std::abort();
    CheckTokens(s.tokens, s.begin, s.end);
    last = s.end;
  }
  auto tokens = TheSegmenter().Tokenize(text.substr(0, 256));
  CheckTokens(tokens, 0, cps);
  return 0;
}

// Fuzzes the extractor on the shipped lexicon with text the reader would accept: it must not
// crash, and every triple must be storable (ids the store takes, a sentence index, a span).
#include <cstdint>
#include <cstdlib>

#include "jaal/extract/extractor.h"

namespace {

const jaal::extract::Extractor& TheExtractor() {
  static auto ex = jaal::extract::Extractor::Load(JAAL_SOURCE_DIR "/extract/lexicon");
  if (!ex.ok()) std::abort();
  return **ex;
}

bool StorableId(const std::string& id) { return !id.empty() && id.find('\0') == std::string::npos; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jaal;
  if (size == 0) return 0;
  Article a;
  a.id = "fuzz";
  // The first byte picks the declared language, as a corpus's "lang" field would.
  a.lang = data[0] % 3 == 0 ? "hi" : data[0] % 3 == 1 ? "en" : "";
  a.text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto nfc = extract::NormalizeNfc(a.text);
  if (!nfc.ok() || a.text.find('\0') != std::string::npos) return 0;  // the reader refuses these
  if (a.lang.empty()) a.lang = extract::DetectLanguage(a.text);
  for (const Triple& t : TheExtractor().Extract(a)) {
    if (!StorableId(t.subject.id) || !StorableId(t.object.id) || t.date.find('\0') != std::string::npos) std::abort();
    if (t.sentence < 0 || t.span.begin < 0 || t.span.end < t.span.begin) std::abort();
  }
  return 0;
}

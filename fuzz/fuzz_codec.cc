// Fuzzes the store's value decoders: any bytes decode or come back as Corruption, and whatever
// decodes re-encodes to bytes that decode to the same record (checked as Encode∘Decode stable).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "codec.h"

namespace {

using namespace jaal;
using namespace jaal::store;

// Encode(Decode(bytes)) must be a fixed point: decoding it again and encoding gives it back.
template <typename T>
void Check(std::string_view bytes, Status (*decode)(std::string_view, T*), std::string (*encode)(const T&)) {
  T first{};
  if (Status s = decode(bytes, &first); !s.ok()) {
    if (s.code() != Status::Code::kCorruption) std::abort();
    return;
  }
  std::string once = encode(first);
  T second{};
  if (!decode(once, &second).ok()) std::abort();
  if (encode(second) != once) std::abort();
}

std::string EncodeSentencesRef(const std::vector<int>& v) { return codec::EncodeSentences(v); }
std::string EncodeCountRef(const std::int64_t& n) { return codec::EncodeCount(n); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 7) {
    case 0: Check<DocumentInfo>(bytes, codec::DecodeDocument, codec::EncodeDocument); break;
    case 1: Check<codec::Sighting>(bytes, codec::DecodeSighting, codec::EncodeSighting); break;
    case 2: Check<codec::EntityRecord>(bytes, codec::DecodeEntity, codec::EncodeEntity); break;
    case 3: Check<codec::EdgeRecord>(bytes, codec::DecodeEdge, codec::EncodeEdge); break;
    case 4: Check<codec::EvidenceRecord>(bytes, codec::DecodeEvidence, codec::EncodeEvidence); break;
    case 5: Check<std::vector<int>>(bytes, codec::DecodeSentences, EncodeSentencesRef); break;
    case 6: Check<std::int64_t>(bytes, codec::DecodeCount, EncodeCountRef); break;
  }
  return 0;
}

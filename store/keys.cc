// Key bytes and stable enum codes of the jaal store; docs/storage.md draws the same layouts.
#include "keys.h"

#include <fmt/format.h>

namespace jaal::store::keys {
namespace {

// Code = index. Append only: these bytes are on disk.
constexpr Relation kRelations[] = {
    Relation::kAgree,   Relation::kConsult,  Relation::kSupport,  Relation::kConcede, Relation::kCooperate,
    Relation::kAid,     Relation::kRetreat,  Relation::kRequest,  Relation::kAccuse,  Relation::kReject,
    Relation::kThreaten, Relation::kProtest, Relation::kSanction, Relation::kMobilize, Relation::kCoerce,
    Relation::kAssault, Relation::kRole,
};
constexpr Modality kModalities[] = {Modality::kAsserted, Modality::kClaimed, Modality::kDenied, Modality::kFuture};
constexpr EntityType kEntityTypes[] = {
    EntityType::kPerson, EntityType::kCountry, EntityType::kOrganisation, EntityType::kArmedGroup,
    EntityType::kMedia,  EntityType::kParty,   EntityType::kCompany,      EntityType::kRegion,
    EntityType::kGroup,  EntityType::kUnknown,
};

template <typename E, std::size_t N>
std::uint8_t CodeOf(const E (&table)[N], E value) {
  for (std::size_t i = 0; i < N; ++i)
    if (table[i] == value) return static_cast<std::uint8_t>(i);
  return 0xFF;  // an enum value added to core but not here; decoding it fails loudly
}

template <typename E, std::size_t N>
std::optional<E> FromCode(const E (&table)[N], std::uint8_t code) {
  if (code >= N) return std::nullopt;
  return table[code];
}

// 64-bit FNV-1a followed by the splitmix64 finaliser, which spreads FNV's weak low bits.
std::uint64_t Hash64(std::string_view data) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

}  // namespace

std::string TotalCounter(std::string_view what) { return fmt::format("{}{}", kCounterPrefix, what); }
std::string EntityTypeCounter(EntityType t) { return fmt::format("{}type/{}", kCounterPrefix, EntityTypeName(t)); }
std::string RelationCounter(Relation r) { return fmt::format("{}relation/{}", kCounterPrefix, RelationName(r)); }
std::string LangCounter(std::string_view lang) { return fmt::format("{}lang/{}", kCounterPrefix, lang); }

std::uint8_t RelationCode(Relation r) { return CodeOf(kRelations, r); }
std::optional<Relation> RelationFromCode(std::uint8_t code) { return FromCode(kRelations, code); }
std::uint8_t ModalityCode(Modality m) { return CodeOf(kModalities, m); }
std::optional<Modality> ModalityFromCode(std::uint8_t code) { return FromCode(kModalities, code); }
std::uint8_t EntityTypeCode(EntityType t) { return CodeOf(kEntityTypes, t); }
std::optional<EntityType> EntityTypeFromCode(std::uint8_t code) { return FromCode(kEntityTypes, code); }

Status CheckKeyPart(std::string_view what, std::string_view part, bool allow_empty) {
  if (part.empty() && !allow_empty) return Status::InvalidArgument(fmt::format("{} is empty", what));
  if (part.find('\0') != std::string_view::npos)
    return Status::InvalidArgument(fmt::format("{} '{}' contains a NUL byte", what, part.substr(0, part.find('\0'))));
  return Status::Ok();
}

std::string EdgeId(std::string_view subject_id, Relation r, std::string_view object_id, std::string_view date) {
  std::string material;
  material.append(subject_id).push_back('\0');
  material.append(RelationName(r)).push_back('\0');
  material.append(object_id).push_back('\0');
  material.append(date);
  return fmt::format("e{:016x}", Hash64(material));
}

std::string Join(std::string_view a, std::string_view b) {
  std::string out;
  out.reserve(a.size() + 1 + b.size());
  out.append(a).push_back('\0');
  out.append(b);
  return out;
}

std::string Prefix(std::string_view a) {
  std::string out(a);
  out.push_back('\0');
  return out;
}

std::string EvidenceKey(std::string_view edge_id, std::string_view doc_id, int sentence) {
  std::string out = Join(edge_id, doc_id);
  out.push_back('\0');
  // Big-endian so evidence sorts by sentence within a document.
  auto s = static_cast<std::uint32_t>(sentence);
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((s >> shift) & 0xFF));
  return out;
}

bool ParseEvidenceTail(std::string_view tail, std::string_view* doc_id, int* sentence) {
  if (tail.size() < 6 || tail[tail.size() - 5] != '\0') return false;
  *doc_id = tail.substr(0, tail.size() - 5);
  if (doc_id->find('\0') != std::string_view::npos) return false;
  std::uint32_t s = 0;
  for (std::size_t i = tail.size() - 4; i < tail.size(); ++i) s = (s << 8) | static_cast<unsigned char>(tail[i]);
  if (s > 0x7FFFFFFFu) return false;
  *sentence = static_cast<int>(s);
  return true;
}

std::string IndexKey(std::string_view prefix, std::string_view date, std::string_view edge_id) {
  std::string out;
  out.reserve(prefix.size() + date.size() + 1 + edge_id.size());
  out.append(prefix).append(date).push_back('\0');
  out.append(edge_id);
  return out;
}

std::string RelationPrefix(Relation r) { return std::string(1, static_cast<char>(RelationCode(r))); }

std::string ActorRelationPrefix(std::string_view entity_id, Side side, Relation r) {
  std::string out = Prefix(entity_id);
  out.push_back(static_cast<char>(side));
  out.push_back(static_cast<char>(RelationCode(r)));
  return out;
}

bool ParseIndexTail(std::string_view tail, std::string_view* date, std::string_view* edge_id) {
  std::size_t sep = tail.find('\0');
  if (sep == std::string_view::npos || sep + 1 >= tail.size()) return false;
  *date = tail.substr(0, sep);
  *edge_id = tail.substr(sep + 1);
  return edge_id->find('\0') == std::string_view::npos;
}

}  // namespace jaal::store::keys

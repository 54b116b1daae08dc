// GraphStore on RocksDB: opening safely (marker, schema, lock), reads and index-driven queries.
#include "jaal/store/graph_store.h"

#include <stdlib.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <mutex>
#include <set>
#include <thread>
#include <unistd.h>

#include <fmt/format.h>
#include <rocksdb/cache.h>
#include <rocksdb/env.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>

#include "article_batch.h"
#include "codec.h"
#include "db.h"
#include "jaal/core/names.h"
#include "keys.h"
#include "verify.h"

namespace jaal::store {
namespace fs = std::filesystem;

struct GraphStore::Impl {
  Mode mode = Mode::kReadWrite;
  Db db;
};

namespace {

// A read-only instance must not create or rotate LOG files in a directory it does not own.
class SilentLogger : public rocksdb::Logger {
 public:
  using rocksdb::Logger::Logv;
  void Logv(const char* /*format*/, va_list /*ap*/) override {}
};

// RocksDB's own LOG writer (7.8) asserts, killing the process, when it appends after one of its
// writes failed, which is exactly what a full disk causes: the store survives but the user sees an
// abort instead of "No space left on device". This logger writes with stdio, ignores its own
// failures, keeps the previous session's file as LOG.old and stops at a few MiB.
class FileLogger : public rocksdb::Logger {
 public:
  explicit FileLogger(const fs::path& path) : rocksdb::Logger(rocksdb::InfoLogLevel::INFO_LEVEL) {
    std::error_code ec;
    fs::rename(path, fs::path(path).concat(".old"), ec);
    file_ = std::fopen(path.c_str(), "w");
  }
  ~FileLogger() override {
    if (file_ != nullptr) std::fclose(file_);
  }
  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (file_ == nullptr || written_ > kMaxBytes) return;
    char stamp[32];
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    std::strftime(stamp, sizeof stamp, "%Y/%m/%d-%H:%M:%S ", &tm);
    std::fputs(stamp, file_);
    int n = std::vfprintf(file_, format, ap);
    std::fputc('\n', file_);
    std::fflush(file_);
    written_ += sizeof stamp + static_cast<long>(std::max(n, 0)) + 1;
  }

 private:
  static constexpr long kMaxBytes = 4L << 20;
  std::mutex mu_;
  std::FILE* file_ = nullptr;
  long written_ = 0;
};

// Reads are point lookups (edges, entities) and short prefix walks (indexes, evidence, links) by
// short-lived processes, which open every table file (a secondary instance must) and so read every
// file's filter block at open. Only the families read by key get Bloom filters, which let a lookup
// skip the files that cannot hold its key; the families that are only walked get none, as a whole-
// key filter cannot help a prefix walk and theirs would be most of what an open reads. One small
// block cache serves all families.
rocksdb::ColumnFamilyOptions FamilyOptions(keys::Cf family, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.format_version = 5;
  switch (family) {
    case keys::Cf::kMeta:
    case keys::Cf::kDocuments:
    case keys::Cf::kEntities:
    case keys::Cf::kEdges:
    case keys::Cf::kEntityLinks:
      table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
      break;
    default: break;
  }
  rocksdb::ColumnFamilyOptions options;
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  // 16 MiB instead of 64: in 100k-article builds this took 10-15% off the writer's CPU time and
  // more than half off peak memory; at 300k it made no difference to time.
  options.write_buffer_size = 16 << 20;
  if (table.filter_policy) {
    // The writer looks up keys that mostly do not exist yet (a new fact's edge, its neighbours
    // on nearby days); a memtable Bloom filter answers those without a skiplist search.
    options.memtable_prefix_bloom_size_ratio = 0.02;
    options.memtable_whole_key_filtering = true;
  }
  return options;
}

std::string MarkerText() {
  return fmt::format("jaal knowledge-graph store (RocksDB); see docs/storage.md\nschema {}\n", keys::kSchemaVersion);
}

// The schema version a marker file records; Corruption when the file is not a jaal marker.
Result<std::uint32_t> ReadMarker(const fs::path& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError(fmt::format("{}: cannot read", path.string()));
  std::string line;
  while (std::getline(in, line)) {
    if (!line.starts_with("schema ")) continue;
    std::uint32_t v = 0;
    auto [end, ec] = std::from_chars(line.data() + 7, line.data() + line.size(), v);
    if (ec == std::errc() && end == line.data() + line.size()) return v;
  }
  return Status::Corruption(fmt::format("{} has no schema line; it is not a jaal store marker", path.string()));
}

Status WriteMarker(const fs::path& dir) {
  fs::path tmp = dir / (std::string(keys::kMarkerFile) + ".tmp");
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << MarkerText();
    out.close();
    if (!out) return Status::IoError(fmt::format("store {}: cannot write {}", dir.string(), tmp.string()));
  }
  std::error_code ec;
  fs::rename(tmp, dir / keys::kMarkerFile, ec);
  if (ec) return Status::IoError(fmt::format("store {}: cannot create marker: {}", dir.string(), ec.message()));
  return Status::Ok();
}

Status CheckSchema(std::uint32_t found, const std::string& dir) {
  if (found == keys::kSchemaVersion) return Status::Ok();
  if (found > keys::kSchemaVersion)
    return Status::Unsupported(fmt::format(
        "store {} has schema version {}, newer than this jaal understands ({}); use a newer jaal", dir, found,
        keys::kSchemaVersion));
  return Status::Unsupported(fmt::format(
      "store {} has schema version {} from an older jaal (this one needs {}); rebuild it into a new directory", dir,
      found, keys::kSchemaVersion));
}

// Where an index key points, in the order QueryEdges promises: date, then edge id.
struct Candidate {
  std::string date;
  std::string id;
  friend bool operator<(const Candidate& a, const Candidate& b) { return std::tie(a.date, a.id) < std::tie(b.date, b.id); }
  friend bool operator==(const Candidate& a, const Candidate& b) = default;
};

// Dates compare at the precision both sides have, so "2024" overlaps --since 2024-03 and a date
// "2024-06-30" is inside --until 2024-06.
bool AfterSince(std::string_view date, std::string_view since) {
  if (since.empty()) return true;
  if (date.empty()) return false;
  std::size_t n = std::min(date.size(), since.size());
  return date.substr(0, n) >= since.substr(0, n);
}
bool BeforeUntil(std::string_view date, std::string_view until) {
  if (until.empty()) return true;
  if (date.empty()) return false;
  std::size_t n = std::min(date.size(), until.size());
  return date.substr(0, n) <= until.substr(0, n);
}
// Index keys are date-sorted: once a date is past `until` (and not inside it) all later are too.
bool PastUntil(std::string_view date, std::string_view until) {
  return !until.empty() && date > until && !date.starts_with(until);
}

// One ascending walk over one index prefix, bounded by the date window.
class IndexCursor {
 public:
  IndexCursor(const Db& db, keys::Cf cf, std::string prefix, const EdgeFilter& f)
      : it_(db.NewIterator(cf)), prefix_(std::move(prefix)), until_(f.until) {
    // Start at the since year: coarser dates ("2024") sort before finer ones and still overlap.
    std::string start = prefix_ + f.since.substr(0, std::min<std::size_t>(4, f.since.size()));
    it_->Seek(start);
    Load();
  }
  bool Valid() const { return valid_; }
  const Candidate& current() const { return current_; }
  void Next() {
    it_->Next();
    Load();
  }
  Status status(const Db& db) const {
    return it_->status().ok() ? corrupt_ : db.Error(it_->status(), "scan index");
  }

 private:
  void Load() {
    valid_ = false;
    if (!it_->Valid() || !it_->key().starts_with(prefix_)) return;
    std::string_view key(it_->key().data(), it_->key().size());
    std::string_view date, id;
    if (!keys::ParseIndexTail(key.substr(prefix_.size()), &date, &id)) {
      corrupt_ = Status::Corruption("malformed index key");
      return;
    }
    if (PastUntil(date, until_)) return;
    current_ = {std::string(date), std::string(id)};
    valid_ = true;
  }
  std::unique_ptr<rocksdb::Iterator> it_;
  std::string prefix_;
  std::string until_;
  Candidate current_;
  bool valid_ = false;
  Status corrupt_;
};

}  // namespace

GraphStore::GraphStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
GraphStore::~GraphStore() = default;
const std::string& GraphStore::dir() const { return impl_->db.dir; }

Result<std::unique_ptr<GraphStore>> GraphStore::Open(const std::string& dir, Mode mode) {
  if (dir.empty()) return Status::InvalidArgument("store directory is empty");
  const bool read_only = mode == Mode::kReadOnly;
  const fs::path path(dir);
  const fs::path marker = path / keys::kMarkerFile;
  std::error_code ec;
  const bool exists = fs::exists(path, ec);
  if (ec) return Status::IoError(fmt::format("store {}: {}", dir, ec.message()));
  if (!exists) {
    if (read_only) return Status::NotFound(fmt::format("store {} does not exist; build one first", dir));
    fs::create_directories(path, ec);
    if (ec) return Status::IoError(fmt::format("store {}: cannot create: {}", dir, ec.message()));
  } else if (!fs::is_directory(path, ec)) {
    return Status::InvalidArgument(fmt::format("store {} is not a directory", dir));
  }

  // A directory is ours only with the marker; anything else that holds files is left untouched.
  if (!fs::exists(marker, ec)) {
    bool empty = fs::is_empty(path, ec);
    if (ec) return Status::IoError(fmt::format("store {}: {}", dir, ec.message()));
    if (!empty)
      return Status::InvalidArgument(fmt::format(
          "{} is not empty and is not a jaal store (no {} file); refusing to touch it", dir, keys::kMarkerFile));
    if (read_only) return Status::NotFound(fmt::format("store {} is empty; build one first", dir));
    // The marker goes first, so a crash during creation leaves a directory we recognise.
    if (Status s = WriteMarker(path); !s.ok()) return s;
  } else {
    auto version = ReadMarker(marker);
    if (!version.ok()) return version.status();
    // Checked before RocksDB opens, which could otherwise rewrite a newer store's files.
    if (Status s = CheckSchema(*version, dir); !s.ok()) return s;
  }

  auto impl = std::make_unique<Impl>();
  impl->mode = mode;
  Db& db = impl->db;
  db.dir = dir;
  db.read_only = read_only;

  rocksdb::DBOptions options;
  options.create_if_missing = !read_only;
  options.create_missing_column_families = !read_only;
  options.keep_log_file_num = 3;
  // All families' memtables together stay under this, so a build's memory does not grow with the
  // number of families (15 x 64 MiB by default); a smaller skiplist is also cheaper to insert into.
  options.db_write_buffer_size = 128 << 20;
  options.max_log_file_size = 1 << 20;

  // Every existing family must be opened; ones a later jaal added are opened and left alone.
  std::vector<std::string> names(keys::kFamilyNames.begin(), keys::kFamilyNames.end());
  std::vector<std::string> existing;
  rocksdb::Status listed = rocksdb::DB::ListColumnFamilies(options, dir, &existing);
  if (listed.ok()) {
    for (const std::string& n : existing)
      if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
  } else if (read_only) {
    return Status::NotFound(fmt::format("store {} holds no data yet ({})", dir, listed.ToString()));
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  const std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(32 << 20);
  for (const std::string& n : names) {
    auto known = std::find(keys::kFamilyNames.begin(), keys::kFamilyNames.end(), n);
    keys::Cf family = known == keys::kFamilyNames.end() ? keys::Cf::kDefault
                                                        : static_cast<keys::Cf>(known - keys::kFamilyNames.begin());
    families.emplace_back(n, FamilyOptions(family, cache));
  }

  rocksdb::Status s;
  if (read_only) {
    if (listed.ok())
      for (std::string_view n : keys::kFamilyNames)
        if (std::find(existing.begin(), existing.end(), n) == existing.end())
          return Status::Corruption(fmt::format("store {} lacks column family '{}'", dir, n));
    // A secondary instance is RocksDB's supported way to read while a writer holds the store
    // (OpenForReadOnly is undefined then); its scratch files live in a private temp dir.
    std::string scratch = (fs::temp_directory_path(ec) / "jaal-reader-XXXXXX").string();
    if (ec || mkdtemp(scratch.data()) == nullptr)
      return Status::IoError(fmt::format("store {}: cannot create a scratch directory for reading", dir));
    db.secondary_dir = scratch;
    options.info_log = std::make_shared<SilentLogger>();
    options.max_open_files = -1;
    s = rocksdb::DB::OpenAsSecondary(options, dir, scratch, families, &db.handles, &db.db);
  } else {
    options.info_log = std::make_shared<FileLogger>(path / "LOG");
    s = rocksdb::DB::Open(options, dir, families, &db.handles, &db.db);
  }
  if (!s.ok()) {
    db.db = nullptr;
    db.handles.clear();
    Status st = FromRocks(s, dir, "open");
    if (st.code() == Status::Code::kBusy) {
      // Name the holder, so the user knows which build to wait for.
      std::ifstream holder(fs::path(dir) / keys::kWriterFile);
      std::string who;
      if (holder && std::getline(holder, who) && !who.empty())
        st = Status::Busy(fmt::format("store {} is being written by another jaal process: {}", dir, who));
    }
    return st;
  }
  std::string value;
  bool found = false;
  if (Status st = db.Get(keys::Cf::kMeta, std::string(keys::kSchemaKey), &value, &found); !st.ok()) return st;
  // A reader can open between a writer's flush and its log's deletion and miss what the log held
  // (RocksDB's secondary instances see the primary only as of their last catch-up): catch up again.
  for (int attempt = 0; read_only && !found && attempt < 5; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (!db.db->TryCatchUpWithPrimary().ok()) break;
    if (Status st = db.Get(keys::Cf::kMeta, std::string(keys::kSchemaKey), &value, &found); !st.ok()) return st;
  }
  if (!found) {
    if (read_only) return Status::Corruption(fmt::format("store {} has no schema version record", dir));
    rocksdb::Status put = db.db->Put(rocksdb::WriteOptions(), db.cf(keys::Cf::kMeta), std::string(keys::kSchemaKey),
                                     codec::EncodeCount(keys::kSchemaVersion));
    if (!put.ok()) return db.Error(put, "write schema version");
  } else {
    std::int64_t version = 0;
    if (Status st = codec::DecodeCount(value, &version); !st.ok()) return st.WithContext(fmt::format("store {}", dir));
    if (Status st = CheckSchema(static_cast<std::uint32_t>(version), dir); !st.ok()) return st;
  }
  // Named only once the schema record is in: a reader that sees the writer's name sees a store.
  if (!read_only) {
    std::ofstream holder(fs::path(dir) / keys::kWriterFile, std::ios::trunc);
    holder << "pid " << getpid() << ", since " << std::time(nullptr) << " (unix time)\n";
    db.writer_file = (fs::path(dir) / keys::kWriterFile).string();
  }
  return std::unique_ptr<GraphStore>(new GraphStore(std::move(impl)));
}

Result<PutOutcome> GraphStore::StageArticle(const DocumentInfo& doc, const std::vector<Triple>& triples) {
  if (Status s = keys::CheckKeyPart("document id", doc.id); !s.ok()) return s.WithContext(fmt::format("store {}", dir()));
  auto old = GetDocument(doc.id);
  if (!old.ok()) return old.status();
  // An empty hash says nothing about the content, so it never counts as unchanged.
  if (old->has_value() && !doc.content_hash.empty() && (*old)->content_hash == doc.content_hash)
    return PutOutcome::kUnchanged;
  ArticleBatch batch(impl_->db);
  if (old->has_value())
    if (Status s = batch.Remove(**old); !s.ok()) return s;
  if (Status s = batch.Add(doc, triples); !s.ok()) return s.WithContext(fmt::format("store {}", dir()));
  if (Status s = batch.Commit(); !s.ok()) return s;
  return old->has_value() ? PutOutcome::kReplaced : PutOutcome::kAdded;
}

Result<PutOutcome> GraphStore::PutArticle(const DocumentInfo& doc, const std::vector<Triple>& triples) {
  std::vector<PutOutcome> outcomes;
  if (Status s = PutArticles({&doc, 1}, {&triples, 1}, &outcomes); !s.ok()) return s;
  return outcomes.front();
}

Status GraphStore::PutArticles(std::span<const DocumentInfo> docs, std::span<const std::vector<Triple>> triples,
                               std::vector<PutOutcome>* outcomes) {
  outcomes->clear();
  if (impl_->mode == Mode::kReadOnly) return Status::InvalidArgument(fmt::format("store {} is open read-only", dir()));
  if (docs.size() != triples.size())
    return Status::InvalidArgument(fmt::format("{} documents but {} lists of triples", docs.size(), triples.size()));
  ArticleGroup group(impl_->db);
  std::vector<PutOutcome> staged;
  Status failed;
  for (std::size_t i = 0; i < docs.size() && failed.ok(); ++i) {
    auto outcome = StageArticle(docs[i], triples[i]);
    if (outcome.ok()) staged.push_back(*outcome);
    else failed = outcome.status();
  }
  // The articles before a failing one are written all the same, as one-at-a-time puts would have.
  if (staged.empty()) return failed;
  const std::string what = staged.size() == 1 ? fmt::format("document {}", docs[0].id)
                                              : fmt::format("documents {} .. {}", docs[0].id, docs[staged.size() - 1].id);
  if (Status s = group.Write(what); !s.ok()) return s;
  *outcomes = std::move(staged);
  return failed;
}

Result<bool> GraphStore::RemoveArticle(std::string_view doc_id) {
  if (impl_->mode == Mode::kReadOnly) return Status::InvalidArgument(fmt::format("store {} is open read-only", dir()));
  auto old = GetDocument(doc_id);
  if (!old.ok()) return old.status();
  if (!old->has_value()) return false;
  ArticleGroup group(impl_->db);
  ArticleBatch batch(impl_->db);
  if (Status s = batch.Remove(**old); !s.ok()) return s;
  if (Status s = batch.Commit(); !s.ok()) return s;
  if (Status s = group.Write(fmt::format("removal of document {}", doc_id)); !s.ok()) return s;
  return true;
}

Result<std::optional<DocumentInfo>> GraphStore::GetDocument(std::string_view doc_id) const {
  std::string value;
  bool found = false;
  if (Status s = impl_->db.Get(keys::Cf::kDocuments, doc_id, &value, &found); !s.ok()) return s;
  if (!found) return std::optional<DocumentInfo>();
  DocumentInfo d;
  if (Status s = codec::DecodeDocument(value, &d); !s.ok()) return s.WithContext(fmt::format("store {}: document {}", dir(), doc_id));
  return std::optional<DocumentInfo>(std::move(d));
}

Result<std::optional<Entity>> GraphStore::GetEntity(std::string_view entity_id) const {
  std::string value;
  bool found = false;
  if (Status s = impl_->db.Get(keys::Cf::kEntities, entity_id, &value, &found); !s.ok()) return s;
  if (!found) return std::optional<Entity>();
  codec::EntityRecord r;
  if (Status s = codec::DecodeEntity(value, &r); !s.ok()) return s.WithContext(fmt::format("store {}: entity {}", dir(), entity_id));
  return std::optional<Entity>(std::move(r.entity));
}

Result<std::int64_t> GraphStore::CountEntityDocuments(std::string_view entity_id) const {
  std::string value;
  bool found = false;
  if (Status s = impl_->db.Get(keys::Cf::kEntities, entity_id, &value, &found); !s.ok()) return s;
  if (!found) return std::int64_t{0};
  codec::EntityRecord r;
  if (Status s = codec::DecodeEntity(value, &r); !s.ok()) return s.WithContext(fmt::format("store {}: entity {}", dir(), entity_id));
  return r.docs;
}

Result<std::vector<Entity>> GraphStore::FindEntities(std::string_view name) const {
  std::vector<Entity> out;
  std::set<std::string> seen;
  if (!name.empty() && name.find('\0') == std::string_view::npos) {
    auto direct = GetEntity(name);
    if (!direct.ok()) return direct.status();
    if (direct->has_value()) {
      seen.insert((*direct)->id);
      out.push_back(std::move(**direct));
    }
  }
  const std::string key = NameKey(name);
  if (key.empty()) return out;
  const std::string prefix = keys::Prefix(key);
  std::unique_ptr<rocksdb::Iterator> it = impl_->db.NewIterator(keys::Cf::kAliases);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    std::string id = it->key().ToString().substr(prefix.size());
    if (!seen.insert(id).second) continue;
    auto e = GetEntity(id);
    if (!e.ok()) return e.status();
    if (!e->has_value())
      return Status::Corruption(fmt::format("store {}: alias '{}' points at missing entity {}", dir(), name, id));
    out.push_back(std::move(**e));
  }
  if (!it->status().ok()) return impl_->db.Error(it->status(), "scan aliases");
  return out;
}

Status GraphStore::ForEachEntity(const std::function<Status(const Entity&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it = impl_->db.NewIterator(keys::Cf::kEntities);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    codec::EntityRecord r;
    if (Status s = codec::DecodeEntity(std::string_view(it->value().data(), it->value().size()), &r); !s.ok())
      return s.WithContext(fmt::format("store {}: entity {}", dir(), it->key().ToString()));
    if (Status s = fn(r.entity); !s.ok()) return s;
  }
  return impl_->db.Error(it->status(), "scan entities");
}

namespace {

const Relation kSymmetric[] = {Relation::kAgree, Relation::kConsult, Relation::kCooperate};

// Every relation: an index split by relation answers "all relations" by one prefix per relation.
std::vector<Relation> AllRelations() {
  std::vector<Relation> all;
  for (int code = 0; code < kRelationCount; ++code) all.push_back(*keys::RelationFromCode(static_cast<std::uint8_t>(code)));
  return all;
}

// The relations a filter asks for; none named means all of them.
std::vector<Relation> Wanted(const std::set<Relation>& relations) {
  return relations.empty() ? AllRelations() : std::vector<Relation>(relations.begin(), relations.end());
}

// The cursors that together yield every candidate of `f`, each in (date, edge id) order. The most
// selective filter picks the index; what the keys cannot say is checked on each edge.
std::vector<IndexCursor> PlanCursors(const Db& db, const EdgeFilter& f) {
  std::vector<IndexCursor> cursors;
  std::set<Relation> relations(f.relations.begin(), f.relations.end());
  // One entity's edges on one side, of the wanted relations (no wish: all of them).
  auto side = [&](const std::string& id, keys::Side which, const std::set<Relation>& only) {
    for (Relation r : Wanted(only))
      cursors.emplace_back(db, keys::Cf::kIdxActorRelation, keys::ActorRelationPrefix(id, which, r), f);
  };
  // The symmetric relations among the wanted ones, for the other-way-round pass.
  std::set<Relation> symmetric;
  for (Relation r : kSymmetric)
    if (relations.empty() || relations.count(r)) symmetric.insert(r);
  if (!f.subject_id.empty() || !f.object_id.empty()) {
    const bool by_subject = !f.subject_id.empty();
    const std::string& id = by_subject ? f.subject_id : f.object_id;
    const keys::Side near = by_subject ? keys::Side::kSubject : keys::Side::kObject;
    const keys::Side far = by_subject ? keys::Side::kObject : keys::Side::kSubject;
    side(id, near, relations);
    if (f.symmetric_either_way && !symmetric.empty()) side(id, far, symmetric);
  } else if (!f.actor_id.empty()) {
    side(f.actor_id, keys::Side::kSubject, relations);
    side(f.actor_id, keys::Side::kObject, relations);
  } else {
    // Every edge has one relation, so the relation index, merged, covers the whole graph in order.
    for (Relation r : Wanted(relations))
      cursors.emplace_back(db, keys::Cf::kIdxRelation, keys::RelationPrefix(r), f);
  }
  return cursors;
}

// Whether the index keys alone decide a match: true unless a condition needs the edge record.
bool KeysDecide(const EdgeFilter& f) {
  return !f.asserted_only && (f.subject_id.empty() || f.object_id.empty());
}

// Whether a loaded edge passes every condition of `f` (the date window was checked on the key).
bool Matches(const EdgeFilter& f, const Edge& e) {
  auto ends = [&](const std::string& s, const std::string& o) {
    return (f.subject_id.empty() || s == f.subject_id) && (f.object_id.empty() || o == f.object_id);
  };
  if (!ends(e.subject_id, e.object_id) &&
      !(f.symmetric_either_way && IsSymmetric(e.relation) && ends(e.object_id, e.subject_id)))
    return false;
  if (!f.actor_id.empty() && e.subject_id != f.actor_id && e.object_id != f.actor_id) return false;
  if (!f.relations.empty() && std::find(f.relations.begin(), f.relations.end(), e.relation) == f.relations.end())
    return false;
  return !f.asserted_only || e.modality == Modality::kAsserted;
}

// Merges sorted cursors into distinct candidates inside the date window; `fn` returns false to stop.
template <typename Fn>
Status WalkCandidates(const Db& db, std::vector<IndexCursor>& cursors, const EdgeFilter& f, Fn fn) {
  std::optional<Candidate> previous;
  while (true) {
    // An edge seen through two cursors (a self-loop under --actor) comes out once.
    IndexCursor* best = nullptr;
    for (IndexCursor& c : cursors)
      if (c.Valid() && (best == nullptr || c.current() < best->current())) best = &c;
    if (best == nullptr) break;
    Candidate cand = best->current();
    best->Next();
    if (previous && *previous == cand) continue;
    previous = cand;
    if (!AfterSince(cand.date, f.since) || !BeforeUntil(cand.date, f.until)) continue;
    Result<bool> more = fn(cand);
    if (!more.ok()) return more.status();
    if (!*more) break;
  }
  for (const IndexCursor& c : cursors)
    if (Status s = c.status(db); !s.ok()) return s.WithContext(fmt::format("store {}", db.dir));
  return Status::Ok();
}

Result<Edge> ReadEdge(const Db& db, const std::string& id) {
  std::string value;
  bool found = false;
  if (Status s = db.Get(keys::Cf::kEdges, id, &value, &found); !s.ok()) return s;
  if (!found) return Status::Corruption(fmt::format("store {}: index points at missing edge {}", db.dir, id));
  codec::EdgeRecord r;
  if (Status s = codec::DecodeEdge(value, &r); !s.ok()) return s.WithContext(fmt::format("store {}: edge {}", db.dir, id));
  return std::move(r.edge);
}

Status ReadEvidence(const Db& db, EvidenceRead how, Edge& e) {
  if (how == EvidenceRead::kNone) return Status::Ok();
  const std::string prefix = keys::Prefix(e.id);
  std::unique_ptr<rocksdb::Iterator> it = db.NewIterator(keys::Cf::kEvidence);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    std::string_view key(it->key().data(), it->key().size());
    std::string_view doc;
    int sentence = 0;
    if (!keys::ParseEvidenceTail(key.substr(prefix.size()), &doc, &sentence))
      return Status::Corruption(fmt::format("store {}: malformed evidence key under edge {}", db.dir, e.id));
    codec::EvidenceRecord ev;
    if (Status s = codec::DecodeEvidence(std::string_view(it->value().data(), it->value().size()), &ev); !s.ok())
      return s.WithContext(fmt::format("store {}: evidence of edge {} in {}", db.dir, e.id, doc));
    ev.evidence.doc = std::string(doc);
    ev.evidence.sentence = sentence;
    e.evidence.push_back(std::move(ev.evidence));
    if (how == EvidenceRead::kFirst) break;
  }
  if (!it->status().ok()) return db.Error(it->status(), fmt::format("scan evidence of edge {}", e.id));
  return Status::Ok();
}

// Every edge in edge id order, read sequentially: the edges family, with the evidence family's
// rows (keyed by edge id first) read by one iterator moving forward beside it.
Status ScanEdges(const Db& db, const EdgeFilter& filter, const std::function<Status(const Edge&)>& fn) {
  std::unique_ptr<rocksdb::Iterator> it = db.NewIterator(keys::Cf::kEdges);
  std::unique_ptr<rocksdb::Iterator> ev = filter.evidence == EvidenceRead::kNone ? nullptr : db.NewIterator(keys::Cf::kEvidence);
  std::size_t emitted = 0;
  for (it->SeekToFirst(); it->Valid() && (filter.limit == 0 || emitted < filter.limit); it->Next()) {
    codec::EdgeRecord r;
    if (Status s = codec::DecodeEdge(std::string_view(it->value().data(), it->value().size()), &r); !s.ok())
      return s.WithContext(fmt::format("store {}: edge {}", db.dir, it->key().ToString()));
    Edge& e = r.edge;
    if (!AfterSince(e.date, filter.since) || !BeforeUntil(e.date, filter.until) || !Matches(filter, e)) continue;
    if (ev) {
      const std::string prefix = keys::Prefix(e.id);
      for (ev->Seek(prefix); ev->Valid() && ev->key().starts_with(prefix); ev->Next()) {
        std::string_view key(ev->key().data(), ev->key().size());
        std::string_view doc;
        int sentence = 0;
        if (!keys::ParseEvidenceTail(key.substr(prefix.size()), &doc, &sentence))
          return Status::Corruption(fmt::format("store {}: malformed evidence key under edge {}", db.dir, e.id));
        codec::EvidenceRecord x;
        if (Status s = codec::DecodeEvidence(std::string_view(ev->value().data(), ev->value().size()), &x); !s.ok())
          return s.WithContext(fmt::format("store {}: evidence of edge {} in {}", db.dir, e.id, doc));
        x.evidence.doc = std::string(doc);
        x.evidence.sentence = sentence;
        e.evidence.push_back(std::move(x.evidence));
        if (filter.evidence == EvidenceRead::kFirst) break;
      }
      if (!ev->status().ok()) return db.Error(ev->status(), fmt::format("scan evidence of edge {}", e.id));
    }
    if (Status s = fn(e); !s.ok()) return s;
    ++emitted;
  }
  return db.Error(it->status(), "scan edges");
}

}  // namespace

Status GraphStore::ForEachEdge(const EdgeFilter& filter, const std::function<Status(const Edge&)>& fn) const {
  const Db& db = impl_->db;
  if (filter.order == EdgeFilter::Order::kEdgeId) {
    if (!filter.subject_id.empty() || !filter.object_id.empty() || !filter.actor_id.empty())
      return Status::InvalidArgument("edge id order is only for reads without an actor");
    return ScanEdges(db, filter, fn);
  }
  std::vector<IndexCursor> cursors = PlanCursors(db, filter);
  std::size_t emitted = 0;
  return WalkCandidates(db, cursors, filter, [&](const Candidate& cand) -> Result<bool> {
    if (filter.limit != 0 && emitted >= filter.limit) return false;
    auto e = ReadEdge(db, cand.id);
    if (!e.ok()) return e.status();
    if (!Matches(filter, *e)) return true;
    // Evidence is read only for edges that pass: it is most of the bytes.
    if (Status s = ReadEvidence(db, filter.evidence, *e); !s.ok()) return s;
    if (Status s = fn(*e); !s.ok()) return s;
    return filter.limit == 0 || ++emitted < filter.limit;
  });
}

Result<std::int64_t> GraphStore::CountEdges(const EdgeFilter& filter) const {
  const Db& db = impl_->db;
  std::vector<IndexCursor> cursors = PlanCursors(db, filter);
  const bool keys_decide = KeysDecide(filter);
  std::int64_t n = 0;
  Status s = WalkCandidates(db, cursors, filter, [&](const Candidate& cand) -> Result<bool> {
    if (!keys_decide) {
      auto e = ReadEdge(db, cand.id);
      if (!e.ok()) return e.status();
      if (!Matches(filter, *e)) return true;
    }
    ++n;
    return true;
  });
  if (!s.ok()) return s;
  return n;
}

Status GraphStore::ForEachLink(std::string_view entity_id, const std::function<Status(const EntityLink&)>& fn) const {
  const Db& db = impl_->db;
  if (entity_id.empty() || entity_id.find('\0') != std::string_view::npos) return Status::Ok();
  const std::string prefix = keys::Prefix(entity_id);
  std::unique_ptr<rocksdb::Iterator> it = db.NewIterator(keys::Cf::kEntityLinks);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    EntityLink link;
    link.counterpart_id = it->key().ToString().substr(prefix.size());
    codec::LinkRecord r;
    if (Status s = codec::DecodeLink(std::string_view(it->value().data(), it->value().size()), &r); !s.ok())
      return s.WithContext(fmt::format("store {}: link {} -> {}", dir(), entity_id, link.counterpart_id));
    for (std::uint8_t code = 0; code < r.edges.size(); ++code) {
      const auto& c = r.edges[code];
      if (c[0] == 0 && c[1] == 0 && c[2] == 0) continue;
      auto rel = keys::RelationFromCode(code);
      if (!rel) return Status::Corruption(fmt::format("store {}: link {} -> {}: unknown relation code {}", dir(), entity_id, link.counterpart_id, code));
      link.edges[*rel] = c;
      link.total_edges += c[0] + c[1] + c[2];
    }
    link.articles = r.docs;
    if (Status s = fn(link); !s.ok()) return s;
  }
  return db.Error(it->status(), fmt::format("scan links of {}", entity_id));
}

namespace {

// Widens `range` (first, last; "" when unset) by the dated keys under one index prefix, whose
// keys are "prefix date \0 edge": two seeks, as undated edges (empty date) sort first.
Status WidenDateRange(rocksdb::Iterator& it, const std::string& prefix, std::pair<std::string, std::string>* range) {
  std::string_view date, id;
  auto date_here = [&]() {
    if (!it.Valid() || !it.key().starts_with(prefix)) return false;
    std::string_view key(it.key().data(), it.key().size());
    return keys::ParseIndexTail(key.substr(prefix.size()), &date, &id) && !date.empty();
  };
  it.Seek(prefix + '\x01');
  if (!date_here()) return FromRocks(it.status(), "", "scan dates");  // nothing dated under the prefix
  if (range->first.empty() || date < range->first) range->first = std::string(date);
  // The last key under the prefix: the one before the first key past it.
  std::string past = prefix;
  past.back() = static_cast<char>(past.back() + 1);
  it.SeekForPrev(past);
  if (it.Valid() && it.key() == rocksdb::Slice(past)) it.Prev();
  if (date_here() && date > range->second) range->second = std::string(date);
  return FromRocks(it.status(), "", "scan dates");
}

}  // namespace

Result<std::pair<std::string, std::string>> GraphStore::DateRange(std::string_view entity_id) const {
  const Db& db = impl_->db;
  std::pair<std::string, std::string> range;
  if (entity_id.empty() || entity_id.find('\0') != std::string_view::npos) return range;
  std::unique_ptr<rocksdb::Iterator> it = db.NewIterator(keys::Cf::kIdxActorRelation);
  for (keys::Side side : {keys::Side::kSubject, keys::Side::kObject}) {
    for (Relation r : AllRelations()) {
      if (Status s = WidenDateRange(*it, keys::ActorRelationPrefix(entity_id, side, r), &range); !s.ok())
        return s.WithContext(fmt::format("store {}: dates of {}", dir(), entity_id));
    }
  }
  return range;
}

Result<std::vector<Edge>> GraphStore::QueryEdges(const EdgeFilter& filter) const {
  std::vector<Edge> out;
  Status s = ForEachEdge(filter, [&out](const Edge& e) {
    out.push_back(e);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<StoreStats> GraphStore::Stats() const {
  const Db& db = impl_->db;
  StoreStats st;
  const std::string prefix(keys::kCounterPrefix);
  std::unique_ptr<rocksdb::Iterator> it = db.NewIterator(keys::Cf::kMeta);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    std::string name = it->key().ToString().substr(prefix.size());
    std::int64_t n = 0;
    if (Status s = codec::DecodeCount(std::string_view(it->value().data(), it->value().size()), &n); !s.ok())
      return s.WithContext(fmt::format("store {}: counter {}", dir(), name));
    auto label = [&name](std::string_view group) -> std::optional<std::string> {
      if (name.starts_with(group)) return name.substr(group.size());
      return std::nullopt;
    };
    if (name == "documents") st.documents = n;
    else if (name == "entities") st.entities = n;
    else if (name == "edges") st.edges = n;
    else if (name == "evidence") st.evidence = n;
    else if (auto t = label("type/")) st.entities_by_type[*t] = n;
    else if (auto r = label("relation/")) st.edges_by_relation[*r] = n;
    else if (auto l = label("lang/")) st.documents_by_lang[*l] = n;
  }
  if (!it->status().ok()) return db.Error(it->status(), "scan counters");

  std::pair<std::string, std::string> range;
  std::unique_ptr<rocksdb::Iterator> dates = db.NewIterator(keys::Cf::kIdxRelation);
  for (Relation r : AllRelations())
    if (Status s = WidenDateRange(*dates, keys::RelationPrefix(r), &range); !s.ok())
      return s.WithContext(fmt::format("store {}: date range", dir()));
  st.first_date = range.first;
  st.last_date = range.second;

  std::error_code ec;
  for (auto entry = fs::recursive_directory_iterator(dir(), ec); !ec && entry != fs::recursive_directory_iterator();
       entry.increment(ec)) {
    std::error_code size_ec;
    if (entry->is_regular_file(size_ec)) {
      auto size = entry->file_size(size_ec);
      if (!size_ec) st.disk_bytes += size;
    }
  }
  return st;
}

Status GraphStore::Verify(VerifyReport* report) const { return VerifyStore(impl_->db, report); }

}  // namespace jaal::store

// RocksDB behind one private wrapper, so rocksdb::Status is translated in exactly one place.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rocksdb/db.h>
#include <rocksdb/status.h>

#include "jaal/core/status.h"
#include "keys.h"

namespace jaal::store {

/// `s` as a jaal Status naming the store directory and the operation. A held LOCK file becomes
/// kBusy: that is another writer, not an I/O failure.
Status FromRocks(const rocksdb::Status& s, const std::string& dir, std::string_view op);

/// An open RocksDB instance with every jaal column family.
struct Db {
  std::string dir;
  bool read_only = false;
  std::string writer_file;  // who holds the store for writing; removed on close
  rocksdb::DB* db = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;  // kFamilyNames order, then families this version does not know
  std::filesystem::path secondary_dir;                // scratch dir of a read-only (secondary) instance
  /// Articles staged by the writer and not yet written (ArticleGroup): Get and NewIterator see them.
  class ArticleGroup* group = nullptr;

  Db() = default;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db();

  rocksdb::ColumnFamilyHandle* cf(keys::Cf c) const { return handles[static_cast<std::size_t>(c)]; }
  Status Error(const rocksdb::Status& s, std::string_view op) const { return FromRocks(s, dir, op); }
  /// Reads one value; ok with *found == false when the key is absent.
  Status Get(keys::Cf c, std::string_view key, std::string* value, bool* found) const;
  std::unique_ptr<rocksdb::Iterator> NewIterator(keys::Cf c) const;
};

/// Several articles written as one WriteBatch. Each ArticleBatch stages into the group, and later
/// articles read what earlier ones staged. Hot records (counters, popular entities, their links)
/// change with nearly every article; the group writes each key's final value once, so RocksDB's
/// memtable takes one entry per key per group instead of one per article.
class ArticleGroup {
 public:
  explicit ArticleGroup(Db& db);
  ~ArticleGroup();  // drops whatever was not written
  ArticleGroup(const ArticleGroup&) = delete;
  ArticleGroup& operator=(const ArticleGroup&) = delete;

  /// Stages a put (or, with no value, a delete); the last one staged for a key wins.
  void Stage(keys::Cf c, std::string key, std::optional<std::string> value);
  /// Writes everything staged in one atomic WriteBatch (WAL on) and starts an empty group.
  Status Write(std::string_view what);

  // For Db: a staged value (or staged delete) of `key`, or nullptr when the group has none.
  const std::optional<std::string>* Find(keys::Cf c, std::string_view key) const;
  // For Db: `base` (the store) with the staged keys merged in, forward only.
  std::unique_ptr<rocksdb::Iterator> Merge(keys::Cf c, std::unique_ptr<rocksdb::Iterator> base) const;

 private:
  using Staged = std::map<std::string, std::optional<std::string>, std::less<>>;
  Db& db_;
  std::vector<Staged> staged_;  // one per column family
};

}  // namespace jaal::store

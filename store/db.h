// RocksDB behind one private wrapper, so rocksdb::Status is translated in exactly one place.
#pragma once

#include <filesystem>
#include <memory>
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

}  // namespace jaal::store

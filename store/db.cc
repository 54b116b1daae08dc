// Closing RocksDB cleanly and turning its errors into jaal's.
#include "db.h"

#include <fmt/format.h>

namespace jaal::store {

Status FromRocks(const rocksdb::Status& s, const std::string& dir, std::string_view op) {
  if (s.ok()) return Status::Ok();
  std::string text = s.ToString();
  // Another process holds LOCK ("Resource temporarily unavailable"), or another GraphStore in this
  // process does ("lock hold by current process").
  if (s.IsIOError() && (text.find("/LOCK") != std::string::npos || text.find("lock hold") != std::string::npos))
    return Status::Busy(fmt::format("store {} is being written by another jaal process ({})", dir, text));
  std::string msg = fmt::format("store {}: {}: {}", dir, op, text);
  switch (s.code()) {
    case rocksdb::Status::kNotFound: return Status::NotFound(msg);
    case rocksdb::Status::kCorruption: return Status::Corruption(msg);
    case rocksdb::Status::kNotSupported: return Status::Unsupported(msg);
    case rocksdb::Status::kInvalidArgument: return Status::InvalidArgument(msg);
    case rocksdb::Status::kBusy:
    case rocksdb::Status::kTimedOut:
    case rocksdb::Status::kTryAgain: return Status::Busy(msg);
    case rocksdb::Status::kAborted:
    case rocksdb::Status::kShutdownInProgress: return Status::Aborted(msg);
    default: return Status::IoError(msg);
  }
}

Db::~Db() {
  if (db != nullptr && !read_only) {
    // Readers open as secondaries and would otherwise replay the whole WAL on every start: a
    // writer leaves its memtables in table files when it closes.
    rocksdb::FlushOptions flush;
    rocksdb::Status ignored = db->Flush(flush, handles);
    (void)ignored;  // the WAL still holds everything if the flush fails
  }
  if (db != nullptr) {
    for (rocksdb::ColumnFamilyHandle* h : handles) {
      // Nothing useful can be done with a failure while closing; the WAL already holds the data.
      rocksdb::Status ignored = db->DestroyColumnFamilyHandle(h);
      (void)ignored;
    }
    rocksdb::Status ignored = db->Close();
    (void)ignored;
    delete db;
  }
  if (!writer_file.empty()) {
    std::error_code ec;
    std::filesystem::remove(writer_file, ec);
  }
  if (!secondary_dir.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(secondary_dir, ec);
  }
}

Status Db::Get(keys::Cf c, std::string_view key, std::string* value, bool* found) const {
  rocksdb::Status s = db->Get(rocksdb::ReadOptions(), cf(c), rocksdb::Slice(key.data(), key.size()), value);
  *found = s.ok();
  if (s.IsNotFound()) return Status::Ok();
  return Error(s, fmt::format("read {}", keys::kFamilyNames[static_cast<std::size_t>(c)]));
}

std::unique_ptr<rocksdb::Iterator> Db::NewIterator(keys::Cf c) const {
  return std::unique_ptr<rocksdb::Iterator>(db->NewIterator(rocksdb::ReadOptions(), cf(c)));
}

}  // namespace jaal::store

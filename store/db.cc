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
  if (group)
    if (const std::optional<std::string>* staged = group->Find(c, key)) {
      *found = staged->has_value();
      if (*found) *value = **staged;
      return Status::Ok();
    }
  rocksdb::Status s = db->Get(rocksdb::ReadOptions(), cf(c), rocksdb::Slice(key.data(), key.size()), value);
  *found = s.ok();
  if (s.IsNotFound()) return Status::Ok();
  return Error(s, fmt::format("read {}", keys::kFamilyNames[static_cast<std::size_t>(c)]));
}

std::unique_ptr<rocksdb::Iterator> Db::NewIterator(keys::Cf c) const {
  std::unique_ptr<rocksdb::Iterator> base(db->NewIterator(rocksdb::ReadOptions(), cf(c)));
  return group ? group->Merge(c, std::move(base)) : std::move(base);
}

namespace {

// The store's keys with a group's staged puts and deletes laid over them, in key order. Forward
// only: the write path walks prefixes with Seek and Next.
class MergedIterator final : public rocksdb::Iterator {
 public:
  using Staged = std::map<std::string, std::optional<std::string>, std::less<>>;
  MergedIterator(const Staged& staged, std::unique_ptr<rocksdb::Iterator> base)
      : staged_(staged), base_(std::move(base)), over_(staged.end()) {}

  bool Valid() const override { return status_.ok() && (on_staged_ ? over_ != staged_.end() : base_->Valid()); }
  void SeekToFirst() override {
    base_->SeekToFirst();
    over_ = staged_.begin();
    Settle();
  }
  void Seek(const rocksdb::Slice& target) override {
    base_->Seek(target);
    over_ = staged_.lower_bound(std::string_view(target.data(), target.size()));
    Settle();
  }
  void Next() override {
    if (on_staged_) {
      // A staged key hides the stored one.
      if (base_->Valid() && base_->key() == rocksdb::Slice(over_->first)) base_->Next();
      ++over_;
    } else {
      base_->Next();
    }
    Settle();
  }
  rocksdb::Slice key() const override { return on_staged_ ? rocksdb::Slice(over_->first) : base_->key(); }
  rocksdb::Slice value() const override { return on_staged_ ? rocksdb::Slice(*over_->second) : base_->value(); }
  rocksdb::Status status() const override { return status_.ok() ? base_->status() : status_; }
  void SeekToLast() override { status_ = rocksdb::Status::NotSupported("backward walk of staged articles"); }
  void SeekForPrev(const rocksdb::Slice&) override { SeekToLast(); }
  void Prev() override { SeekToLast(); }

 private:
  // Positions on the smaller of the two cursors, skipping staged deletes and the keys they hide.
  void Settle() {
    while (true) {
      const bool has_base = base_->Valid();
      const bool has_staged = over_ != staged_.end();
      if (!has_staged) {
        on_staged_ = false;
        return;
      }
      const rocksdb::Slice staged_key(over_->first);
      const int order = has_base ? base_->key().compare(staged_key) : 1;
      if (order < 0) {
        on_staged_ = false;
        return;
      }
      if (over_->second) {
        on_staged_ = true;
        return;
      }
      if (order == 0) base_->Next();  // a staged delete hides the stored key
      ++over_;
    }
  }

  const Staged& staged_;
  std::unique_ptr<rocksdb::Iterator> base_;
  Staged::const_iterator over_;
  bool on_staged_ = false;
  rocksdb::Status status_;
};

}  // namespace

ArticleGroup::ArticleGroup(Db& db) : db_(db), staged_(db.handles.size()) { db_.group = this; }

ArticleGroup::~ArticleGroup() { db_.group = nullptr; }

void ArticleGroup::Stage(keys::Cf c, std::string key, std::optional<std::string> value) {
  staged_[static_cast<std::size_t>(c)].insert_or_assign(std::move(key), std::move(value));
}

const std::optional<std::string>* ArticleGroup::Find(keys::Cf c, std::string_view key) const {
  const Staged& family = staged_[static_cast<std::size_t>(c)];
  auto it = family.find(key);
  return it == family.end() ? nullptr : &it->second;
}

std::unique_ptr<rocksdb::Iterator> ArticleGroup::Merge(keys::Cf c, std::unique_ptr<rocksdb::Iterator> base) const {
  const Staged& family = staged_[static_cast<std::size_t>(c)];
  if (family.empty()) return base;
  return std::make_unique<MergedIterator>(family, std::move(base));
}

Status ArticleGroup::Write(std::string_view what) {
  // Each key once, with its last staged value, in key order (which also suits the memtable).
  rocksdb::WriteBatch batch;
  for (std::size_t c = 0; c < staged_.size(); ++c) {
    for (const auto& [key, value] : staged_[c]) {
      rocksdb::Status s = value ? batch.Put(db_.handles[c], key, *value) : batch.Delete(db_.handles[c], key);
      if (!s.ok()) return db_.Error(s, fmt::format("stage {}", what));
    }
  }
  for (Staged& family : staged_) family.clear();
  if (batch.Count() == 0) return Status::Ok();
  // WAL on, not synced: a crash loses whole groups of articles, which a rerun extracts again.
  return db_.Error(db_.db->Write(rocksdb::WriteOptions(), &batch), fmt::format("write {}", what));
}

}  // namespace jaal::store

// The store side of `jaal verify`, kept out of graph_store.cc so the read paths stay short.
#pragma once

#include "db.h"
#include "jaal/store/graph_store.h"

namespace jaal::store {

/// Re-derives every index key, aggregate, cross-reference and counter from the primary records of
/// `db` and appends each disagreement to `report`. Reads only. Corruption that RocksDB itself
/// reports (a bad block checksum) is a problem in the report too; other read errors are returned.
Status VerifyStore(const Db& db, VerifyReport* report);

}  // namespace jaal::store

// Just enough JSON for jsonl corpora and triple output, without pulling a library into core.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "jaal/core/status.h"

namespace jaal::json {

/// A parsed JSON value. Objects keep key order irrelevant (std::map).
struct Value {
  using Array = std::vector<Value>;
  using Object = std::map<std::string, Value, std::less<>>;
  std::variant<std::nullptr_t, bool, double, std::string, std::shared_ptr<Array>, std::shared_ptr<Object>> data;

  bool is_null() const { return std::holds_alternative<std::nullptr_t>(data); }
  bool is_string() const { return std::holds_alternative<std::string>(data); }
  bool is_number() const { return std::holds_alternative<double>(data); }
  bool is_bool() const { return std::holds_alternative<bool>(data); }
  bool is_object() const { return std::holds_alternative<std::shared_ptr<Object>>(data); }
  bool is_array() const { return std::holds_alternative<std::shared_ptr<Array>>(data); }
  const std::string& as_string() const { return std::get<std::string>(data); }
  double as_number() const { return std::get<double>(data); }
  bool as_bool() const { return std::get<bool>(data); }
  const Object& as_object() const { return *std::get<std::shared_ptr<Object>>(data); }
  const Array& as_array() const { return *std::get<std::shared_ptr<Array>>(data); }
  /// The member `key` of an object, or nullptr when absent or when this is not an object.
  const Value* Find(std::string_view key) const;
};

/// Parses one JSON text (RFC 8259). Errors say what is wrong and at which byte.
Result<Value> Parse(std::string_view text);

/// `text` as a JSON string literal with quotes; control characters escaped, UTF-8 kept as is.
std::string Quote(std::string_view text);

/// Appends `"key":` plus a value to an object being written by hand; handles the comma.
class ObjectWriter {
 public:
  explicit ObjectWriter(std::string& out) : out_(out) { out_ += '{'; }
  ObjectWriter& Field(std::string_view key, std::string_view value);
  ObjectWriter& Field(std::string_view key, const char* value) { return Field(key, std::string_view(value)); }
  ObjectWriter& Field(std::string_view key, long long value);
  ObjectWriter& Field(std::string_view key, int value) { return Field(key, static_cast<long long>(value)); }
  ObjectWriter& Field(std::string_view key, double value);
  ObjectWriter& Field(std::string_view key, bool value);
  ObjectWriter& Field(std::string_view key, const std::vector<std::string>& values);
  ObjectWriter& Null(std::string_view key);
  /// `raw` must already be valid JSON (a nested object written by another writer).
  ObjectWriter& Raw(std::string_view key, std::string_view raw);
  void Close() { out_ += '}'; }

 private:
  void Key(std::string_view key);
  std::string& out_;
  bool first_ = true;
};

}  // namespace jaal::json

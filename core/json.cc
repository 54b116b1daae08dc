// A small strict JSON reader and writer: corpus lines in, triple lines out.
#include "jaal/core/json.h"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

namespace jaal::json {
namespace {

constexpr int kMaxDepth = 64;  // corpora are flat; deep nesting is hostile input

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  Result<Value> ParseDocument() {
    Value v;
    if (Status st = ParseValue(v, 0); !st.ok()) return st;
    SkipSpace();
    if (pos_ != s_.size()) return Error("unexpected text after the JSON value");
    return v;
  }

 private:
  Status Error(std::string_view what) const {
    return Status::InvalidArgument(fmt::format("invalid JSON at byte {}: {}", pos_, what));
  }
  void SkipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  bool Consume(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  Status ParseValue(Value& out, int depth) {
    if (depth > kMaxDepth) return Error("nested too deeply");
    SkipSpace();
    if (pos_ >= s_.size()) return Error("unexpected end of input");
    char c = s_[pos_];
    if (c == '{') return ParseObject(out, depth);
    if (c == '[') return ParseArray(out, depth);
    if (c == '"') {
      std::string str;
      if (Status st = ParseString(str); !st.ok()) return st;
      out.data = std::move(str);
      return Status::Ok();
    }
    if (Consume("true")) { out.data = true; return Status::Ok(); }
    if (Consume("false")) { out.data = false; return Status::Ok(); }
    if (Consume("null")) { out.data = nullptr; return Status::Ok(); }
    if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber(out);
    // Messages are one printable line: a control or non-ASCII byte is shown by its value.
    if (c > 0x20 && c < 0x7F) return Error(fmt::format("unexpected character '{}'", c));
    return Error(fmt::format("unexpected byte 0x{:02x}", static_cast<unsigned char>(c)));
  }

  Status ParseObject(Value& out, int depth) {
    ++pos_;
    auto obj = std::make_shared<Value::Object>();
    SkipSpace();
    if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; out.data = obj; return Status::Ok(); }
    while (true) {
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] != '"') return Error("expected a member name");
      std::string key;
      if (Status st = ParseString(key); !st.ok()) return st;
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] != ':') return Error("expected ':'");
      ++pos_;
      Value v;
      if (Status st = ParseValue(v, depth + 1); !st.ok()) return st;
      (*obj)[std::move(key)] = std::move(v);
      SkipSpace();
      if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
      if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; break; }
      return Error("expected ',' or '}'");
    }
    out.data = obj;
    return Status::Ok();
  }

  Status ParseArray(Value& out, int depth) {
    ++pos_;
    auto arr = std::make_shared<Value::Array>();
    SkipSpace();
    if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; out.data = arr; return Status::Ok(); }
    while (true) {
      Value v;
      if (Status st = ParseValue(v, depth + 1); !st.ok()) return st;
      arr->push_back(std::move(v));
      SkipSpace();
      if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
      if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; break; }
      return Error("expected ',' or ']'");
    }
    out.data = arr;
    return Status::Ok();
  }

  Status ParseNumber(Value& out) {
    size_t start = pos_;
    if (s_[pos_] == '-') ++pos_;
    while (pos_ < s_.size() && (isdigit(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.' ||
                                s_[pos_] == 'e' || s_[pos_] == 'E' || s_[pos_] == '+' || s_[pos_] == '-'))
      ++pos_;
    double v = 0;
    auto [p, ec] = std::from_chars(s_.data() + start, s_.data() + pos_, v);
    if (ec != std::errc() || p != s_.data() + pos_ || !std::isfinite(v)) {
      pos_ = start;
      return Error("malformed number");
    }
    out.data = v;
    return Status::Ok();
  }

  static void AppendUtf8(std::string& out, unsigned cp) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18)); out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  bool ReadHex4(unsigned& cp) {
    if (pos_ + 4 > s_.size()) return false;
    cp = 0;
    for (int i = 0; i < 4; ++i) {
      char h = s_[pos_ + i];
      cp <<= 4;
      if (h >= '0' && h <= '9') cp |= h - '0';
      else if (h >= 'a' && h <= 'f') cp |= h - 'a' + 10;
      else if (h >= 'A' && h <= 'F') cp |= h - 'A' + 10;
      else return false;
    }
    pos_ += 4;
    return true;
  }

  Status ParseString(std::string& out) {
    ++pos_;  // opening quote
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (c == '"') { ++pos_; return Status::Ok(); }
      if (static_cast<unsigned char>(c) < 0x20) return Error("control character in string");
      if (c != '\\') { out += c; ++pos_; continue; }
      if (++pos_ >= s_.size()) break;
      char e = s_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned cp;
          if (!ReadHex4(cp)) return Error("bad \\u escape");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned lo;
            if (!Consume("\\u") || !ReadHex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return Error("unpaired surrogate");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return Error("unpaired surrogate");
          }
          AppendUtf8(out, cp);
          break;
        }
        default: return Error("bad escape");
      }
    }
    return Error("unterminated string");
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace

const Value* Value::Find(std::string_view key) const {
  if (!is_object()) return nullptr;
  const auto& obj = as_object();
  auto it = obj.find(key);
  return it == obj.end() ? nullptr : &it->second;
}

Result<Value> Parse(std::string_view text) { return Parser(text).ParseDocument(); }

std::string Quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else out += c;
    }
  }
  out += '"';
  return out;
}

void ObjectWriter::Key(std::string_view key) {
  if (!first_) out_ += ',';
  first_ = false;
  out_ += Quote(key);
  out_ += ':';
}
ObjectWriter& ObjectWriter::Field(std::string_view key, std::string_view value) {
  Key(key);
  out_ += Quote(value);
  return *this;
}
ObjectWriter& ObjectWriter::Field(std::string_view key, long long value) {
  Key(key);
  out_ += std::to_string(value);
  return *this;
}
ObjectWriter& ObjectWriter::Field(std::string_view key, double value) {
  Key(key);
  out_ += fmt::format("{:.3g}", value);
  return *this;
}
ObjectWriter& ObjectWriter::Field(std::string_view key, bool value) {
  Key(key);
  out_ += value ? "true" : "false";
  return *this;
}
ObjectWriter& ObjectWriter::Field(std::string_view key, const std::vector<std::string>& values) {
  Key(key);
  out_ += '[';
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out_ += ',';
    out_ += Quote(values[i]);
  }
  out_ += ']';
  return *this;
}
ObjectWriter& ObjectWriter::Null(std::string_view key) {
  Key(key);
  out_ += "null";
  return *this;
}
ObjectWriter& ObjectWriter::Raw(std::string_view key, std::string_view raw) {
  Key(key);
  out_ += raw;
  return *this;
}

}  // namespace jaal::json

// Reading corpora: JSONL files, text files with front matter, directories and stdin. Every
// problem is reported with the file, the line and what is wrong.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "jaal/core/date.h"
#include "jaal/core/json.h"
#include "jaal/extract/extractor.h"
#include "text.h"

namespace jaal::extract {
namespace fs = std::filesystem;
namespace {

// A document larger than this is refused rather than read into memory whole.
constexpr std::uintmax_t kMaxFileBytes = 512ull << 20;

Status CheckFields(Article& a, const std::string& where) {
  if (std::int64_t bad = FindInvalidUtf8(a.text); bad >= 0)
    return Status::InvalidArgument(fmt::format("{}: invalid UTF-8 in text at byte {}", where, bad));
  if (std::int64_t bad = FindInvalidUtf8(a.title); bad >= 0)
    return Status::InvalidArgument(fmt::format("{}: invalid UTF-8 in title at byte {}", where, bad));
  if (a.text.find('\0') != std::string::npos)
    return Status::InvalidArgument(fmt::format("{}: NUL byte in text (binary file?)", where));
  if (!a.lang.empty() && a.lang != "hi" && a.lang != "en")
    return Status::InvalidArgument(fmt::format("{}: unsupported lang '{}' (expected hi or en)", where, a.lang));
  if (!a.date.empty() && !Date::Parse(a.date))
    return Status::InvalidArgument(fmt::format("{}: invalid date '{}' (expected YYYY-MM-DD)", where, a.date));
  if (a.id.empty()) return Status::InvalidArgument(fmt::format("{}: empty document id", where));
  if (a.lang.empty()) a.lang = DetectLanguage(a.text);
  return Status::Ok();
}

Result<std::string> ReadWholeFile(const fs::path& path) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) return Status::IoError(fmt::format("{}: cannot read: {}", path.string(), ec.message()));
  if (size > kMaxFileBytes)
    return Status::InvalidArgument(fmt::format("{}: file of {} bytes exceeds the {} MiB limit", path.string(), size, kMaxFileBytes >> 20));
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(fmt::format("{}: cannot open for reading", path.string()));
  std::string data(static_cast<size_t>(size), '\0');
  in.read(data.data(), static_cast<std::streamsize>(size));
  if (!in && !in.eof()) return Status::IoError(fmt::format("{}: read failed", path.string()));
  data.resize(static_cast<size_t>(in.gcount()));
  return data;
}

// One JSONL line -> Article. `where` is "file:line".
Result<Article> ParseJsonArticle(std::string_view line, const std::string& where) {
  if (std::int64_t bad = FindInvalidUtf8(line); bad >= 0)
    return Status::InvalidArgument(fmt::format("{}: invalid UTF-8 at byte {}", where, bad));
  auto v = json::Parse(line);
  if (!v.ok()) return v.status().WithContext(where);
  if (!v->is_object()) return Status::InvalidArgument(fmt::format("{}: expected a JSON object", where));
  Article a;
  auto get = [&](std::string_view field, std::string& out, bool required) -> Status {
    const json::Value* f = v->Find(field);
    if (!f || f->is_null()) {
      return required ? Status::InvalidArgument(fmt::format("{}: missing field '{}'", where, field)) : Status::Ok();
    }
    if (f->is_string()) {
      out = f->as_string();
    } else if (f->is_number() && field == "id") {
      out = fmt::format("{}", f->as_number());
    } else {
      return Status::InvalidArgument(fmt::format("{}: field '{}' must be a string", where, field));
    }
    return Status::Ok();
  };
  for (auto [field, out, required] : {std::tuple<const char*, std::string*, bool>{"id", &a.id, true},
                                      {"text", &a.text, true},
                                      {"lang", &a.lang, false},
                                      {"title", &a.title, false},
                                      {"date", &a.date, false}}) {
    if (Status s = get(field, *out, required); !s.ok()) return s;
  }
  a.source = where;
  if (Status s = CheckFields(a, where); !s.ok()) return s;
  return a;
}

Status ReadJsonl(std::istream& in, const std::string& name, const std::function<Status(Article)>& sink,
                 const std::function<void(const Status&)>& on_bad) {
  std::string line;
  long line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    auto a = ParseJsonArticle(line, fmt::format("{}:{}", name, line_no));
    if (!a.ok()) {
      if (!on_bad) return a.status();
      on_bad(a.status());
      continue;
    }
    if (Status s = sink(std::move(a).value()); !s.ok()) return s;
  }
  if (in.bad()) return Status::IoError(fmt::format("{}: read failed", name));
  return Status::Ok();
}

// A .txt article: optional front matter between two "---" lines.
Result<Article> ParseTextArticle(const fs::path& path, std::string data) {
  std::string where = path.string();
  if (data.size() >= 3 && static_cast<unsigned char>(data[0]) == 0xEF && static_cast<unsigned char>(data[1]) == 0xBB &&
      static_cast<unsigned char>(data[2]) == 0xBF)
    data.erase(0, 3);  // UTF-8 byte order mark
  if (data.size() >= 2 && ((static_cast<unsigned char>(data[0]) == 0xFF && static_cast<unsigned char>(data[1]) == 0xFE) ||
                           (static_cast<unsigned char>(data[0]) == 0xFE && static_cast<unsigned char>(data[1]) == 0xFF)))
    return Status::InvalidArgument(fmt::format("{}: UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)", where));
  if (std::int64_t bad = FindInvalidUtf8(data); bad >= 0)
    return Status::InvalidArgument(fmt::format("{}: invalid UTF-8 at byte {}", where, bad));
  Article a;
  a.id = path.stem().string();
  a.source = where;
  std::string_view rest(data);
  if (rest.substr(0, 4) == "---\n" || rest.substr(0, 5) == "---\r\n") {
    size_t pos = rest.find('\n') + 1;
    int line_no = 1;
    bool closed = false;
    while (pos < rest.size()) {
      size_t nl = rest.find('\n', pos);
      std::string_view line = rest.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
      ++line_no;
      pos = nl == std::string_view::npos ? rest.size() : nl + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line == "---") {
        closed = true;
        break;
      }
      size_t colon = line.find(':');
      if (colon == std::string_view::npos)
        return Status::InvalidArgument(fmt::format("{}:{}: front matter line without 'key:'", where, line_no));
      std::string key(line.substr(0, colon));
      std::string_view value = line.substr(colon + 1);
      while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
      while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        value = value.substr(1, value.size() - 2);
      if (key == "title") a.title = value;
      else if (key == "date") a.date = value;
      else if (key == "lang") a.lang = value;
      else if (key == "id") a.id = value;
      // other keys (source, url, ...) are allowed and ignored
    }
    if (!closed) return Status::InvalidArgument(fmt::format("{}: front matter not closed by '---'", where));
    rest = rest.substr(pos);
  }
  a.text = std::string(rest);
  if (Status s = CheckFields(a, where); !s.ok()) return s;
  return a;
}

Status ReadFile(const fs::path& path, const std::function<Status(Article)>& sink,
                const std::function<void(const Status&)>& on_bad) {
  std::string ext = path.extension().string();
  if (ext == ".jsonl" || ext == ".json" || ext == ".ndjson") {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IoError(fmt::format("{}: cannot open for reading", path.string()));
    return ReadJsonl(in, path.string(), sink, on_bad);
  }
  auto data = ReadWholeFile(path);
  Result<Article> a = data.ok() ? ParseTextArticle(path, std::move(data).value()) : Result<Article>(data.status());
  if (!a.ok()) {
    if (!on_bad) return a.status();
    on_bad(a.status());
    return Status::Ok();
  }
  return sink(std::move(a).value());
}

bool IsArticleFile(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".jsonl";
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  long deva = 0, latin = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), 1 << 20));
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    // Devanagari vowel signs are marks, not letters, but they are as telling as letters.
    if (c < 0 || !(u_isalpha(c) || u_charType(c) == U_COMBINING_SPACING_MARK || u_charType(c) == U_NON_SPACING_MARK)) continue;
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &st);
    if (sc == USCRIPT_DEVANAGARI) ++deva;
    else if (sc == USCRIPT_LATIN) ++latin;
  }
  if (deva == 0 && latin == 0) return "";
  return deva >= latin ? "hi" : "en";
}

Result<std::string> NormalizeNfc(std::string_view text) {
  if (std::int64_t bad = FindInvalidUtf8(text); bad >= 0)
    return Status::InvalidArgument(fmt::format("invalid UTF-8 at byte {}", bad));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return Status::Unsupported("ICU NFC unavailable");
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString out = nfc->normalize(u, status);
  if (U_FAILURE(status)) return Status::InvalidArgument(fmt::format("cannot normalize: {}", u_errorName(status)));
  std::string result;
  out.toUTF8String(result);
  return result;
}

Status ReadArticles(const std::string& path, const std::function<Status(Article)>& sink,
                    const std::function<void(const Status&)>& on_bad) {
  if (path == "-") return ReadJsonl(std::cin, "<stdin>", sink, on_bad);
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Status::NotFound(fmt::format("{}: no such file or directory", path));
  if (fs::is_regular_file(st)) return ReadFile(path, sink, on_bad);
  if (!fs::is_directory(st)) return Status::InvalidArgument(fmt::format("{}: not a regular file or directory", path));
  std::vector<fs::path> files;
  // Symlinked directories are not followed: a link loop must not hang a build.
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) return Status::IoError(fmt::format("{}: cannot list: {}", path, ec.message()));
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::IoError(fmt::format("{}: cannot list: {}", path, ec.message()));
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && IsArticleFile(p) && name.find(".expected.") == std::string::npos) files.push_back(p);
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files)
    if (Status s = ReadFile(f, sink, on_bad); !s.ok()) return s;
  return Status::Ok();
}

}  // namespace jaal::extract

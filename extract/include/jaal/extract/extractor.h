// Text in, triples out: the extractor is a pure function of an article and the lexicon files,
// so it runs on many threads (and, later, many machines) at once.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jaal/core/model.h"
#include "jaal/core/status.h"

namespace jaal::extract {

class Lexicon;  // the loaded data files; opaque outside extract/

/// Loads the lexicon once and extracts triples from any number of articles.
/// Thread-safe: Extract may be called concurrently on one Extractor.
class Extractor {
 public:
  /// Reads every data file under `data_dir` (actors/, patterns/, grammar/, ...). The error names
  /// the file and line that could not be read.
  static Result<std::unique_ptr<Extractor>> Load(const std::string& data_dir);
  ~Extractor();

  /// The facts of `article`, one triple per fact, in text order. Never fails: text that yields
  /// nothing gives an empty vector. `article.lang` may be empty (detected from the script).
  std::vector<Triple> Extract(const Article& article) const;

  /// Changes whenever a data file or the extractor's logic changes; stores use it to know
  /// whether an article must be extracted again.
  const std::string& fingerprint() const { return fingerprint_; }

  /// Canonical names for a user's query: the lexicon entity id and English name of `name`
  /// (any script, any alias), or an empty id when the lexicon does not know it.
  ActorRef ResolveName(std::string_view name) const;

 private:
  Extractor() = default;
  std::unique_ptr<Lexicon> lexicon_;
  std::string fingerprint_;
};

/// "hi" when Devanagari letters outnumber Latin ones, else "en" (or "" for text with no letters).
std::string DetectLanguage(std::string_view text);

/// `text` in Unicode NFC; InvalidArgument (with the byte offset) when it is not valid UTF-8.
Result<std::string> NormalizeNfc(std::string_view text);

/// Reads articles from `path`: a .jsonl corpus (fields id, lang, title, date, text), a .txt file
/// (optional front matter: ---/title:/date:/lang:/---; id = file name without extension), a
/// directory (its .jsonl and .txt files, recursively, in name order), or "-" for JSONL on stdin.
/// Each article goes to `sink`; a malformed one stops the read with a Status naming file and line,
/// unless `on_bad` is given, which then receives that Status and reading goes on.
Status ReadArticles(const std::string& path, const std::function<Status(Article)>& sink,
                    const std::function<void(const Status&)>& on_bad = nullptr);

/// About how many articles ReadArticles(path) will give (JSONL lines, text files), for a progress
/// estimate; -1 when it cannot tell (stdin, unreadable path). Reads the files once, fast.
std::int64_t CountArticles(const std::string& path);

}  // namespace jaal::extract

namespace jaal::extract {

/// Columns `text` takes on a terminal: combining marks (Devanagari matras, nukta, virama) and
/// format characters take none, East Asian wide characters two. For aligned tables.
int DisplayWidth(std::string_view text);

}  // namespace jaal::extract
